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
  // sign, ratify, join, withdraw, ...; in a rule file also a construction's
  // list "sign|ratify|join", which RuleSet expands into one rule per type
  // with <triggers> in the pattern read as <TYPE_triggers>.
  std::string type;
  std::string modality;  // default modality before cue words
  // Where the actors come from when the pattern has no $actor: "" for the
  // parties the agreement's name joins, "body" for the organisation that
  // administers it ("the rubber pact expires": the rubber organisation),
  // "owner" for the organisation whose new agreement it is ("OPEC's
  // December pact").
  std::string actor;
  // "own" when the pattern names no agreement and the act is on the one its
  // organisation makes itself ("OPEC agreed in December to cut output");
  // "" otherwise.
  std::string treaty;
  std::string pattern;   // the source text, macros not yet expanded
  double confidence = 0.8;
  std::vector<RuleExample> examples;
  std::string where;     // file:line:col of the pattern
};

}  // namespace newsevents

#endif  // NEWSEVENTS_EVENTS_RULE_H_
