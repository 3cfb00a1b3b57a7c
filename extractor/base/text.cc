// Byte-level checks on document text: UTF-8 validity, dates, binary junk.
#include "base/text.h"

#include <cstdio>
#include <cstring>

namespace newsevents {
namespace {

constexpr size_t kBinarySample = 64 << 10;

// True for the bytes that never occur in text: C0 controls other than
// \t \n \v \f \r, and DEL. NUL is counted too.
bool IsJunkControl(unsigned char c) {
  return (c < 0x20 && (c < 0x09 || c > 0x0D)) || c == 0x7F;
}

// Returns true if the NULs in the first bytes of `s` sit at alternating
// positions, as they do in UTF-16 text that is mostly Latin script.
bool LooksLikeUtf16(std::string_view s) {
  if (s.size() >= 2) {
    unsigned char b0 = s[0], b1 = s[1];
    if ((b0 == 0xFF && b1 == 0xFE) || (b0 == 0xFE && b1 == 0xFF)) return true;
  }
  size_t n = s.size() < 512 ? s.size() : 512;
  size_t nul_even = 0, nul_odd = 0;
  for (size_t i = 0; i < n; ++i) {
    if (s[i] == '\0') ++(i % 2 == 0 ? nul_even : nul_odd);
  }
  size_t nuls = nul_even + nul_odd;
  size_t one_side = nul_even > nul_odd ? nul_even : nul_odd;
  return n >= 4 && nuls * 4 >= n && one_side * 10 >= nuls * 9;
}

}  // namespace

bool IsValidUtf8(std::string_view s, size_t* bad_offset) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const size_t n = s.size();
  size_t i = 0;
  while (i < n) {
    // Fast path: eight ASCII bytes at a time.
    if (i + 8 <= n) {
      unsigned long long w;
      std::memcpy(&w, p + i, 8);
      if ((w & 0x8080808080808080ULL) == 0) {
        i += 8;
        continue;
      }
    }
    unsigned char c = p[i];
    if (c < 0x80) {
      ++i;
      continue;
    }
    // Table 3-7 of the Unicode standard: well-formed byte sequences.
    size_t len;
    unsigned char lo = 0x80, hi = 0xBF;  // range of the second byte
    if (c >= 0xC2 && c <= 0xDF) {
      len = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
      len = 3;
      if (c == 0xE0) lo = 0xA0;  // no overlong forms
      if (c == 0xED) hi = 0x9F;  // no surrogates
    } else if (c >= 0xF0 && c <= 0xF4) {
      len = 4;
      if (c == 0xF0) lo = 0x90;  // no overlong forms
      if (c == 0xF4) hi = 0x8F;  // nothing above U+10FFFF
    } else {
      if (bad_offset != nullptr) *bad_offset = i;
      return false;
    }
    bool ok = i + len <= n && p[i + 1] >= lo && p[i + 1] <= hi;
    for (size_t k = 2; ok && k < len; ++k) {
      ok = p[i + k] >= 0x80 && p[i + k] <= 0xBF;
    }
    if (!ok) {
      if (bad_offset != nullptr) *bad_offset = i;
      return false;
    }
    i += len;
  }
  return true;
}

bool IsValidDate(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (s[i] < '0' || s[i] > '9') return false;
  }
  auto num = [&](size_t from, size_t len) {
    int v = 0;
    for (size_t i = from; i < from + len; ++i) v = v * 10 + (s[i] - '0');
    return v;
  };
  int year = num(0, 4), month = num(5, 2), day = num(8, 2);
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  return day <= DaysInMonth(year, month);
}

int DaysInMonth(int year, int month) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month == 2) {
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return leap ? 29 : 28;
  }
  return kDays[(month - 1) % 12];
}

bool LooksBinary(std::string_view s, std::string* reason) {
  const void* nul = std::memchr(s.data(), '\0', s.size());
  if (nul != nullptr) {
    if (reason != nullptr) {
      size_t at = static_cast<const char*>(nul) - s.data();
      *reason = "NUL byte at offset " + std::to_string(at);
      if (LooksLikeUtf16(s)) {
        *reason += "; this looks like UTF-16 text, convert it to UTF-8";
      } else {
        *reason += "; this looks like a binary file, not text";
      }
    }
    return true;
  }
  // The share of control characters is measured on a prefix: binary formats
  // show it in their first bytes, and long documents stay cheap to check.
  std::string_view head = s.substr(0, kBinarySample);
  size_t junk = 0;
  for (unsigned char c : head) junk += IsJunkControl(c) ? 1 : 0;
  if (junk * 10 > head.size()) {
    if (reason != nullptr) {
      *reason = std::to_string(junk) + " of " + std::to_string(head.size()) +
                " bytes are control characters; this looks like a binary "
                "file, not text";
    }
    return true;
  }
  return false;
}

std::string HexByte(unsigned char c) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "0x%02X", c);
  return buf;
}

std::string QuotedExcerpt(std::string_view s) {
  constexpr size_t kMax = 40;
  if (s.size() <= kMax) return "'" + std::string(s) + "'";
  return "'" + std::string(s.substr(0, kMax)) + "...'";
}

}  // namespace newsevents
