// Word segments: the pieces a text is cut into at word boundaries (words,
// numbers, single punctuation marks, runs of white space), as the tokenizer
// reads them. ICU's word break iterator (Unicode UAX #29) finds them in any
// text; for ASCII text, which is most news, AsciiWordSegments finds the same
// ones in one byte loop, an order of magnitude faster. tests/tokenizer_test.cc
// checks that both agree on every corpus article. Thread-safe, no state.
#ifndef NEWSEVENTS_TEXT_WORD_SEGMENTS_H_
#define NEWSEVENTS_TEXT_WORD_SEGMENTS_H_

#include <cstdint>
#include <string_view>
#include <vector>

namespace newsevents {

struct WordSegment {
  // ICU's rule status, reduced: what the segment is.
  enum Kind : uint8_t { kOther = 0, kNumber = 1, kLetters = 2 };
  int start = 0, end = 0;  // bytes
  Kind kind = kOther;
};

// Fills `out` with the word segments of `text`, as ICU's English word break
// iterator gives them, and returns true; returns false (and leaves `out`
// unspecified) when `text` is not all ASCII.
bool AsciiWordSegments(std::string_view text, std::vector<WordSegment>* out);

}  // namespace newsevents

#endif  // NEWSEVENTS_TEXT_WORD_SEGMENTS_H_
