// The unit composer of BuildUnits (events/units.h): left to right over the
// raw units, it composes units (organs of states, descriptive treaty phrases
// and talks, events/treaty_units.cc) and resolves references and actors
// (events/units.cc). Internal to the events stage.
#ifndef NEWSEVENTS_EVENTS_UNIT_COMPOSER_H_
#define NEWSEVENTS_EVENTS_UNIT_COMPOSER_H_

#include <string>
#include <string_view>
#include <vector>

#include "base/entity_mention.h"
#include "events/treaty_phrase.h"
#include "events/units.h"
#include "lexicon/lexicon.h"

namespace newsevents {

// How many recent states "the two/three countries" can refer back to.
constexpr size_t kMaxGroup = 3;

inline bool IsKind(const EntityMention& m, const char* kind) { return m.kind == kind; }

// Adds the parties a lexicon treaty names (a bilateral agreement's states)
// and the organisation that administers it.
void AddParties(const TreatyInfo& t, EntityMention* m);
// The parties of a treaty phrase: a lexicon treaty's, or the states and
// organisations its own words join ("the U.S.-Japanese pact").
void SetParties(const Lexicon& lex, const CoreTags& ct, const TokenizedText& tt,
                const std::vector<Unit>& raw, const std::vector<EntityMention>& unit_entity,
                const TreatyPhrase& phrase, EntityMention* m);
EntityMention OrganisationMention(const OrganisationInfo& o);

// 2 and 3, left to right over the raw units so that anaphora sees the past
// only: compose units (organs of states, descriptive treaty phrases), then
// resolve references and mark actors. The members are what the text has
// named so far.
class UnitComposer {
 public:
  UnitComposer(const Lexicon& lex, const CoreTags& ct, int year, Analysis* a,
               std::vector<Unit> raw, std::vector<EntityMention> unit_entity)
      : lex_(lex), ct_(ct), year_(year), a_(a), tt_(a->tokens),
        raw_(std::move(raw)), unit_entity_(std::move(unit_entity)) {}

  void Run();

 private:
  bool StateLike(size_t k) const {
    return k < raw_.size() && IsKind(unit_entity_[k], "state") &&
           (raw_[k].HasTag(ct_.state) || raw_[k].HasTag(ct_.state_adj));
  }
  bool OrganAt(size_t k) const {
    return k < raw_.size() && IsKind(unit_entity_[k], "organ");
  }
  bool SameSentence(size_t from, size_t to) const {
    return tt_.tokens[raw_[from].first].sentence ==
           tt_.tokens[raw_[to].end - 1].sentence;
  }
  bool WordAt(size_t k, std::string_view word) const {
    return tt_.Folded(tt_.tokens[raw_[k].first]) == word;
  }
  // `u` grows to the end of raw unit k.
  void ExtendTo(size_t k, Unit* u) const {
    u->end = raw_[k].end;
    u->stop = raw_[k].stop;
  }

  // 2. [STATE|STATE_ADJ] ('s)? [ORGAN] and [ORGAN] of [STATE] become one
  // organ unit of that state; descriptive treaty phrases become treaty
  // units. Advances *i past the raw units taken in.
  void Compose(size_t* i, Unit* u, EntityMention* m);

  // "the International Coffee Organisation (ICO)": the acronym given in
  // parentheses is part of the name's unit, so rules see one name.
  void TakeAcronym(size_t* i, Unit* u, const EntityMention* m);

  // "talks on medium-range missiles": the subject after a talk noun names
  // the agreement negotiated; it becomes one TALKS unit.
  void TakeSubjectOfTalks(size_t* i, Unit* u, EntityMention* m);

  // Drops the units already made from raw unit `first` on, and the mentions
  // they added (their own and more).
  void TakeBack(size_t first);

  // "the free trade negotiations between Canada and the United States": the
  // words before a talk noun become a treaty unit of their own, and the noun
  // stays the trigger.
  void TakeTalkSubject(size_t talk);

  // The one lexicon agreement between the states of the sentence whose name
  // holds all of `fields` (an agreement's field words: "free trade"): "free
  // trade negotiations" between Canada and the United States, or "a free
  // trade pact" they sign, are the Canada-United States Free Trade
  // Agreement. A negotiation comes before its treaty: one made a few years
  // after the article is meant too. Two such agreements: none is meant.
  void BetweenSentenceParties(size_t at, std::vector<std::string> fields,
                              TreatyPhrase* m) const;

  // The field words of raw units [first, end): "free trade" in "a new free
  // trade pact".
  std::vector<std::string> FieldWords(size_t first, size_t end) const;

  // A descriptive agreement phrase ends here: take back the units it spans
  // on the left and look right for its subject.
  void TakeTreatyPhrase(size_t* i, Unit* u, EntityMention* m);

  // The organisation, one that makes agreements of its own, whose new
  // agreement the phrase names: "OPEC's December pact", "the Paris Club's
  // rescheduling accord" (not "an agreement to open an EC office", where
  // the EC is the subject). The phrase is then that organisation's first
  // agreement of the lexicon ("OPEC accord").
  const OrganisationInfo* OwnerOf(TreatyPhrase* phrase) const;

  // "China's agreement to sign the covenants": an agreement noun followed by
  // "to", a trigger and an agreement is consent, not an agreement.
  bool ConsentNoun(size_t i) const;
  // "Japanese violation of the pact", "Soviet-American talks": a state
  // adjective (or a hyphenated pair of them) right before an action noun is
  // its agent.
  bool AgentAdjective(size_t i) const;

  // The raw unit of the state adjective ("Japanese") named last before raw
  // unit i in its sentence, or raw_.size() when none is.
  size_t StateAdjectiveBefore(size_t i) const;

  // The first actor of sentence `s` among the units made so far that is no
  // person ("its" is never a person's), or null.
  const EntityMention* SubjectOf(int s) const;

  // A trigger within the next five units of the sentence, before any
  // actor or agreement: "its [decision to join]", "its [withdrawal]".
  bool ActionFollows(size_t i) const;

  // 3. Resolve references and mark actors.
  void Resolve(size_t i, Unit* u, EntityMention* m);

  // A state (or an organ of one) named: the recent states, the lists of
  // coordinated states, the last state and the sentence's likely subject.
  void RememberState(const Unit& u, const EntityMention& m);

  // "the government", "the alliance", "the two countries", "the Baltic
  // state": what the text named before.
  void ResolveFromContext(Unit* u, EntityMention* m);
  // "They" opening sentence `sentence`: the states listed in the one before.
  void ResolveThey(int sentence, Unit* u, EntityMention* m);
  // Unit u stands for members[first..]: *m for the last, more_entities for
  // the others ("the two countries", "They").
  void StandFor(const std::vector<EntityMention>& members, size_t first, Unit* u,
                EntityMention* m);
  // The state of the official who reports the sentence of raw unit i
  // (next to its reporting verb), or null when none or two.
  const EntityMention* SpeakerState(size_t i) const;

  const Lexicon& lex_;
  const CoreTags& ct_;
  const int year_;
  Analysis* a_;
  const TokenizedText& tt_;
  const std::vector<Unit> raw_;
  const std::vector<EntityMention> unit_entity_;  // parallel to raw_

  TreatyMemory memory_;
  // The last state named, and the last one named near the start of a
  // sentence (its likely subject): "the Baltic state" and "the government"
  // refer to the latter.
  std::string last_state_code_, last_state_name_, topic_code_, topic_name_;
  EntityMention last_actor_, last_person_, last_igo_;
  std::vector<EntityMention> recent_states_;  // the last distinct ones, oldest first
  std::string group_organ_;  // "the foreign ministers of" before a group
  std::vector<EntityMention> list_;  // the states of the list being read
  std::vector<EntityMention> lists_[kMaxGroup + 1];  // the last list of each size
  int list_sentence_[kMaxGroup + 1] = {};            // and where it was
  int last_actor_sentence_ = -1, last_person_sentence_ = -1, last_treaty_ = -1,
      last_treaty_sentence_ = -1;
};

}  // namespace newsevents

#endif  // NEWSEVENTS_EVENTS_UNIT_COMPOSER_H_
