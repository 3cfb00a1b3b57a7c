// QuoteFinder: who said what in one article.
//
//   std::unique_ptr<QuoteFinder> qf;
//   Status s = QuoteFinder::Load("lexicons/en", &qf);
//   std::vector<Quote> quotes = qf->Find(text, sentences, entities);
//
// Finds direct quotes (a quoted clause or sentences; “curly”, "straight",
// ‘single’ and ``wire'' marks; a paragraph that opens a new quote mark
// continues the speaker), partial quotes (labeled the move as “disastrous”)
// and indirect speech (said that ..., urged X to ..., according to ...), and
// attaches each to its speaker (see speaker/speaker.h). The constructions, tried in
// this order: "X said: “...”" and "“...,” X said" (with appositions and
// relative clauses in X), the speaker after the verb ("said X, “...”"), a
// colon from the paragraph before ("X says:⏎⏎“...”"), an attribution
// closing the sentence (", Markham noted."), a signature line ("- X."), a
// quote standing alone after a sentence in which a named person spoke, and
// for fragments the sentence's subject when it is a named person. Quote
// marks with no such construction (scare quotes, titles, nicknames) give
// nothing. The word lists come from lexicons/en/words (reporting_verbs.txt,
// clause_verbs.txt, call_verbs.txt, subject_pronouns.txt and the speaker
// lists).
// Immutable after Load; Find is const and thread-safe.
#ifndef NEWSEVENTS_QUOTES_QUOTES_H_
#define NEWSEVENTS_QUOTES_QUOTES_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/entity_mention.h"
#include "newsevents/record.h"
#include "newsevents/status.h"
#include "speaker/speaker.h"

namespace newsevents {

class QuoteFinder {
 public:
  // Loads word lists from `lexicon_dir` (lexicons/en). A bad file gives a
  // Status whose where() is "file:line:col".
  static Status Load(const std::string& lexicon_dir,
                     std::unique_ptr<QuoteFinder>* out);

  // REQUIRES: `sentences` are the sentence spans of `text` in order (byte
  // offsets); `entities` are gazetteer mentions sorted by start.
  // Returns the quotes with ids q1.. in text order, kinds direct, partial
  // and indirect, each with its speaker resolved.
  std::vector<Quote> Find(std::string_view text,
                          const std::vector<Mention>& sentences,
                          const std::vector<EntityMention>& entities) const;
  // The same over the text's tokens, scanned once for every stage.
  // REQUIRES: `toks` is ScanTokens(text, &lexicon().abbreviations).
  std::vector<Quote> Find(std::string_view text, const std::vector<QToken>& toks,
                          const std::vector<Mention>& sentences,
                          const std::vector<EntityMention>& entities) const;

  const SpeakerLexicon& lexicon() const { return lex_; }

 private:
  QuoteFinder() = default;
  SpeakerLexicon lex_;
  WordList clause_verbs_;  // clause_verbs.txt
  WordList call_verbs_;    // call_verbs.txt
};

}  // namespace newsevents

#endif  // NEWSEVENTS_QUOTES_QUOTES_H_
