// The value functions counted from a reference: `relative`, `ago`,
// `ahead` (from the dct), `shift` and `same` (from the text's last date),
// and the unanchored ones: `duration` and `set`.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "timex/fields.h"

namespace newsevents {
namespace timex {
namespace {

// Decades and centuries count in years: "two decades" is P20Y.
template <typename Number>
void InYears(std::string* unit, Number* n) {
  if (*unit == "DE" || *unit == "CE") {
    *n *= *unit == "DE" ? 10 : 100;
    *unit = "Y";
  }
}

}  // namespace

bool RelativeValue(const TimexGrammar& g, const TimexFields& f,
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
    // "999...9 days ago" (fuzzing): no date, and the cast to int would
    // overflow (undefined behaviour).
    if (!(std::fabs(amount) <= 100000)) return false;
    n = sign * static_cast<int>(amount);
    InYears(&unit, &n);
  }
  if (!c.has_dct) {
    out->value = SignRef(n);
    return true;
  }
  std::string granularity =
      f.Has("granularity") ? f.Value("granularity") : unit;
  CivilDate d = Shift(c.dct, unit, n);
  // "the 1988 quarter": that quarter of the year named.
  if (f.Has("year")) {
    int year = 0;
    if (!ParseYear(g, f.Raw("year"), c, &year)) return false;
    d.year = year;
    d.day = std::min(d.day, DaysInMonth(d.year, d.month));
  }
  out->value = AtGranularity(d, granularity);
  if (out->value.empty()) return false;
  out->value += TimeOfDay(g, f);
  out->anchor = "dct";
  return true;
}

namespace {

std::string FormatNumber(double n) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%g", n);
  return buf;
}

}  // namespace

bool DurationValue(const TimexGrammar& g, const TimexFields& f, Timex* out) {
  std::string unit = f.Value("unit");
  double n = 1;
  bool vague = false;
  if (f.Raw("amount") == "X") {
    vague = true;
  } else if (f.Has("amount") && !ParseAmount(g, f.Raw("amount"), &n, &vague)) {
    return false;
  }
  // "a year and a half": `plus=0.5`.
  if (f.Has("plus") && !vague) n += std::atof(f.Raw("plus").c_str());
  if (n <= 0 && !vague) return false;
  InYears(&unit, &n);
  if (unit == "WE") {
    unit = "D";
    n *= 2;
  }
  // Fractions go down one unit: 2 1/2 years = P2Y6M.
  std::string extra;
  if (!vague && n != std::floor(n)) {
    const double frac = n - std::floor(n);
    struct Down {
      const char* unit;
      const char* lower;
      double factor;
    };
    static const Down kDown[] = {{"Y", "M", 12},   {"M", "D", 30},
                                 {"W", "D", 7},    {"D", "H", 24},
                                 {"H", "MIN", 60}, {"MIN", "S", 60}};
    for (const Down& d : kDown)
      if (unit == d.unit) {
        const double lower = std::round(frac * d.factor);
        const bool time_lower = std::string(d.lower) == "H" ||
                                std::string(d.lower) == "MIN" ||
                                std::string(d.lower) == "S";
        const bool time_unit = unit == "H" || unit == "MIN" || unit == "S";
        std::string code = std::string(d.lower) == "MIN" ? "M" : d.lower;
        extra =
            (time_lower && !time_unit ? "T" : "") + FormatNumber(lower) + code;
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

bool SetValue(const TimexGrammar& g, const TimexFields& f, Timex* out) {
  if (f.Has("month")) {
    out->value = "XXXX-" + Pad2(std::atoi(f.Value("month").c_str()));
  } else if (f.Has("weekday")) {
    out->value = "XXXX-WXX-" + f.Value("weekday") + TimeOfDay(g, f);
  } else if (f.Has("unit")) {
    std::string unit = f.Value("unit");
    if (unit == "MIN")
      out->value = "PT1M";
    else if (unit == "H" || unit == "S")
      out->value = "PT1" + unit;
    else
      out->value = "P1" + unit;
  } else {
    return false;
  }
  return true;
}

// "a year earlier", "the year-ago quarter": the previous DATE of the text,
// moved by `amount` `unit`s; without one, the dct moved at unit granularity.
bool ShiftValue(const TimexGrammar& g, const TimexFields& f,
                const TimexContext& c, Timex* out) {
  const std::string unit = f.Value("unit");
  const int n = ParseInt(g, f.Value("offset"));
  const bool quarters_only = f.Raw("finest") == "Q";
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
      // "last year" is already the year-ago period: "a rise on the same
      // period last year ... against 194 roubles a year ago" (the dct's
      // year before, below).
      if (it->anchor == "dct" && c.has_dct && v.size() == 4 &&
          std::atoi(v.c_str()) < c.dct.year)
        break;
      // `finest=Q`: "the year-ago quarter" is a year, quarter or half ...
      const bool coarse = v.size() == 4 || v[5] == 'Q' || v[5] == 'H';
      const bool dated =
          v.size() >= 7 && AllDigits(v.substr(5, 2)) &&
          (v.size() == 7 || (v.size() == 10 && AllDigits(v.substr(8, 2))));
      if (!coarse && !dated) break;
      int y = std::atoi(v.substr(0, 4).c_str()) + n;
      std::string rest = v.substr(4);
      // ... and a day or month named last stands for its quarter.
      if (quarters_only && !coarse)
        rest = "-Q" +
               std::to_string((std::atoi(v.substr(5, 2).c_str()) - 1) / 3 + 1);
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

// "that year", "that same day", "the following month": the last date the
// text named that is precise enough for `unit` (Y, M or D), moved by
// `offset` units, at that granularity; without one, the dct's.
bool SameValue(const TimexGrammar& g, const TimexFields& f,
               const TimexContext& c, Timex* out) {
  const std::string unit = f.Value("unit");
  const size_t need = unit == "D" ? 10 : unit == "M" ? 7 : 4;
  const int n = f.Has("offset") ? ParseInt(g, f.Value("offset")) : 0;
  // `named=1`: only dates the text names itself, not those it counts from
  // another ("a year earlier", anchor text): "February miles rose from 786
  // mln a year earlier ... miles for the month" is February of this year.
  const bool named = f.Raw("named") == "1";
  if (unit == "W") {  // "for the week": the week the text named last
    if (n != 0) return false;
    if (c.previous)
      for (auto it = c.previous->rbegin(); it != c.previous->rend(); ++it) {
        const std::string& v = it->value;
        if (named && it->anchor == "text") continue;
        if (it->type == "DATE" && v.size() == 8 && v[5] == 'W' &&
            AllDigits(v.substr(0, 4)) && AllDigits(v.substr(6, 2))) {
          out->value = v;
          out->anchor = "text";
          return true;
        }
      }
    // "that week" with no week before it is no date we can give; "for the
    // week" (`dct=1`) is the dct's.
    if (f.Raw("dct") != "1") return false;
    if (!c.has_dct) {
      out->value = "PRESENT_REF";
      return true;
    }
    // Published on a Monday, "for the week" is the week just ended.
    const CivilDate ref =
        IsoWeekday(c.dct) == 1 ? AddDays(c.dct, -7) : c.dct;
    out->value = AtGranularity(ref, "W");
    out->anchor = "dct";
    return !out->value.empty();
  }
  if (need == 4 && unit != "Y") return false;
  // `latest=1`, for a report's period ("sales for the month"): of the
  // months the text named up to the dct, the latest; the others are
  // comparisons ("from January 1986", "rose in January from December").
  if (f.Raw("latest") == "1" && unit == "M" && n == 0 && c.has_dct &&
      c.previous) {
    const std::string limit = FormatDay(c.dct).substr(0, 7);
    std::string best;
    for (const Timex& t : *c.previous) {
      const std::string& v = t.value;
      if (named && t.anchor == "text") continue;
      if ((t.type != "DATE" && t.type != "TIME") || v.size() < 7 ||
          !AllDigits(v.substr(0, 4)) || !AllDigits(v.substr(5, 2)))
        continue;
      const std::string m = v.substr(0, 7);
      if (m <= limit && m > best) best = m;
    }
    if (!best.empty()) {
      out->value = best;
      out->anchor = "text";
      return true;
    }
  }
  CivilDate d = c.dct;
  bool found = false;
  if (c.previous) {
    bool latest = true;
    for (auto it = c.previous->rbegin(); it != c.previous->rend(); ++it) {
      const std::string& v = it->value;
      if ((it->type != "DATE" && it->type != "TIME") || v.size() < 4 ||
          !AllDigits(v.substr(0, 4)))
        continue;
      if (named && it->anchor == "text") continue;
      // "most recently last October ... crossed out that same day": a day
      // of the month the text named last, which it does not say.
      if (latest && unit == "D" && n == 0 && v.size() == 7 &&
          AllDigits(v.substr(5, 2))) {
        out->value = v + "-XX";
        out->anchor = "text";
        return true;
      }
      latest = false;
      if (v.size() < need) continue;
      if (need >= 7 && !AllDigits(v.substr(5, 2))) continue;
      if (need == 10 && !AllDigits(v.substr(8, 2))) continue;
      d = CivilDate{std::atoi(v.substr(0, 4).c_str()),
                    need >= 7 ? std::atoi(v.substr(5, 2).c_str()) : 1,
                    need == 10 ? std::atoi(v.substr(8, 2).c_str()) : 1};
      found = true;
      break;
    }
  }
  if (!found && !c.has_dct) {
    out->value = SignRef(n == 0 ? -1 : n);
    return true;
  }
  out->value = FormatDay(Shift(d, unit, n)).substr(0, need);
  out->anchor = found ? "text" : "dct";
  return true;
}

}  // namespace timex
}  // namespace newsevents
