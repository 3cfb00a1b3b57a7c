// Units: the tokens of a document after lexicon tagging, with lexicon
// phrases (states, organs, treaties, cue phrases) merged into single units
// and entity references resolved (an organ to its state, "the convention" to
// the treaty last named). Rules match over units, not tokens.
#ifndef NEWSEVENTS_EVENTS_UNITS_H_
#define NEWSEVENTS_EVENTS_UNITS_H_

#include <string>
#include <vector>

#include "base/entity_mention.h"
#include "lexicon/lexicon.h"
#include "text/tokenizer.h"

namespace newsevents {

struct Unit {
  int first = 0, end = 0;  // tokens [first, end)
  int start = 0, stop = 0;  // bytes
  std::vector<int> tags;
  int entity = -1;  // index into Analysis::mentions when it names an entity
  // "it" after a treaty was named: the treaty it may stand for.
  int treaty_entity = -1;
  // A plural phrase naming several treaties ("the conventions on civil and
  // political rights and on economic rights") or actors ("the two
  // countries"): the ones after `entity`.
  std::vector<int> more_entities;
  bool HasTag(int tag) const {
    for (int t : tags)
      if (t == tag) return true;
    return false;
  }
};

// Tag ids the engine itself needs, looked up once.
struct CoreTags {
  int state, state_adj, capital, igo, ngo, organ, treaty, actor, person,
      treaty_pronoun, talks, new_treaty;
  int treaty_head, treaty_modifier, treaty_field, non_agreement, state_anaphora,
      actor_blocker, clause_break, determiner, indefinite, function_word, company,
      igo_anaphora, weak_treaty_head, pair_anaphora, trio_anaphora,
      person_pronoun, description_link, description_end, non_subject_preposition, hearer_verb, accuse_word,
      talk_noun, talk_subject, place_preposition, calendar_word, be_form, reporting_verb,
      hypothetical, official_title, honorific;
  // Lexicon::TokenId() of "it" (may stand for a treaty or an actor) and
  // "its" (for an actor).
  int it_token, its_token;
  std::vector<int> triggers;  // every <type>_triggers list
  bool IsTrigger(const Unit& u) const {
    for (int t : triggers)
      if (u.HasTag(t)) return true;
    return false;
  }
  // Looks every tag up; a tag no lexicon file defines is an error.
  static Status From(const Lexicon& lexicon, CoreTags* out);
};

struct Analysis {
  TokenizedText tokens;
  std::vector<LexMatch> matches;
  std::vector<int> token_ids;  // Lexicon::TokenId of each token
  std::vector<Unit> units;
  std::vector<int> sentence_units;  // sentence i is [su[i], su[i+1])
  std::vector<EntityMention> mentions;
};

// Fills analysis->units/sentence_units/mentions from its tokens and matches.
// `year` is the publication year (0 when unknown): people resolve to the
// state they served in that year.
void BuildUnits(const Lexicon& lexicon, const CoreTags& tags, int year,
                Analysis* analysis);

}  // namespace newsevents

#endif  // NEWSEVENTS_EVENTS_UNITS_H_
