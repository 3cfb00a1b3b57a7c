// RuleSet: every event rule of lexicons/en/rules, compiled once (one Regex
// per rule, run only on sentences holding a possible trigger) and matched
// against the units of a sentence.
#ifndef NEWSEVENTS_EVENTS_RULE_SET_H_
#define NEWSEVENTS_EVENTS_RULE_SET_H_

#include <memory>
#include <string>
#include <vector>

#include "base/regex.h"
#include "events/rule.h"
#include "events/units.h"
#include "lexicon/lexicon.h"
#include "newsevents/status.h"

namespace newsevents {

// One match of one rule: the units each slot captured.
struct RuleMatch {
  int rule = 0;  // index into RuleSet::rules()
  struct Slot {
    std::string name;
    int first_unit = 0, end_unit = 0;
  };
  std::vector<Slot> slots;
};

class RuleSet {
 public:
  // Reads and compiles every *.rules file of `dir`. Needs the lexicon for
  // tag names. Errors carry "file:line:col".
  static Status Load(const std::string& dir, const Lexicon& lexicon,
                     std::unique_ptr<RuleSet>* out);

  // Matches every rule against units [first, end) of `analysis`, appending
  // to `*out`. `encoded` is scratch space reused between calls.
  void Match(const Analysis& analysis, int first, int end,
             std::string* encoded, std::vector<RuleMatch>* out) const;

  const std::vector<Rule>& rules() const { return rules_; }
  const std::string& version() const { return version_; }

 private:
  std::vector<Rule> rules_;
  std::vector<Regex> regexes_;
  std::vector<std::vector<int>> trigger_tags_;  // per rule, see CompilePattern
  int tag_count_ = 0;
  int clause_break_tag_ = -1, actor_tag_ = -1, gap_stop_tag_ = -1,
      treaty_head_tag_ = -1;
  std::string version_;
};

}  // namespace newsevents

#endif  // NEWSEVENTS_EVENTS_RULE_SET_H_
