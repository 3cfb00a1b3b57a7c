// Rule: one event pattern of lexicons/en/rules/*.rules, as plain data.
// The grammar is in lexicons/README.md; events/rule_parser.cc reads it.
#ifndef NEWSEVENTS_EVENTS_RULE_H_
#define NEWSEVENTS_EVENTS_RULE_H_

#include <string>
#include <vector>

namespace newsevents {

// A sentence the rule must (or must not) match, and what it must extract.
struct RuleExample {
  std::string sentence;
  bool positive = true;
  // Expected fields when positive: "actor", "treaty", "modality", "type",
  // "date"; empty when not given.
  std::vector<std::pair<std::string, std::string>> expect;
  std::string where;  // file:line:col of the example, for test messages
};

struct Rule {
  std::string id;        // <file-stem>.<name>, stable: it is provenance
  std::string type;      // sign, ratify, join, withdraw, ...
  std::string modality;  // default modality before cue words
  std::string pattern;   // the source text, macros not yet expanded
  double confidence = 0.8;
  std::vector<RuleExample> examples;
  std::string where;     // file:line:col of the pattern
};

}  // namespace newsevents

#endif  // NEWSEVENTS_EVENTS_RULE_H_
