// The reporting constructions around a quote: the attribution before it
// ("X said: “...”"), after it (", he said", "said X"), closing its sentence
// (", Markham noted.") and the subject of a sentence. Each fills the
// candidate's speaker phrase and cue, or leaves them and returns false.
#include "quotes/attribution.h"

namespace newsevents {

int QuoteAttribution::VerbAt(int i, int hi) const {
  if (i < 0 || i >= hi || !toks_[i].word() || toks_[i].cap()) return 0;
  return lex_.verbs.MatchAt(toks_, i, hi);
}

int QuoteAttribution::SkipAux(int j, int hi) const {
  while (j < hi && toks_[j].word() && !toks_[j].cap() &&
         (lex_.aux.Has(toks_[j].key) ||
          (toks_[j].end - toks_[j].start > 4 &&
           text_.substr(toks_[j].end - 2, 2) == "ly")))
    ++j;
  return j;
}

// Attribution after a quote: ", he said", ", said X", "X said".
// `clause_end`: the quote ends a clause ("...,” or ...?”), so a longer
// subject may stand between it and the verb.
bool QuoteAttribution::Post(int k, int hi, bool clause_end,
                            QuoteCand* c) const {
  int skipped = 0;
  while (k < hi && skipped < 2 && IsAnyOf(toks_[k], ", - \xe2\x80\x94 \xe2\x80\x93")) {
    ++k;
    ++skipped;
  }
  if (k >= hi) return false;
  int v = VerbAt(k, hi);
  if (v > 0) {
    SpeakerPhrase np = res_.Forward(k + v, hi);
    if (!np.ok()) return false;
    c->np = np;
    c->cue_first = k;
    c->cue_last = k + v - 1;
    return true;
  }
  int sp = lex_.source_phrases.MatchAt(toks_, k, hi);
  if (sp > 0) {
    SpeakerPhrase np = res_.Forward(k + sp, hi);
    if (!np.ok()) return false;
    c->np = np;
    c->cue_first = k;
    c->cue_last = k + sp - 1;
    return true;
  }
  SpeakerPhrase np = res_.Forward(k, hi);
  if (np.ok()) {
    int j = SkipAux(np.last + 1, hi);
    v = VerbAt(j, hi);
    if (v > 0) {
      c->np = np;
      c->cue_first = j;
      c->cue_last = j + v - 1;
      return true;
    }
  }
  // A longer subject before the verb: "“...,” Adam Green, co-founder of
  // the committee, said", "“...,” former Florida governor Jeb Bush said".
  for (int j = k + 1; clause_end && j < hi && j <= k + kMaxSubject; ++j) {
    if (toks_[j].mark || (IsAnyOf(toks_[j], ". ? ! ; :") &&
                         !(toks_[j].flags & kAbbrev)))
      return false;
    v = VerbAt(j, hi);
    if (v == 0) continue;
    int e = j - 1;
    while (e > k && toks_[e].word() && !toks_[e].cap() &&
           lex_.aux.Has(toks_[e].key))
      --e;
    np = res_.Between(k, e);
    if (!np.ok()) return false;
    c->np = np;
    c->cue_first = j;
    c->cue_last = j + v - 1;
    return true;
  }
  return false;
}

// Attribution closing the sentence after the quote: "Climate change is
// “getting worse,” and it has produced “severe” impacts, Markham noted."
// Only a short tail after the last comma counts, never a clause with
// "that" (that is new reported speech).
bool QuoteAttribution::TailAt(int k, int hi, QuoteCand* c) const {
  if (!Post(k, hi, false, c)) return false;
  int rest = 0;
  for (int j = c->cue_last + 1; j < hi; ++j) {
    if (toks_[j].key == FoldKey("that")) rest = kMaxTail + 1;
    rest += toks_[j].word();
  }
  if (c->np.last + 1 < hi && c->np.last > c->cue_last) {
    rest = 0;
    for (int j = c->np.last + 1; j < hi; ++j) rest += toks_[j].word();
  }
  if (rest <= kMaxTail) return true;
  c->np = SpeakerPhrase();
  c->cue_first = c->cue_last = -1;
  return false;
}

bool QuoteAttribution::Tail(int lo, int hi, QuoteCand* c) const {
  // Try the last few commas from the right: the attribution may carry an
  // apposition ("..., said David Wasserman, an elections analyst.").
  int k = hi;
  for (int tries = 0; tries < kTailCommas; ++tries) {
    --k;
    while (k >= lo && !IsAnyOf(toks_[k], ",")) --k;
    if (k < lo || in_quote_[k]) return false;
    if (TailAt(k + 1, hi, c)) return true;
  }
  return false;
}

// The subject of the first reporting verb of a sentence.
bool QuoteAttribution::MainSubject(int lo, int hi, QuoteCand* c) const {
  for (int u = lo; u < hi; ++u) {
    if (in_quote_[u]) continue;
    int v = VerbAt(u, hi);
    if (v == 0) continue;
    SpeakerPhrase np = res_.Backward(u - 1, lo);
    if (np.ok()) {
      c->np = np;
      if (c->cue_first < 0) {
        c->cue_first = u;
        c->cue_last = u + v - 1;
      }
      return true;
    }
  }
  // No reporting verb before: the sentence's subject, after an
  // introductory phrase ("Cruz belittled the issue, calling it “...”").
  int f = lo;
  // "And he seemed to paper over ...": a conjunction opens the clause;
  // "First, Donald Trump attacked ...": so does an adverb and a comma.
  while (f < hi && toks_[f].word() && lex_.conjunctions.Has(toks_[f].key)) ++f;
  if (f + 1 < hi && toks_[f].word() && lex_.sentence_adverbs.Has(toks_[f].key) &&
      IsAnyOf(toks_[f + 1], ","))
    f += 2;
  if (f < hi && toks_[f].word() && lex_.function_words.Has(toks_[f].key) &&
      !lex_.subject_pronouns.Has(toks_[f].key)) {
    int k = f;
    while (k < hi && k < f + 15 && !IsAnyOf(toks_[k], ",")) ++k;
    if (k >= hi || k >= f + 15) return false;
    f = k + 1;
  }
  SpeakerPhrase np = res_.Forward(f, hi);
  if (!np.ok() || np.last + 1 >= hi || !toks_[np.last + 1].word() ||
      toks_[np.last + 1].cap())
    return false;
  bool named = false;
  for (int k = np.first; k <= np.last; ++k) named |= res_.IsNameToken(k);
  if (!named && np.first != np.last) return false;
  c->np = np;
  if (c->cue_first < 0) c->cue_first = c->cue_last = np.last + 1;  // its verb
  return true;
}

// Attribution before a quote: "X said: “...”", "X labeled it “...”".
bool QuoteAttribution::Pre(int lo, int o, int sent_lo, QuoteCand* c) const {
  for (int v = o - 1; v >= lo && v >= o - 40; --v) {
    int sp = lex_.source_phrases.MatchAt(toks_, v, o);
    if (sp > 0 && toks_[v].word()) {
      SpeakerPhrase np = res_.Forward(v + sp, o);
      if (np.ok()) {
        c->np = np;
        c->cue_first = v;
        c->cue_last = v + sp - 1;
        return true;
      }
    }
    int len = VerbAt(v, o);
    // "Said another Chrysler official ...: “...”": a capitalised verb
    // opening the sentence.
    if (len == 0 && v == sent_lo && toks_[v].cap() && !(toks_[v].flags & kAllCaps))
      len = lex_.verbs.MatchAt(toks_, v, o);
    if (len == 0) continue;
    if (v - 1 > sent_lo && toks_[v - 1].key == FoldKey("as")) {
      // "ABC quoted an Iraqi official as saying ...": the speaker is the
      // one quoted.
      for (int q = v - 2; q >= sent_lo && q >= v - kMaxSubject; --q) {
        int ql = lex_.source_phrases.MatchAt(toks_, q, v - 1);
        if (ql == 0 || toks_[q].cap()) continue;
        SpeakerPhrase quoted = res_.Forward(q + ql, v - 1);
        if (quoted.ok()) {
          c->np = quoted;
          c->cue_first = q;
          c->cue_last = q + ql - 1;
          return true;
        }
        break;
      }
    }
    SpeakerPhrase np = res_.Backward(v - 1, sent_lo);
    c->cue_first = v;
    c->cue_last = v + len - 1;
    if (np.ok()) {
      c->np = np;
      return true;
    }
    {
      // The speaker after the verb, the quote after a comma or colon:
      // "But, said Solovey, “...”".
      SpeakerPhrase after = res_.Forward(v + len, o);
      if (after.ok()) {
        int k0 = after.last + 1;
        // "Said another official who is not part of the talks: “...”",
        // "Said Dorothy Poynter, who grew up with Ali, “...”".
        int r0 = k0 < o && IsAnyOf(toks_[k0], ",") ? k0 + 1 : k0;
        if (r0 < o && lex_.relative_pronouns.Has(toks_[r0].key) &&
            IsAnyOf(toks_[o - 1], ", :"))
          k0 = o - 1;
        bool only_punct = k0 < o;
        for (int k = k0; k < o; ++k)
          only_punct &= IsAnyOf(toks_[k], ", :");
        if (only_punct) {
          c->np = after;
          return true;
        }
      }
    }
    if (v - 1 >= sent_lo &&
        (IsAnyOf(toks_[v - 1], ",") || lex_.conjunctions.Has(toks_[v - 1].key) ||
         text_.substr(toks_[v].end - 3, 3) == "ing")) {
      if (MainSubject(sent_lo, v, c)) return true;
    }
    c->cue_first = c->cue_last = -1;
  }
  return false;
}

}  // namespace newsevents
