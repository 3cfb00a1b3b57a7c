// The string helpers every stage needs, in one place: trimming, suffixes,
// ASCII lower-casing. Unicode case folding is the tokenizer's (Fold()).
#ifndef NEWSEVENTS_BASE_STRINGS_H_
#define NEWSEVENTS_BASE_STRINGS_H_

#include <cctype>
#include <string>
#include <string_view>

namespace newsevents {

// `s` without leading and trailing white space (spaces, tabs, CR, LF).
inline std::string Trim(std::string_view s) {
  size_t b = 0, e = s.size();
  while (b < e && std::isspace(static_cast<unsigned char>(s[b]))) ++b;
  while (e > b && std::isspace(static_cast<unsigned char>(s[e - 1]))) --e;
  return std::string(s.substr(b, e - b));
}

inline bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() &&
         s.substr(s.size() - suffix.size()) == suffix;
}

// ASCII letters lower-cased, every other byte kept (UTF-8 passes through).
inline char AsciiLower(char c) {
  return static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
}
inline std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = AsciiLower(c);
  return out;
}

}  // namespace newsevents

#endif  // NEWSEVENTS_BASE_STRINGS_H_
