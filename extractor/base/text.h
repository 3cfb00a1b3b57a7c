// The byte-level checks that decide whether an article's text can be
// processed at all (well-formed UTF-8, not binary junk) and whether a
// publication date is well-formed.
//
// Plain C++ on purpose: no ICU here. These checks run once per document before
// anything else touches the text. All functions are pure and thread-safe.
#ifndef NEWSEVENTS_BASE_TEXT_H_
#define NEWSEVENTS_BASE_TEXT_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace newsevents {

// Returns true if `s` is well-formed UTF-8 (RFC 3629: no overlong forms, no
// surrogates, nothing above U+10FFFF). Otherwise returns false and, if
// `bad_offset` is not null, sets it to the byte offset where the first
// ill-formed sequence starts. A UTF-8 byte order mark is valid.
bool IsValidUtf8(std::string_view s, size_t* bad_offset);

// Returns true if `s` is exactly "YYYY-MM-DD" and names a real day of the
// proleptic Gregorian calendar (so 2024-02-29 is valid, 2025-02-29 is not).
// Years 0001-9999.
bool IsValidDate(std::string_view s);

// Days in `month` (1-12) of the Gregorian `year`.
int DaysInMonth(int year, int month);

// Returns true if `s` looks like binary data rather than text: it contains a
// NUL byte, or more than 10% of its first 64 KiB are C0 control characters
// other than tab, line feed, vertical tab, form feed and carriage return, or
// DEL.
// Then, if `reason` is not null, fills it with a lower-case message such as
// "NUL byte at offset 12; this looks like UTF-16 text, convert it to UTF-8".
// The empty string is text.
bool LooksBinary(std::string_view s, std::string* reason);

// For error messages: a byte as "0xC3", and a value as 'its first 40 bytes...'.
std::string HexByte(unsigned char c);
std::string QuotedExcerpt(std::string_view s);

}  // namespace newsevents

#endif  // NEWSEVENTS_BASE_TEXT_H_
