// Indirect speech: reporting verbs outside quotes, with a subject ("said
// that ...", "urged X to ...", "..., Mr Straw said.") and source phrases
// ("according to X"). Runs after the direct quotes, whose cues it skips.
#include <algorithm>

#include "quotes/attribution.h"

namespace newsevents {

void QuoteAttribution::FindIndirect() {
  std::vector<QuoteCand> indirect;
  for (int s = 0; s < ns_; ++s) {
    int lo = s_first_[s], hi = s_end_[s];
    // A "sentence" of thousands of tokens is text without sentence breaks;
    // each reporting verb in it would report the rest of it.
    constexpr int kMaxSentenceTokens = 1500;
    if (lo >= hi || hi - lo > kMaxSentenceTokens) continue;
    bool sentence_has_quote = false;
    for (int k = lo; k < hi; ++k) sentence_has_quote |= in_quote_[k] != 0;
    for (int v = lo; v < hi; ++v) {
      if (in_quote_[v] || used_cue_[v] || !toks_[v].word()) continue;
      QuoteCand c;
      c.marked = false;
      c.q.kind = "indirect";
      c.sent = s;
      c.para = toks_[v].para;
      int sp = toks_[v].cap() && v != lo ? 0
                                         : lex_.source_phrases.MatchAt(toks_, v, hi);
      if (sp > 0) {
        if (AccordingTo(v, sp, lo, hi, sentence_has_quote, &c)) {
          indirect.push_back(c);
          v = c.np.last;
        }
        continue;
      }
      if (ReportedSpeech(v, lo, hi, sentence_has_quote, &c))
        indirect.push_back(c);
    }
  }
  for (QuoteCand& c : indirect) {
    c.q.mention = {toks_[c.first_tok].start, toks_[c.last_tok].end};
    cands_.push_back(c);
  }
}

// "According to X, ...", "..., according to X": the speech is the clause
// on the other side of the comma. `sp` is the source phrase's length.
bool QuoteAttribution::AccordingTo(int v, int sp, int lo, int hi,
                                   bool sentence_has_quote,
                                   QuoteCand* c) const {
  SpeakerPhrase np = res_.Forward(v + sp, hi);
  if (!np.ok()) return false;
  int a, b;
  if (v - 1 > lo && IsAnyOf(toks_[v - 1], ",")) {
    a = lo;
    b = v - 2;
  } else if (np.last + 2 < hi && IsAnyOf(toks_[np.last + 1], ",")) {
    a = np.last + 2;
    b = hi - 1;
  } else {
    return false;
  }
  while (b > a && toks_[b].punct()) --b;
  if (b <= a) return false;
  bool overlaps = false;
  for (int k = a; k <= b; ++k) overlaps |= in_quote_[k] != 0;
  if (overlaps && sentence_has_quote) return false;
  c->np = np;
  c->cue_first = v;
  c->cue_last = v + sp - 1;
  c->first_tok = a;
  c->last_tok = b;
  return true;
}

// A reporting or call verb with its subject before it: the speech is
// the clause after it, or the sentence before it.
bool QuoteAttribution::ReportedSpeech(int v, int lo, int hi,
                                      bool sentence_has_quote,
                                      QuoteCand* c) const {
  int call = toks_[v].cap() ? 0 : call_verbs_.MatchAt(toks_, v, hi);
  int len = VerbAt(v, hi);
  int clause = toks_[v].cap() ? 0 : clause_verbs_.MatchAt(toks_, v, hi);
  if (len == 0 && call == 0) return false;
  int vl = std::max(len, call);
  int a = v + vl;
  bool that = a < hi && toks_[a].key == FoldKey("that");
  if (!that && toks_[v].key == FoldKey("told")) {
    // "told reporters (that)": skip the hearer.
    for (int k = a; k < hi && k < a + 4; ++k) {
      if (toks_[k].key == FoldKey("that")) {
        that = true;
        a = k;
        break;
      }
    }
    if (!that) {
      SpeakerPhrase hearer = res_.Forward(a, hi);
      if (hearer.ok()) a = hearer.last + 1;
      else if (a < hi && toks_[a].word() && !toks_[a].cap()) ++a;
    }
  }
  if (that) ++a;
  SpeakerPhrase np = res_.Backward(v - 1, lo);
  if (!np.ok()) return false;
  int b = hi - 1;
  while (b > a && toks_[b].punct() && !toks_[b].mark) --b;
  if (a < hi && IsAnyOf(toks_[a], ". ,") && np.first - 1 > lo &&
      IsAnyOf(toks_[np.first - 1], ",") && !sentence_has_quote) {
    // "..., Mr Straw said."
    a = lo;
    b = np.first - 2;
    while (b > a && toks_[b].punct()) --b;
  } else if (!(that || call > 0 || clause > 0)) {
    return false;
  }
  if (a >= hi || b < a || toks_[a].mark || IsAnyOf(toks_[a], ": . ,"))
    return false;
  if (call > 0 && !that) {
    // The request runs to the end of its clause.
    for (int k = a; k <= b; ++k) {
      if (IsAnyOf(toks_[k], ", ;")) {
        b = k - 1;
        break;
      }
    }
  }
  bool overlaps_direct = false;
  for (int k = a; k <= b; ++k) overlaps_direct |= in_quote_[k] != 0;
  if (overlaps_direct) {
    // Keep it only when the quotes inside are partial quotes.
    for (const QuoteCand& q : cands_)
      if (q.first_tok >= a && q.last_tok <= b && q.q.kind == "direct")
        overlaps_direct = true;
    bool any_direct = false;
    for (const QuoteCand& q : cands_)
      if (q.first_tok >= a && q.first_tok <= b && q.q.kind == "direct")
        any_direct = true;
    if (any_direct) return false;
  }
  if (b - a < 1) return false;
  c->np = np;
  c->cue_first = v;
  c->cue_last = v + vl - 1;
  c->first_tok = a;
  c->last_tok = b;
  return true;
}

}  // namespace newsevents
