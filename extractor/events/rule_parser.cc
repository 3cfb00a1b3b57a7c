// Parses *.rules files (grammar in lexicons/README.md) into Rule objects and
// macros: every key, type, modality and example checked, every mistake
// reported at file:line:col. Nothing is compiled here (see rule_set.cc).
#include "events/rule_parser.h"

#include <set>
#include <sstream>

#include "base/strings.h"
#include "base/tsv.h"

namespace newsevents {
namespace {

const std::set<std::string> kTypes = {
    "negotiate", "sign",    "ratify", "join",      "enter_into_force",
    "withdraw",  "suspend", "resume", "violate",   "extend",
    "terminate", "reject",
    // Not an output type: the event of the sentence before, done by more
    // actors ("It was followed by Denmark and Norway").
    "continue"};
const std::set<std::string> kModalities = {
    "asserted", "negated", "planned", "considered", "threatened", "demanded"};

bool ValidId(const std::string& id, const std::string& stem) {
  if (id.compare(0, stem.size() + 1, stem + ".") != 0) return false;
  for (char c : id)
    if (!(std::islower(static_cast<unsigned char>(c)) || std::isdigit(static_cast<unsigned char>(c)) ||
          c == '_' || c == '.'))
      return false;
  return id.size() > stem.size() + 1;
}

// "sentence => actor: X; treaty: Y" -> example.
RuleExample ParseExample(const std::string& value, bool positive) {
  RuleExample ex;
  ex.positive = positive;
  size_t arrow = value.find("=>");
  ex.sentence = Trim(value.substr(0, arrow));
  if (arrow == std::string::npos) return ex;
  std::stringstream fields(value.substr(arrow + 2));
  std::string field;
  while (std::getline(fields, field, ';')) {
    size_t colon = field.find(':');
    if (colon == std::string::npos) continue;
    ex.expect.emplace_back(Trim(field.substr(0, colon)),
                           Trim(field.substr(colon + 1)));
  }
  return ex;
}

}  // namespace

Status ParseRules(const std::string& path, const std::string& text,
                  RuleFile* out) {
  std::string stem = path.substr(path.rfind('/') + 1);
  stem = stem.substr(0, stem.find('.'));
  std::set<std::string> ids;
  for (const Rule& r : out->rules) ids.insert(r.id);
  std::istringstream in(text);
  std::string line;
  Rule* rule = nullptr;
  auto finish = [&](int number) -> Status {
    if (!rule) return Status::Ok();
    if (rule->pattern.empty())
      return Status::Error("bad_rule", "rule '" + rule->id + "' has no pattern",
                           Where(path, number, 1));
    if (rule->type.empty())
      return Status::Error("bad_rule", "rule '" + rule->id + "' has no type",
                           Where(path, number, 1));
    return Status::Ok();
  };
  int number = 0;
  for (; std::getline(in, line); ) {
    ++number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (Status s = CheckUtf8(path, number, line); !s.ok()) return s;
    const std::string trimmed = Trim(line);
    if (trimmed.empty() || trimmed[0] == '#') continue;
    const bool indented = line[0] == ' ' || line[0] == '\t';
    const int col = static_cast<int>(line.find_first_not_of(" \t")) + 1;
    size_t space = trimmed.find_first_of(" \t");
    const std::string key = trimmed.substr(0, space);
    const std::string value =
        space == std::string::npos ? "" : Trim(trimmed.substr(space));
    const int value_col = col + static_cast<int>(trimmed.size() - value.size());
    if (!indented) {
      Status s = finish(number);
      if (!s.ok()) return s;
      rule = nullptr;
      if (key == "define") {
        size_t sp = value.find_first_of(" \t");
        if (sp == std::string::npos)
          return Status::Error("bad_rule", "define needs a NAME and a pattern",
                               Where(path, number, value_col));
        out->macros[value.substr(0, sp)] = Trim(value.substr(sp));
        continue;
      }
      if (key != "rule")
        return Status::Error("bad_rule",
                             "expected 'rule <id>' or 'define <NAME> <pattern>'"
                             ", found '" + key + "'",
                             Where(path, number, col));
      if (!ValidId(value, stem))
        return Status::Error("bad_rule",
                             "rule id '" + value + "' must be '" + stem +
                                 ".<name>' in lower case",
                             Where(path, number, value_col));
      if (!ids.insert(value).second)
        return Status::Error("bad_rule", "duplicate rule id '" + value + "'",
                             Where(path, number, value_col));
      out->rules.emplace_back();
      rule = &out->rules.back();
      rule->id = value;
      continue;
    }
    if (!rule)
      return Status::Error("bad_rule", "indented line outside a rule",
                           Where(path, number, col));
    if (key == "type") {
      // One type, or a construction's types: "sign|ratify|withdraw".
      size_t at = 0;
      for (const std::string& type : SplitValues(value)) {
        at = value.find(type, at);
        if (!kTypes.count(type))
          return Status::Error("bad_rule", "unknown event type '" + type + "'",
                               Where(path, number, value_col + static_cast<int>(at)));
      }
      rule->type = value;
    } else if (key == "modality") {
      if (!kModalities.count(value))
        return Status::Error("bad_rule", "unknown modality '" + value + "'",
                             Where(path, number, value_col));
      rule->modality = value;
    } else if (key == "actor") {
      if (value != "body" && value != "owner")
        return Status::Error("bad_rule",
                             "actor must be 'body' or 'owner', not '" + value + "'",
                             Where(path, number, value_col));
      rule->actor = value;
    } else if (key == "treaty") {
      if (value != "own")
        return Status::Error("bad_rule", "treaty must be 'own', not '" + value + "'",
                             Where(path, number, value_col));
      rule->treaty = value;
    } else if (key == "pattern") {
      if (!rule->pattern.empty())
        return Status::Error("bad_rule", "a rule has one pattern",
                             Where(path, number, col));
      rule->pattern = value;
      rule->where = Where(path, number, value_col);
    } else if (key == "confidence") {
      rule->confidence = std::atof(value.c_str());
      if (rule->confidence <= 0 || rule->confidence > 1)
        return Status::Error("bad_rule", "confidence must be in (0, 1]",
                             Where(path, number, value_col));
    } else if (key == "example" || key == "not") {
      RuleExample ex = ParseExample(value, key == "example");
      ex.where = Where(path, number, value_col);
      rule->examples.push_back(std::move(ex));
    } else {
      return Status::Error("bad_rule",
                           "unknown key '" + key +
                               "' (type, modality, actor, pattern, confidence, "
                               "example, not)",
                           Where(path, number, col));
    }
  }
  Status s = finish(number);
  if (!s.ok()) return s;
  for (Rule& r : out->rules)
    if (r.modality.empty()) r.modality = "asserted";
  return Status::Ok();
}

}  // namespace newsevents
