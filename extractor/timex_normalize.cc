// Value functions. Each reads "fields": an argument of the `value` line
// (literal, or `$group`), else the rule's group of the same name. A group
// that comes from a word table reads as the table's value column.
#include "timex_normalize.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdlib>
#include <sstream>

namespace newsevents {
namespace {

const char* const kFunctions[] = {"literal", "date",     "relative", "ago",
                                  "ahead",   "duration", "set",      "shift",
                                  "same"};

class Fields {
 public:
  Fields(const TimexGrammar& g, const TimexValueSpec& spec, const TimexMatch& m)
      : g_(g), spec_(spec), m_(m) {}

  // The group index that field `name` reads, or -1.
  // An argument `name=$g` reads group g, falling back to the group called
  // `name` when g did not take part in the match.
  int GroupOf(const std::string& name) const {
    for (const auto& [key, arg] : spec_.args)
      if (key == name) {
        if (arg.empty() || arg[0] != '$') return -1;
        const int i = Find(arg.substr(1));
        if (i >= 0) return i;
      }
    return Find(name);
  }
  bool Has(const std::string& name) const {
    for (const auto& [key, arg] : spec_.args)
      if (key == name && (arg.empty() || arg[0] != '$')) return true;
    return GroupOf(name) >= 0;
  }
  // The text of the field (group text or literal).
  std::string Raw(const std::string& name) const {
    for (const auto& [key, arg] : spec_.args)
      if (key == name && (arg.empty() || arg[0] != '$')) return arg;
    const int i = GroupOf(name);
    if (i < 0) return "";
    const Span s = m_.groups[i];
    return std::string(m_.text.substr(s.start, s.end - s.start));
  }
  // The table value of the field when its group comes from a table.
  std::string Value(const std::string& name) const {
    const int i = GroupOf(name);
    const std::string raw = Raw(name);
    if (i >= 0 && !m_.rule->group_table[i].empty()) {
      std::string v = g_.Lookup(m_.rule->group_table[i], raw);
      if (!v.empty()) return v;
    }
    return raw;
  }
  int Find(const std::string& group) const {
    const auto& names = m_.rule->regex->group_names();
    for (size_t i = 1; i < names.size(); ++i)
      if (names[i] == group && m_.groups[i].matched()) return static_cast<int>(i);
    return -1;
  }
  Span SpanOf(const std::string& name) const {
    const int i = GroupOf(name);
    return i < 0 ? Span() : m_.groups[i];
  }

 private:
  const TimexGrammar& g_;
  const TimexValueSpec& spec_;
  const TimexMatch& m_;
};

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
  if (m >= 3 && m <= 5) *index = 0;
  else if (m >= 6 && m <= 8) *index = 1;
  else if (m >= 9 && m <= 11) *index = 2;
  else {
    *index = 3;
    if (m <= 2) *year -= 1;
  }
}

std::string TimeOfDay(const TimexGrammar& g, const Fields& f) {
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
  if (unit == "Q") return FormatYear(d.year) + "-Q" + std::to_string((d.month - 1) / 3 + 1);
  if (unit == "H") return FormatYear(d.year) + "-H" + std::to_string((d.month - 1) / 6 + 1);
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
int Direction(const Fields& f) {
  if (!f.Has("dir")) return 2;
  return std::atoi(f.Value("dir").c_str());
}

int Tense(const TimexContext& c) { return c.tense ? c.tense() : 0; }

bool DateValue(const TimexGrammar& g, const Fields& f, const TimexContext& c,
               Timex* out) {
  const std::string time = TimeOfDay(g, f);
  if (time == "!") return false;
  if (f.Has("century")) {
    const int n = ParseInt(g, f.Raw("century"));
    if (n <= 0 || n > 30) return false;
    out->value = Pad2(n - 1);
    return true;
  }
  if (f.Has("decade")) {
    std::string d = f.Value("decade");  // 1990s, '90s, 90s, or a table value
    std::string digits;
    for (char ch : d)
      if (std::isdigit(static_cast<unsigned char>(ch))) digits += ch;
    if (digits.size() == 4) out->value = digits.substr(0, 3);
    else if (digits.size() == 2) out->value = "19" + digits.substr(0, 1);
    else if (digits.empty()) {
      const std::vector<std::string> w = Words(d);
      out->value = w.empty() ? "" : g.Lookup("DECADE_WORD", w.back());
      if (out->value.empty()) return false;
    } else return false;
    return true;
  }
  const int dir = Direction(f);
  // Days from the dct: today, yesterday, tomorrow, tonight.
  if (f.Has("shift")) {
    const int n = ParseInt(g, f.Value("shift"));
    // "at 6 a.m.": the day the text last named, else the dct's.
    if (f.Raw("anchor") == "text" && c.previous) {
      for (auto it = c.previous->rbegin(); it != c.previous->rend(); ++it) {
        const std::string& v = it->value;
        if (v.size() < 10 || !AllDigits(v.substr(0, 4)) || v[4] != '-' ||
            v[7] != '-' || !AllDigits(v.substr(8, 2)))
          continue;
        CivilDate d;
        if (!ParseDate(v, &d)) break;
        out->anchor = "text";
        out->value = FormatDay(AddDays(d, n)) + time;
        return true;
      }
    }
    if (!c.has_dct) {
      out->value = SignRef(n);
      return true;
    }
    out->anchor = "dct";
    out->value = FormatDay(AddDays(c.dct, n)) + time;
    return true;
  }
  int year = 0;
  bool has_year = f.Has("year");
  if (has_year && !ParseYear(g, f.Raw("year"), c, &year)) return false;
  if (!has_year && f.Has("yearshift") && c.has_dct) {
    // "July last year", "this year's third quarter".
    year = c.dct.year + ParseInt(g, f.Value("yearshift"));
    has_year = true;
    out->anchor = "dct";
  }
  if (has_year && (year < 1000 || year > 2999)) return false;
  const std::string year_text = has_year ? FormatYear(year) : "XXXX";
  if (f.Has("quarter") || f.Has("half")) {
    const bool q = f.Has("quarter");
    const int n = ParseInt(g, f.Value(q ? "quarter" : "half"));
    if (n < 1 || n > (q ? 4 : 2)) return false;
    std::string y = year_text;
    if (!has_year && c.has_dct) {
      y = FormatYear(c.dct.year + (dir == 2 ? 0 : dir));
      out->anchor = "dct";
    }
    out->value = y + (q ? "-Q" : "-H") + std::to_string(n);
    return true;
  }
  if (f.Has("season")) {
    const std::string s = f.Value("season");
    const int idx = SeasonIndex(s);
    if (idx < 0) return false;
    if (has_year || !c.has_dct) {
      out->value = year_text + "-" + s;
      return true;
    }
    int cur, sy;
    SeasonOf(c.dct, &cur, &sy);
    int t = dir == 2 ? Tense(c) : 0;
    int y = sy;
    if (dir == -1 || (dir == 2 && t <= 0)) {
      y = idx < cur || (dir == 2 && idx == cur) ? sy : sy - 1;
    } else if (dir == 1 || (dir == 2 && t > 0)) {
      y = idx > cur || (dir == 2 && idx == cur) ? sy : sy + 1;
    } else {
      y = c.dct.year;  // "this summer"
      if (idx == 3 && c.dct.month <= 2) y -= 1;
    }
    out->anchor = "dct";
    out->value = FormatYear(y) + "-" + s;
    return true;
  }
  if (f.Has("month") || f.Has("holiday")) {
    int month = 0, day = 0, weekday = 0;
    if (f.Has("holiday")) {
      // MM-DD, or MM-DD+W: the first weekday W on or after MM-DD.
      const std::string h = f.Value("holiday");
      if (h.size() < 5) return false;
      month = std::atoi(h.substr(0, 2).c_str());
      day = std::atoi(h.substr(3, 2).c_str());
      if (h.size() >= 7 && h[5] == '+') weekday = std::atoi(h.substr(6).c_str());
    } else {
      month = std::atoi(f.Value("month").c_str());
      if (f.Has("day")) day = ParseInt(g, f.Raw("day"));
      if (f.Has("day") && (day < 1 || day > 31)) return false;
    }
    if (month < 1 || month > 12) return false;
    if (!has_year) {
      if (!c.has_dct) {
        out->value = "XXXX-" + Pad2(month) + (day ? "-" + Pad2(day) : "") + time;
        return true;
      }
      out->anchor = "dct";
      const int dm = c.dct.month, dd = day ? c.dct.day : 0;
      // Compares (month, day) with the dct's.
      const int cmp = month != dm ? (month < dm ? -1 : 1)
                                  : (day != dd ? (day < dd ? -1 : 1) : 0);
      year = c.dct.year;
      if (dir == -1) {
        if (cmp >= 0) year -= 1;
      } else if (dir == 1) {
        if (cmp <= 0) year += 1;
      } else if (dir == 2) {
        // News mostly means the nearest occurrence; the tense of the
        // sentence decides only when two are about as near.
        const long now = DaysFromCivil(c.dct);
        long best = -1, second = -1;
        int best_year = year, second_year = year;
        for (int y = c.dct.year - 1; y <= c.dct.year + 1; ++y) {
          const int d = day ? std::min(day, DaysInMonth(y, month)) : 15;
          const long distance = std::labs(DaysFromCivil({y, month, d}) - now);
          if (best < 0 || distance < best) {
            second = best;
            second_year = best_year;
            best = distance;
            best_year = y;
          } else if (second < 0 || distance < second) {
            second = distance;
            second_year = y;
          }
        }
        year = best_year;
        if (second - best < 150) {
          const int t = Tense(c);
          const int early = std::min(best_year, second_year);
          const int late = std::max(best_year, second_year);
          if (t < 0) year = early;
          if (t > 0) year = late;
        }
      }
    }
    if (day > DaysInMonth(year, month)) return false;
    if (weekday) {
      CivilDate d{year, month, day};
      d = AddDays(d, (weekday - IsoWeekday(d) + 7) % 7);
      month = d.month;
      day = d.day;
    }
    out->value = FormatMonth(year, month) + (day ? "-" + Pad2(day) : "") + time;
    return true;
  }
  if (f.Has("weekday") || f.Has("weekend")) {
    const bool weekend = f.Has("weekend");
    const int wd = weekend ? 6 : std::atoi(f.Value("weekday").c_str());
    if (wd < 1 || wd > 7) return false;
    if (!c.has_dct) {
      out->value = weekend ? "XXXX-WXX-WE" : "XXXX-WXX-" + std::to_string(wd) + time;
      return true;
    }
    out->anchor = "dct";
    const int cur = IsoWeekday(c.dct);
    int delta = 0;
    int t = dir;
    if (dir == 2) t = Tense(c) > 0 ? 1 : -1;
    if (dir == 0) {
      delta = wd - cur;  // same ISO week
    } else if (t < 0) {
      delta = wd <= cur ? wd - cur : wd - cur - 7;
      if (dir == -1 && delta == 0) delta = -7;
    } else {
      delta = wd >= cur ? wd - cur : wd - cur + 7;
      if (dir == 1 && delta == 0) delta = 7;
    }
    const CivilDate d = AddDays(c.dct, delta);
    out->value = weekend ? AtGranularity(d, "WE") : FormatDay(d) + time;
    return true;
  }
  if (has_year) {
    out->value = year_text;
    return true;
  }
  return false;
}

// "last week", "next year", "this month", "two years ago".
bool RelativeValue(const TimexGrammar& g, const Fields& f,
                   const TimexContext& c, int sign, Timex* out) {
  std::string unit = f.Value("unit");
  int n = 0;
  if (sign == 0) {
    n = f.Has("offset") ? std::atoi(f.Value("offset").c_str()) : 0;
  } else {
    double amount = 1;
    bool vague = false;
    if (f.Has("amount") && !ParseAmount(g, f.Raw("amount"), &amount, &vague))
      return false;
    if (vague || amount != std::floor(amount)) {
      out->value = SignRef(sign);
      return true;
    }
    n = sign * static_cast<int>(amount);
    if (unit == "DE") { unit = "Y"; n *= 10; }
    if (unit == "CE") { unit = "Y"; n *= 100; }
  }
  if (!c.has_dct) {
    out->value = SignRef(n);
    return true;
  }
  std::string granularity = f.Has("granularity") ? f.Value("granularity") : unit;
  const CivilDate d = Shift(c.dct, unit, n);
  out->value = AtGranularity(d, granularity);
  if (out->value.empty()) return false;
  out->value += TimeOfDay(g, f);
  out->anchor = "dct";
  return true;
}

std::string FormatNumber(double n) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%g", n);
  return buf;
}

bool DurationValue(const TimexGrammar& g, const Fields& f, Timex* out) {
  std::string unit = f.Value("unit");
  double n = 1;
  bool vague = false;
  if (f.Raw("amount") == "X") {
    vague = true;
  } else if (f.Has("amount") && !ParseAmount(g, f.Raw("amount"), &n, &vague)) {
    return false;
  }
  if (n <= 0 && !vague) return false;
  if (unit == "DE") { unit = "Y"; n *= 10; }
  if (unit == "CE") { unit = "Y"; n *= 100; }
  if (unit == "WE") { unit = "D"; n *= 2; }
  // Fractions go down one unit: 2 1/2 years = P2Y6M.
  std::string extra;
  if (!vague && n != std::floor(n)) {
    const double frac = n - std::floor(n);
    struct Down { const char* unit; const char* lower; double factor; };
    static const Down kDown[] = {{"Y", "M", 12}, {"M", "D", 30}, {"W", "D", 7},
                                 {"D", "H", 24}, {"H", "MIN", 60},
                                 {"MIN", "S", 60}};
    for (const Down& d : kDown)
      if (unit == d.unit) {
        const double lower = std::round(frac * d.factor);
        const bool time_lower = std::string(d.lower) == "H" ||
                                std::string(d.lower) == "MIN" ||
                                std::string(d.lower) == "S";
        const bool time_unit = unit == "H" || unit == "MIN" || unit == "S";
        std::string code = std::string(d.lower) == "MIN" ? "M" : d.lower;
        extra = (time_lower && !time_unit ? "T" : "") + FormatNumber(lower) + code;
      }
    n = std::floor(n);
  }
  const std::string amount = vague ? "X" : FormatNumber(n);
  if (unit == "H" || unit == "MIN" || unit == "S") {
    out->value = "PT" + amount + (unit == "MIN" ? "M" : unit) + extra;
  } else if (unit == "Y" || unit == "M" || unit == "W" || unit == "D" ||
             unit == "Q") {
    out->value = "P" + amount + unit + extra;
  } else {
    return false;
  }
  return true;
}

bool SetValue(const TimexGrammar& g, const Fields& f, Timex* out) {
  if (f.Has("month")) {
    out->value = "XXXX-" + Pad2(std::atoi(f.Value("month").c_str()));
  } else if (f.Has("weekday")) {
    out->value = "XXXX-WXX-" + f.Value("weekday") + TimeOfDay(g, f);
  } else if (f.Has("unit")) {
    std::string unit = f.Value("unit");
    if (unit == "MIN") out->value = "PT1M";
    else if (unit == "H" || unit == "S") out->value = "PT1" + unit;
    else out->value = "P1" + unit;
  } else {
    return false;
  }
  return true;
}

// "a year earlier", "the year-ago quarter": the previous DATE of the text,
// moved by `amount` `unit`s; without one, the dct moved at unit granularity.
bool ShiftValue(const TimexGrammar& g, const Fields& f, const TimexContext& c,
                Timex* out) {
  const std::string unit = f.Value("unit");
  const int n = ParseInt(g, f.Value("offset"));
  if (c.previous && unit == "Y") {
    for (auto it = c.previous->rbegin(); it != c.previous->rend(); ++it) {
      const std::string& v = it->value;
      // A span of time named last ("for the nine months, ... a year
      // earlier") means the year before, counted from the dct.
      if (it->type == "DURATION") break;
      // Only a period named in the text (1989, 1989-Q3, 1989-H1, Sept. 30,
      // 1989-09) anchors; shifted dates, weeks and references do not.
      if (it->type != "DATE" || it->anchor == "text" || v.size() < 4 ||
          !AllDigits(v.substr(0, 4)))
        continue;
      const bool period = v.size() == 4 || v[5] == 'Q' || v[5] == 'H' ||
                          (v.size() >= 7 && AllDigits(v.substr(5, 2)) &&
                           (v.size() == 7 || (v.size() == 10 && AllDigits(v.substr(8, 2)))));
      if (!period) break;
      int y = std::atoi(v.substr(0, 4).c_str()) + n;
      std::string rest = v.substr(4);
      // Feb. 29 has no twin a year away.
      if (rest == "-02-29") rest = "-02-28";
      out->value = FormatYear(y) + rest;
      out->anchor = "text";
      return true;
    }
  }
  if (!c.has_dct) {
    out->value = SignRef(n);
    return true;
  }
  out->value = AtGranularity(Shift(c.dct, unit, n), unit);
  out->anchor = "dct";
  return !out->value.empty();
}

// "that year", "that same day": the last date the text named that is
// precise enough for `unit` (Y, M or D), at that granularity; without one,
// the dct's.
bool SameValue(const Fields& f, const TimexContext& c, Timex* out) {
  const std::string unit = f.Value("unit");
  const size_t need = unit == "D" ? 10 : unit == "M" ? 7 : 4;
  if (need == 4 && unit != "Y") return false;
  if (c.previous) {
    for (auto it = c.previous->rbegin(); it != c.previous->rend(); ++it) {
      const std::string& v = it->value;
      if ((it->type != "DATE" && it->type != "TIME") || v.size() < need ||
          !AllDigits(v.substr(0, 4)))
        continue;
      if (need >= 7 && !AllDigits(v.substr(5, 2))) continue;
      if (need == 10 && !AllDigits(v.substr(8, 2))) continue;
      out->value = v.substr(0, need);
      out->anchor = "text";
      return true;
    }
  }
  if (!c.has_dct) {
    out->value = "PAST_REF";
    return true;
  }
  out->value = FormatDay(c.dct).substr(0, need);
  out->anchor = "dct";
  return true;
}

}  // namespace

bool IsTimexFunction(const std::string& name) {
  for (const char* f : kFunctions)
    if (name == f) return true;
  return false;
}

std::string TimexFunctionNames() {
  std::string out;
  for (const char* f : kFunctions) out += (out.empty() ? "" : ", ") + std::string(f);
  return out;
}

bool NormalizeTimex(const TimexGrammar& g, const TimexValueSpec& spec,
                    const TimexMatch& m, const TimexContext& c, Timex* out) {
  Fields f(g, spec, m);
  out->type = m.rule->type;
  out->rule = m.rule->id;
  out->anchor.clear();
  out->mention = Mention{m.groups[0].start, m.groups[0].end};
  if (f.Has("span")) {
    const Span s = f.SpanOf("span");
    out->mention = Mention{s.start, s.end};
  }
  if (f.Has("type")) out->type = f.Raw("type");
  // The rule's `mod` line: a literal, or $group read through its table.
  out->mod.clear();
  const std::string& mod = m.rule->mod;
  if (!mod.empty() && mod[0] == '$') {
    const auto& names = m.rule->regex->group_names();
    for (size_t i = 1; i < names.size(); ++i)
      if (names[i] == mod.substr(1) && m.groups[i].matched()) {
        const Span s = m.groups[i];
        out->mod = g.Lookup(m.rule->group_table[i],
                            m.text.substr(s.start, s.end - s.start));
      }
  } else {
    out->mod = mod;
  }
  const std::string& fn = spec.function;
  if (fn == "literal") {
    out->value = f.Value("value");
    return !out->value.empty();
  }
  if (fn == "date") return DateValue(g, f, c, out);
  if (fn == "relative") return RelativeValue(g, f, c, 0, out);
  if (fn == "ago") return RelativeValue(g, f, c, -1, out);
  if (fn == "ahead") return RelativeValue(g, f, c, 1, out);
  if (fn == "duration") return DurationValue(g, f, out);
  if (fn == "set") return SetValue(g, f, out);
  if (fn == "shift") return ShiftValue(g, f, c, out);
  if (fn == "same") return SameValue(f, c, out);
  return false;
}

}  // namespace newsevents
