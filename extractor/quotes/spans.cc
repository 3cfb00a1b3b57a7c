// Quote-mark spans; see quotes/spans.h.
#include "quotes/spans.h"

namespace newsevents {
namespace {

enum Role { kOpen, kClose, kEither };

bool SpaceLike(unsigned char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// Direction of a quote mark from its glyph, or for straight marks from the
// characters around it.
Role RoleOf(std::string_view t, const QToken& q) {
  switch (q.mark) {
    case kTickOpen: case kSingleOpen: return kOpen;
    case kTickClose: case kSingleClose: return kClose;
    default: break;
  }
  bool before_space = q.start == 0 || SpaceLike(t[q.start - 1]) ||
                      std::string_view("([{-").find(t[q.start - 1]) !=
                          std::string_view::npos ||
                      static_cast<unsigned char>(t[q.start - 1]) >= 0x80;
  bool after_space = q.end >= static_cast<int>(t.size()) ||
                     SpaceLike(t[q.end]) ||
                     std::string_view(".,;:!?)]}-").find(t[q.end]) !=
                         std::string_view::npos;
  // Curly marks keep their glyph's direction unless the spacing says the
  // opposite on both sides (a typo'd “ closing a quote: ...Carolina,“ said).
  if (q.mark == kDoubleOpen)
    return !before_space && after_space ? kClose : kOpen;
  if (q.mark == kDoubleClose)
    return before_space && !after_space ? kOpen : kClose;
  if (before_space && !after_space) return kOpen;
  if (!before_space && after_space) return kClose;
  return kEither;
}

bool IsDouble(uint8_t m) {
  return m == kDoubleOpen || m == kDoubleClose || m == kDoubleStraight ||
         m == kTickOpen || m == kTickClose;
}
bool IsSingle(uint8_t m) {
  return m == kSingleOpen || m == kSingleClose || m == kSingleStraight;
}

}  // namespace

std::vector<QSpan> ScanSpans(std::string_view t,
                             const std::vector<QToken>& toks) {
  std::vector<QSpan> out;
  const int n = static_cast<int>(toks.size());
  int open = -1;
  auto push = [&](int o, int c, int last) {
    QSpan s;
    s.open = o;
    s.close = c;
    s.last = c >= 0 ? c - 1 : last;
    if (s.last <= o) return;
    s.cstart = toks[o + 1].start;
    s.cend = toks[s.last].end;
    bool has_word = false;
    for (int k = o + 1; k <= s.last; ++k) has_word |= toks[k].word();
    if (has_word) out.push_back(s);
  };
  for (int i = 0; i < n; ++i) {
    if (open >= 0 && toks[i].para != toks[open].para) {
      push(open, -1, i - 1);
      open = -1;
    }
    uint8_t m = toks[i].mark;
    if (m == kNoMark) continue;
    if (IsDouble(m)) {
      Role r = RoleOf(t, toks[i]);
      if (open < 0) {
        if (r != kClose) open = i;
      } else if (r == kOpen && i > open + 1) {
        // A new quote opens before the old one closed: BBC and wire style
        // for a quote running over several paragraphs.
        push(open, -1, i - 1);
        open = i;
      } else if (r != kOpen || i == open + 1) {
        if (i > open + 1) push(open, i, i - 1);
        open = -1;
      } else {
        open = i;
      }
      continue;
    }
    if (IsSingle(m) && open < 0 && RoleOf(t, toks[i]) == kOpen &&
        i + 1 < n && toks[i + 1].word()) {
      // A top-level single-quoted span, closed within the paragraph.
      for (int j = i + 1; j < n && toks[j].para == toks[i].para; ++j) {
        if (IsDouble(toks[j].mark)) break;
        if (IsSingle(toks[j].mark) && RoleOf(t, toks[j]) == kClose) {
          push(i, j, j - 1);
          i = j;
          break;
        }
      }
    }
  }
  if (open >= 0) push(open, -1, n - 1);
  return out;
}

}  // namespace newsevents
