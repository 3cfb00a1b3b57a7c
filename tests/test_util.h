// Helpers shared by the tests: one loaded Extractor, temp folders.
#ifndef NEWSEVENTS_TESTS_TEST_UTIL_H_
#define NEWSEVENTS_TESTS_TEST_UTIL_H_

#include <fstream>
#include <memory>
#include <string>

#include "newsevents/extractor.h"

namespace newsevents::testing {

// The extractor over the project's own lexicons, loaded once.
inline const Extractor& SharedExtractor() {
  static std::unique_ptr<Extractor> extractor = [] {
    std::unique_ptr<Extractor> x;
    Status s = Extractor::Load(Extractor::Options(), &x);
    if (!s.ok()) throw std::runtime_error(s.ToString());
    return x;
  }();
  return *extractor;
}

inline Record ExtractText(const std::string& text, const std::string& dct) {
  Record record;
  Document doc{"test", text, dct, "test"};
  Status s = SharedExtractor().Extract(doc, &record);
  if (!s.ok()) throw std::runtime_error(s.ToString());
  return record;
}

inline void WriteFile(const std::string& path, const std::string& text) {
  std::ofstream(path, std::ios::binary) << text;
}

}  // namespace newsevents::testing

#endif  // NEWSEVENTS_TESTS_TEST_UTIL_H_
