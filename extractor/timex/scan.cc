// Trigger words and the linear trigger pass (see timex/scan.h).
#include "timex/scan.h"

#include <algorithm>
#include <cstring>

namespace newsevents {
namespace {

struct AlnumTable {
  bool is[256] = {};
  AlnumTable() {
    for (int c = '0'; c <= '9'; ++c) is[c] = true;
    for (int c = 'a'; c <= 'z'; ++c) is[c] = is[c - 32] = true;
  }
};
const AlnumTable kAlnum;
inline bool IsAlnum(unsigned char c) { return kAlnum.is[c]; }
inline bool IsDigit(unsigned char c) { return c >= '0' && c <= '9'; }
inline char Lower(unsigned char c) {
  return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32)
                              : static_cast<char>(c);
}

// Bytes that may stand between two words of one timex ("Oct. 23, 1998",
// "mid-1996", "10:35", "5 1/2", "'80s", line wraps); UTF-8 bytes count too,
// for ’ and –.
inline bool IsJoiner(unsigned char c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '-' ||
         c == ',' || c == '.' || c == '\'' || c == '/' || c == ':' || c >= 0x80;
}

uint64_t Hash(const char* s, size_t n) {
  uint64_t h = 1469598103934665603ull;
  for (size_t i = 0; i < n; ++i)
    h = (h ^ static_cast<unsigned char>(s[i])) * 1099511628211ull;
  return h | 1;  // 0 marks an empty slot
}

// The lower-case ASCII words of `s`.
std::vector<std::string> WordsOf(std::string_view s) {
  std::vector<std::string> out;
  std::string w;
  for (unsigned char c : s) {
    if (IsAlnum(c)) {
      w += Lower(c);
    } else if (!w.empty()) {
      out.push_back(w);
      w.clear();
    }
  }
  if (!w.empty()) out.push_back(w);
  return out;
}

// The literal words of an (expanded) pattern: letter runs outside escapes,
// character classes and group syntax. A superset is harmless.
void PatternWords(const std::string& re, TimexWords* words) {
  std::string w;
  auto flush = [&] {
    if (!w.empty()) words->Add(w, TimexWords::kLead);
    w.clear();
  };
  for (size_t i = 0; i < re.size(); ++i) {
    const unsigned char c = re[i];
    if (c == '\\') {
      flush();
      if (i + 1 < re.size() && (re[i + 1] == 'x' || re[i + 1] == 'p') &&
          i + 2 < re.size() && re[i + 2] == '{') {
        i = re.find('}', i);
        if (i == std::string::npos) return;
      } else {
        ++i;
      }
    } else if (c == '[') {
      flush();
      size_t j = i + 1;
      if (j < re.size() && re[j] == '^') ++j;
      if (j < re.size() && re[j] == ']') ++j;
      while (j < re.size() && re[j] != ']') j += re[j] == '\\' ? 2 : 1;
      i = j;
    } else if (c == '(' && i + 1 < re.size() && re[i + 1] == '?') {
      flush();
      size_t j = i + 2;  // (?:  (?i:  (?-i:  (?P<name>
      if (j < re.size() && re[j] == 'P')
        j = re.find('>', j);
      else
        while (j < re.size() && re[j] != ':' && re[j] != ')') ++j;
      if (j == std::string::npos) return;
      i = j;
    } else if (IsAlnum(c) && !IsDigit(c)) {
      w += Lower(c);
    } else {
      flush();
    }
  }
  flush();
}

}  // namespace

void TimexWords::Add(std::string_view word, uint8_t flags) {
  if (word.empty() || word.size() > kMaxWord) return;
  if ((count_ + 1) * 2 > slots_.size()) Grow();
  const uint64_t h = Hash(word.data(), word.size());
  const size_t mask = slots_.size() - 1;
  for (size_t i = h & mask;; i = (i + 1) & mask) {
    Slot& s = slots_[i];
    if (s.hash == 0) {
      s.hash = h;
      s.len = static_cast<uint8_t>(word.size());
      std::memcpy(s.word, word.data(), word.size());
      s.flags = flags;
      ++count_;
      if (flags & (kTrigger | kExact))
        shape_[(word[0] & 31) * 32 + (word.size() > 1 ? word[1] & 31 : 0)] |=
            1u << word.size();
      return;
    }
    if (s.hash == h && s.len == word.size() &&
        std::memcmp(s.word, word.data(), word.size()) == 0) {
      s.flags |= flags;
      if (flags & (kTrigger | kExact))
        shape_[(word[0] & 31) * 32 + (word.size() > 1 ? word[1] & 31 : 0)] |=
            1u << word.size();
      return;
    }
  }
}

void TimexWords::Grow() {
  std::vector<Slot> old = std::move(slots_);
  slots_.assign(old.empty() ? 256 : old.size() * 2, Slot());
  count_ = 0;
  for (const Slot& s : old)
    if (s.hash) Add(std::string_view(s.word, s.len), s.flags);
}

uint8_t TimexWords::Find(const char* lower, size_t n) const {
  if (slots_.empty() || n > kMaxWord) return 0;
  const uint64_t h = Hash(lower, n);
  const size_t mask = slots_.size() - 1;
  for (size_t i = h & mask;; i = (i + 1) & mask) {
    const Slot& s = slots_[i];
    if (s.hash == 0) return 0;
    if (s.hash == h && s.len == n && std::memcmp(s.word, lower, n) == 0)
      return s.flags;
  }
}

bool BuildTimexLexicon(const TimexGrammar& g, TimexLexicon* lex,
                       std::string* error) {
  TimexWords& words = lex->words;
  for (const auto& [name, table] : g.tables)
    for (const auto& [key, value] : table.values)
      for (const std::string& w : WordsOf(key)) words.Add(w, TimexWords::kLead);
  for (const TimexRule& r : g.rules) PatternWords(r.bare, &words);
  for (const std::string& w : g.leads)
    words.Add(WordsOf(w).front(), TimexWords::kLead);
  constexpr uint8_t kTrigger = TimexWords::kTrigger | TimexWords::kLead;
  for (const std::string& t : g.triggers) {
    if (t.size() > 2 && t.front() == '{' && t.back() == '}') {
      const auto table = g.tables.find(t.substr(1, t.size() - 2));
      if (table == g.tables.end()) {
        *error = "unknown trigger table '" + t + "'";
        return false;
      }
      for (const std::string& key : table->second.loose) {
        const std::vector<std::string> w = WordsOf(key);
        if (!w.empty()) words.Add(w.back(), kTrigger);
      }
      // "May" triggers, "may" does not.
      for (const std::string& form : table->second.exact) {
        std::string last;
        for (size_t i = form.size(); i > 0 && IsAlnum(form[i - 1]); --i)
          last.insert(last.begin(), form[i - 1]);
        if (last.empty()) {
          size_t e = form.size();
          while (e > 0 && !IsAlnum(form[e - 1])) --e;
          size_t b = e;
          while (b > 0 && IsAlnum(form[b - 1])) --b;
          last = form.substr(b, e - b);
        }
        if (last.empty()) continue;
        lex->exact.Add(last, TimexWords::kTrigger);
        std::string lower;
        for (char c : last) lower += Lower(c);
        words.Add(lower, TimexWords::kExact | TimexWords::kLead);
      }
    } else {
      for (const std::string& w : WordsOf(t)) words.Add(w, kTrigger);
    }
  }
  return true;
}

namespace {

// Skips back over the joiners before `b`; returns the end of the previous
// token, or npos when the gap breaks a timex.
size_t GapBack(std::string_view t, size_t b, size_t floor) {
  size_t i = b;
  int newlines = 0;
  while (i > floor && !IsAlnum(t[i - 1])) {
    const unsigned char c = t[i - 1];
    if (!IsJoiner(c) || b - i >= 8) return std::string_view::npos;
    if (c == '\n' && ++newlines > 1) return std::string_view::npos;
    --i;
  }
  return i > floor ? i : std::string_view::npos;
}

// Skips the joiners from `e`; returns the start of the next token, or npos.
size_t GapForward(std::string_view t, size_t e) {
  size_t i = e;
  int newlines = 0;
  while (i < t.size() && !IsAlnum(t[i])) {
    const unsigned char c = t[i];
    if (!IsJoiner(c) || i - e >= 8) return std::string_view::npos;
    if (c == '\n' && ++newlines > 1) return std::string_view::npos;
    ++i;
  }
  return i < t.size() ? i : std::string_view::npos;
}

}  // namespace

bool TimexTriggerScan::IsLead(size_t b, size_t e) const {
  const size_t n = e - b;
  if (IsDigit(text_[b]) || n == 1) return true;  // amounts, a.m.
  if (n > TimexWords::kMaxWord) return false;
  char buf[TimexWords::kMaxWord];
  for (size_t i = 0; i < n; ++i) buf[i] = Lower(text_[b + i]);
  return lex_.words.Find(buf, n) & TimexWords::kLead;
}

bool TimexTriggerScan::IsTrigger(size_t b, size_t e) const {
  const std::string_view t = text_;
  if (IsDigit(t[b])) {
    size_t d = b;
    while (d < e && IsDigit(t[d])) ++d;
    if (d == e) {
      // A year: 1000-2099.
      if (d - b == 4 && (t[b] == '1' || (t[b] == '2' && t[b + 1] == '0')))
        return true;
      // A clock time: "10 a.m.", "10:35 p.m." (the minutes end the token).
      size_t a = e;
      if (a < t.size() && t[a] == ' ') ++a;
      if (a + 1 >= t.size()) return false;
      const char c = Lower(t[a]);
      const size_t m = t[a + 1] == '.' ? a + 2 : a + 1;
      return (c == 'a' || c == 'p') && m < t.size() && Lower(t[m]) == 'm' &&
             (m + 1 >= t.size() || !IsAlnum(t[m + 1]));
    }
    // "1990s", "80s", "10am".
    const std::string_view rest = t.substr(d, e - d);
    return rest == "s" || rest == "am" || rest == "pm" || rest == "AM" ||
           rest == "PM";
  }
  const size_t n = e - b;
  if (!lex_.words.MayTrigger(t[b], n > 1 ? t[b + 1] : 0, n)) return false;
  char buf[TimexWords::kMaxWord];
  for (size_t i = 0; i < n; ++i) buf[i] = Lower(t[b + i]);
  const uint8_t f = lex_.words.Find(buf, n);
  if (f & TimexWords::kTrigger) return true;
  return (f & TimexWords::kExact) && lex_.exact.Find(t.data() + b, n);
}

bool TimexTriggerScan::Next(std::vector<int>* starts) {
  const std::string_view t = text_;
  const size_t size = t.size();
  size_t i = pos_;
  while (i < size) {
    while (i < size && !IsAlnum(t[i])) ++i;
    if (i >= size) break;
    const size_t b = i;
    while (i < size && IsAlnum(t[i])) ++i;
    if (!IsTrigger(b, i)) continue;
    pos_ = i;
    starts->clear();
    starts->push_back(static_cast<int>(b));
    // "'80s": the apostrophe starts the timex.
    if (b > floor_ && t[b - 1] == '\'')
      starts->push_back(static_cast<int>(b - 1));
    else if (b >= floor_ + 3 && t.substr(b - 3, 3) == "\xE2\x80\x99")
      starts->push_back(static_cast<int>(b - 3));
    // Walk back over lead words.
    size_t at = b;
    for (int n = 0; n < 8; ++n) {
      const size_t e = GapBack(t, at, floor_);
      if (e == std::string_view::npos) break;
      size_t w = e;
      while (w > floor_ && IsAlnum(t[w - 1])) --w;
      if (w < floor_ || (w == floor_ && w > 0 && IsAlnum(t[w - 1]))) break;
      if (!IsLead(w, e)) break;
      starts->push_back(static_cast<int>(w));
      at = w;
    }
    std::reverse(starts->begin(), starts->end());
    return true;
  }
  pos_ = size;
  return false;
}

size_t TimexTriggerScan::RunEnd(size_t start) const {
  const std::string_view t = text_;
  size_t i = start;
  while (i < t.size() && !IsAlnum(t[i])) ++i;  // "'80s"
  size_t end = i;
  while (i < t.size()) {
    size_t e = i;
    while (e < t.size() && IsAlnum(t[e])) ++e;
    if (e == i || !(IsLead(i, e) || IsTrigger(i, e))) break;
    end = e;
    const size_t next = GapForward(t, e);
    if (next == std::string_view::npos) break;
    i = next;
  }
  return std::min(t.size(), end + 2);
}

}  // namespace newsevents
