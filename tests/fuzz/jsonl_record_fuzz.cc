// libFuzzer target: one JSONL line -> ParseJsonlRecord. Must never crash;
// any input gives ok or a Status with a code.
#include <cstddef>
#include <cstdint>
#include <string>

#include "io/jsonl_record.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string line(reinterpret_cast<const char*>(data), size);
  newsevents::InputOptions options;
  options.max_bytes = 1 << 16;
  newsevents::Document doc;
  doc.id = "fuzz";
  doc.source = "fuzz:1";
  (void)newsevents::ParseJsonlRecord(line, options, &doc);
  return 0;
}
