// Text helpers of the scorer: spans, loose (white-space blind) search of gold
// text in an article, and the sentence around a span for audit lines.
#include "eval/score_text.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <string_view>

namespace newsevents {
namespace {

bool IsAsciiWordByte(const std::string& text, long i) {
  if (i < 0 || i >= static_cast<long>(text.size())) return false;
  return std::isalnum(static_cast<unsigned char>(text[i])) != 0;
}

// Length of the sentence terminator at `i` (. ! ? and any closing quote
// marks after it) when white space or the end of the text follows; else 0.
size_t TerminatorAt(const std::string& text, size_t i) {
  char c = text[i];
  if (c != '.' && c != '!' && c != '?') return 0;
  size_t j = i + 1;
  while (j < text.size()) {
    if (text[j] == '"' || text[j] == '\'' || text[j] == ')') {
      ++j;
    } else if (text.compare(j, 3, "\xE2\x80\x9D") == 0 ||  // ”
               text.compare(j, 3, "\xE2\x80\x99") == 0) {  // ’
      j += 3;
    } else {
      break;
    }
  }
  bool space_after =
      j >= text.size() || std::isspace(static_cast<unsigned char>(text[j]));
  if (!space_after) return 0;
  if (c == '.') {
    // Not after an initial or inside an abbreviation (J. Smith, U.S.), and
    // not when the next word starts lower-case. Display only: errs both ways.
    auto byte = [&](long k) -> unsigned char {
      return k >= 0 && k < static_cast<long>(text.size()) ? text[k] : ' ';
    };
    long k = static_cast<long>(i);
    if (std::isupper(byte(k - 1)) && !std::isalnum(byte(k - 2))) return 0;
    if (std::isalpha(byte(k - 1)) && byte(k - 2) == '.') return 0;
    // Nor after a short capitalised word such as a title (Mr. Ms. Dr.).
    long w = k;
    while (w > 0 && std::isalpha(byte(w - 1))) --w;
    if (k - w >= 2 && k - w <= 3 && std::isupper(byte(w)) &&
        !std::isalnum(byte(w - 1)))
      return 0;
    size_t next = text.find_first_not_of(" \t\r\n", j);
    if (next != std::string::npos &&
        std::islower(static_cast<unsigned char>(text[next])))
      return 0;
  }
  return j - i;
}

// True when a paragraph starts after the line break at `i`: a blank or an
// indented line follows. Other line breaks are hard wrapping.
bool ParagraphBreakAt(const std::string& text, size_t i) {
  return text[i] == '\n' &&
         (i + 1 >= text.size() ||
          std::isspace(static_cast<unsigned char>(text[i + 1])));
}

}  // namespace

bool ValidSpan(const Mention& m, const std::string& text) {
  return m.start >= 0 && m.end > m.start &&
         m.end <= static_cast<int>(text.size());
}

std::string SpanText(const Mention& m, const std::string& text) {
  return ValidSpan(m, text) ? text.substr(m.start, m.end - m.start) : "";
}

LooseText Loosen(const std::string& s, bool lower) {
  LooseText out;
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = s[i];
    if (std::isspace(c)) {
      if (!out.text.empty() && out.text.back() == ' ') continue;
      c = ' ';
    }
    out.text.push_back(lower ? std::tolower(c) : c);
    out.at.push_back(static_cast<int>(i));
  }
  out.at.push_back(static_cast<int>(s.size()));
  return out;
}

Mention FindLoose(const LooseText& hay, const std::string& needle, bool lower,
                  size_t from, bool whole_words, size_t* next) {
  LooseText n = Loosen(needle, lower);
  size_t b = n.text.find_first_not_of(' '), e = n.text.find_last_not_of(' ');
  if (b == std::string::npos) return {-1, -1};
  std::string key = n.text.substr(b, e - b + 1);
  for (size_t at = hay.text.find(key, from); at != std::string::npos;
       at = hay.text.find(key, at + 1)) {
    size_t end = at + key.size();
    if (whole_words && (IsAsciiWordByte(hay.text, static_cast<long>(at) - 1) ||
                        IsAsciiWordByte(hay.text, static_cast<long>(end))))
      continue;
    if (next) *next = end;
    return {hay.at[at], hay.at[end - 1] + 1};
  }
  return {-1, -1};
}

Mention FindFirstOf(const LooseText& hay,
                    const std::vector<std::string>& needles) {
  Mention best{-1, -1};
  for (const std::string& n : needles) {
    Mention m = FindLoose(hay, n, true, 0, true);
    if (m.start < 0) m = FindLoose(hay, n, true, 0, false);
    if (m.start >= 0 && (best.start < 0 || m.start < best.start)) best = m;
  }
  return best;
}

bool HasDoubleQuoteMark(const std::string& text, const Mention& m) {
  if (!ValidSpan(m, text)) return false;
  const size_t kMarkBytes = 3;  // the longest mark, “ or ”, in UTF-8
  size_t begin = m.start > int(kMarkBytes) ? m.start - kMarkBytes : 0;
  size_t end = std::min(text.size(), size_t(m.end) + kMarkBytes);
  std::string_view s = std::string_view(text).substr(begin, end - begin);
  for (std::string_view mark : {"\"", "\xE2\x80\x9C", "\xE2\x80\x9D"})
    if (s.find(mark) != std::string_view::npos) return true;
  return false;
}

std::string CollapseSpaces(const std::string& s) {
  std::string out;
  for (unsigned char c : s) {
    if (!std::isspace(c)) {
      out.push_back(c);
    } else if (!out.empty() && out.back() != ' ') {
      out.push_back(' ');
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

std::string SentenceAround(const std::string& text, const Mention& m) {
  if (!ValidSpan(m, text)) return "";
  size_t begin = 0;
  for (size_t i = m.start; i > 0; --i) {
    if (ParagraphBreakAt(text, i - 1)) {
      begin = i;
      break;
    }
    size_t n = TerminatorAt(text, i - 1);
    if (n > 0 && i - 1 + n <= static_cast<size_t>(m.start)) {
      begin = i - 1 + n;
      break;
    }
  }
  size_t end = m.end;
  while (end < text.size() && !ParagraphBreakAt(text, end)) {
    size_t n = TerminatorAt(text, end);
    if (n > 0) {
      end += n;
      break;
    }
    ++end;
  }
  return CollapseSpaces(text.substr(begin, end - begin));
}

std::string Fixed(double v, const char* format) {
  char buf[32];
  std::snprintf(buf, sizeof buf, format, v);
  return buf;
}

std::string Clip(const std::string& s, size_t max) {
  if (s.size() <= max) return s;
  size_t cut = max;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
  return s.substr(0, cut) + "...";
}

}  // namespace newsevents
