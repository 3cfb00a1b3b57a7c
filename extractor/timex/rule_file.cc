// The line-level parser of lexicons/en/timex/*.rules.
#include "timex/rule_file.h"

#include <cctype>
#include <fstream>
#include <sstream>

#include "base/strings.h"
#include "base/tsv.h"

namespace newsevents {
namespace timex {

int Column(const std::string& line, size_t byte) {
  int col = 1;
  for (size_t i = 0; i < byte && i < line.size(); ++i)
    if ((static_cast<unsigned char>(line[i]) & 0xC0) != 0x80) ++col;
  return col;
}

std::string Where(const std::string& path, int line, int col) {
  return path + ":" + std::to_string(line) + ":" + std::to_string(col);
}

Status Error(const std::string& path, int line, int col, std::string msg) {
  return Status::Error("bad_timex_rule", std::move(msg),
                       Where(path, line, col));
}

Status ReadLines(const std::string& path, std::vector<std::string>* lines) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::Error("io_error", "cannot read file", path);
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    Status s = CheckUtf8(path, static_cast<int>(lines->size()) + 1, line);
    if (!s.ok()) return s;
    lines->push_back(line);
  }
  return Status::Ok();
}

std::vector<std::string> SplitTabs(const std::string& line) {
  std::vector<std::string> out;
  std::stringstream ss(line);
  std::string field;
  while (std::getline(ss, field, '\t')) out.push_back(Trim(field));
  return out;
}

bool IsMacroName(const std::string& s) {
  if (s.empty()) return false;
  for (char c : s)
    if (!(std::isupper(static_cast<unsigned char>(c)) || std::isdigit(c) ||
          c == '_'))
      return false;
  return true;
}

bool IsGroupName(const std::string& s) {
  if (s.empty()) return false;
  for (char c : s)
    if (!(std::islower(static_cast<unsigned char>(c)) || std::isdigit(c) ||
          c == '_'))
      return false;
  return true;
}

namespace {

// Splits `key rest`; returns the byte offset of rest in `line`.
size_t SplitKey(const std::string& line, std::string* key, std::string* rest) {
  size_t b = 0;
  while (b < line.size() && std::isspace(static_cast<unsigned char>(line[b])))
    ++b;
  size_t e = b;
  while (e < line.size() && !std::isspace(static_cast<unsigned char>(line[e])))
    ++e;
  *key = line.substr(b, e - b);
  size_t r = e;
  while (r < line.size() && std::isspace(static_cast<unsigned char>(line[r])))
    ++r;
  size_t end = line.size();
  while (end > r && std::isspace(static_cast<unsigned char>(line[end - 1])))
    --end;
  *rest = line.substr(r, end - r);
  return r;
}

// Parses `"text [span]" dct=... => VALUE type=.. mod=..`.
bool ParseExample(const std::string& rest, bool negative, TimexExample* ex,
                  std::string* error) {
  ex->negative = negative;
  if (rest.size() < 2 || rest[0] != '"') {
    *error = "example must start with a quoted text";
    return false;
  }
  const size_t close = rest.find('"', 1);
  if (close == std::string::npos) {
    *error = "unclosed quote in example";
    return false;
  }
  const std::string raw = rest.substr(1, close - 1);
  const size_t lb = raw.find('['), rb = raw.find(']');
  if (lb != std::string::npos && rb != std::string::npos && rb > lb) {
    ex->text = raw.substr(0, lb) + raw.substr(lb + 1, rb - lb - 1) +
               raw.substr(rb + 1);
    ex->start = static_cast<int>(lb);
    ex->end = static_cast<int>(rb - 1);
  } else {
    ex->text = raw;
    ex->start = 0;
    ex->end = static_cast<int>(raw.size());
  }
  std::stringstream ss(rest.substr(close + 1));
  std::string tok;
  bool after_arrow = false;
  while (ss >> tok) {
    if (tok == "=>") {
      after_arrow = true;
    } else if (tok.rfind("dct=", 0) == 0) {
      ex->dct = tok.substr(4);
    } else if (tok.rfind("type=", 0) == 0) {
      ex->type = tok.substr(5);
    } else if (tok.rfind("mod=", 0) == 0) {
      ex->mod = tok.substr(4);
    } else if (after_arrow && ex->value.empty()) {
      ex->value = tok;
    } else {
      *error = "unexpected '" + tok + "' in example";
      return false;
    }
  }
  if (!negative && ex->value.empty()) {
    *error = "example needs '=> VALUE'";
    return false;
  }
  return true;
}

}  // namespace

Status ParseRuleFile(const std::string& path,
                     std::map<std::string, Define>* defs,
                     std::vector<PendingRule>* rules,
                     std::vector<std::string>* triggers,
                     std::vector<std::string>* leads) {
  std::vector<std::string> lines;
  if (Status s = ReadLines(path, &lines); !s.ok()) return s;
  PendingRule* cur = nullptr;
  for (size_t n = 0; n < lines.size(); ++n) {
    const std::string& line = lines[n];
    const int ln = static_cast<int>(n + 1);
    const std::string t = Trim(line);
    if (t.empty() || t[0] == '#') continue;
    std::string key, rest;
    const size_t at = SplitKey(line, &key, &rest);
    const int col = Column(line, at);
    if (key == "define") {
      std::string name, body;
      const size_t body_at = SplitKey(rest, &name, &body);
      if (!IsMacroName(name))
        return Error(path, ln, col, "bad macro name '" + name + "'");
      if (defs->count(name))
        return Error(path, ln, col, "macro '" + name + "' defined twice");
      (*defs)[name] = Define{body, path, ln, Column(line, at + body_at)};
      cur = nullptr;
      continue;
    }
    if (key == "trigger" || key == "lead") {
      std::stringstream ss(rest);
      std::string word;
      while (ss >> word) (key == "lead" ? leads : triggers)->push_back(word);
      cur = nullptr;
      continue;
    }
    if (key == "rule") {
      if (rest.rfind("timex.", 0) != 0 || !IsGroupName(rest.substr(6)))
        return Error(
            path, ln, col,
            "bad rule id '" + rest + "'; expected timex.<name> in lower case");
      for (const PendingRule& r : *rules)
        if (r.rule.id == rest)
          return Error(path, ln, col,
                       "duplicate rule id '" + rest + "' (first defined at " +
                           r.rule.where + ")");
      rules->emplace_back();
      cur = &rules->back();
      cur->rule.id = rest;
      cur->rule.where = Where(path, ln, Column(line, 0));
      cur->path = path;
      cur->line = ln;
      continue;
    }
    if (!cur)
      return Error(path, ln, Column(line, 0),
                   "'" + key +
                       "' outside a rule; expected 'rule', 'define', 'trigger' "
                       "or 'lead'");
    if (key == "type") {
      if (rest != "DATE" && rest != "TIME" && rest != "DURATION" &&
          rest != "SET")
        return Error(path, ln, col,
                     "unknown type '" + rest +
                         "'; expected DATE, TIME, DURATION or SET");
      cur->rule.type = rest;
    } else if (key == "pattern") {
      if (!cur->pattern.empty())
        return Error(path, ln, col, "second pattern in rule " + cur->rule.id);
      cur->pattern = rest;
      cur->pattern_line = ln;
      cur->pattern_col = col;
    } else if (key == "prev" || key == "next" || key == "not_prev" ||
               key == "not_next") {
      GuardKind kind = key == "prev"       ? GuardKind::kPrev
                       : key == "next"     ? GuardKind::kNext
                       : key == "not_prev" ? GuardKind::kNotPrev
                                           : GuardKind::kNotNext;
      cur->guards.emplace_back(kind, rest, ln, col);
    } else if (key == "value") {
      cur->value_lines.emplace_back(rest, ln, col);
    } else if (key == "mod") {
      cur->rule.mod = rest;
    } else if (key == "example" || key == "not") {
      TimexExample ex;
      std::string error;
      if (!ParseExample(rest, key == "not", &ex, &error))
        return Error(path, ln, col, error);
      ex.where = Where(path, ln, col);
      cur->rule.examples.push_back(std::move(ex));
    } else {
      return Error(path, ln, Column(line, 0),
                   "unknown key '" + key +
                       "'; expected rule, define, type, pattern, prev, next, "
                       "not_prev, not_next, value, mod, example or not");
    }
  }
  return Status::Ok();
}

}  // namespace timex
}  // namespace newsevents
