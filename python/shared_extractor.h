// One loaded Extractor per lexicon folder per process, shared by every
// newsevents.Extractor object and thread: loading compiles the rules and
// takes a fraction of a second, extracting with it is thread-safe.
#ifndef NEWSEVENTS_PYTHON_SHARED_EXTRACTOR_H_
#define NEWSEVENTS_PYTHON_SHARED_EXTRACTOR_H_

#include <memory>
#include <string>

#include "newsevents/extractor.h"
#include "newsevents/status.h"

namespace newsevents {

// The extractor for `lexicon_dir`, loaded on first use. On failure returns
// null and sets *error (file:line:col of the broken lexicon or rule file).
std::shared_ptr<const Extractor> SharedExtractor(const std::string& lexicon_dir,
                                                 Status* error);

}  // namespace newsevents

#endif  // NEWSEVENTS_PYTHON_SHARED_EXTRACTOR_H_
