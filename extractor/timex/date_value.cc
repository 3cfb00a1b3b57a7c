// The `date` value function: calendar dates, with what the text leaves out
// taken from the dct, the direction word, or the tense of the sentence.
#include <algorithm>
#include <cstdlib>

#include "timex/fields.h"

namespace newsevents {
namespace timex {

namespace {

// The last day (YYYY-MM-DD...) the text named before this timex.
bool LastTextDay(const TimexContext& c, CivilDate* out) {
  if (!c.previous) return false;
  for (auto it = c.previous->rbegin(); it != c.previous->rend(); ++it)
    if (ParseDate(it->value, out)) return true;
  return false;
}

// "the 20th century": "19".
bool CenturyValue(const TimexGrammar& g, const TimexFields& f, Timex* out) {
  const int n = ParseInt(g, f.Raw("century"));
  if (n <= 0 || n > 30) return false;
  out->value = Pad2(n - 1);
  return true;
}

// "the 1990s": "199".
bool DecadeValue(const TimexGrammar& g, const TimexFields& f, Timex* out) {
  std::string d = f.Value("decade");  // 1990s, '90s, 90s, or a table value
  std::string digits;
  for (char ch : d)
    if (std::isdigit(static_cast<unsigned char>(ch))) digits += ch;
  if (digits.size() == 4)
    out->value = digits.substr(0, 3);
  else if (digits.size() == 2)
    out->value = "19" + digits.substr(0, 1);
  else if (digits.empty()) {
    const std::vector<std::string> w = Words(d);
    out->value = w.empty() ? "" : g.Lookup("DECADE_WORD", w.back());
    if (out->value.empty()) return false;
  } else
    return false;
  return true;
}

// Days from the dct: today, yesterday, tomorrow, tonight.
bool DayShiftValue(const TimexGrammar& g, const TimexFields& f,
                   const TimexContext& c, const std::string& time, Timex* out) {
  const int n = ParseInt(g, f.Value("shift"));
  // "at 6 a.m.": the day the text last named, else the dct's.
  CivilDate d;
  if (f.Raw("anchor") == "text" && LastTextDay(c, &d)) {
    out->anchor = "text";
    out->value = FormatDay(AddDays(d, n)) + time;
    return true;
  }
  if (!c.has_dct) {
    out->value = SignRef(n);
    return true;
  }
  out->anchor = "dct";
  out->value = FormatDay(AddDays(c.dct, n)) + time;
  return true;
}

// "the third quarter", "the first half": YYYY-Qn, YYYY-Hn.
bool QuarterValue(const TimexGrammar& g, const TimexFields& f,
                  const TimexContext& c, int dir, bool has_year,
                  const std::string& year_text, Timex* out) {
  const bool q = f.Has("quarter");
  const int n = ParseInt(g, f.Value(q ? "quarter" : "half"));
  if (n < 1 || n > (q ? 4 : 2)) return false;
  std::string y = year_text;
  if (!has_year && c.has_dct) {
    int shift = dir == 2 ? 0 : dir;
    // "the fourth quarter" said in January is last year's unless the
    // sentence speaks of the future.
    const int now = q ? (c.dct.month - 1) / 3 + 1 : (c.dct.month - 1) / 6 + 1;
    if (dir == 2 && n > now && Tense(c) <= 0) shift = -1;
    y = FormatYear(c.dct.year + shift);
    out->anchor = "dct";
  }
  out->value = y + (q ? "-Q" : "-H") + std::to_string(n);
  return true;
}

// The season-year of season `idx` (SeasonIndex) that the direction word,
// else the tense of the sentence, picks relative to the dct.
int SeasonYear(const TimexContext& c, int dir, int idx) {
  int cur, sy;
  SeasonOf(c.dct, &cur, &sy);
  int t = dir == 2 ? Tense(c) : 0;
  int y = sy;
  if (dir == 2 && t == 0 && idx != cur) {
    // No tense cue ("talks begin in the summer", dct March): the nearer
    // of the last and the next such season, by its middle month.
    const long now = DaysFromCivil(c.dct);
    long best = -1;
    for (int cand = sy - 1; cand <= sy + 1; ++cand) {
      const CivilDate mid{idx == 3 ? cand + 1 : cand,
                          idx == 3 ? 1 : 4 + 3 * idx, 15};
      const long dist = std::labs(DaysFromCivil(mid) - now);
      if (best < 0 || dist < best) {
        best = dist;
        y = cand;
      }
    }
  } else if (dir == -1 || (dir == 2 && t <= 0)) {
    y = idx < cur || (dir == 2 && idx == cur) ? sy : sy - 1;
  } else if (dir == 1 || (dir == 2 && t > 0)) {
    y = idx > cur || (dir == 2 && idx == cur) ? sy : sy + 1;
  } else {
    y = c.dct.year;  // "this summer"
    if (idx == 3 && c.dct.month <= 2) y -= 1;
  }
  return y;
}

// "last summer", "the winter of 1998": YYYY-SP, -SU, -FA, -WI.
bool SeasonValue(const TimexFields& f, const TimexContext& c, int dir,
                 bool has_year, const std::string& year_text, Timex* out) {
  const std::string s = f.Value("season");
  const int idx = SeasonIndex(s);
  if (idx < 0) return false;
  if (has_year || !c.has_dct) {
    out->value = year_text + "-" + s;
    return true;
  }
  const int y = SeasonYear(c, dir, idx);
  out->anchor = "dct";
  out->value = FormatYear(y) + "-" + s;
  return true;
}

// The month, day (0 when none) and weekday (0 when none) of a month field or
// a holiday; false when they are malformed.
bool ReadMonthDay(const TimexGrammar& g, const TimexFields& f, int* month,
                  int* day, int* weekday) {
  if (f.Has("holiday")) {
    // MM-DD, or MM-DD+W: the first weekday W on or after MM-DD.
    const std::string h = f.Value("holiday");
    if (h.size() < 5) return false;
    *month = std::atoi(h.substr(0, 2).c_str());
    *day = std::atoi(h.substr(3, 2).c_str());
    if (h.size() >= 7 && h[5] == '+') *weekday = std::atoi(h.substr(6).c_str());
  } else {
    *month = std::atoi(f.Value("month").c_str());
    if (f.Has("day")) *day = ParseInt(g, f.Raw("day"));
    if (f.Has("day") && (*day < 1 || *day > 31)) return false;
  }
  return *month >= 1 && *month <= 12;
}

// With no direction word: the year of the occurrence of (month, day) nearest
// the dct, moved by the tense of the sentence. `cmp` compares (month, day)
// with the dct's.
int NearestMonthYear(const TimexFields& f, const TimexContext& c, int month,
                     int day, int cmp) {
  // News mostly means the nearest occurrence; the tense of the
  // sentence decides only when two are about as near.
  const long now = DaysFromCivil(c.dct);
  long best = -1, second = -1;
  int best_year = c.dct.year, second_year = c.dct.year;
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
  int year = best_year;
  // `tense=future` from a rule ("the election is in November").
  const int t = f.Raw("tense") == "future" ? 1
                : f.Raw("tense") == "past" ? -1
                                           : Tense(c);
  if (second - best < 150) {
    const int early = std::min(best_year, second_year);
    const int late = std::max(best_year, second_year);
    if (t < 0) year = early;
    if (t > 0) year = late;
  }
  // A future cue ("will", "scheduled") sends a month already past to
  // its next occurrence: "a mission in December" (dct March). Past
  // cues are too common ("said") to move a month the other way.
  // A dated day ("the Aug. 7 blasts") is left to the nearest.
  if (t > 0 && !day && (year < c.dct.year || (year == c.dct.year && cmp < 0)))
    year = cmp < 0 ? c.dct.year + 1 : c.dct.year;
  return year;
}

// The year the text leaves out of (month, day), from the dct and the
// direction word.
int MonthYearFromDct(const TimexFields& f, const TimexContext& c, int dir,
                     int month, int day) {
  const int dm = c.dct.month, dd = day ? c.dct.day : 0;
  // Compares (month, day) with the dct's.
  const int cmp = month != dm ? (month < dm ? -1 : 1)
                              : (day != dd ? (day < dd ? -1 : 1) : 0);
  int year = c.dct.year;
  if (dir == -1) {
    if (cmp >= 0) year -= 1;
  } else if (dir == 1) {
    if (cmp <= 0) year += 1;
  } else if (dir == 2) {
    year = NearestMonthYear(f, c, month, day, cmp);
  }
  return year;
}

// "last July", "Aug. 7", "Christmas": YYYY-MM or YYYY-MM-DD.
bool MonthValue(const TimexGrammar& g, const TimexFields& f,
                const TimexContext& c, int dir, const std::string& time,
                bool has_year, int year, Timex* out) {
  int month = 0, day = 0, weekday = 0;
  if (!ReadMonthDay(g, f, &month, &day, &weekday)) return false;
  if (!has_year) {
    if (!c.has_dct) {
      out->value = "XXXX-" + Pad2(month) + (day ? "-" + Pad2(day) : "") + time;
      return true;
    }
    out->anchor = "dct";
    year = MonthYearFromDct(f, c, dir, month, day);
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

// Days from `ref` (ISO weekday `cur`) to the weekday `wd` the text means.
int WeekdayDelta(const TimexFields& f, const TimexContext& c, int dir, int wd,
                 int cur) {
  int delta = 0;
  int t = dir;
  // `tense=past`: "Wednesday's ruling" names an event already known.
  // `tense=ahead`: "ahead of Friday's vote" looks forward, but told in
  // the past ("dealers squared positions ahead of Wednesday's meeting")
  // it may be either: the nearer day.
  const std::string forced = f.Raw("tense");
  if (dir == 2)
    t = forced == "past"        ? -1
        : forced == "future"    ? 1
        : forced == "ahead"
            ? (c.clause_tense && c.clause_tense() < 0 ? 3 : 1)
        : ScheduledTense(c) > 0 ? 1
                                : -1;
  if (t == 3) {  // the nearer of the last and the next one
    const int back = wd <= cur ? wd - cur : wd - cur - 7;
    const int ahead = wd >= cur ? wd - cur : wd - cur + 7;
    delta = ahead < -back ? ahead : back;
  } else if (dir == 0) {
    delta = wd - cur;  // same ISO week
  } else if (t < 0) {
    delta = wd <= cur ? wd - cur : wd - cur - 7;
    if (dir == -1 && delta == 0) delta = -7;
  } else {
    delta = wd >= cur ? wd - cur : wd - cur + 7;
    if (dir == 1 && delta == 0) delta = 7;
  }
  return delta;
}

// "on Friday", "last weekend": YYYY-MM-DD, YYYY-Www-WE.
bool WeekdayValue(const TimexFields& f, const TimexContext& c, int dir,
                  const std::string& time, Timex* out) {
  const bool weekend = f.Has("weekend");
  const int wd = weekend ? 6 : std::atoi(f.Value("weekday").c_str());
  if (wd < 1 || wd > 7) return false;
  if (!c.has_dct) {
    out->value =
        weekend ? "XXXX-WXX-WE" : "XXXX-WXX-" + std::to_string(wd) + time;
    return true;
  }
  // "the previous Friday": counted from the day the text named last.
  CivilDate ref = c.dct;
  out->anchor = "dct";
  if (f.Raw("anchor") == "text" && LastTextDay(c, &ref)) out->anchor = "text";
  const int delta = WeekdayDelta(f, c, dir, wd, IsoWeekday(ref));
  const CivilDate d = AddDays(ref, delta);
  out->value = weekend ? AtGranularity(d, "WE") : FormatDay(d) + time;
  return true;
}

}  // namespace

bool DateValue(const TimexGrammar& g, const TimexFields& f,
               const TimexContext& c, Timex* out) {
  const std::string time = TimeOfDay(g, f);
  if (time == "!") return false;
  if (f.Has("century")) return CenturyValue(g, f, out);
  if (f.Has("decade")) return DecadeValue(g, f, out);
  const int dir = Direction(f);
  if (f.Has("shift")) return DayShiftValue(g, f, c, time, out);
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
  if (f.Has("quarter") || f.Has("half"))
    return QuarterValue(g, f, c, dir, has_year, year_text, out);
  if (f.Has("season")) return SeasonValue(f, c, dir, has_year, year_text, out);
  if (f.Has("month") || f.Has("holiday"))
    return MonthValue(g, f, c, dir, time, has_year, year, out);
  if (f.Has("weekday") || f.Has("weekend"))
    return WeekdayValue(f, c, dir, time, out);
  if (has_year) {
    out->value = year_text;
    return true;
  }
  return false;
}

// "last week", "next year", "this month", "two years ago".

}  // namespace timex
}  // namespace newsevents
