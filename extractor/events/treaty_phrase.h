// Descriptive mentions of agreements: "an international convention
// prohibiting cluster bombs", "the rubber pact", "the convention", "a new
// International Natural Rubber Agreement". Resolves each to a lexicon treaty
// (by subject words and year), to the treaty last mentioned (anaphora), or to
// a new agreement named by the words of the text.
#ifndef NEWSEVENTS_EVENTS_TREATY_PHRASE_H_
#define NEWSEVENTS_EVENTS_TREATY_PHRASE_H_

#include <string>
#include <vector>

#include "base/entity_mention.h"
#include "events/units.h"
#include "lexicon/lexicon.h"

namespace newsevents {

// The treaties a document has named so far, most recent last.
class TreatyMemory {
 public:
  void Remember(const EntityMention& m);
  // An organisation that makes agreements of its own was named: "the pact"
  // of an article that names no agreement before it is the organisation's
  // ("a ceiling agreed by OPEC. Iraq refused to sign the pact").
  void RememberOwner(const EntityMention& organisation);
  // The latest treaty called by `head` (folded), or the latest of any kind,
  // or, when none was named, the own agreement of the latest such owner.
  const EntityMention* Last(std::string_view head) const;
  // An agreement the text already named with the same content words.
  const EntityMention* SameWords(const std::vector<std::string>& words) const;
  // The latest treaty whose name holds one of `words` (folded, singular),
  // or null.
  const EntityMention* Sharing(const std::vector<std::string>& words) const;

 private:
  struct Entry {
    EntityMention mention;
    std::vector<std::string> words;  // folded content words of its name
  };
  std::vector<Entry> entries_;
  EntityMention owned_;  // kind empty until an owner is named
};

struct TreatyPhrase {
  size_t first = 0, end = 0;  // raw units [first, end)
  size_t name_first = 0;      // first unit of the name (after determiners)
  std::string name, id;       // id empty for an agreement not in the lexicon
  bool indefinite = false;    // "a/an ..." and not in the lexicon
  bool introduced = false;    // "a/an ...", in the lexicon or not
  // Further treaties a plural phrase names: (id, name).
  std::vector<std::pair<std::string, std::string>> more;
};

// Looks for an agreement phrase whose head noun is raw[head]. Returns false
// when the words there do not describe an agreement. `year_now` is the
// article's year (0 when unknown): treaties made later are not meant.
bool FindTreatyPhrase(const Lexicon& lex, const CoreTags& ct,
                      const TokenizedText& tt, const std::vector<int>& token_ids,
                      const std::vector<Unit>& raw,
                      size_t head, int year_now, const TreatyMemory& memory,
                      TreatyPhrase* out);

// The words before a talk noun (raw[talk], talk_nouns.txt) that say which
// agreement is negotiated: a lexicon treaty by its subject ("the coffee
// talks", "medium-range missiles negotiations"), or the words of
// talk_subjects.txt, named as written with the noun ("the free trade
// negotiations"). The phrase ends before the noun, which stays a unit of its
// own (the trigger). False when the words there name no agreement.
bool FindTalkSubject(const Lexicon& lex, const CoreTags& ct,
                     const TokenizedText& tt, const std::vector<int>& token_ids,
                     const std::vector<Unit>& raw, size_t talk, int year_now,
                     TreatyPhrase* out);

// The lexicon treaty whose subject starts at raw[at] right after a talk noun
// and its preposition ("talks on medium-range missiles", "negotiations
// over coffee export quotas"); the phrase is the subject's units.
bool FindSubjectOfTalks(const Lexicon& lex, const CoreTags& ct,
                        const TokenizedText& tt, const std::vector<int>& token_ids,
                        const std::vector<Unit>& raw, size_t at, int year_now,
                        TreatyPhrase* out);

}  // namespace newsevents

#endif  // NEWSEVENTS_EVENTS_TREATY_PHRASE_H_
