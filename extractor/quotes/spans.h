// Quote-mark spans: which marks open and close a quotation. Internal to
// quotes/quotes.cc.
#ifndef NEWSEVENTS_QUOTES_SPANS_H_
#define NEWSEVENTS_QUOTES_SPANS_H_

#include <string_view>
#include <vector>

#include "speaker/speaker.h"

namespace newsevents {

// A quoted span: marks at tokens `open` and `close` (close = -1 when the
// quote ran to the end of its paragraph or up to a new opening mark, then
// `last` is its last token); cstart/cend are the byte span of the words.
struct QSpan {
  int open = 0, close = -1, last = 0;
  int cstart = 0, cend = 0;
};

// The quoted spans of `text` in order: curly, straight and ``wire'' double
// marks pair up by direction (from the glyph, or for straight marks from
// the spacing around them); a paragraph that opens a new mark before the
// old one closed ends the old span there; single-quoted spans count only at
// the top level and within one paragraph. Spans without a word are dropped.
std::vector<QSpan> ScanSpans(std::string_view text,
                             const std::vector<QToken>& toks);

}  // namespace newsevents

#endif  // NEWSEVENTS_QUOTES_SPANS_H_
