// Where the Python module finds the shipped lexicons when none is named.
#ifndef NEWSEVENTS_PYTHON_LEXICON_DIR_H_
#define NEWSEVENTS_PYTHON_LEXICON_DIR_H_

#include <string>

namespace newsevents {

// $NEWSEVENTS_LEXICONS when set; else lexicons/en beside the module file or
// in its parent folder (a build tree: build/python/newsevents*.so and
// build/lexicons); else the installed share/newsevents/lexicons/en. The CLI
// looks beside its executable instead, which for a module is the Python
// interpreter. The last is returned when none exists, so that loading names
// it in its error.
std::string ModuleLexiconDir();

}  // namespace newsevents

#endif  // NEWSEVENTS_PYTHON_LEXICON_DIR_H_
