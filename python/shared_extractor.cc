#include "shared_extractor.h"

#include <map>
#include <mutex>

namespace newsevents {

std::shared_ptr<const Extractor> SharedExtractor(const std::string& lexicon_dir,
                                                 Status* error) {
  static std::mutex mutex;
  static auto* loaded = new std::map<std::string, std::shared_ptr<const Extractor>>;
  std::lock_guard<std::mutex> lock(mutex);
  auto it = loaded->find(lexicon_dir);
  if (it != loaded->end()) return it->second;
  Extractor::Options options;
  options.lexicon_dir = lexicon_dir;
  std::unique_ptr<Extractor> extractor;
  *error = Extractor::Load(options, &extractor);
  if (!error->ok()) return nullptr;
  std::shared_ptr<const Extractor> shared = std::move(extractor);
  (*loaded)[lexicon_dir] = shared;
  return shared;
}

}  // namespace newsevents
