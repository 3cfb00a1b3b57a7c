// Calendar arithmetic for the time-expression tagger: proleptic Gregorian
// days, ISO weeks, quarters and the TIMEX3 value spellings built from them.
// Internal to timex*.cc; plain functions, no state, thread-safe.
#ifndef NEWSEVENTS_TIMEX_DATE_H_
#define NEWSEVENTS_TIMEX_DATE_H_

#include <string>
#include <string_view>

#include "base/text.h"  // DaysInMonth

namespace newsevents {

struct CivilDate {
  int year = 0;
  int month = 0;  // 1..12
  int day = 0;    // 1..31
};

// Days since 1970-01-01 (negative before).
long DaysFromCivil(CivilDate date);
CivilDate CivilFromDays(long days);
// ISO weekday: 1 = Monday ... 7 = Sunday.
int IsoWeekday(CivilDate date);
// ISO 8601 week-numbering year and week of `date`.
void IsoWeek(CivilDate date, int* iso_year, int* week);
// The Monday of ISO week `week` of `iso_year`.
CivilDate MondayOfIsoWeek(int iso_year, int week);
// Adds whole months, clamping the day to the length of the target month.
CivilDate AddMonths(CivilDate date, int months);
CivilDate AddDays(CivilDate date, long days);
// Parses "YYYY-MM-DD" (also accepts a longer ISO string and uses its date).
bool ParseDate(std::string_view text, CivilDate* out);

// TIMEX3 spellings.
std::string FormatYear(int year);                // 2025, 0998
std::string FormatMonth(int year, int month);    // 2025-03
std::string FormatDay(CivilDate date);           // 2025-03-07
std::string FormatWeek(int iso_year, int week);  // 2025-W10
std::string Pad2(int n);

}  // namespace newsevents

#endif  // NEWSEVENTS_TIMEX_DATE_H_
