// Value functions of the timex rules: turn the groups of one rule match into
// a TIMEX3 value, resolving relative expressions against the publication date
// (dct) and the tense of the sentence. The functions are listed in
// lexicons/en/timex/dates.rules; rules name them in their `value` lines.
#ifndef NEWSEVENTS_TIMEX_NORMALIZE_H_
#define NEWSEVENTS_TIMEX_NORMALIZE_H_

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "base/regex.h"
#include "newsevents/record.h"
#include "timex/date.h"
#include "timex/rules.h"

namespace newsevents {

// One accepted match of one rule.
struct TimexMatch {
  const TimexRule* rule = nullptr;
  std::string_view text;     // the whole document
  std::vector<Span> groups;  // group 0 = the whole match
};

// TimexContext::tense for a present-tense verb ("officials meet Tuesday").
constexpr int kTensePresent = 2;

struct TimexContext {
  bool has_dct = false;
  CivilDate dct;
  // -1 past, +1 future, 0 unknown, or kTensePresent when present-tense
  // verbs count (the argument); computed on demand from the sentence.
  std::function<int(bool present)> tense;
  // The same without the cues that govern only a phrase just after them
  // ("ahead of", TENSE_NEAR): the tense of the clause around that phrase.
  std::function<int()> clause_tense;
  // Timexes already found earlier in the text (for text-anchored values).
  const std::vector<Timex>* previous = nullptr;
};

// Fills value, mod, anchor and mention of `out` from `spec`; returns false
// when the match does not make a well-formed value (the rule is then skipped).
bool NormalizeTimex(const TimexGrammar& grammar, const TimexValueSpec& spec,
                    const TimexMatch& match, const TimexContext& context,
                    Timex* out);

bool IsTimexFunction(const std::string& name);
std::string TimexFunctionNames();

}  // namespace newsevents

#endif  // NEWSEVENTS_TIMEX_NORMALIZE_H_
