// The time-expression grammar as loaded from lexicons/en/timex: word tables
// (*.tsv), macros (`define`) and rules (*.rules), compiled to Regex. Internal
// to the timex tagger; the format itself is documented at the top of
// lexicons/en/timex/dates.rules. Immutable after LoadTimexGrammar.
#ifndef NEWSEVENTS_TIMEX_RULES_H_
#define NEWSEVENTS_TIMEX_RULES_H_

#include <map>
#include <memory>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "base/regex.h"
#include "newsevents/status.h"

namespace newsevents {

// A word table: `months.tsv` with header `month<TAB>value` gives the macro
// {MONTH}, matching any word of the first column, and a lookup word → value.
struct TimexTable {
  std::string name;                           // macro name: MONTH
  std::map<std::string, std::string> values;  // folded word → value column
  std::string regex;                          // (?:word|word|...)
  std::vector<std::string> exact;  // words matched case-sensitively, as written
  std::set<std::string> loose;     // folded words matched in any case
};

enum class GuardKind { kPrev, kNext, kNotPrev, kNotNext };

// A context condition: `next` must match right after the span, `prev` must
// match right before it; `not_*` must not.
struct TimexGuard {
  GuardKind kind;
  std::unique_ptr<Regex> regex;
};

// `value <function> key=arg ...`; an arg is a literal or `$group`.
struct TimexValueSpec {
  std::string function;
  std::vector<std::pair<std::string, std::string>> args;
  std::string where;
};

// `example "text with [span]" dct=YYYY-MM-DD => VALUE type=T mod=M`, or
// `not "text"`: the rule must produce nothing in it.
struct TimexExample {
  std::string text;  // brackets removed
  int start = 0, end = 0;
  std::string dct, value, type, mod;
  bool negative = false;
  std::string where;
};

struct TimexRule {
  std::string id, type, mod, where;
  std::string bare;  // the pattern with macros expanded, no named groups
  std::unique_ptr<Regex> regex;          // with named groups
  std::vector<std::string> group_table;  // by group index: table name or ""
  std::vector<TimexGuard> guards;
  std::vector<TimexValueSpec> values;
  std::vector<TimexExample> examples;
};

struct TimexGrammar {
  std::map<std::string, TimexTable> tables;   // by macro name
  std::vector<TimexRule> rules;               // in file order, files sorted
  std::map<std::string, std::string> macros;  // `define`s, fully expanded
  // `trigger` entries: words, and {TABLE} for every word of a table.
  std::vector<std::string> triggers;
  // `lead` words: may come before or after a trigger in a timex although no
  // pattern spells them out (EST in [ECMP][SD]T).
  std::vector<std::string> leads;
  // Looks `word` up in table `table` (case-folded, spaces collapsed);
  // returns "" when absent.
  std::string Lookup(const std::string& table, std::string_view word) const;
};

// Lower-cases ASCII and collapses runs of white space to one space.
std::string FoldWord(std::string_view word);

// Loads every *.tsv and *.rules file of `dir`.
Status LoadTimexGrammar(const std::string& dir, TimexGrammar* out);

}  // namespace newsevents

#endif  // NEWSEVENTS_TIMEX_RULES_H_
