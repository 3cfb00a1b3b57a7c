// QuoteAttribution's indexes and its last steps: the speakers of the
// quotes resolved in text order, quotes with no construction of their own
// given a neighbour's speaker, and the result ordered and numbered.
#include "quotes/attribution.h"

#include <algorithm>
#include <string>
#include <utility>

namespace newsevents {
namespace {

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

// Sentence of each token.
std::vector<int> SentenceOf(const std::vector<QToken>& toks,
                            const std::vector<Mention>& sentences,
                            const SpeakerLexicon& lex) {
  const int n = static_cast<int>(toks.size());
  std::vector<int> sent_of(n, 0);
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
                   (lex.honorifics.Has(p.key) || lex.IsTitle(p.key));
      bool lower = toks[i].word() && !toks[i].cap() &&
                   toks[i].para == p.para;
      if (!initial && !title && !lower) ++merged;
    }
    sent_of[i] = merged;
  }
  if (n > 0) sent_of[0] = 0;
  return sent_of;
}

// Tokens inside quote marks, the marks included.
std::vector<char> InQuote(int n, const std::vector<QSpan>& spans) {
  std::vector<char> in_quote(n, 0);
  for (const QSpan& sp : spans)
    for (int k = sp.open; k <= (sp.close >= 0 ? sp.close : sp.last); ++k)
      in_quote[k] = 1;
  return in_quote;
}

}  // namespace

bool IsAnyOf(const QToken& t, const char* keys) {
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

QuoteAttribution::QuoteAttribution(std::string_view text,
                                   const std::vector<QToken>& toks,
                                   const std::vector<Mention>& sentences,
                                   const std::vector<EntityMention>& entities,
                                   const SpeakerLexicon& lex,
                                   const WordList& clause_verbs,
                                   const WordList& call_verbs)
    : text_(text),
      lex_(lex),
      clause_verbs_(clause_verbs),
      call_verbs_(call_verbs),
      toks_(toks),
      n_(static_cast<int>(toks_.size())),
      sent_of_(SentenceOf(toks_, sentences, lex)),
      ns_(std::max<int>(1, static_cast<int>(sentences.size()))),
      s_first_(ns_, n_),
      s_end_(ns_, 0),
      spans_(ScanSpans(text, toks_)),
      in_quote_(InQuote(n_, spans_)),
      used_cue_(n_, 0),
      res_(text, toks_, entities, lex, &in_quote_) {
  for (int i = 0; i < n_; ++i) {
    s_first_[sent_of_[i]] = std::min(s_first_[sent_of_[i]], i);
    s_end_[sent_of_[i]] = i + 1;
  }
}

std::vector<Quote> QuoteAttribution::Find() {
  FindMarked();
  FindIndirect();
  ResolveSpeakers();
  BorrowSpeakers();
  return Result();
}

void QuoteAttribution::ResolveSpeakers() {
  // Resolve the speakers in the order their phrases occur in the text.
  std::vector<int> order;
  for (size_t i = 0; i < cands_.size(); ++i)
    if (cands_[i].np.ok()) order.push_back(static_cast<int>(i));
  std::sort(order.begin(), order.end(), [&](int a, int b) {
    return cands_[a].np.first != cands_[b].np.first
               ? cands_[a].np.first < cands_[b].np.first
               : a < b;
  });
  for (int i : order) {
    QuoteCand& c = cands_[i];
    // Two quotes sharing one phrase resolve once.
    for (int j : order) {
      if (j == i) break;
      if (cands_[j].has_speaker && cands_[j].np.first == c.np.first &&
          cands_[j].np.last == c.np.last) {
        c.q.speaker = cands_[j].q.speaker;
        c.has_speaker = true;
        break;
      }
    }
    if (!c.has_speaker) c.has_speaker = res_.Resolve(c.np, &c.q.speaker);
    if (c.cue_first >= 0)
      c.q.cue = {toks_[c.cue_first].start, toks_[c.cue_last].end};
  }
}

void QuoteAttribution::BorrowSpeakers() {
  // Quotes with no construction of their own: another quote of the same
  // sentence, or the speech just before in the same or previous paragraph.
  std::vector<int> by_pos(cands_.size());
  for (size_t i = 0; i < cands_.size(); ++i) by_pos[i] = static_cast<int>(i);
  std::sort(by_pos.begin(), by_pos.end(), [&](int a, int b) {
    return cands_[a].first_tok < cands_[b].first_tok;
  });
  for (size_t p = 0; p < by_pos.size(); ++p) {
    QuoteCand& c = cands_[by_pos[p]];
    // A quote whose own construction names a speaker that does not
    // resolve ("the study said" with no organisation before) keeps none
    // rather than borrowing another quote's.
    if (c.has_speaker || !c.marked || c.np.ok()) continue;
    const QuoteCand* src = nullptr;
    for (const QuoteCand& o : cands_) {
      if (&o != &c && o.marked && o.has_speaker && o.np.ok() &&
          o.sent == c.sent) {
        src = &o;
        break;
      }
    }
    if (!src && c.q.kind == "direct") {
      for (size_t k = p; k-- > 0;) {
        const QuoteCand& o = cands_[by_pos[k]];
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
}

std::vector<Quote> QuoteAttribution::Result() {
  std::vector<Quote> result;
  for (QuoteCand& c : cands_) {
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
