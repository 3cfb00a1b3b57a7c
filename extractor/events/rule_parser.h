// Reads *.rules files into Rule objects and macros, strictly.
#ifndef NEWSEVENTS_EVENTS_RULE_PARSER_H_
#define NEWSEVENTS_EVENTS_RULE_PARSER_H_

#include <map>
#include <string>
#include <vector>

#include "events/rule.h"
#include "newsevents/status.h"

namespace newsevents {

struct RuleFile {
  std::vector<Rule> rules;
  std::map<std::string, std::string> macros;  // define NAME pattern
};

// Parses `text` (the contents of `path`, used in error positions) and appends
// to `*out`. Fails on the first error, with where() = "path:line:col".
Status ParseRules(const std::string& path, const std::string& text,
                  RuleFile* out);

}  // namespace newsevents

#endif  // NEWSEVENTS_EVENTS_RULE_PARSER_H_
