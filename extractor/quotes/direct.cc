// Direct and partial quotes: for each quoted span, the window of its
// sentence, whether it is a quote at all, and the construction that names
// its speaker, tried in the order quotes/quotes.h lists.
#include <algorithm>

#include "quotes/attribution.h"

namespace newsevents {

void QuoteAttribution::FindMarked() {
  for (size_t si = 0; si < spans_.size(); ++si)
    cands_.push_back(MarkedQuote(si));
}

QuoteCand QuoteAttribution::MarkedQuote(size_t si) {
  const QSpan& sp = spans_[si];
  QuoteCand c;
  c.first_tok = sp.open + 1;
  c.last_tok = sp.last;
  c.q.mention = {sp.cstart, sp.cend};
  QuoteWindow w;
  const int so = w.so = sent_of_[std::min(sp.open + 1, n_ - 1)];
  const int end_tok = w.end_tok = sp.close >= 0 ? sp.close : sp.last;
  const int sc = w.sc = sent_of_[sp.last];
  c.sent = so;
  c.para = toks_[sp.open].para;
  // A paragraph that opens a quote mark while the one before left its
  // quote open continues that quote (wire and BBC style).
  c.continues = si > 0 && spans_[si - 1].close < 0 &&
                toks_[spans_[si - 1].open].para < c.para &&
                (sp.open == 0 || toks_[sp.open - 1].para != c.para);
  int pre_lo = s_first_[so];
  if (si > 0 && cands_[si - 1].marked) {
    // A quote before in the sentence bounds the window; a title or a
    // name in quote marks ("the ''Remain'' camp") does not.
    int prev_end = spans_[si - 1].close >= 0 ? spans_[si - 1].close
                                             : spans_[si - 1].last;
    if (sent_of_[prev_end] == so || prev_end >= pre_lo)
      pre_lo = std::max(pre_lo, prev_end + 1);
  }
  // A sentence splitter ends a sentence at `?”` and `!”` even when the
  // attribution follows ("“Why?” Trump asked."): the window runs to the
  // end of the sentence of the token after the quote.
  // A sentence end inside the window starts the quote's own sentence
  // (splitters differ on “. "Quote”).
  for (int k = sp.open - 1; k >= pre_lo; --k) {
    if (IsAnyOf(toks_[k], ". ? !") && !(toks_[k].flags & kAbbrev)) {
      pre_lo = k + 1;
      break;
    }
  }
  int post_hi = s_end_[sc];
  if (end_tok + 1 < n_ && toks_[end_tok + 1].para == toks_[end_tok].para &&
      sp.close > 0 && IsAnyOf(toks_[sp.close - 1], "? !"))
    post_hi = std::max(post_hi, s_end_[sent_of_[end_tok + 1]]);
  if (si + 1 < spans_.size()) post_hi = std::min(post_hi, spans_[si + 1].open);
  w.pre_lo = pre_lo;
  w.post_hi = post_hi;
  // Direct or partial: a direct quote opens its sentence, or follows a
  // colon, a comma or a reporting verb, and starts with a capital.
  bool starts_sentence = true;
  for (int k = pre_lo; k < sp.open; ++k)
    if (toks_[k].word()) starts_sentence = false;
  bool after_intro = sp.open > 0 &&
                     (IsAnyOf(toks_[sp.open - 1], ": ,") ||
                      VerbAt(sp.open - 1, sp.open) > 0);
  const QToken& first = toks_[sp.open + 1];
  bool capital = first.cap() || (first.flags & kWord &&
                                 text_[first.start] >= '0' &&
                                 text_[first.start] <= '9');
  int words = 0;
  for (int k = sp.open + 1; k <= sp.last; ++k) words += toks_[k].word();
  bool direct = capital && (starts_sentence || after_intro) && words >= 2;
  w.starts_sentence = starts_sentence;
  w.direct = direct;
  // A short phrase of capitalised words with no sentence punctuation is a
  // title or a name ("Good Morning America"), not a quote.
  bool title_case = words <= 6;
  for (int k = sp.open + 1; k <= sp.last && title_case; ++k) {
    const QToken& t = toks_[k];
    if (t.word() && !t.cap() && !lex_.function_words.Has(t.key))
      title_case = false;
    if (IsAnyOf(t, ". ? ! ;")) title_case = false;
  }
  int letters = 0;
  for (int k = sp.open + 1; k <= sp.last; ++k)
    if (toks_[k].word()) letters += toks_[k].end - toks_[k].start;
  if ((title_case && !(starts_sentence && words >= 3)) || letters < 2) {
    QuoteCand none;
    none.marked = false;
    none.first_tok = sp.open + 1;
    none.last_tok = sp.last;
    return none;
  }
  c.q.kind = direct ? "direct" : "partial";
  if (Attribute(si, w, &c)) {
    for (int k = std::max(c.cue_first, 0); k <= c.cue_last; ++k) used_cue_[k] = 1;
  }
  return c;
}

bool QuoteAttribution::Attribute(size_t si, const QuoteWindow& w,
                                 QuoteCand* c) const {
  const QSpan& sp = spans_[si];
  const int end_tok = w.end_tok;
  bool found = false;
  bool ends_open = end_tok + 1 < n_ && IsAnyOf(toks_[end_tok + 1], ",");
  bool clause_end =
      ends_open || (sp.close > 0 && IsAnyOf(toks_[sp.close - 1], ", ? !"));
  if (w.starts_sentence || clause_end) {
    found = Post(end_tok + 1, w.post_hi, clause_end || w.starts_sentence, c);
    if (!found) found = Pre(w.pre_lo, sp.open, s_first_[w.so], c);
  } else {
    found = Pre(w.pre_lo, sp.open, s_first_[w.so], c);
    if (!found) found = Post(end_tok + 1, w.post_hi, clause_end, c);
  }
  if (!found && sp.open > 0 && IsAnyOf(toks_[sp.open - 1], ":"))
    found = ColonBefore(si, c);
  if (!found) found = Tail(end_tok + 1, s_end_[w.sc], c);
  if (!found && end_tok + 2 < n_ && toks_[end_tok + 1].para != c->para &&
      IsAnyOf(toks_[end_tok + 1], "- \xe2\x80\x94 \xe2\x80\x93"))
    found = SignatureLine(end_tok + 1, c);
  if (!found && w.direct && w.starts_sentence) found = StandingAlone(w, c);
  if (!found && !w.direct) {
    // A fragment in a sentence whose subject is a person the text named,
    // with no reporting verb: "Cruz blamed the law on “knuckleheaded
    // Democratic politicians.”" A place, an organisation or a
    // description as subject gives nothing (scare quotes, terms).
    QuoteCand t = *c;
    if (MainSubject(w.pre_lo, sp.open, &t) && res_.KnownPerson(t.np)) {
      *c = t;
      found = true;
    }
  }
  return found;
}

// A colon introduces the quote, perhaps from the paragraph before
// ("Reporter Jomana Karadsheh says:" / "Rep. Trey Gowdy (R-S.C.):").
bool QuoteAttribution::ColonBefore(size_t si, QuoteCand* c) const {
  const int colon = spans_[si].open - 1;
  int lo = s_first_[sent_of_[colon]];
  if (si > 0) {
    int prev_end = spans_[si - 1].close >= 0 ? spans_[si - 1].close
                                             : spans_[si - 1].last;
    lo = std::max(lo, prev_end + 1);
  }
  if (lo >= colon) return false;
  if (Pre(lo, colon, lo, c)) return true;
  bool para_start = lo == 0 || toks_[lo - 1].para != toks_[lo].para;
  if (para_start && colon - lo <= kMaxSubject) {
    SpeakerPhrase np = res_.Between(lo, colon - 1);
    if (np.ok()) {
      c->np = np;
      c->cue_first = c->cue_last = colon;
      return true;
    }
  }
  return false;
}

// A signature line after a quote paragraph: "“...”⏎⏎- Sanders."
// `k` is its dash.
bool QuoteAttribution::SignatureLine(int k, QuoteCand* c) const {
  int pe = k;
  while (pe + 1 < n_ && toks_[pe + 1].para == toks_[k].para) ++pe;
  int words = 0;
  for (int j = k; j <= pe; ++j) words += toks_[j].word();
  SpeakerPhrase np = res_.Forward(k + 1, pe + 1);
  if (np.ok() && words <= kMaxTail) {
    c->np = np;
    c->cue_first = c->cue_last = k;
    return true;
  }
  return false;
}

// A quote standing alone after a sentence in which someone spoke:
// "Judge Sam Sparks ... sharply criticized it. “A flip of the coin
// would be more merciful.”" The sentence before must hold no quote.
bool QuoteAttribution::StandingAlone(const QuoteWindow& w,
                                     QuoteCand* c) const {
  // The sentence before the quote: the splitter's, or the part of its
  // sentence before a full stop (splitters differ on `. "Quote`).
  int prev_lo = -1, prev_hi = -1;
  if (w.pre_lo > s_first_[w.so]) {
    prev_lo = s_first_[w.so];
    prev_hi = w.pre_lo;
  } else if (w.so > 0) {
    prev_lo = s_first_[w.so - 1];
    prev_hi = s_end_[w.so - 1];
  }
  if (prev_lo < 0 || prev_lo >= prev_hi || toks_[prev_lo].para != c->para)
    return false;
  bool quoted_before = false;
  for (int k = prev_lo; k < prev_hi; ++k)
    quoted_before |= in_quote_[k] != 0;
  QuoteCand t = *c;
  if (!quoted_before && MainSubject(prev_lo, prev_hi, &t) &&
      t.cue_first >= 0 && res_.KnownPerson(t.np)) {
    *c = t;
    return true;
  }
  return false;
}

}  // namespace newsevents
