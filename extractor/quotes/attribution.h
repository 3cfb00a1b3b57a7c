// QuoteAttribution: one run of QuoteFinder::Find over one document; not
// part of any public API. It builds the sentence and quote indexes once and
// keeps them as members, because every step reads them:
//   quotes/direct.cc         direct and partial quotes, one per quoted span
//   quotes/constructions.cc  the reporting constructions around a quote
//   quotes/indirect.cc       indirect speech outside the quotes
//   quotes/attribution.cc    the indexes; speakers resolved, shared, ordered
#ifndef NEWSEVENTS_QUOTES_ATTRIBUTION_H_
#define NEWSEVENTS_QUOTES_ATTRIBUTION_H_

#include <cstddef>
#include <string_view>
#include <vector>

#include "base/entity_mention.h"
#include "newsevents/record.h"
#include "quotes/spans.h"
#include "speaker/speaker.h"

namespace newsevents {

// The longest subject, in tokens, between a quote and its reporting verb.
constexpr int kMaxSubject = 25;
// The most words after a sentence-final attribution (", he said on
// Tuesday in a radio interview.").
constexpr int kMaxTail = 8;
// How many commas from the right of a sentence an attribution may start at.
constexpr int kTailCommas = 3;

// A quote, marked or indirect, while its speaker is being found.
struct QuoteCand {
  Quote q;
  int first_tok = 0, last_tok = 0;  // tokens of the quoted words
  int sent = 0, para = 0;
  SpeakerPhrase np;
  int cue_first = -1, cue_last = -1;
  bool has_speaker = false;
  bool marked = true;  // direct or partial
  bool continues = false;  // reopens a quote left open by the paragraph before
};

// Where a quoted span may find its attribution.
struct QuoteWindow {
  int so = 0, sc = 0;  // sentences of its first and last quoted words
  int end_tok = 0;     // its closing mark, or its last token if left open
  int pre_lo = 0;      // an attribution before it starts at or after this
  int post_hi = 0;     // an attribution after it ends before this
  bool direct = false;
  bool starts_sentence = false;
};

// `keys` is a space-separated list of punctuation or words.
bool IsAnyOf(const QToken& t, const char* keys);

class QuoteAttribution {
 public:
  // REQUIRES: `toks` is ScanTokens(text, ...) and not empty; the rest as
  // for QuoteFinder::Find. The references must outlive this object.
  QuoteAttribution(std::string_view text, const std::vector<QToken>& toks,
                   const std::vector<Mention>& sentences,
                   const std::vector<EntityMention>& entities,
                   const SpeakerLexicon& lex, const WordList& clause_verbs,
                   const WordList& call_verbs);
  QuoteAttribution(const QuoteAttribution&) = delete;
  QuoteAttribution& operator=(const QuoteAttribution&) = delete;

  // The quotes, as QuoteFinder::Find returns them. Call once.
  std::vector<Quote> Find();

 private:
  // quotes/direct.cc
  void FindMarked();
  QuoteCand MarkedQuote(size_t si);
  bool Attribute(size_t si, const QuoteWindow& w, QuoteCand* c) const;
  bool ColonBefore(size_t si, QuoteCand* c) const;
  bool SignatureLine(int k, QuoteCand* c) const;
  bool StandingAlone(const QuoteWindow& w, QuoteCand* c) const;

  // quotes/constructions.cc
  int VerbAt(int i, int hi) const;
  int SkipAux(int j, int hi) const;
  bool Post(int k, int hi, bool clause_end, QuoteCand* c) const;
  bool TailAt(int k, int hi, QuoteCand* c) const;
  bool Tail(int lo, int hi, QuoteCand* c) const;
  bool MainSubject(int lo, int hi, QuoteCand* c) const;
  bool Pre(int lo, int o, int sent_lo, QuoteCand* c) const;

  // quotes/indirect.cc
  void FindIndirect();
  bool AccordingTo(int v, int sp, int lo, int hi, bool sentence_has_quote,
                   QuoteCand* c) const;
  bool ReportedSpeech(int v, int lo, int hi, bool sentence_has_quote,
                      QuoteCand* c) const;

  // quotes/attribution.cc
  void ResolveSpeakers();
  void BorrowSpeakers();
  std::vector<Quote> Result();

  const std::string_view text_;
  const SpeakerLexicon& lex_;
  const WordList& clause_verbs_;
  const WordList& call_verbs_;
  const std::vector<QToken>& toks_;  // owned by the caller
  const int n_;
  const std::vector<int> sent_of_;  // sentence of each token
  const int ns_;                    // number of sentences, at least 1
  std::vector<int> s_first_, s_end_;  // each sentence's token range
  const std::vector<QSpan> spans_;
  const std::vector<char> in_quote_;  // tokens inside quote marks
  std::vector<char> used_cue_;        // cues of the marked quotes
  SpeakerResolver res_;
  std::vector<QuoteCand> cands_;
};

}  // namespace newsevents

#endif  // NEWSEVENTS_QUOTES_ATTRIBUTION_H_
