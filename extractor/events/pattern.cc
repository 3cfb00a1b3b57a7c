// Compiles a rule's token pattern into one RE2 regular expression over the
// encoded units of a sentence (marker bytes frame each unit and its tags),
// and maps the byte ranges of its captured slots back to units. Unknown word
// lists and tags are errors at the pattern's file:line:col.
#include "events/pattern.h"

#include <cctype>

#include "base/regex.h"
#include "text/tokenizer.h"

namespace newsevents {
namespace {

const char kAnyUnit[] = "[\\x01\\x04\\x05][^\\x03]*\\x03";
const char kClauseUnit[] = "\\x01[^\\x03]*\\x03";

bool IsSyntax(char c) {
  return std::isspace(static_cast<unsigned char>(c)) || c == '(' || c == ')' ||
         c == '|' || c == '?' || c == '*' || c == '+' || c == '{' ||
         c == '}' || c == '<' || c == '>' || c == '$' || c == '@' || c == '"';
}

class Compiler {
 public:
  Compiler(const std::map<std::string, std::string>& macros,
           const Lexicon& lexicon)
      : macros_(macros), lexicon_(lexicon) {}

  Status Compile(const std::string& pattern, std::string* out, int* offset,
                 int depth = 0) {
    if (depth > 8)
      return Fail("macros nest too deeply (a macro uses itself?)", 0, offset);
    p_ = pattern;
    pos_ = 0;
    depth_ = depth;
    Status s = Alternatives(out);
    if (s.ok() && pos_ < p_.size())
      s = Status::Error("bad_pattern", "unexpected '" + std::string(1, p_[pos_]) + "'");
    if (!s.ok()) *offset = static_cast<int>(pos_);
    return s;
  }

 private:
  Status Fail(const std::string& message, size_t at, int* offset) {
    *offset = static_cast<int>(at);
    return Status::Error("bad_pattern", message);
  }
  void SkipSpace() {
    while (pos_ < p_.size() && std::isspace(static_cast<unsigned char>(p_[pos_])))
      ++pos_;
  }
  Status Alternatives(std::string* out) {
    std::string seq;
    Status s = Sequence(&seq);
    if (!s.ok()) return s;
    std::string all = seq;
    bool alternated = false;
    while (pos_ < p_.size() && p_[pos_] == '|') {
      ++pos_;
      seq.clear();
      if (!(s = Sequence(&seq)).ok()) return s;
      all += "|" + seq;
      alternated = true;
    }
    *out += alternated ? "(?:" + all + ")" : all;
    return Status::Ok();
  }
  Status Sequence(std::string* out) {
    while (true) {
      SkipSpace();
      if (pos_ >= p_.size() || p_[pos_] == '|' || p_[pos_] == ')')
        return Status::Ok();
      std::string atom;
      Status s = Atom(&atom);
      if (!s.ok()) return s;
      if (!(s = Quantifier(&atom)).ok()) return s;
      *out += atom;
    }
  }
  std::string Word(size_t* start) {
    *start = pos_;
    while (pos_ < p_.size() && !IsSyntax(p_[pos_])) ++pos_;
    return p_.substr(*start, pos_ - *start);
  }
  Status Tag(const std::string& name, std::string* out) {
    const int tag = lexicon_.TagId(name);
    if (tag < 0)
      return Status::Error("bad_pattern",
                           "unknown word list or entity kind '" + name + "'");
    if (in_trigger_) trigger_tags_.push_back(tag);
    *out += "[\\x01\\x04\\x05][^\\x02]*\\x02[^\\x03]*:" + std::to_string(tag) +
            ":[^\\x03]*\\x03";
    return Status::Ok();
  }
  Status Atom(std::string* out) {
    const size_t at = pos_;
    const char c = p_[pos_];
    if (c == '(') {
      ++pos_;
      std::string inner;
      Status s = Alternatives(&inner);
      if (!s.ok()) return s;
      if (pos_ >= p_.size() || p_[pos_] != ')') {
        pos_ = at;
        return Status::Error("bad_pattern", "'(' is not closed");
      }
      ++pos_;
      *out += "(?:" + inner + ")";
      return Status::Ok();
    }
    if (c == '<' || c == '{') {
      const char close = c == '<' ? '>' : '}';
      size_t end = p_.find(close, pos_);
      if (end == std::string::npos)
        return Status::Error("bad_pattern", std::string("'") + c + "' is not closed");
      const std::string name = p_.substr(pos_ + 1, end - pos_ - 1);
      Status s = Tag(name, out);
      if (!s.ok()) return s;
      pos_ = end + 1;
      return Status::Ok();
    }
    if (c == '"') {
      size_t end = p_.find('"', pos_ + 1);
      if (end == std::string::npos)
        return Status::Error("bad_pattern", "'\"' is not closed");
      *out += std::string("[\\x01\\x04\\x05]") +
              Regex::Quote(Fold(p_.substr(pos_ + 1, end - pos_ - 1))) +
              "\\x02[^\\x03]*\\x03";
      pos_ = end + 1;
      return Status::Ok();
    }
    if (c == '$') {
      ++pos_;
      size_t start;
      std::string name = Word(&start);
      if (name.empty() || (pos_ < p_.size() && !std::isspace(static_cast<unsigned char>(p_[pos_])) &&
                           p_[pos_] != '(' && p_[pos_] != '<' && p_[pos_] != '{' && p_[pos_] != '@'))
        return Status::Error("bad_pattern", "'$' needs a slot name");
      SkipSpace();
      if (pos_ >= p_.size())
        return Status::Error("bad_pattern", "slot '" + name + "' captures nothing");
      std::string atom;
      in_trigger_ += name == "trigger";
      const size_t literals_before = trigger_literals_;
      Status s = Atom(&atom);
      in_trigger_ -= name == "trigger";
      if (name == "trigger" && trigger_literals_ != literals_before)
        trigger_open_ = true;  // a literal can trigger: no tag guarantee
      if (!s.ok()) return s;
      if (!(s = Quantifier(&atom)).ok()) return s;
      const int n = ++slot_counts_[name];
      *out += "(?P<" + name + (n > 1 ? "__" + std::to_string(n) : "") + ">" +
              atom + ")";
      return Status::Ok();
    }
    if (c == '@') {
      ++pos_;
      size_t start;
      const std::string name = Word(&start);
      auto it = macros_.find(name);
      if (it == macros_.end())
        return Status::Error("bad_pattern", "unknown macro '@" + name + "'");
      Compiler inner(macros_, lexicon_);
      inner.slot_counts_ = slot_counts_;
      inner.in_trigger_ = in_trigger_;
      std::string expanded;
      int offset = 0;
      Status s = inner.Compile(it->second, &expanded, &offset, depth_ + 1);
      if (!s.ok())
        return Status::Error("bad_pattern",
                             "in macro @" + name + ": " + s.message());
      slot_counts_ = inner.slot_counts_;
      trigger_tags_.insert(trigger_tags_.end(), inner.trigger_tags_.begin(),
                           inner.trigger_tags_.end());
      trigger_literals_ += inner.trigger_literals_;
      trigger_open_ |= inner.trigger_open_;
      *out += "(?:" + expanded + ")";
      return Status::Ok();
    }
    if (c == '_' && (pos_ + 1 == p_.size() || IsSyntax(p_[pos_ + 1]))) {
      ++pos_;
      *out += kAnyUnit;
      return Status::Ok();
    }
    if (c == '~' && (pos_ + 1 == p_.size() || IsSyntax(p_[pos_ + 1]))) {
      ++pos_;
      *out += kClauseUnit;
      return Status::Ok();
    }
    if (IsSyntax(c))
      return Status::Error("bad_pattern", "unexpected '" + std::string(1, c) + "'");
    size_t start;
    const std::string word = Word(&start);
    if (in_trigger_) ++trigger_literals_;
    *out += std::string("[\\x01\\x04\\x05]") + Regex::Quote(Fold(word)) +
            "\\x02[^\\x03]*\\x03";
    return Status::Ok();
  }
  // Repetition of the atom just compiled. A gap (`_`, `~`) repeats lazily:
  // it reaches the nearest trigger or treaty, not the farthest.
  Status Quantifier(std::string* atom) {
    if (pos_ >= p_.size()) return Status::Ok();
    const bool gap = *atom == kAnyUnit || *atom == kClauseUnit;
    const char c = p_[pos_];
    if (c == '?' || c == '*' || c == '+') {
      ++pos_;
      *atom = "(?:" + *atom + ")" + c + (gap ? "?" : "");
    } else if (c == '{' && pos_ + 1 < p_.size() &&
               std::isdigit(static_cast<unsigned char>(p_[pos_ + 1]))) {
      size_t end = p_.find('}', pos_);
      if (end == std::string::npos)
        return Status::Error("bad_pattern", "'{' is not closed");
      const std::string range = p_.substr(pos_, end - pos_ + 1);
      for (char r : range.substr(1, range.size() - 2))
        if (!std::isdigit(static_cast<unsigned char>(r)) && r != ',')
          return Status::Error("bad_pattern", "a repeat is {m,n} with numbers");
      *atom = "(?:" + *atom + ")" + range + (gap ? "?" : "");
      pos_ = end + 1;
    }
    return Status::Ok();
  }

  const std::map<std::string, std::string>& macros_;
  const Lexicon& lexicon_;
  std::string p_;
  size_t pos_ = 0;
  int depth_ = 0;
  std::map<std::string, int> slot_counts_;

 public:
  int in_trigger_ = 0;            // inside the $trigger slot
  std::vector<int> trigger_tags_;  // tags referenced there
  size_t trigger_literals_ = 0;    // literal words there
  bool trigger_open_ = false;      // a literal alone may trigger
};

}  // namespace

Status CompilePattern(const std::string& pattern,
                      const std::map<std::string, std::string>& macros,
                      const Lexicon& lexicon, std::string* regex,
                      int* error_offset, std::vector<int>* trigger_tags) {
  Compiler compiler(macros, lexicon);
  regex->clear();
  *error_offset = 0;
  Status s = compiler.Compile(pattern, regex, error_offset);
  if (!s.ok()) return s;
  trigger_tags->clear();
  if (!compiler.trigger_open_) *trigger_tags = compiler.trigger_tags_;
  Regex re(*regex);
  if (!re.ok()) return Status::Error("bad_pattern", "regex: " + re.error());
  return Status::Ok();
}

std::string SlotName(const std::string& group_name) {
  return group_name.substr(0, group_name.find("__"));
}

}  // namespace newsevents
