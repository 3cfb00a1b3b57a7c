// Quotes: the reporting constructions of quoted spans, and indirect speech.
// See quotes.h (quote_spans.cc finds the spans). One linear token scan per
// document; attribution looks at a bounded window of tokens around each
// quote. Find is one long function because its steps share the sentence
// and quote indexes it builds; each step is a named lambda.
#include "quotes.h"

#include <algorithm>

#include "quote_spans.h"

namespace newsevents {
namespace {

// The longest subject, in tokens, between a quote and its reporting verb.
constexpr int kMaxSubject = 25;
// The most words after a sentence-final attribution (", he said on
// Tuesday in a radio interview.").
constexpr int kMaxTail = 8;
// How many commas from the right of a sentence an attribution may start at.
constexpr int kTailCommas = 3;

struct Cand {
  Quote q;
  int first_tok = 0, last_tok = 0;  // tokens of the quoted words
  int sent = 0, para = 0;
  SpeakerPhrase np;
  int cue_first = -1, cue_last = -1;
  int inherit = -1;  // index of the candidate whose speaker this takes
  bool has_speaker = false;
  bool marked = true;  // direct or partial
  bool continues = false;  // reopens a quote left open by the paragraph before
};

bool IsAnyOf(const QToken& t, const char* keys) {
  // `keys` is a space-separated list of punctuation or words.
  std::string_view k(keys);
  size_t from = 0;
  while (from < k.size()) {
    size_t sp = k.find(' ', from);
    if (sp == std::string_view::npos) sp = k.size();
    if (t.key == FoldKey(k.substr(from, sp - from))) return true;
    from = sp + 1;
  }
  return false;
}

// Names cross line breaks in wrapped text: "Tom\nMurtha" is "Tom Murtha".
void CollapseSpace(std::string* s) {
  std::string out;
  out.reserve(s->size());
  bool space = false;
  for (char c : *s) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      space = true;
      continue;
    }
    if (space && !out.empty()) out += ' ';
    space = false;
    out += c;
  }
  *s = std::move(out);
}

}  // namespace

Status QuoteFinder::Load(const std::string& dir,
                         std::unique_ptr<QuoteFinder>* out) {
  std::unique_ptr<QuoteFinder> qf(new QuoteFinder());
  Status s = qf->lex_.Load(dir);
  if (!s.ok()) return s;
  s = qf->clause_verbs_.Load(dir + "/words/clause_verbs.txt");
  if (!s.ok()) return s;
  s = qf->call_verbs_.Load(dir + "/words/call_verbs.txt");
  if (!s.ok()) return s;
  *out = std::move(qf);
  return Status::Ok();
}

std::vector<Quote> QuoteFinder::Find(
    std::string_view text, const std::vector<Mention>& sentences,
    const std::vector<EntityMention>& entities) const {
  std::vector<QToken> toks = ScanTokens(text, &lex_.abbreviations);
  const int n = static_cast<int>(toks.size());
  std::vector<Quote> result;
  if (n == 0) return result;

  // Sentence of each token, and each sentence's token range.
  std::vector<int> sent_of(n, 0);
  {
    size_t s = 0;
    for (int i = 0; i < n; ++i) {
      while (s + 1 < sentences.size() &&
             sentences[s].end <= toks[i].start)
        ++s;
      sent_of[i] = static_cast<int>(s);
    }
    // A splitter may end a sentence after an initial or a title
    // abbreviation ("John D. Podesta", "Sen. Flake") or before a lower-case
    // word: such a break does not end the sentence here.
    std::vector<int> raw = sent_of;
    int merged = 0;
    for (int i = 1; i < n; ++i) {
      if (raw[i] != raw[i - 1]) {
        const QToken& p = toks[i - 1];
        bool initial = (p.flags & kAbbrev) && p.cap() && p.end - p.start <= 2;
        bool title = (p.flags & kAbbrev) &&
                     (lex_.honorifics.Has(p.key) || lex_.IsTitle(p.key));
        bool lower = toks[i].word() && !toks[i].cap() &&
                     toks[i].para == p.para;
        if (!initial && !title && !lower) ++merged;
      }
      sent_of[i] = merged;
    }
    if (n > 0) sent_of[0] = 0;
  }
  const int ns = std::max<int>(1, static_cast<int>(sentences.size()));
  std::vector<int> s_first(ns, n), s_end(ns, 0);
  for (int i = 0; i < n; ++i) {
    s_first[sent_of[i]] = std::min(s_first[sent_of[i]], i);
    s_end[sent_of[i]] = i + 1;
  }

  std::vector<QSpan> spans = ScanSpans(text, toks);
  std::vector<char> in_quote(n, 0);
  for (const QSpan& sp : spans)
    for (int k = sp.open; k <= (sp.close >= 0 ? sp.close : sp.last); ++k)
      in_quote[k] = 1;
  std::vector<char> used_cue(n, 0);

  SpeakerResolver res(text, toks, entities, lex_, &in_quote);
  auto verb_at = [&](int i, int hi) -> int {
    if (i < 0 || i >= hi || !toks[i].word() || toks[i].cap()) return 0;
    return lex_.verbs.MatchAt(toks, i, hi);
  };
  auto skip_aux = [&](int j, int hi) {
    while (j < hi && toks[j].word() && !toks[j].cap() &&
           (lex_.aux.Has(toks[j].key) ||
            (toks[j].end - toks[j].start > 4 &&
             text.substr(toks[j].end - 2, 2) == "ly")))
      ++j;
    return j;
  };
  // Attribution after a quote: ", he said", ", said X", "X said".
  // `clause_end`: the quote ends a clause ("...,” or ...?”), so a longer
  // subject may stand between it and the verb.
  auto post = [&](int k, int hi, bool clause_end, Cand* c) -> bool {
    int skipped = 0;
    while (k < hi && skipped < 2 && IsAnyOf(toks[k], ", - \xe2\x80\x94 \xe2\x80\x93")) {
      ++k;
      ++skipped;
    }
    if (k >= hi) return false;
    int v = verb_at(k, hi);
    if (v > 0) {
      SpeakerPhrase np = res.Forward(k + v, hi);
      if (!np.ok()) return false;
      c->np = np;
      c->cue_first = k;
      c->cue_last = k + v - 1;
      return true;
    }
    int sp = lex_.source_phrases.MatchAt(toks, k, hi);
    if (sp > 0) {
      SpeakerPhrase np = res.Forward(k + sp, hi);
      if (!np.ok()) return false;
      c->np = np;
      c->cue_first = k;
      c->cue_last = k + sp - 1;
      return true;
    }
    SpeakerPhrase np = res.Forward(k, hi);
    if (np.ok()) {
      int j = skip_aux(np.last + 1, hi);
      v = verb_at(j, hi);
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
      if (toks[j].mark || (IsAnyOf(toks[j], ". ? ! ; :") &&
                           !(toks[j].flags & kAbbrev)))
        return false;
      v = verb_at(j, hi);
      if (v == 0) continue;
      int e = j - 1;
      while (e > k && toks[e].word() && !toks[e].cap() &&
             lex_.aux.Has(toks[e].key))
        --e;
      np = res.Between(k, e);
      if (!np.ok()) return false;
      c->np = np;
      c->cue_first = j;
      c->cue_last = j + v - 1;
      return true;
    }
    return false;
  };
  // Attribution closing the sentence after the quote: "Climate change is
  // “getting worse,” and it has produced “severe” impacts, Markham noted."
  // Only a short tail after the last comma counts, never a clause with
  // "that" (that is new reported speech).
  auto tail_at = [&](int k, int hi, Cand* c) -> bool {
    if (!post(k, hi, false, c)) return false;
    int rest = 0;
    for (int j = c->cue_last + 1; j < hi; ++j) {
      if (toks[j].key == FoldKey("that")) rest = kMaxTail + 1;
      rest += toks[j].word();
    }
    if (c->np.last + 1 < hi && c->np.last > c->cue_last) {
      rest = 0;
      for (int j = c->np.last + 1; j < hi; ++j) rest += toks[j].word();
    }
    if (rest <= kMaxTail) return true;
    c->np = SpeakerPhrase();
    c->cue_first = c->cue_last = -1;
    return false;
  };
  auto tail = [&](int lo, int hi, Cand* c) -> bool {
    // Try the last few commas from the right: the attribution may carry an
    // apposition ("..., said David Wasserman, an elections analyst.").
    int k = hi;
    for (int tries = 0; tries < kTailCommas; ++tries) {
      --k;
      while (k >= lo && !IsAnyOf(toks[k], ",")) --k;
      if (k < lo || in_quote[k]) return false;
      if (tail_at(k + 1, hi, c)) return true;
    }
    return false;
  };
  // The subject of the first reporting verb of a sentence.
  auto main_subject = [&](int lo, int hi, Cand* c) -> bool {
    for (int u = lo; u < hi; ++u) {
      if (in_quote[u]) continue;
      int v = verb_at(u, hi);
      if (v == 0) continue;
      SpeakerPhrase np = res.Backward(u - 1, lo);
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
    while (f < hi && toks[f].word() && lex_.conjunctions.Has(toks[f].key)) ++f;
    if (f + 1 < hi && toks[f].word() && lex_.sentence_adverbs.Has(toks[f].key) &&
        IsAnyOf(toks[f + 1], ","))
      f += 2;
    if (f < hi && toks[f].word() && lex_.function_words.Has(toks[f].key) &&
        !lex_.subject_pronouns.Has(toks[f].key)) {
      int k = f;
      while (k < hi && k < f + 15 && !IsAnyOf(toks[k], ",")) ++k;
      if (k >= hi || k >= f + 15) return false;
      f = k + 1;
    }
    SpeakerPhrase np = res.Forward(f, hi);
    if (!np.ok() || np.last + 1 >= hi || !toks[np.last + 1].word() ||
        toks[np.last + 1].cap())
      return false;
    bool named = false;
    for (int k = np.first; k <= np.last; ++k) named |= res.IsNameToken(k);
    if (!named && np.first != np.last) return false;
    c->np = np;
    if (c->cue_first < 0) c->cue_first = c->cue_last = np.last + 1;  // its verb
    return true;
  };
  // Attribution before a quote: "X said: “...”", "X labeled it “...”".
  auto pre = [&](int lo, int o, int sent_lo, Cand* c) -> bool {
    for (int v = o - 1; v >= lo && v >= o - 40; --v) {
      int sp = lex_.source_phrases.MatchAt(toks, v, o);
      if (sp > 0 && toks[v].word()) {
        SpeakerPhrase np = res.Forward(v + sp, o);
        if (np.ok()) {
          c->np = np;
          c->cue_first = v;
          c->cue_last = v + sp - 1;
          return true;
        }
      }
      int len = verb_at(v, o);
      // "Said another Chrysler official ...: “...”": a capitalised verb
      // opening the sentence.
      if (len == 0 && v == sent_lo && toks[v].cap() && !(toks[v].flags & kAllCaps))
        len = lex_.verbs.MatchAt(toks, v, o);
      if (len == 0) continue;
      if (v - 1 > sent_lo && toks[v - 1].key == FoldKey("as")) {
        // "ABC quoted an Iraqi official as saying ...": the speaker is the
        // one quoted.
        for (int q = v - 2; q >= sent_lo && q >= v - kMaxSubject; --q) {
          int ql = lex_.source_phrases.MatchAt(toks, q, v - 1);
          if (ql == 0 || toks[q].cap()) continue;
          SpeakerPhrase quoted = res.Forward(q + ql, v - 1);
          if (quoted.ok()) {
            c->np = quoted;
            c->cue_first = q;
            c->cue_last = q + ql - 1;
            return true;
          }
          break;
        }
      }
      SpeakerPhrase np = res.Backward(v - 1, sent_lo);
      c->cue_first = v;
      c->cue_last = v + len - 1;
      if (np.ok()) {
        c->np = np;
        return true;
      }
      {
        // The speaker after the verb, the quote after a comma or colon:
        // "But, said Solovey, “...”".
        SpeakerPhrase after = res.Forward(v + len, o);
        if (after.ok()) {
          int k0 = after.last + 1;
          // "Said another official who is not part of the talks: “...”",
          // "Said Dorothy Poynter, who grew up with Ali, “...”".
          int r0 = k0 < o && IsAnyOf(toks[k0], ",") ? k0 + 1 : k0;
          if (r0 < o && lex_.relative_pronouns.Has(toks[r0].key) &&
              IsAnyOf(toks[o - 1], ", :"))
            k0 = o - 1;
          bool only_punct = k0 < o;
          for (int k = k0; k < o; ++k)
            only_punct &= IsAnyOf(toks[k], ", :");
          if (only_punct) {
            c->np = after;
            return true;
          }
        }
      }
      if (v - 1 >= sent_lo &&
          (IsAnyOf(toks[v - 1], ",") || lex_.conjunctions.Has(toks[v - 1].key) ||
           text.substr(toks[v].end - 3, 3) == "ing")) {
        if (main_subject(sent_lo, v, c)) return true;
      }
      c->cue_first = c->cue_last = -1;
    }
    return false;
  };

  std::vector<Cand> cands;
  for (size_t si = 0; si < spans.size(); ++si) {
    const QSpan& sp = spans[si];
    Cand c;
    c.first_tok = sp.open + 1;
    c.last_tok = sp.last;
    c.q.mention = {sp.cstart, sp.cend};
    int so = sent_of[std::min(sp.open + 1, n - 1)];
    int end_tok = sp.close >= 0 ? sp.close : sp.last;
    int sc = sent_of[sp.last];
    c.sent = so;
    c.para = toks[sp.open].para;
    // A paragraph that opens a quote mark while the one before left its
    // quote open continues that quote (wire and BBC style).
    c.continues = si > 0 && spans[si - 1].close < 0 &&
                  toks[spans[si - 1].open].para < c.para &&
                  (sp.open == 0 || toks[sp.open - 1].para != c.para);
    int pre_lo = s_first[so];
    if (si > 0 && cands[si - 1].marked) {
      // A quote before in the sentence bounds the window; a title or a
      // name in quote marks ("the ''Remain'' camp") does not.
      int prev_end = spans[si - 1].close >= 0 ? spans[si - 1].close
                                               : spans[si - 1].last;
      if (sent_of[prev_end] == so || prev_end >= pre_lo)
        pre_lo = std::max(pre_lo, prev_end + 1);
    }
    // A sentence splitter ends a sentence at `?”` and `!”` even when the
    // attribution follows ("“Why?” Trump asked."): the window runs to the
    // end of the sentence of the token after the quote.
    // A sentence end inside the window starts the quote's own sentence
    // (splitters differ on “. "Quote”).
    for (int k = sp.open - 1; k >= pre_lo; --k) {
      if (IsAnyOf(toks[k], ". ? !") && !(toks[k].flags & kAbbrev)) {
        pre_lo = k + 1;
        break;
      }
    }
    int post_hi = s_end[sc];
    if (end_tok + 1 < n && toks[end_tok + 1].para == toks[end_tok].para &&
        sp.close > 0 && IsAnyOf(toks[sp.close - 1], "? !"))
      post_hi = std::max(post_hi, s_end[sent_of[end_tok + 1]]);
    if (si + 1 < spans.size()) post_hi = std::min(post_hi, spans[si + 1].open);
    // Direct or partial: a direct quote opens its sentence, or follows a
    // colon, a comma or a reporting verb, and starts with a capital.
    bool starts_sentence = true;
    for (int k = pre_lo; k < sp.open; ++k)
      if (toks[k].word()) starts_sentence = false;
    bool after_intro = sp.open > 0 &&
                       (IsAnyOf(toks[sp.open - 1], ": ,") ||
                        verb_at(sp.open - 1, sp.open) > 0);
    const QToken& first = toks[sp.open + 1];
    bool capital = first.cap() || (first.flags & kWord &&
                                   text[first.start] >= '0' &&
                                   text[first.start] <= '9');
    int words = 0;
    for (int k = sp.open + 1; k <= sp.last; ++k) words += toks[k].word();
    bool direct = capital && (starts_sentence || after_intro) && words >= 2;
    // A short phrase of capitalised words with no sentence punctuation is a
    // title or a name ("Good Morning America"), not a quote.
    bool title_case = words <= 6;
    for (int k = sp.open + 1; k <= sp.last && title_case; ++k) {
      const QToken& w = toks[k];
      if (w.word() && !w.cap() && !lex_.function_words.Has(w.key))
        title_case = false;
      if (IsAnyOf(w, ". ? ! ;")) title_case = false;
    }
    int letters = 0;
    for (int k = sp.open + 1; k <= sp.last; ++k)
      if (toks[k].word()) letters += toks[k].end - toks[k].start;
    if ((title_case && !(starts_sentence && words >= 3)) || letters < 2) {
      cands.push_back(Cand());
      cands.back().marked = false;
      cands.back().first_tok = sp.open + 1;
      cands.back().last_tok = sp.last;
      continue;
    }
    c.q.kind = direct ? "direct" : "partial";
    bool found = false;
    bool ends_open = end_tok + 1 < n && IsAnyOf(toks[end_tok + 1], ",");
    bool clause_end =
        ends_open || (sp.close > 0 && IsAnyOf(toks[sp.close - 1], ", ? !"));
    if (starts_sentence || clause_end) {
      found = post(end_tok + 1, post_hi, clause_end || starts_sentence, &c);
      if (!found) found = pre(pre_lo, sp.open, s_first[so], &c);
    } else {
      found = pre(pre_lo, sp.open, s_first[so], &c);
      if (!found) found = post(end_tok + 1, post_hi, clause_end, &c);
    }
    if (!found && sp.open > 0 && IsAnyOf(toks[sp.open - 1], ":")) {
      // A colon introduces the quote, perhaps from the paragraph before
      // ("Reporter Jomana Karadsheh says:" / "Rep. Trey Gowdy (R-S.C.):").
      const int colon = sp.open - 1;
      int lo = s_first[sent_of[colon]];
      if (si > 0) {
        int prev_end = spans[si - 1].close >= 0 ? spans[si - 1].close
                                                 : spans[si - 1].last;
        lo = std::max(lo, prev_end + 1);
      }
      if (lo < colon) {
        found = pre(lo, colon, lo, &c);
        bool para_start = lo == 0 || toks[lo - 1].para != toks[lo].para;
        if (!found && para_start && colon - lo <= kMaxSubject) {
          SpeakerPhrase np = res.Between(lo, colon - 1);
          if (np.ok()) {
            c.np = np;
            c.cue_first = c.cue_last = colon;
            found = true;
          }
        }
      }
    }
    if (!found) found = tail(end_tok + 1, s_end[sc], &c);
    if (!found && end_tok + 2 < n && toks[end_tok + 1].para != c.para &&
        IsAnyOf(toks[end_tok + 1], "- \xe2\x80\x94 \xe2\x80\x93")) {
      // A signature line after a quote paragraph: "“...”⏎⏎- Sanders."
      const int k = end_tok + 1;
      int pe = k;
      while (pe + 1 < n && toks[pe + 1].para == toks[k].para) ++pe;
      int words = 0;
      for (int j = k; j <= pe; ++j) words += toks[j].word();
      SpeakerPhrase np = res.Forward(k + 1, pe + 1);
      if (np.ok() && words <= kMaxTail) {
        c.np = np;
        c.cue_first = c.cue_last = k;
        found = true;
      }
    }
    // The sentence before the quote: the splitter's, or the part of its
    // sentence before a full stop (splitters differ on `. "Quote`).
    int prev_lo = -1, prev_hi = -1;
    if (pre_lo > s_first[so]) {
      prev_lo = s_first[so];
      prev_hi = pre_lo;
    } else if (so > 0) {
      prev_lo = s_first[so - 1];
      prev_hi = s_end[so - 1];
    }
    if (!found && direct && starts_sentence && prev_lo >= 0 &&
        prev_lo < prev_hi && toks[prev_lo].para == c.para) {
      // A quote standing alone after a sentence in which someone spoke:
      // "Judge Sam Sparks ... sharply criticized it. “A flip of the coin
      // would be more merciful.”" The sentence before must hold no quote.
      bool quoted_before = false;
      for (int k = prev_lo; k < prev_hi; ++k)
        quoted_before |= in_quote[k] != 0;
      Cand t = c;
      if (!quoted_before && main_subject(prev_lo, prev_hi, &t) &&
          t.cue_first >= 0 && res.KnownPerson(t.np)) {
        c = t;
        found = true;
      }
    }
    if (!found && !direct) {
      // A fragment in a sentence whose subject is a person the text named,
      // with no reporting verb: "Cruz blamed the law on “knuckleheaded
      // Democratic politicians.”" A place, an organisation or a
      // description as subject gives nothing (scare quotes, terms).
      Cand t = c;
      if (main_subject(pre_lo, sp.open, &t) && res.KnownPerson(t.np)) {
        c = t;
        found = true;
      }
    }
    if (found) {
      for (int k = std::max(c.cue_first, 0); k <= c.cue_last; ++k) used_cue[k] = 1;
    }
    cands.push_back(c);
  }

  // Indirect speech: reporting verbs outside quotes, with a subject.
  std::vector<Cand> indirect;
  for (int s = 0; s < ns; ++s) {
    int lo = s_first[s], hi = s_end[s];
    if (lo >= hi) continue;
    bool sentence_has_quote = false;
    for (int k = lo; k < hi; ++k) sentence_has_quote |= in_quote[k] != 0;
    for (int v = lo; v < hi; ++v) {
      if (in_quote[v] || used_cue[v] || !toks[v].word()) continue;
      Cand c;
      c.marked = false;
      c.q.kind = "indirect";
      c.sent = s;
      c.para = toks[v].para;
      int sp = toks[v].cap() && v != lo ? 0
                                         : lex_.source_phrases.MatchAt(toks, v, hi);
      if (sp > 0) {
        SpeakerPhrase np = res.Forward(v + sp, hi);
        if (!np.ok()) continue;
        int a, b;
        if (v - 1 > lo && IsAnyOf(toks[v - 1], ",")) {
          a = lo;
          b = v - 2;
        } else if (np.last + 2 < hi && IsAnyOf(toks[np.last + 1], ",")) {
          a = np.last + 2;
          b = hi - 1;
        } else {
          continue;
        }
        while (b > a && toks[b].punct()) --b;
        if (b <= a) continue;
        bool overlaps = false;
        for (int k = a; k <= b; ++k) overlaps |= in_quote[k] != 0;
        if (overlaps && sentence_has_quote) continue;
        c.np = np;
        c.cue_first = v;
        c.cue_last = v + sp - 1;
        c.first_tok = a;
        c.last_tok = b;
        indirect.push_back(c);
        v = np.last;
        continue;
      }
      int call = toks[v].cap() ? 0 : call_verbs_.MatchAt(toks, v, hi);
      int len = verb_at(v, hi);
      int clause = toks[v].cap() ? 0 : clause_verbs_.MatchAt(toks, v, hi);
      if (len == 0 && call == 0) continue;
      int vl = std::max(len, call);
      int a = v + vl;
      bool that = a < hi && toks[a].key == FoldKey("that");
      if (!that && toks[v].key == FoldKey("told")) {
        // "told reporters (that)": skip the hearer.
        for (int k = a; k < hi && k < a + 4; ++k) {
          if (toks[k].key == FoldKey("that")) {
            that = true;
            a = k;
            break;
          }
        }
        if (!that) {
          SpeakerPhrase hearer = res.Forward(a, hi);
          if (hearer.ok()) a = hearer.last + 1;
          else if (a < hi && toks[a].word() && !toks[a].cap()) ++a;
        }
      }
      if (that) ++a;
      SpeakerPhrase np = res.Backward(v - 1, lo);
      if (!np.ok()) continue;
      int b = hi - 1;
      while (b > a && toks[b].punct() && !toks[b].mark) --b;
      if (a < hi && IsAnyOf(toks[a], ". ,") && np.first - 1 > lo &&
          IsAnyOf(toks[np.first - 1], ",") && !sentence_has_quote) {
        // "..., Mr Straw said."
        a = lo;
        b = np.first - 2;
        while (b > a && toks[b].punct()) --b;
      } else if (!(that || call > 0 || clause > 0)) {
        continue;
      }
      if (a >= hi || b < a || toks[a].mark || IsAnyOf(toks[a], ": . ,"))
        continue;
      if (call > 0 && !that) {
        // The request runs to the end of its clause.
        for (int k = a; k <= b; ++k) {
          if (IsAnyOf(toks[k], ", ;")) {
            b = k - 1;
            break;
          }
        }
      }
      bool overlaps_direct = false;
      for (int k = a; k <= b; ++k) overlaps_direct |= in_quote[k] != 0;
      if (overlaps_direct) {
        // Keep it only when the quotes inside are partial quotes.
        for (const Cand& q : cands)
          if (q.first_tok >= a && q.last_tok <= b && q.q.kind == "direct")
            overlaps_direct = true;
        bool any_direct = false;
        for (const Cand& q : cands)
          if (q.first_tok >= a && q.first_tok <= b && q.q.kind == "direct")
            any_direct = true;
        if (any_direct) continue;
      }
      if (b - a < 1) continue;
      c.np = np;
      c.cue_first = v;
      c.cue_last = v + vl - 1;
      c.first_tok = a;
      c.last_tok = b;
      indirect.push_back(c);
    }
  }
  for (Cand& c : indirect) {
    c.q.mention = {toks[c.first_tok].start, toks[c.last_tok].end};
    cands.push_back(c);
  }

  // Resolve the speakers in the order their phrases occur in the text.
  std::vector<int> order;
  for (size_t i = 0; i < cands.size(); ++i)
    if (cands[i].np.ok()) order.push_back(static_cast<int>(i));
  std::sort(order.begin(), order.end(), [&](int a, int b) {
    return cands[a].np.first != cands[b].np.first
               ? cands[a].np.first < cands[b].np.first
               : a < b;
  });
  for (int i : order) {
    Cand& c = cands[i];
    // Two quotes sharing one phrase resolve once.
    for (int j : order) {
      if (j == i) break;
      if (cands[j].has_speaker && cands[j].np.first == c.np.first &&
          cands[j].np.last == c.np.last) {
        c.q.speaker = cands[j].q.speaker;
        c.has_speaker = true;
        break;
      }
    }
    if (!c.has_speaker) c.has_speaker = res.Resolve(c.np, &c.q.speaker);
    if (c.cue_first >= 0)
      c.q.cue = {toks[c.cue_first].start, toks[c.cue_last].end};
  }

  // Quotes with no construction of their own: another quote of the same
  // sentence, or the speech just before in the same or previous paragraph.
  std::vector<int> by_pos(cands.size());
  for (size_t i = 0; i < cands.size(); ++i) by_pos[i] = static_cast<int>(i);
  std::sort(by_pos.begin(), by_pos.end(), [&](int a, int b) {
    return cands[a].first_tok < cands[b].first_tok;
  });
  for (size_t p = 0; p < by_pos.size(); ++p) {
    Cand& c = cands[by_pos[p]];
    // A quote whose own construction names a speaker that does not
    // resolve ("the study said" with no organisation before) keeps none
    // rather than borrowing another quote's.
    if (c.has_speaker || !c.marked || c.np.ok()) continue;
    const Cand* src = nullptr;
    for (const Cand& o : cands) {
      if (&o != &c && o.marked && o.has_speaker && o.np.ok() &&
          o.sent == c.sent) {
        src = &o;
        break;
      }
    }
    if (!src && c.q.kind == "direct") {
      for (size_t k = p; k-- > 0;) {
        const Cand& o = cands[by_pos[k]];
        if (!o.has_speaker) continue;
        if ((o.para >= c.para - 1 && c.sent - o.sent <= 3) ||
            (c.continues && o.marked))
          src = &o;
        break;
      }
    }
    if (src) {
      c.q.speaker = src->q.speaker;
      c.q.cue = src->q.cue;
      c.has_speaker = true;
    }
  }

  for (Cand& c : cands) {
    if (!c.has_speaker || c.q.speaker.name.empty()) continue;
    CollapseSpace(&c.q.speaker.name);
    CollapseSpace(&c.q.speaker.title);
    CollapseSpace(&c.q.speaker.affiliation);
    result.push_back(c.q);
  }
  std::sort(result.begin(), result.end(), [](const Quote& a, const Quote& b) {
    return a.mention.start < b.mention.start;
  });
  for (size_t i = 0; i < result.size(); ++i) {
    result[i].id = "q" + std::to_string(i + 1);
    result[i].rule = "quotes." + result[i].kind;
  }
  return result;
}

}  // namespace newsevents
