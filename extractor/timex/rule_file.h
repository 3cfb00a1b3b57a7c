// Internal to the timex grammar loader: the line-level parser of *.rules
// files (rules, defines, triggers, examples) and the small text helpers
// the loader shares. Errors carry file:line:col.
#ifndef NEWSEVENTS_TIMEX_RULE_FILE_H_
#define NEWSEVENTS_TIMEX_RULE_FILE_H_

#include <map>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "newsevents/status.h"
#include "timex/rules.h"

namespace newsevents {
namespace timex {

// Columns count code points, starting at 1.
int Column(const std::string& line, size_t byte);
std::string Where(const std::string& path, int line, int col);
Status Error(const std::string& path, int line, int col, std::string msg);
// The lines of `path`, without "\n" or "\r\n"; io_error, or invalid_utf8
// at the first ill-formed byte.
Status ReadLines(const std::string& path, std::vector<std::string>* lines);
std::vector<std::string> SplitTabs(const std::string& line);
bool IsMacroName(const std::string& s);  // MONTH, TENSE_PAST
bool IsGroupName(const std::string& s);  // month, year2

// A `define NAME body` line.
struct Define {
  std::string body, path;
  int line = 0, col = 0;
};

// A rule as read, before its pattern is expanded and compiled.
struct PendingRule {
  TimexRule rule;
  std::string pattern, path;
  int line = 0, pattern_line = 0, pattern_col = 0;
  std::vector<std::tuple<GuardKind, std::string, int, int>> guards;
  std::vector<std::tuple<std::string, int, int>> value_lines;
};

// Reads one *.rules file: defines into `defs`, rules into `rules`, `trigger`
// and `lead` words into `triggers` and `leads`.
Status ParseRuleFile(const std::string& path,
                     std::map<std::string, Define>* defs,
                     std::vector<PendingRule>* rules,
                     std::vector<std::string>* triggers,
                     std::vector<std::string>* leads);

}  // namespace timex
}  // namespace newsevents

#endif  // NEWSEVENTS_TIMEX_RULE_FILE_H_
