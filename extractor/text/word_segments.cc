// The ASCII word segmenter: UAX #29's word boundary rules restricted to the
// ASCII classes, with the statuses ICU 72's rules give (checked by probing
// ICU: a segment is a number when it ends in a digit, or in '_' after one).
#include "text/word_segments.h"

namespace newsevents {
namespace {

// Word_Break classes of the ASCII characters. ICU's rules add '@' to the
// letters (e-mail addresses, handles), take ':' out of MidLetter, and join
// with '\'' (Single_Quote) as with MidNumLet.
enum Class : uint8_t {
  kOtherChar,
  kLetter,     // ALetter: A-Z a-z @
  kDigit,      // Numeric: 0-9
  kMidNumLet,  // . '
  kMidNum,     // , ;
  kUnderscore, // ExtendNumLet
  kSpace,      // WSegSpace: ' ' only (a tab is Other)
  kCr,
};

struct ClassTable {
  Class of[128] = {};
  ClassTable() {
    for (int c = 'a'; c <= 'z'; ++c) of[c] = of[c - 32] = kLetter;
    of['@'] = kLetter;
    for (int c = '0'; c <= '9'; ++c) of[c] = kDigit;
    of['.'] = of['\''] = kMidNumLet;
    of[','] = of[';'] = kMidNum;
    of['_'] = kUnderscore;
    of[' '] = kSpace;
    of['\r'] = kCr;
  }
};

const ClassTable kClasses;

inline bool InWord(Class c) {
  return c == kLetter || c == kDigit || c == kUnderscore;
}

}  // namespace

bool AsciiWordSegments(std::string_view text, std::vector<WordSegment>* out) {
  out->clear();
  for (unsigned char c : text)
    if (c >= 0x80) return false;
  const Class* of = kClasses.of;
  const size_t n = text.size();
  auto cls = [&](size_t i) { return of[static_cast<unsigned char>(text[i])]; };
  for (size_t i = 0; i < n;) {
    const Class c = cls(i);
    size_t j = i + 1;
    WordSegment::Kind kind = WordSegment::kOther;
    if (InWord(c)) {
      while (j < n) {
        const Class cj = cls(j);
        if (InWord(cj)) {
          ++j;
          continue;
        }
        // WB6/7 (letter . letter) and WB11/12 (digit , digit).
        if (j + 1 < n && (cj == kMidNumLet || cj == kMidNum)) {
          const Class before = cls(j - 1), after = cls(j + 1);
          if ((cj == kMidNumLet && before == kLetter && after == kLetter) ||
              (before == kDigit && after == kDigit)) {
            j += 2;
            continue;
          }
        }
        break;
      }
      const Class last = cls(j - 1);
      if (last == kLetter)
        kind = WordSegment::kLetters;
      else if (last == kDigit)
        kind = WordSegment::kNumber;
      else if (j - 1 > i)  // '_' after a digit, letter or '_'
        kind = cls(j - 2) == kDigit ? WordSegment::kNumber : WordSegment::kLetters;
    } else if (c == kSpace) {
      while (j < n && cls(j) == kSpace) ++j;
    } else if (c == kCr && j < n && text[j] == '\n') {
      ++j;
    }
    out->push_back({static_cast<int>(i), static_cast<int>(j), kind});
    i = j;
  }
  return true;
}

}  // namespace newsevents
