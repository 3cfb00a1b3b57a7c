// Loader of lexicons/en/timex: tables first, then the `define` macros of all
// rule files, then the rules. Every error carries file:line:col.
#include "timex/rules.h"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <set>
#include <sstream>

#include "base/strings.h"
#include "base/tsv.h"
#include "timex/normalize.h"
#include "timex/rule_file.h"

namespace newsevents {
namespace {

using timex::Column;
using timex::Define;
using timex::Error;
using timex::IsGroupName;
using timex::IsMacroName;
using timex::PendingRule;
using timex::ReadLines;
using timex::SplitTabs;
using timex::Where;

// A table word as a regex: spaces match any white space, punctuation is
// escaped, letters follow the pattern's case mode.
std::string WordRegex(const std::string& word) {
  std::string out;
  for (size_t i = 0; i < word.size(); ++i) {
    const unsigned char c = word[i];
    if (c == ' ') {
      while (i + 1 < word.size() && word[i + 1] == ' ') ++i;
      out += "\\s+";
    } else if (std::isalnum(c) || c >= 0x80) {
      out += static_cast<char>(c);
    } else {
      out += '\\';
      out += static_cast<char>(c);
    }
  }
  return out;
}

std::string MacroNameOf(const std::string& header) {
  std::string name;
  for (char c : header) name += static_cast<char>(std::toupper(c));
  return name;
}

Status LoadTable(const std::string& path, TimexGrammar* g) {
  std::vector<std::string> lines;
  if (Status s = ReadLines(path, &lines); !s.ok()) return s;
  TimexTable table;
  std::vector<std::pair<size_t, std::string>> words;  // (length, regex)
  bool header = true;
  for (size_t n = 0; n < lines.size(); ++n) {
    const std::string& line = lines[n];
    const std::string t = Trim(line);
    if (t.empty() || t[0] == '#') continue;
    std::vector<std::string> f = SplitTabs(line);
    if (header) {
      header = false;
      table.name = MacroNameOf(f[0]);
      if (!IsMacroName(table.name))
        return Error(path, n + 1, 1, "bad table header '" + f[0] + "'");
      continue;
    }
    if (f.size() < 2 || f[0].empty())
      return Error(path, n + 1, 1,
                   "expected at least 2 tab-separated fields (word, value)");
    const bool exact = f.size() >= 3 && f[2] == "exact";
    if (f.size() >= 3 && !f[2].empty() && !exact)
      return Error(path, n + 1, Column(line, line.rfind('\t') + 1),
                   "unknown match mode '" + f[2] + "'; expected 'exact'");
    const std::string key = FoldWord(f[0]);
    if (table.values.count(key) && table.values[key] != f[1])
      return Error(path, n + 1, 1, "word '" + f[0] + "' listed twice");
    table.values[key] = f[1];
    if (exact)
      table.exact.push_back(f[0]);
    else
      table.loose.insert(key);
    // A word that starts or ends with a letter or digit is matched whole.
    std::string re = WordRegex(f[0]);
    if (std::isalnum(static_cast<unsigned char>(f[0].front()))) re = "\\b" + re;
    if (std::isalnum(static_cast<unsigned char>(f[0].back()))) re += "\\b";
    words.push_back({f[0].size(), exact ? "(?-i:" + re + ")" : re});
  }
  if (table.name.empty()) return Error(path, 1, 1, "empty table");
  if (g->tables.count(table.name))
    return Error(path, 1, 1, "table '" + table.name + "' defined twice");
  // Longest first, so that leftmost-first alternation prefers "jan." to "jan".
  std::stable_sort(
      words.begin(), words.end(),
      [](const auto& a, const auto& b) { return a.first > b.first; });
  table.regex = "(?:";
  for (size_t i = 0; i < words.size(); ++i)
    table.regex += (i ? "|" : "") + words[i].second;
  table.regex += ")";
  g->tables[table.name] = std::move(table);
  return Status::Ok();
}

class Expander {
 public:
  Expander(const TimexGrammar& g, const std::map<std::string, Define>& defs)
      : g_(g), defs_(defs) {}

  // Expands {NAME} and {NAME:group}. With `groups`, top-level macros become
  // named groups and their names are appended to `groups` with the table.
  // On error sets *error and *error_at (byte offset in `text`).
  bool Expand(const std::string& text, int depth,
              std::vector<std::pair<std::string, std::string>>* groups,
              std::string* out, std::string* error, size_t* error_at) const {
    if (depth > 20) {
      *error = "macros nested too deeply (a cycle?)";
      *error_at = 0;
      return false;
    }
    for (size_t i = 0; i < text.size(); ++i) {
      const char c = text[i];
      if (c == '\\' && i + 1 < text.size()) {
        *out += c;
        *out += text[++i];
        continue;
      }
      if (c != '{' || i + 1 >= text.size() ||
          !std::isupper(static_cast<unsigned char>(text[i + 1]))) {
        *out += c;
        continue;
      }
      const size_t close = text.find('}', i);
      if (close == std::string::npos) {
        *error = "unclosed macro '{'";
        *error_at = i;
        return false;
      }
      std::string name = text.substr(i + 1, close - i - 1), group;
      const size_t colon = name.find(':');
      if (colon != std::string::npos) {
        group = name.substr(colon + 1);
        name = name.substr(0, colon);
      }
      if (!IsMacroName(name)) {
        *out += c;  // a regex repetition such as {2,4}
        continue;
      }
      if (group.empty()) {
        group += AsciiLower(name);
      }
      if (!IsGroupName(group)) {
        *error = "bad group name '" + group + "'";
        *error_at = i;
        return false;
      }
      std::string body, table;
      auto t = g_.tables.find(name);
      auto d = defs_.find(name);
      if (t != g_.tables.end()) {
        body = t->second.regex;
        table = name;
      } else if (d != defs_.end()) {
        size_t inner_at = 0;
        if (!Expand(d->second.body, depth + 1, nullptr, &body, error,
                    &inner_at)) {
          *error_at = i;
          return false;
        }
      } else {
        *error = "unknown macro '{" + name + "}'";
        *error_at = i;
        return false;
      }
      if (groups) {
        groups->push_back({group, table});
        *out += "(?P<" + group + ">" + body + ")";
      } else {
        *out += "(?:" + body + ")";
      }
      i = close;
    }
    return true;
  }

 private:
  const TimexGrammar& g_;
  const std::map<std::string, Define>& defs_;
};

Status CompileRule(PendingRule* p, const Expander& expander, TimexGrammar* g) {
  TimexRule& r = p->rule;
  const std::string& path = p->path;
  const int rl = p->line;
  if (r.type.empty()) return Error(path, rl, 1, r.id + ": missing 'type'");
  if (p->pattern.empty())
    return Error(path, rl, 1, r.id + ": missing 'pattern'");
  if (p->value_lines.empty())
    return Error(path, rl, 1, r.id + ": missing 'value'");
  std::string error;
  size_t error_at = 0;
  std::vector<std::pair<std::string, std::string>> groups;
  std::string named;
  if (!expander.Expand(p->pattern, 0, &groups, &named, &error, &error_at) ||
      !expander.Expand(p->pattern, 0, nullptr, &r.bare, &error, &error_at))
    return Error(path, p->pattern_line,
                 p->pattern_col + static_cast<int>(error_at), error);
  Regex::Options options;
  options.case_insensitive = true;
  r.regex = std::make_unique<Regex>(named, options);
  if (!r.regex->ok())
    return Error(path, p->pattern_line, p->pattern_col,
                 "pattern does not compile: " + r.regex->error());
  r.group_table.assign(r.regex->group_names().size(), "");
  for (size_t i = 0; i < r.regex->group_names().size(); ++i)
    for (const auto& [name, table] : groups)
      if (name == r.regex->group_names()[i]) r.group_table[i] = table;
  for (auto& [kind, text, ln, col] : p->guards) {
    std::string body;
    if (!expander.Expand(text, 0, nullptr, &body, &error, &error_at))
      return Error(path, ln, col + static_cast<int>(error_at), error);
    const bool before = kind == GuardKind::kPrev || kind == GuardKind::kNotPrev;
    // `prev` must end where the span starts; `next` starts where it ends.
    auto re = std::make_unique<Regex>(
        before ? "(?:" + body + ")$" : "^(?:" + body + ")", options);
    if (!re->ok())
      return Error(path, ln, col, "context does not compile: " + re->error());
    r.guards.push_back(TimexGuard{kind, std::move(re)});
  }
  for (auto& [text, ln, col] : p->value_lines) {
    TimexValueSpec spec;
    spec.where = Where(path, ln, col);
    std::stringstream ss(text);
    ss >> spec.function;
    if (!IsTimexFunction(spec.function))
      return Error(path, ln, col,
                   "unknown value function '" + spec.function +
                       "'; expected one of: " + TimexFunctionNames());
    std::string tok;
    while (ss >> tok) {
      const size_t eq = tok.find('=');
      if (spec.function == "literal" && spec.args.empty() &&
          eq == std::string::npos) {
        spec.args.push_back({"value", tok});
        continue;
      }
      if (eq == std::string::npos || eq == 0)
        return Error(path, ln, col + static_cast<int>(text.find(tok)),
                     "expected key=value, found '" + tok + "'");
      std::string arg = tok.substr(eq + 1);
      if (!arg.empty() && arg[0] == '$') {
        const auto& names = r.regex->group_names();
        if (std::find(names.begin(), names.end(), arg.substr(1)) == names.end())
          return Error(path, ln, col + static_cast<int>(text.find(tok)),
                       "unknown group '" + arg + "' in " + r.id);
      }
      spec.args.push_back({tok.substr(0, eq), arg});
    }
    r.values.push_back(std::move(spec));
  }
  if (r.examples.empty())
    return Error(path, rl, 1, r.id + ": a rule needs at least one example");
  g->rules.push_back(std::move(r));
  return Status::Ok();
}

}  // namespace

std::string FoldWord(std::string_view word) {
  std::string out;
  bool space = false;
  for (char c : word) {
    if (std::isspace(static_cast<unsigned char>(c))) {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += AsciiLower(c);
  }
  return out;
}

std::string TimexGrammar::Lookup(const std::string& table,
                                 std::string_view word) const {
  auto t = tables.find(table);
  if (t == tables.end()) return "";
  auto v = t->second.values.find(FoldWord(word));
  return v == t->second.values.end() ? "" : v->second;
}

Status LoadTimexGrammar(const std::string& dir, TimexGrammar* out) {
  TimexGrammar g;
  for (const std::string& name : ListFiles(dir, ".tsv")) {
    Status s = LoadTable(dir + "/" + name, &g);
    if (!s.ok()) return s;
  }
  std::map<std::string, Define> defs;
  std::vector<PendingRule> pending;
  const std::vector<std::string> files = ListFiles(dir, ".rules");
  if (files.empty()) return Status::Error("io_error", "no *.rules files", dir);
  for (const std::string& name : files) {
    Status s = timex::ParseRuleFile(dir + "/" + name, &defs, &pending,
                                    &g.triggers, &g.leads);
    if (!s.ok()) return s;
  }
  for (const auto& [name, d] : defs)
    if (g.tables.count(name))
      return Error(d.path, d.line, d.col,
                   "macro '" + name + "' is also a table name");
  Expander expander(g, defs);
  for (const auto& [name, d] : defs) {
    std::string body, error;
    size_t error_at = 0;
    if (!expander.Expand(d.body, 0, nullptr, &body, &error, &error_at))
      return Error(d.path, d.line, d.col + static_cast<int>(error_at), error);
    g.macros[name] = body;
  }
  for (PendingRule& p : pending) {
    Status s = CompileRule(&p, expander, &g);
    if (!s.ok()) return s;
  }
  *out = std::move(g);
  return Status::Ok();
}

}  // namespace newsevents
