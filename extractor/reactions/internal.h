// Internal to reactions*.cc: the stages of ReactionFinder::Find and what
// they share. Find runs them in order over one document:
//   1. NGO mentions (reactions/ngos.cc),
//   2. stances of the NGOs' clauses (reactions/clauses.cc),
//   3. NGO spokespeople and the stances of their quotes
//      (reactions/spokespeople.cc),
//   4. one Reaction per organisation and stance (reactions/assemble.cc).
// A ReactionDoc views one document and lives only during Find;
// ReactionWords views the finder's word lists.
#ifndef NEWSEVENTS_REACTIONS_INTERNAL_H_
#define NEWSEVENTS_REACTIONS_INTERNAL_H_

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "base/entity_mention.h"
#include "newsevents/record.h"
#include "reactions/firms.h"
#include "reactions/link.h"
#include "reactions/stance.h"
#include "speaker/speaker.h"

namespace newsevents {

// The word lists of a ReactionFinder (see reactions/reactions.h for their files).
struct ReactionWords {
  const SpeakerLexicon& lex;
  const StanceCues& cues;
  const FirmCues& firms;
  const WordList& excluded_heads;
  const WordList& possessives;
  const WordList& body_heads;
  const WordList& body_owners;
  const WordList& hearer_verbs;
  const WordList& object_preps;
  const WordList& repression;
};

// One document as the stages read it.
struct ReactionDoc {
  std::string_view text;
  const std::vector<QToken>& toks;
  int n;                            // toks.size()
  const std::vector<int>& sent_of;  // sentence of each token
  const std::vector<EntityMention>& entities;
  const std::vector<Quote>& quotes;
  const SpeakerResolver& res;
};

// An NGO mention: tokens [a, b] of sentence `sent`.
struct OrgMention {
  int a = 0, b = 0;  // tokens
  std::string name, kind;
  int sent = 0;
  // How an organisation the gazetteer does not know was recognised
  // (organisations.* of speaker/organisations.cc, organisations.acronym
  // for its acronym, organisations.group_anaphor for "the group"); "" for
  // a gazetteer entity.
  std::string rule;
};

// A stance an organisation takes in sentence `sent`, with cue tokens
// [first, last].
struct Found {
  std::string org;
  int stance;
  int first, last;
  int sent;
  bool quoted = false;  // from the words of a direct quote
};

// Speaker name -> name of the NGO the speaker speaks for.
using SpeaksFor = std::map<std::string, std::string>;

// The NGO mentions of the document in text order, and in `not_ngo` the
// names seen as parts of universities (reactions/ngos.cc).
std::vector<OrgMention> FindNgoMentions(const ReactionDoc& d,
                                        const ReactionWords& w,
                                        std::vector<std::string>* not_ngo);

// Appends the stances of the clauses of `orgs` (reactions/clauses.cc).
void ClauseStances(const ReactionDoc& d, const ReactionWords& w,
                   const std::vector<OrgMention>& orgs,
                   const StanceDoc& stance_doc, std::vector<Found>* found);

// The people who speak for an NGO of `orgs` (reactions/spokespeople.cc).
SpeaksFor FindSpokespeople(const ReactionDoc& d, const ReactionWords& w,
                           const std::vector<OrgMention>& orgs);

// The NGO quote `q` speaks for, or "".
std::string QuoteOrg(const SpeaksFor& speaks_for, const Quote& q);

// Appends the stances of the quotes of NGOs (reactions/spokespeople.cc).
void QuoteStances(const ReactionDoc& d, const ReactionWords& w,
                  const SpeaksFor& speaks_for, const StanceDoc& stance_doc,
                  std::vector<Found>* found);

// Which of `found` give way to others: 1 to drop (reactions/assemble.cc).
std::vector<char> DropStances(const std::vector<Found>& found,
                              const std::vector<std::string>& not_ngo);

// One reaction per (organisation, stance) of the kept `found`, with ids
// r1..; fills `reactions` on the events (reactions/assemble.cc).
std::vector<Reaction> AssembleReactions(
    const LinkContext& link, const WordList& event_nouns,
    const std::vector<OrgMention>& orgs, const std::vector<Found>& found,
    const std::vector<char>& drop, const SpeaksFor& speaks_for,
    const std::vector<Quote>& quotes, std::vector<Event>* events);

}  // namespace newsevents

#endif  // NEWSEVENTS_REACTIONS_INTERNAL_H_
