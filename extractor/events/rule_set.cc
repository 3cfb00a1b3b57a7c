// Loads and compiles every event rule once, then per sentence runs only the
// rules whose trigger words occur in it and collects their slot matches.
#include "events/rule_set.h"

#include <algorithm>
#include <fstream>

#include "base/tsv.h"
#include "events/pattern.h"
#include "events/rule_parser.h"

namespace newsevents {
namespace {

// A construction ("type sign|ratify|withdraw") becomes one rule per type,
// its <triggers> read as that type's <TYPE_triggers>. They come after the
// rules written for one type, which read a shared trigger first.
std::vector<Rule> ExpandConstructions(std::vector<Rule> rules) {
  std::vector<Rule> out, constructions;
  for (Rule& rule : rules) {
    const std::vector<std::string> types = SplitValues(rule.type);
    if (types.size() <= 1) {
      out.push_back(std::move(rule));
      continue;
    }
    for (const std::string& type : types) {
      Rule one = rule;
      one.type = type;
      for (size_t at; (at = one.pattern.find("<triggers>")) != std::string::npos;)
        one.pattern.replace(at, 10, "<" + type + "_triggers>");
      constructions.push_back(std::move(one));
    }
  }
  for (Rule& rule : constructions) out.push_back(std::move(rule));
  return out;
}

}  // namespace

Status RuleSet::Load(const std::string& dir, const Lexicon& lexicon,
                     std::unique_ptr<RuleSet>* out) {
  auto set = std::make_unique<RuleSet>();
  RuleFile file;
  std::string contents;
  const std::vector<std::string> names = ListFiles(dir, ".rules");
  if (names.empty())
    return Status::Error("io_error", "no *.rules files in " + dir, dir);
  for (const std::string& name : names) {
    const std::string path = dir + "/" + name;
    std::ifstream in(path, std::ios::binary);
    if (!in) return Status::Error("io_error", "cannot read " + path, path);
    std::string text((std::istreambuf_iterator<char>(in)), {});
    contents += name + text;
    Status s = ParseRules(path, text, &file);
    if (!s.ok()) return s;
  }
  for (Rule& rule : ExpandConstructions(std::move(file.rules))) {
    std::string regex;
    int offset = 0;
    std::vector<int> trigger_tags;
    Status s = CompilePattern(rule.pattern, file.macros, lexicon, &regex,
                              &offset, &trigger_tags);
    if (!s.ok()) {
      // rule.where is "file:line:col" of the pattern's first character.
      const size_t colon = rule.where.rfind(':');
      const int col = std::stoi(rule.where.substr(colon + 1)) + offset;
      return Status::Error("bad_rule", s.message() + " in rule '" + rule.id + "'",
                           rule.where.substr(0, colon + 1) + std::to_string(col));
    }
    set->trigger_tags_.push_back(trigger_tags);
    set->regexes_.emplace_back(regex);
    set->rules_.push_back(std::move(rule));
  }
  Status s;
  set->clause_break_tag_ = lexicon.RequireTag("clause_break", &s);
  set->actor_tag_ = lexicon.RequireTag("ACTOR", &s);
  set->tag_count_ = lexicon.tag_count();
  set->gap_stop_tag_ = lexicon.RequireTag("gap_stops", &s);
  // A gap never crosses another agreement's head noun either.
  set->treaty_head_tag_ = lexicon.RequireTag("treaty_heads", &s);
  if (!s.ok()) return s;
  set->version_ = HashHex(contents);
  *out = std::move(set);
  return Status::Ok();
}

void RuleSet::Match(const Analysis& a, int first, int end,
                    std::string* encoded, std::vector<RuleMatch>* out) const {
  // Encode: \x01 folded-words \x02 :tag::tag: \x03 per unit (\x04 opens a
  // clause break), remembering where each unit starts.
  encoded->clear();
  std::vector<int> offsets;
  offsets.reserve(end - first + 1);
  for (int i = first; i < end; ++i) {
    const Unit& u = a.units[i];
    offsets.push_back(static_cast<int>(encoded->size()));
    encoded->push_back(u.HasTag(actor_tag_) ? kActorStart
                       : u.HasTag(clause_break_tag_) || u.HasTag(gap_stop_tag_) ||
                               u.HasTag(treaty_head_tag_)
                           ? kClauseBreakStart
                           : kUnitStart);
    for (int k = u.first; k < u.end; ++k) {
      if (k > u.first) encoded->push_back(' ');
      encoded->append(a.tokens.Folded(a.tokens.tokens[k]));
    }
    encoded->push_back(kUnitTags);
    for (int tag : u.tags) {
      encoded->push_back(':');
      encoded->append(std::to_string(tag));
      encoded->push_back(':');
    }
    encoded->push_back(kUnitEnd);
  }
  offsets.push_back(static_cast<int>(encoded->size()));
  auto unit_at = [&](int byte) {
    return first + static_cast<int>(std::upper_bound(offsets.begin(),
                                                     offsets.end(), byte) -
                                    offsets.begin()) - 1;
  };
  // A rule runs only where a unit can be its trigger: cheaper than any
  // regex over the sentence.
  std::vector<bool> present(tag_count_, false);
  for (int i = first; i < end; ++i)
    for (int tag : a.units[i].tags) present[tag] = true;
  for (int r = 0; r < static_cast<int>(regexes_.size()); ++r) {
    bool possible = trigger_tags_[r].empty();
    for (int tag : trigger_tags_[r]) possible = possible || present[tag];
    if (!possible) continue;
    const Regex& re = regexes_[r];
    for (const std::vector<Span>& groups : re.FindAll(*encoded)) {
      RuleMatch m;
      m.rule = r;
      for (int g = 1; g < static_cast<int>(groups.size()); ++g) {
        if (!groups[g].matched() || re.group_names()[g].empty()) continue;
        if (groups[g].end == groups[g].start) continue;
        m.slots.push_back({SlotName(re.group_names()[g]), unit_at(groups[g].start),
                           unit_at(groups[g].end - 1) + 1});
      }
      out->push_back(std::move(m));
    }
  }
}

}  // namespace newsevents
