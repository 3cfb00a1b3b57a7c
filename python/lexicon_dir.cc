#include "lexicon_dir.h"

#include <dlfcn.h>
#include <sys/stat.h>

#include <cstdlib>

namespace newsevents {
namespace {

bool IsDir(const std::string& path) {
  struct stat st;
  return stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}

// The folder of the shared object holding this function: the module's.
std::string ModuleFolder() {
  Dl_info info;
  if (dladdr(reinterpret_cast<void*>(&ModuleFolder), &info) == 0 || !info.dli_fname)
    return ".";
  const std::string file = info.dli_fname;
  const size_t slash = file.rfind('/');
  return slash == std::string::npos ? "." : file.substr(0, slash);
}

}  // namespace

std::string ModuleLexiconDir() {
  if (const char* env = std::getenv("NEWSEVENTS_LEXICONS"); env && *env) return env;
  const std::string folder = ModuleFolder();
  for (const std::string& candidate :
       {folder + "/lexicons/en", folder + "/../lexicons/en"})
    if (IsDir(candidate)) return candidate;
  return NEWSEVENTS_INSTALLED_LEXICONS;
}

}  // namespace newsevents
