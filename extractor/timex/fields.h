// Internal to the timex value functions (timex_*value.cc): reading the
// fields of one rule match, parsing amounts and years, and calendar helpers
// shared by date, relative and duration values.
#ifndef NEWSEVENTS_TIMEX_FIELDS_H_
#define NEWSEVENTS_TIMEX_FIELDS_H_

#include <string>
#include <vector>

#include "newsevents/record.h"
#include "timex/date.h"
#include "timex/normalize.h"
#include "timex/rules.h"

namespace newsevents {
namespace timex {

// The fields of a value line: an argument of that name (literal, or
// `$group`), else the rule's group of the same name. A group that comes from
// a word table reads as the table's value column.
class TimexFields {
 public:
  TimexFields(const TimexGrammar& g, const TimexValueSpec& spec,
              const TimexMatch& m)
      : g_(g), spec_(spec), m_(m) {}

  // The group index that field `name` reads, or -1.
  // An argument `name=$g` reads group g, falling back to the group called
  // `name` when g did not take part in the match.
  int GroupOf(const std::string& name) const {
    for (const auto& [key, arg] : spec_.args)
      if (key == name) {
        if (arg.empty() || arg[0] != '$') return -1;
        const int i = Find(arg.substr(1));
        if (i >= 0) return i;
      }
    return Find(name);
  }
  bool Has(const std::string& name) const {
    for (const auto& [key, arg] : spec_.args)
      if (key == name && (arg.empty() || arg[0] != '$')) return true;
    return GroupOf(name) >= 0;
  }
  // The text of the field (group text or literal).
  std::string Raw(const std::string& name) const {
    for (const auto& [key, arg] : spec_.args)
      if (key == name && (arg.empty() || arg[0] != '$')) return arg;
    const int i = GroupOf(name);
    if (i < 0) return "";
    const Span s = m_.groups[i];
    return std::string(m_.text.substr(s.start, s.end - s.start));
  }
  // The table value of the field when its group comes from a table.
  std::string Value(const std::string& name) const {
    const int i = GroupOf(name);
    const std::string raw = Raw(name);
    if (i >= 0 && !m_.rule->group_table[i].empty()) {
      std::string v = g_.Lookup(m_.rule->group_table[i], raw);
      if (!v.empty()) return v;
    }
    return raw;
  }
  int Find(const std::string& group) const {
    const auto& names = m_.rule->regex->group_names();
    for (size_t i = 1; i < names.size(); ++i)
      if (names[i] == group && m_.groups[i].matched())
        return static_cast<int>(i);
    return -1;
  }
  Span SpanOf(const std::string& name) const {
    const int i = GroupOf(name);
    return i < 0 ? Span() : m_.groups[i];
  }

 private:
  const TimexGrammar& g_;
  const TimexValueSpec& spec_;
  const TimexMatch& m_;
};

bool AllDigits(const std::string& s);
// Lower-case words, hyphens split.
std::vector<std::string> Words(const std::string& text);
// Parses "six", "twenty-four", "5 1/2", "2.5", "a couple of", "several".
// Vague amounts (several, few) set *vague.
bool ParseAmount(const TimexGrammar& g, const std::string& text, double* out,
                 bool* vague);
// "1998", "'98", "98", "nineteen ninety-eight", "two thousand".
bool ParseYear(const TimexGrammar& g, std::string text, const TimexContext& c,
               int* year);
int ParseInt(const TimexGrammar& g, const std::string& text);
// SP SU FA WI → 0..3, else -1.
int SeasonIndex(const std::string& s);
// The season containing `d`, and its season-year (winter Dec-Feb belongs to
// the year of its December).
void SeasonOf(CivilDate d, int* index, int* year);
// "T15:00", "TMO", "" when the match names no time; "!" when malformed.
std::string TimeOfDay(const TimexGrammar& g, const TimexFields& f);
std::string SignRef(int sign);  // PAST_REF, PRESENT_REF, FUTURE_REF
// Formats `d` at the granularity of `unit` (a UNIT table code).
std::string AtGranularity(CivilDate d, const std::string& unit);
CivilDate Shift(CivilDate d, const std::string& unit, int n);
// dir: -1 "last", 0 "this", +1 "next"; or 2 when absent (use tense).
int Direction(const TimexFields& f);
// The tense of the sentence: -1 past, +1 future, 0 none. Tense ignores
// present-tense verbs (months, seasons, quarters: "few made commitments
// until December"); ScheduledTense, for weekdays, counts one just before the
// date as future: a scheduled event ("officials meet Tuesday", "extended its
// deadline until Tuesday").
int Tense(const TimexContext& c);
int ScheduledTense(const TimexContext& c);

// The value functions (lexicons/en/timex/README.md).
bool DateValue(const TimexGrammar& g, const TimexFields& f,
               const TimexContext& c, Timex* out);
bool RelativeValue(const TimexGrammar& g, const TimexFields& f,
                   const TimexContext& c, int sign, Timex* out);
bool DurationValue(const TimexGrammar& g, const TimexFields& f, Timex* out);
bool SetValue(const TimexGrammar& g, const TimexFields& f, Timex* out);
bool ShiftValue(const TimexGrammar& g, const TimexFields& f,
                const TimexContext& c, Timex* out);
bool SameValue(const TimexGrammar& g, const TimexFields& f,
               const TimexContext& c, Timex* out);

}  // namespace timex
}  // namespace newsevents

#endif  // NEWSEVENTS_TIMEX_FIELDS_H_
