// For the fuzz targets whose code under test reads files (the rule and
// lexicon loaders take a folder): one private temporary folder per process,
// made with mkdtemp and removed at exit, and a way to write a file into it.
#ifndef NEWSEVENTS_TESTS_FUZZ_SCRATCH_DIR_H_
#define NEWSEVENTS_TESTS_FUZZ_SCRATCH_DIR_H_

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>

namespace newsevents::fuzz {

// The folder, created on the first call. Its path is never destroyed: a
// static string could be gone before the atexit handler that removes the
// folder runs.
inline const std::string& ScratchDir() {
  static const std::string* dir = [] {
    auto* path = new std::string((std::filesystem::temp_directory_path() /
                                  "newsevents_fuzz.XXXXXX").string());
    if (mkdtemp(path->data()) == nullptr) abort();
    std::atexit([] {
      std::error_code ec;
      std::filesystem::remove_all(ScratchDir(), ec);
    });
    return path;
  }();
  return *dir;
}

// Writes `bytes` to ScratchDir()/`name` (its folders created) and returns
// the path.
inline std::string WriteScratch(const std::string& name, std::string_view bytes) {
  const std::filesystem::path p = std::filesystem::path(ScratchDir()) / name;
  std::filesystem::create_directories(p.parent_path());
  std::ofstream out(p, std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  if (!out) abort();
  return p.string();
}

}  // namespace newsevents::fuzz

#endif  // NEWSEVENTS_TESTS_FUZZ_SCRATCH_DIR_H_
