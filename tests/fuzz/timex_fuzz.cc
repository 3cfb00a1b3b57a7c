// libFuzzer target: the time-expression tagger and normaliser on arbitrary
// text. The first byte picks the dct (none, a fixed date, or one read from
// the input) so relative values are resolved against odd dates too.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string>
#include <string_view>

#include "newsevents/extractor.h"
#include "timex/timex.h"

static const newsevents::TimexTagger* Tagger() {
  static std::unique_ptr<newsevents::TimexTagger> tagger = [] {
    std::unique_ptr<newsevents::TimexTagger> t;
    std::string dir = newsevents::Extractor::DefaultLexiconDir() + "/timex";
    newsevents::Status s = newsevents::TimexTagger::Load(dir, &t);
    if (!s.ok()) abort();
    return t;
  }();
  return tagger.get();
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0 || size > 1 << 16) return 0;
  std::string_view in(reinterpret_cast<const char*>(data) + 1, size - 1);
  std::string dct;
  switch (data[0] % 4) {
    case 0: break;
    case 1: dct = "2025-03-07"; break;
    case 2: dct = "0001-01-01"; break;
    case 3: dct = "9999-12-31"; break;
  }
  (void)Tagger()->Tag(in, dct);
  return 0;
}
