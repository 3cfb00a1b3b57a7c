// Text helpers of the scorer and the audit (internal): spans, loose search
// of gold text in an article, the sentence around a span, and figures.
#ifndef NEWSEVENTS_EVAL_SCORE_TEXT_H_
#define NEWSEVENTS_EVAL_SCORE_TEXT_H_

#include <string>
#include <vector>

#include "newsevents/record.h"

namespace newsevents {

bool ValidSpan(const Mention& m, const std::string& text);
// The text at `m`, or "" when `m` is not a span of `text`.
std::string SpanText(const Mention& m, const std::string& text);

// A text prepared for loose search: every run of white space is one ' '
// (articles are often hard-wrapped, gold text is not), optionally ASCII
// lower-cased; `at[i]` is the byte offset in the original of byte i.
struct LooseText {
  std::string text;
  std::vector<int> at;  // size text.size() + 1; the last is the original size
};
LooseText Loosen(const std::string& s, bool lower);

// Finds `needle` (itself loosened the same way) in `hay` at or after loose
// position `from`; with `whole_words`, the match may not touch an ASCII
// letter or digit on either side. Returns the span in the original text and
// sets `*next` to the loose position after the match; {-1,-1} when none.
Mention FindLoose(const LooseText& hay, const std::string& needle, bool lower,
                  size_t from, bool whole_words, size_t* next = nullptr);

// The earliest case-insensitive occurrence of any of `needles` in `hay`
// (lower-cased), whole words preferred.
Mention FindFirstOf(const LooseText& hay,
                    const std::vector<std::string>& needles);

// True when a double quotation mark (" “ ”, not the '' or `` of older wire
// text) is within the span or next to it (a quote's marks are often outside
// its mention).
bool HasDoubleQuoteMark(const std::string& text, const Mention& m);

// `s` with every run of white space made one space, and trimmed.
std::string CollapseSpaces(const std::string& s);

// The sentence around [m.start, m.end), found by a simple heuristic: it
// starts after a paragraph break or a sentence terminator and ends likewise;
// white space is collapsed. Best effort, for audit lines only.
std::string SentenceAround(const std::string& text, const Mention& m);

// A figure with `format` ("0.857"); "%+.3f" for a change.
std::string Fixed(double v, const char* format = "%.3f");

// `s` cut to at most `max` bytes, on a UTF-8 character boundary, with "...".
std::string Clip(const std::string& s, size_t max);

}  // namespace newsevents

#endif  // NEWSEVENTS_EVAL_SCORE_TEXT_H_
