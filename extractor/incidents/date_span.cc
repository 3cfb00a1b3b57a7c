#include "incidents/date_span.h"

#include <cctype>
#include <cstdlib>

namespace newsevents {
namespace {

bool Digits(const std::string& s, size_t pos, size_t n) {
  if (pos + n > s.size()) return false;
  for (size_t i = pos; i < pos + n; ++i)
    if (!std::isdigit(static_cast<unsigned char>(s[i]))) return false;
  return true;
}

int Number(const std::string& s, size_t pos, size_t n) {
  return std::atoi(s.substr(pos, n).c_str());
}

bool LeapYear(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int DaysInMonth(int y, int m) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && LeapYear(y) ? 29 : kDays[m - 1];
}

DateSpan Months(int y, int first_month, int last_month, std::string precision,
                std::string value) {
  DateSpan span;
  span.first = DaysFromCivil(y, first_month, 1);
  span.last = DaysFromCivil(y, last_month, DaysInMonth(y, last_month));
  span.precision = std::move(precision);
  span.value = std::move(value);
  return span;
}

}  // namespace

// H. Hinnant's days_from_civil.
int DaysFromCivil(int y, int m, int d) {
  y -= m <= 2;
  const int era = (y >= 0 ? y : y - 399) / 400;
  const int yoe = y - era * 400;
  const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

std::optional<int> ParseDay(const std::string& s) {
  if (!Digits(s, 0, 4) || s.size() < 10 || s[4] != '-' || !Digits(s, 5, 2) ||
      s[7] != '-' || !Digits(s, 8, 2))
    return std::nullopt;
  const int y = Number(s, 0, 4), m = Number(s, 5, 2), d = Number(s, 8, 2);
  if (m < 1 || m > 12 || d < 1 || d > DaysInMonth(y, m)) return std::nullopt;
  return DaysFromCivil(y, m, d);
}

std::optional<DateSpan> ParseDateSpan(const std::string& v) {
  if (!Digits(v, 0, 4)) return std::nullopt;
  const int y = Number(v, 0, 4);
  if (v.size() == 4) return Months(y, 1, 12, "year", v);
  if (v[4] != '-') return std::nullopt;
  if (std::optional<int> day = ParseDay(v)) {
    if (v.size() > 10 && v[10] != 'T') return std::nullopt;
    DateSpan span;
    span.first = span.last = *day;
    span.precision = "day";
    span.value = v.substr(0, 10);
    return span;
  }
  const std::string rest = v.substr(5);
  if (rest.size() == 2 && Digits(rest, 0, 2)) {
    const int m = Number(rest, 0, 2);
    if (m < 1 || m > 12) return std::nullopt;
    return Months(y, m, m, "month", v);
  }
  if (rest.size() >= 3 && rest[0] == 'W' && Digits(rest, 1, 2)) {
    const int w = Number(rest, 1, 2);
    if (w < 1 || w > 53 ||
        (rest.size() != 3 && rest != rest.substr(0, 3) + "-WE"))
      return std::nullopt;
    // ISO week 1 holds January 4th; weeks start on Monday.
    const int jan4 = DaysFromCivil(y, 1, 4);
    const int weekday = ((jan4 + 3) % 7 + 7) % 7;  // 0 = Monday
    DateSpan span;
    span.first = jan4 - weekday + (w - 1) * 7;
    span.last = span.first + 6;
    if (rest.size() > 3) span.first += 5;  // the weekend
    span.precision = "week";
    span.value = v;
    return span;
  }
  if (rest.size() == 2 && rest[0] == 'Q' && rest[1] >= '1' && rest[1] <= '4') {
    const int q = rest[1] - '0';
    return Months(y, q * 3 - 2, q * 3, "quarter", v);
  }
  if (rest == "H1") return Months(y, 1, 6, "half", v);
  if (rest == "H2") return Months(y, 7, 12, "half", v);
  if (rest == "SP") return Months(y, 3, 5, "season", v);
  if (rest == "SU") return Months(y, 6, 8, "season", v);
  if (rest == "FA" || rest == "AU") return Months(y, 9, 11, "season", v);
  if (rest == "WI") {  // December to February, as TIMEX3 writes it
    DateSpan span = Months(y, 1, 2, "season", v);
    span.first = DaysFromCivil(y - 1, 12, 1);
    return span;
  }
  return std::nullopt;
}

int DistanceToSpan(int day, const DateSpan& span) {
  if (day < span.first) return span.first - day;
  if (day > span.last) return day - span.last;
  return 0;
}

}  // namespace newsevents
