// Calendar arithmetic (H. Hinnant's civil-days algorithms).
#include "timex/date.h"

#include <cstdio>

namespace newsevents {

long DaysFromCivil(CivilDate date) {
  long y = date.year;
  const unsigned m = date.month, d = date.day;
  y -= m <= 2;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<long>(doe) - 719468;
}

CivilDate CivilFromDays(long z) {
  z += 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long y = static_cast<long>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  return CivilDate{static_cast<int>(y + (m <= 2)), static_cast<int>(m),
                   static_cast<int>(d)};
}

int IsoWeekday(CivilDate date) {
  const long z = DaysFromCivil(date);
  // 1970-01-01 was a Thursday (4).
  long w = (z + 3) % 7;
  if (w < 0) w += 7;
  return static_cast<int>(w) + 1;
}

CivilDate MondayOfIsoWeek(int iso_year, int week) {
  const CivilDate jan4{iso_year, 1, 4};
  const long monday1 = DaysFromCivil(jan4) - (IsoWeekday(jan4) - 1);
  return CivilFromDays(monday1 + 7L * (week - 1));
}

void IsoWeek(CivilDate date, int* iso_year, int* week) {
  const long z = DaysFromCivil(date);
  // The Thursday of this week decides the year.
  const CivilDate thursday = CivilFromDays(z - IsoWeekday(date) + 4);
  *iso_year = thursday.year;
  const long monday1 = DaysFromCivil(MondayOfIsoWeek(thursday.year, 1));
  *week = static_cast<int>((z - monday1) / 7) + 1;
}

CivilDate AddMonths(CivilDate date, int months) {
  int total = date.year * 12 + (date.month - 1) + months;
  CivilDate out;
  out.year = total >= 0 ? total / 12 : (total - 11) / 12;
  out.month = total - out.year * 12 + 1;
  const int last = DaysInMonth(out.year, out.month);
  out.day = date.day > last ? last : date.day;
  return out;
}

CivilDate AddDays(CivilDate date, long days) {
  return CivilFromDays(DaysFromCivil(date) + days);
}

bool ParseDate(std::string_view text, CivilDate* out) {
  if (text.size() < 10) return false;
  for (int i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (text[i] < '0' || text[i] > '9') return false;
  if (text[4] != '-' || text[7] != '-') return false;
  auto num = [&](int at, int len) {
    int n = 0;
    for (int i = 0; i < len; ++i) n = n * 10 + (text[at + i] - '0');
    return n;
  };
  CivilDate d{num(0, 4), num(5, 2), num(8, 2)};
  if (d.month < 1 || d.month > 12 || d.day < 1 ||
      d.day > DaysInMonth(d.year, d.month))
    return false;
  *out = d;
  return true;
}

std::string Pad2(int n) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%02d", n);
  return buf;
}

std::string FormatYear(int year) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d", year);
  return buf;
}

std::string FormatMonth(int year, int month) {
  return FormatYear(year) + "-" + Pad2(month);
}

std::string FormatDay(CivilDate date) {
  return FormatMonth(date.year, date.month) + "-" + Pad2(date.day);
}

std::string FormatWeek(int iso_year, int week) {
  return FormatYear(iso_year) + "-W" + Pad2(week);
}

}  // namespace newsevents
