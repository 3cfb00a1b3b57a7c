// EntityMention: one place in the text where a known entity is named,
// as the gazetteer tagger found it. Input to quotes and reactions.
#ifndef NEWSEVENTS_BASE_ENTITY_MENTION_H_
#define NEWSEVENTS_BASE_ENTITY_MENTION_H_

#include <string>
#include <vector>

#include "newsevents/record.h"

namespace newsevents {

struct EntityMention {
  Mention mention;
  std::string kind;   // state, igo, ngo, organisation, person, treaty, organ
  std::string name;   // canonical name (for an organ: its state's name, if known)
  std::string code;   // ISO alpha-3 for states and organs of a known state
  std::string id;     // lexicon id (organisations, treaties)
  std::string organ;  // for organs: parliament, government, ...
  // A treaty described, not named, with "a/an" ("a multilateral arms
  // agreement"): a new agreement, or another way to name a known one.
  bool indefinite = false;
  // For an organisation: the agreement that founds it (id and name), which
  // an actor joins or leaves by joining or leaving the organisation.
  std::string charter_id, charter_name;
  // For an organisation that makes agreements of its own (OPEC): the first
  // of them in the lexicon, which a new agreement it makes is ("OPEC forged
  // an accord": the OPEC accord).
  std::string own_agreement_id, own_agreement_name;
  // For a treaty: the parties its name joins ("the U.S.-Japanese pact",
  // "an agreement with China"), as mentions of kind state or igo; for a
  // lexicon treaty, empty unless two or more.
  std::vector<EntityMention> parties;
  // For a lexicon treaty: the organisation that administers it, if any (0
  // or 1 mention of kind igo).
  std::vector<EntityMention> body;
  // For an agreement the lexicon does not know: the organisation whose it is
  // ("OPEC's December pact", "the OPEC accord"), 0 or 1 mention of kind igo.
  std::vector<EntityMention> owner;
};

}  // namespace newsevents

#endif  // NEWSEVENTS_BASE_ENTITY_MENTION_H_
