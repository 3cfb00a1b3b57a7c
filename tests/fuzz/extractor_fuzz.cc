// libFuzzer target: the whole extractor on arbitrary bytes, as one document,
// then the JSON line of the result (or of the error).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string>

#include "newsevents/extractor.h"

static const newsevents::Extractor* Get() {
  static std::unique_ptr<newsevents::Extractor> x = [] {
    std::unique_ptr<newsevents::Extractor> e;
    newsevents::Extractor::Options options;
    options.max_bytes = 1 << 16;
    if (!newsevents::Extractor::Load(options, &e).ok()) abort();
    return e;
  }();
  return x.get();
}

// Loading compiles every rule: seconds under the sanitizers, which would
// count against the first input's -timeout if done lazily.
extern "C" int LLVMFuzzerInitialize(int*, char***) {
  Get();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  newsevents::Document doc{"fuzz",
                           std::string(reinterpret_cast<const char*>(data), size),
                           "2025-03-07", "fuzz"};
  newsevents::Record record;
  newsevents::Status s = Get()->Extract(doc, &record);
  if (s.ok()) (void)newsevents::ToJsonLine(record, doc.text, Get()->version());
  return 0;
}
