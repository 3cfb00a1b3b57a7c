// The light word scanner of speaker/speaker.h: UTF-8 decoding, case and diacritic
// folding to hash keys, quote-mark roles and paragraph numbers.
#include "speaker/speaker.h"

#include <algorithm>

#include "speaker/internal.h"

namespace newsevents {

namespace {

// Base letters of U+00C0..U+00FF and U+0100..U+017F ('*': not a letter).
constexpr char kLatin1[] =
    "aaaaaaaceeeeiiiidnooooo*ouuuuytsaaaaaaaceeeeiiiidnooooo*ouuuuyty";
constexpr char kLatinA[] =
    "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiiiijjkkkllllllllll"
    "nnnnnnnnnooooooooorrrrrrsssssssstttttt"
    "uuuuuuuuuuuuwwyyyzzzzzzs";

// Decodes one UTF-8 code point at text[i]; *len gets its length (>= 1).
uint32_t Decode(std::string_view t, size_t i, int* len) {
  unsigned char c = t[i];
  if (c < 0x80) { *len = 1; return c; }
  int n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
  if (i + n > t.size() || n == 1) { *len = 1; return 0xFFFD; }
  uint32_t cp = c & (0x7F >> n);
  for (int k = 1; k < n; ++k) cp = (cp << 6) | (t[i + k] & 0x3F);
  *len = n;
  return cp;
}

bool IsSpace(uint32_t cp) {
  return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' ||
         cp == '\v' || cp == 0xA0 || (cp >= 0x2000 && cp <= 0x200B) ||
         cp == 0x202F || cp == 0x3000 || cp == 0xFEFF;
}

bool IsAlnum(uint32_t cp) {
  if (cp < 0x80) return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z' ? true
                        : cp >= '0' && cp <= '9';
  if (cp < 0xC0 || cp == 0xD7 || cp == 0xF7) return false;
  if (cp >= 0x2000 && cp <= 0x2BFF) return false;  // punctuation, symbols
  if (cp >= 0x3000 && cp <= 0x303F) return false;
  if (cp == 0xFFFD || cp == 0xFEFF) return false;
  return true;
}

bool IsUpper(uint32_t cp) {
  if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
  if (cp >= 0xC0 && cp <= 0xDE) return cp != 0xD7;
  if (cp >= 0x100 && cp <= 0x17F) {
    bool odd_upper = (cp >= 0x139 && cp <= 0x148) || cp >= 0x179;
    return cp == 0x178 || ((cp & 1) == (odd_upper ? 1u : 0u));
  }
  if (cp >= 0x391 && cp <= 0x3A9) return true;
  if (cp >= 0x400 && cp <= 0x42F) return true;
  return false;
}

constexpr uint64_t kFnvBasis = 1469598103934665603ull;
constexpr uint64_t kFnvPrime = 1099511628211ull;

inline uint64_t Mix(uint64_t h, unsigned char b) {
  return (h ^ b) * kFnvPrime;
}

// Adds the folded form of code point `cp` (raw bytes raw[0..len)) to h.
uint64_t FoldInto(uint64_t h, uint32_t cp, std::string_view raw) {
  if (cp < 0x80) {
    unsigned char c = static_cast<unsigned char>(cp);
    if (c >= 'A' && c <= 'Z') c |= 0x20;
    return Mix(h, c);
  }
  if (cp >= 0xC0 && cp <= 0xFF && kLatin1[cp - 0xC0] != '*')
    return Mix(h, kLatin1[cp - 0xC0]);
  if (cp >= 0x100 && cp <= 0x17F) return Mix(h, kLatinA[cp - 0x100]);
  if (cp == 0x2019 || cp == 0x2018) return Mix(h, '\'');
  if (cp == 0x2010 || cp == 0x2011) return Mix(h, '-');
  for (char b : raw) h = Mix(h, static_cast<unsigned char>(b));
  return h;
}

uint64_t KeyOf(std::string_view t, int start, int end) {
  uint64_t h = kFnvBasis;
  for (int i = start; i < end;) {
    int len;
    uint32_t cp = Decode(t, i, &len);
    h = FoldInto(h, cp, t.substr(i, len));
    i += len;
  }
  return h;
}

bool HardWrapped(std::string_view t) {
  std::vector<int> lens;
  size_t from = 0;
  while (from < t.size()) {
    size_t nl = t.find('\n', from);
    if (nl == std::string_view::npos) nl = t.size();
    int len = static_cast<int>(nl - from);
    if (len > 0) lens.push_back(len);
    from = nl + 1;
  }
  if (lens.size() < 5) return false;
  std::nth_element(lens.begin(), lens.begin() + lens.size() / 2, lens.end());
  return lens[lens.size() / 2] <= 80;
}

}  // namespace

uint64_t FoldKey(std::string_view word) {
  return KeyOf(word, 0, static_cast<int>(word.size()));
}

std::vector<QToken> ScanTokens(std::string_view t, const WordList* abbrevs) {
  std::vector<QToken> out;
  out.reserve(t.size() / 5 + 8);
  const bool hard = HardWrapped(t);
  bool pending_break = false;
  const size_t n = t.size();
  size_t i = 0;
  auto emit = [&](int s, int e, uint8_t flags, uint8_t mark, uint64_t key) {
    if (pending_break && !out.empty()) {
      QToken& prev = out.back();
      (void)prev;
    }
    QToken tok;
    tok.start = s;
    tok.end = e;
    tok.flags = flags;
    tok.mark = mark;
    tok.key = key;
    tok.para = out.empty() ? 0 : out.back().para + (pending_break ? 1 : 0);
    pending_break = false;
    out.push_back(tok);
  };
  while (i < n) {
    int len;
    uint32_t cp = Decode(t, i, &len);
    if (IsSpace(cp)) {
      if (cp == '\n') {
        if (!hard) {
          pending_break = true;
        } else if (i + 1 < n && (t[i + 1] == '\n' || t[i + 1] == ' ' ||
                                 t[i + 1] == '\t' || t[i + 1] == '\r')) {
          pending_break = true;
        }
      }
      i += len;
      continue;
    }
    if (IsAlnum(cp)) {
      size_t s = i;
      bool cap = IsUpper(cp);
      int letters = 0, uppers = 0;
      bool has_dot = false;
      size_t j = i;
      size_t seg_start = i;
      while (j < n) {
        int l;
        uint32_t c = Decode(t, j, &l);
        if (IsAlnum(c)) {
          if (!(c >= '0' && c <= '9')) {
            ++letters;
            if (IsUpper(c)) ++uppers;
          }
          j += l;
          continue;
        }
        // Joiners: apostrophe, hyphen, inner period, ampersand.
        if (j + l < n) {
          int l2;
          uint32_t next = Decode(t, j + l, &l2);
          if (c == '\'' || c == 0x2019) {
            if (IsAlnum(next)) {
              bool poss = (next == 's' || next == 'S') &&
                          (j + l + 1 >= n ||
                           !IsAlnum(Decode(t, j + l + 1, &l2)));
              if (poss) break;
              j += l;
              continue;
            }
            break;
          }
          if ((c == '-' || c == 0x2010 || c == 0x2011) && IsAlnum(next)) {
            j += l;
            continue;
          }
          if (c == '.' && IsAlnum(next) && j - seg_start <= 3) {
            has_dot = true;
            j += l;
            seg_start = j;
            continue;
          }
          if (c == '&' && IsUpper(next) && cap) {
            j += l;
            continue;
          }
        }
        break;
      }
      uint64_t key = KeyOf(t, static_cast<int>(s), static_cast<int>(j));
      uint8_t flags = kWord;
      if (cap) flags |= kCap;
      if (letters >= 2 && uppers == letters) flags |= kAllCaps;
      if (j < n && t[j] == '.') {
        bool initial = letters == 1 && cap && j - s == 1;
        if (has_dot || initial || (abbrevs && abbrevs->Has(key))) {
          flags |= kAbbrev;
          ++j;
        }
      }
      emit(static_cast<int>(s), static_cast<int>(j), flags, kNoMark, key);
      i = j;
      continue;
    }
    // Possessive 's / ’s after a word.
    if ((cp == '\'' || cp == 0x2019) && !out.empty() &&
        out.back().end == static_cast<int>(i) && out.back().word() &&
        i + len < n && (t[i + len] == 's' || t[i + len] == 'S')) {
      int l2 = 1;
      bool end_word = i + len + 1 >= n ||
                      !IsAlnum(Decode(t, i + len + 1, &l2));
      if (end_word) {
        emit(static_cast<int>(i), static_cast<int>(i + len + 1), kWord,
             kNoMark, FoldKey("'s"));
        i += len + 1;
        continue;
      }
    }
    uint8_t mark = kNoMark;
    int tlen = len;
    switch (cp) {
      case 0x201C: case 0x201E: case 0xAB: mark = kDoubleOpen; break;
      case 0x201D: case 0xBB: mark = kDoubleClose; break;
      case '"': mark = kDoubleStraight; break;
      case 0x2018: mark = kSingleOpen; break;
      case 0x2019: mark = kSingleClose; break;
      case '`':
        if (i + 1 < n && t[i + 1] == '`') { mark = kTickOpen; tlen = 2; }
        else mark = kSingleOpen;
        break;
      case '\'':
        // Two straight singles: closes ``...'' in wire text, and is both
        // marks in some archives (''...''); its role comes from context.
        if (i + 1 < n && t[i + 1] == '\'') { mark = kDoubleStraight; tlen = 2; }
        else mark = kSingleStraight;
        break;
      default: break;
    }
    emit(static_cast<int>(i), static_cast<int>(i + tlen), kPunct, mark,
         KeyOf(t, static_cast<int>(i), static_cast<int>(i + tlen)));
    i += tlen;
  }
  return out;
}

}  // namespace newsevents
