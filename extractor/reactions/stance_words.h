// Stance word files (lexicons/en/stance/*.txt): lemmas by part of speech,
// from which every form a cue list matches is generated
// (reactions/inflect.h). One entry a line, its part of speech first:
//
//   verb condemn             condemn condemns condemned condemning
//   verb criticise           also criticize, criticized, ...
//   verb object to           objects to, objected to, objecting to
//   noun criticism           criticism criticisms
//   noun threat to           threats to
//   adj  unfair              unfair unfairly
//   phrase good news         as written
//   except asked             a generated form that is no cue here
//
// `lexicons/en/stance/irregular_verbs.txt` holds "lemma past participle"
// lines (come came come) that replace the regular -ed forms.
#ifndef NEWSEVENTS_REACTIONS_STANCE_WORDS_H_
#define NEWSEVENTS_REACTIONS_STANCE_WORDS_H_

#include <string>
#include <vector>

#include "newsevents/status.h"
#include "reactions/inflect.h"
#include "speaker/speaker.h"

namespace newsevents {

// Reads `path` ("lemma past participle" lines) into `out`; a bad line
// gives a Status whose where() is "file:line:col".
Status LoadIrregularVerbs(const std::string& path, IrregularVerbs* out);

// Reads the stance word file `path`, generates the forms of its lemmas,
// adds them to `out` and, when `forms` is not null, appends them to it
// (in file order, without the excepted ones). `prepositions` finds the
// head of a noun phrase. A bad line gives a Status whose where() is
// "file:line:col".
Status LoadStanceWords(const std::string& path, const IrregularVerbs& irregular,
                       const WordList& prepositions, WordList* out,
                       std::vector<std::string>* forms = nullptr);

}  // namespace newsevents

#endif  // NEWSEVENTS_REACTIONS_STANCE_WORDS_H_
