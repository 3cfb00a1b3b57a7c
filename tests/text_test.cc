// Tests for base/text.h: UTF-8 validation, dates, binary detection.
#include "base/text.h"

#include <doctest/doctest.h>

#include <string>

namespace newsevents {
namespace {

TEST_CASE("IsValidUtf8 accepts well-formed text") {
  const char* good[] = {
      "",
      "plain ASCII, long enough for the eight-byte fast path to run twice",
      "Škoda, Łukasz, Taslidžan",            // 2-byte sequences
      "“curly quotes” — and a dash",         // 3-byte sequences
      "\xEF\xBB\xBFwith a byte order mark",  // UTF-8 BOM
      "emoji \xF0\x9F\x98\x80 and U+10FFFF \xF4\x8F\xBF\xBF",
      "\xED\x9F\xBF",  // U+D7FF, just below the surrogates
  };
  for (const char* s : good) {
    CAPTURE(s);
    size_t bad = 12345;
    CHECK(IsValidUtf8(s, &bad));
    CHECK(bad == 12345);  // untouched
  }
}

TEST_CASE("IsValidUtf8 rejects ill-formed text at the right offset") {
  struct Case {
    std::string text;
    size_t offset;
  } cases[] = {
      {"abc\xFF", 3},                   // never valid
      {"Latin-1 caf\xE9 au lait", 11},  // é as Latin-1
      {"\xC0\xAF", 0},                  // overlong '/'
      {"\xE0\x80\xAF", 0},              // overlong 3-byte
      {"\xF0\x80\x80\xAF", 0},          // overlong 4-byte
      {"ok \xED\xA0\x80", 3},           // surrogate U+D800
      {"\xF4\x90\x80\x80", 0},          // above U+10FFFF
      {"0123456789abcdef\xC3", 16},     // truncated at the end
      {"\xE2\x80 x", 0},                // truncated in the middle
      {"\xFF\xFEh\0i\0", 0},            // UTF-16 with BOM
      {"ab\x80", 2},                    // lone continuation byte
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    size_t bad = 0;
    CHECK_FALSE(IsValidUtf8(c.text, &bad));
    CHECK(bad == c.offset);
    CHECK_FALSE(IsValidUtf8(c.text, nullptr));
  }
}

TEST_CASE("IsValidDate checks the calendar") {
  for (const char* s : {"2025-03-07", "2024-02-29", "2000-02-29", "1987-12-31",
                        "0001-01-01", "9999-12-31"}) {
    CAPTURE(s);
    CHECK(IsValidDate(s));
  }
  for (const char* s :
       {"", "2025-3-7", "2025-02-29", "1900-02-29", "2025-13-01", "2025-00-10",
        "2025-04-31", "2025-04-00", "0000-01-01", "2025/03/07",
        "2025-03-07T10:00", "20250307", "2025-0a-07", " 2025-03-07"}) {
    CAPTURE(s);
    CHECK_FALSE(IsValidDate(s));
  }
}

TEST_CASE("LooksBinary tells text from junk") {
  std::string reason;
  CHECK_FALSE(LooksBinary("", &reason));
  CHECK_FALSE(LooksBinary("Line one.\r\n\tLine two.\f\n", &reason));
  CHECK_FALSE(LooksBinary("a stray \x1B escape in a long enough line of text",
                          &reason));
  CHECK(reason.empty());

  CHECK(LooksBinary(std::string("GIF89a\0\x01\x02", 9), &reason));
  CHECK(reason ==
        "NUL byte at offset 6; this looks like a binary file, not text");

  std::string utf16("\xFF\xFEH\0e\0l\0l\0o\0", 12);
  CHECK(LooksBinary(utf16, &reason));
  CHECK(
      reason ==
      "NUL byte at offset 3; this looks like UTF-16 text, convert it to UTF-8");
  std::string utf16be("\0H\0e\0l\0l\0o\0!", 12);  // no BOM
  CHECK(LooksBinary(utf16be, &reason));
  CHECK(reason.find("UTF-16") != std::string::npos);

  CHECK(LooksBinary("\x01\x02\x03 abc \x04\x05", &reason));
  CHECK(reason ==
        "5 of 10 bytes are control characters; this looks like a binary file, "
        "not text");
  CHECK(LooksBinary("\x7F", nullptr));
}

}  // namespace
}  // namespace newsevents
