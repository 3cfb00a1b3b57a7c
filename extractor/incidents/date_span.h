// DateSpan: a TIMEX3 date value as the range of days it names, with its
// precision, so that dates given at different precisions can be compared
// ("1987-03-06" lies inside "1987-03", which lies inside "1987").
//
// Thread-safety: plain functions and data.
#ifndef NEWSEVENTS_INCIDENTS_DATE_SPAN_H_
#define NEWSEVENTS_INCIDENTS_DATE_SPAN_H_

#include <optional>
#include <string>

namespace newsevents {

struct DateSpan {
  int first = 0;          // days since 1970-01-01
  int last = 0;           // inclusive
  std::string precision;  // day, week, month, quarter, season, half, year
  std::string value;      // the value it was read from, cut to the date part

  int width() const { return last - first + 1; }
};

// Reads a TIMEX3 date value: YYYY-MM-DD (a time part after it is ignored),
// YYYY-Www (-WE: its weekend), YYYY-MM, YYYY-Qn, YYYY-H1/H2, YYYY-SP/SU/FA/WI,
// YYYY. Returns nothing for anything else (PRESENT_REF, decades, durations):
// such a date says nothing checkable about the day.
std::optional<DateSpan> ParseDateSpan(const std::string& value);

// Days since 1970-01-01 of a proleptic Gregorian date.
int DaysFromCivil(int year, int month, int day);

// The day a "YYYY-MM-DD..." string names, or nothing.
std::optional<int> ParseDay(const std::string& iso);

// Distance in days from `day` to the span (0 inside it).
int DistanceToSpan(int day, const DateSpan& span);

}  // namespace newsevents

#endif  // NEWSEVENTS_INCIDENTS_DATE_SPAN_H_
