// Pattern: a rule's token pattern compiled to one regular expression over
// the encoded units of a sentence (see events/units.h). Slots such as $actor
// become named groups; captured byte ranges map back to units.
//
// Pattern language (lexicons/README.md has the full grammar):
//   signed          a unit whose folded words are exactly "signed"
//   <sign_triggers> a unit tagged by the word list words/sign_triggers.txt
//   {TREATY}        a unit tagged with an entity kind (ACTOR, TREATY, ...)
//   _  ~            any unit; any unit that is neither a clause break nor
//                   an actor (so a gap never skips over an actor)
//   ( a | b )       grouping and alternatives
//   ? * + {m,n}     repetition of the atom before (lazy for gaps: the
//                   nearest match wins)
//   $actor X        capture X as the slot `actor`
//   @NAME           the pattern defined by `define NAME ...`
//   ","             a quoted literal (for punctuation and syntax characters)
#ifndef NEWSEVENTS_EVENTS_PATTERN_H_
#define NEWSEVENTS_EVENTS_PATTERN_H_

#include <map>
#include <string>
#include <vector>

#include "lexicon/lexicon.h"
#include "newsevents/status.h"

namespace newsevents {

// Bytes that frame each unit in the encoded sentence.
constexpr char kUnitStart = '\x01';        // an ordinary unit
constexpr char kClauseBreakStart = '\x04';  // clause_break or gap_stops units
constexpr char kActorStart = '\x05';        // an actor: gaps (~) stop at it
constexpr char kUnitTags = '\x02';
constexpr char kUnitEnd = '\x03';

// Translates `pattern` to RE2 syntax. Tag names are resolved through
// `lexicon` (tags must exist). On error, *error_offset is the byte offset in
// `pattern` where the problem is.
// `trigger_tags` receives the tags the $trigger slot can match: a sentence
// without a unit of one of them cannot match (empty: no such guarantee).
Status CompilePattern(const std::string& pattern,
                      const std::map<std::string, std::string>& macros,
                      const Lexicon& lexicon, std::string* regex,
                      int* error_offset, std::vector<int>* trigger_tags);

// The slot name of a named group: "actor__2" -> "actor".
std::string SlotName(const std::string& group_name);

}  // namespace newsevents

#endif  // NEWSEVENTS_EVENTS_PATTERN_H_
