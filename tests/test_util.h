// Helpers shared by the tests: one loaded Extractor, temp folders.
#ifndef NEWSEVENTS_TESTS_TEST_UTIL_H_
#define NEWSEVENTS_TESTS_TEST_UTIL_H_

#include <stdlib.h>

#include <filesystem>
#include <fstream>
#include <memory>
#include <stdexcept>
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

// Creates a new, empty folder TMPDIR/PREFIX.XXXXXX with mkdtemp, so that two
// test runs at the same time never share one, and returns its path.
inline std::string MakeTempDir(const std::string& prefix) {
  std::string path =
      (std::filesystem::temp_directory_path() / (prefix + ".XXXXXX")).string();
  if (mkdtemp(path.data()) == nullptr)
    throw std::runtime_error("mkdtemp failed for " + path);
  return path;
}

// A MakeTempDir() folder, removed with its contents at the end of the scope.
class TempDir {
 public:
  explicit TempDir(const std::string& prefix = "newsevents_test")
      : path_(MakeTempDir(prefix)) {}
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  const std::string& path() const { return path_; }
  std::string operator/(const std::string& name) const {
    return (std::filesystem::path(path_) / name).string();
  }

 private:
  std::string path_;
};

}  // namespace newsevents::testing

#endif  // NEWSEVENTS_TESTS_TEST_UTIL_H_
