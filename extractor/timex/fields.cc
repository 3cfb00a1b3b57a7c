// Parsing helpers and calendar helpers of the timex value functions.
#include "timex/fields.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <sstream>

namespace newsevents {
namespace timex {

bool AllDigits(const std::string& s) {
  if (s.empty()) return false;
  for (char c : s)
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  return true;
}

std::vector<std::string> Words(const std::string& text) {
  std::string t = FoldWord(text);
  for (char& c : t)
    if (c == '-') c = ' ';
  std::stringstream ss(t);
  std::vector<std::string> out;
  std::string w;
  while (ss >> w) out.push_back(w);
  return out;
}

// Parses "six", "twenty-four", "5 1/2", "2.5", "a couple of", "several".
// Vague amounts (several, few) set *vague.
bool ParseAmount(const TimexGrammar& g, const std::string& text, double* out,
                 bool* vague) {
  *vague = false;
  double total = 0, cur = 0;
  bool any = false;
  for (const std::string& raw : Words(text)) {
    std::string w = raw;
    w.erase(std::remove(w.begin(), w.end(), ','), w.end());
    if (w.empty()) continue;
    const size_t slash = w.find('/');
    if (slash != std::string::npos && slash > 0) {
      cur += std::atof(w.substr(0, slash).c_str()) /
             std::max(1.0, std::atof(w.substr(slash + 1).c_str()));
      any = true;
      continue;
    }
    if (std::isdigit(static_cast<unsigned char>(w[0]))) {
      cur += std::atof(w.c_str());
      any = true;
      continue;
    }
    const std::string v = g.Lookup("NUMBER", w);
    if (v.empty()) continue;  // "of", "and", ...
    any = true;
    if (v == "X") {
      *vague = true;
      continue;
    }
    const double n = std::atof(v.c_str());
    if (n == 100) {
      cur = (cur == 0 ? 1 : cur) * 100;
    } else if (n >= 1000) {
      total += (cur == 0 ? 1 : cur) * n;
      cur = 0;
    } else {
      cur += n;
    }
  }
  *out = total + cur;
  if (!any) {
    // "a year", "an hour": the article is the amount.
    const std::vector<std::string> w = Words(text);
    if (w.size() == 1 && (w[0] == "a" || w[0] == "an")) {
      *out = 1;
      return true;
    }
  }
  return any;
}

// "1998", "'98", "98", "nineteen ninety-eight", "two thousand".
bool ParseYear(const TimexGrammar& g, std::string text, const TimexContext& c,
               int* year) {
  if (!text.empty() && (text[0] == '\'' || text.rfind("\xE2\x80\x99", 0) == 0))
    text = text.substr(text[0] == '\'' ? 1 : 3);
  if (AllDigits(text)) {
    int y = std::atoi(text.c_str());
    if (text.size() <= 2) {
      const int now = c.has_dct ? c.dct.year : 2000;
      y += (now / 100) * 100;
      if (y > now + 20) y -= 100;
    }
    *year = y;
    return true;
  }
  std::vector<std::string> words = Words(text);
  if (words.empty()) return false;
  bool vague = false;
  double n = 0;
  if (text.find("thousand") != std::string::npos ||
      text.find("hundred") != std::string::npos) {
    if (!ParseAmount(g, text, &n, &vague)) return false;
    *year = static_cast<int>(n);
    return true;
  }
  const std::string century = g.Lookup("NUMBER", words[0]);
  if (century.empty()) return false;
  std::string rest;
  for (size_t i = 1; i < words.size(); ++i) rest += words[i] + " ";
  if (!ParseAmount(g, rest, &n, &vague)) return false;
  *year = std::atoi(century.c_str()) * 100 + static_cast<int>(n);
  return true;
}

int ParseInt(const TimexGrammar& g, const std::string& text) {
  if (text.empty()) return 0;
  const char c = text[0];
  if (std::isdigit(static_cast<unsigned char>(c)) || c == '-' || c == '+')
    return std::atoi(text.c_str());
  double n = 0;
  bool vague = false;
  if (ParseAmount(g, text, &n, &vague) && !vague) return static_cast<int>(n);
  std::string v = g.Lookup("ORDINAL", text);
  return std::atoi(v.c_str());
}

int SeasonIndex(const std::string& s) {
  return s == "SP" ? 0 : s == "SU" ? 1 : s == "FA" ? 2 : s == "WI" ? 3 : -1;
}

// The season containing `d`, and its season-year (winter Dec-Feb belongs to
// the year of its December).
void SeasonOf(CivilDate d, int* index, int* year) {
  const int m = d.month;
  *year = d.year;
  if (m >= 3 && m <= 5)
    *index = 0;
  else if (m >= 6 && m <= 8)
    *index = 1;
  else if (m >= 9 && m <= 11)
    *index = 2;
  else {
    *index = 3;
    if (m <= 2) *year -= 1;
  }
}

std::string TimeOfDay(const TimexGrammar& g, const TimexFields& f) {
  if (f.Has("hour")) {
    int hour = std::atoi(f.Raw("hour").c_str());
    if (!AllDigits(f.Raw("hour"))) hour = ParseInt(g, f.Raw("hour"));
    int minute = f.Has("minute") ? std::atoi(f.Raw("minute").c_str()) : 0;
    const std::string ampm = FoldWord(f.Raw("ampm"));
    if (!ampm.empty() && ampm[0] == 'p' && hour < 12) hour += 12;
    if (!ampm.empty() && ampm[0] == 'a' && hour == 12) hour = 0;
    if (hour > 24 || minute > 59) return "!";
    return "T" + Pad2(hour) + ":" + Pad2(minute);
  }
  if (f.Has("part")) return "T" + f.Value("part");
  return "";
}

std::string SignRef(int sign) {
  return sign < 0 ? "PAST_REF" : sign > 0 ? "FUTURE_REF" : "PRESENT_REF";
}

// Formats `d` at the granularity of `unit` (a UNIT table code).
std::string AtGranularity(CivilDate d, const std::string& unit) {
  if (unit == "D") return FormatDay(d);
  if (unit == "W") {
    int y, w;
    IsoWeek(d, &y, &w);
    return FormatWeek(y, w);
  }
  if (unit == "WE") {
    int y, w;
    IsoWeek(d, &y, &w);
    return FormatWeek(y, w) + "-WE";
  }
  if (unit == "M") return FormatMonth(d.year, d.month);
  if (unit == "Q")
    return FormatYear(d.year) + "-Q" + std::to_string((d.month - 1) / 3 + 1);
  if (unit == "H")
    return FormatYear(d.year) + "-H" + std::to_string((d.month - 1) / 6 + 1);
  if (unit == "Y") return FormatYear(d.year);
  if (unit == "DE") return FormatYear(d.year).substr(0, 3);
  if (unit == "CE") return FormatYear(d.year).substr(0, 2);
  if (unit == "SEASON") {
    int i, y;
    SeasonOf(d, &i, &y);
    static const char* kS[] = {"SP", "SU", "FA", "WI"};
    return FormatYear(y) + "-" + kS[i];
  }
  return "";
}

CivilDate Shift(CivilDate d, const std::string& unit, int n) {
  if (unit == "D") return AddDays(d, n);
  if (unit == "W" || unit == "WE") return AddDays(d, 7L * n);
  if (unit == "M") return AddMonths(d, n);
  if (unit == "Q") return AddMonths(d, 3 * n);
  if (unit == "H") return AddMonths(d, 6 * n);
  if (unit == "Y") return AddMonths(d, 12 * n);
  if (unit == "DE") return AddMonths(d, 120 * n);
  if (unit == "CE") return AddMonths(d, 1200 * n);
  if (unit == "SEASON") return AddMonths(d, 3 * n);
  return d;
}

// dir: -1 "last", 0 "this", +1 "next"; or 2 when absent (use tense).
int Direction(const TimexFields& f) {
  if (!f.Has("dir")) return 2;
  return std::atoi(f.Value("dir").c_str());
}

int Tense(const TimexContext& c) { return c.tense ? c.tense(false) : 0; }

int ScheduledTense(const TimexContext& c) {
  const int t = c.tense ? c.tense(true) : 0;
  return t == kTensePresent ? 1 : t;
}

}  // namespace timex
}  // namespace newsevents
