// ReactionFinder: what non-governmental organisations think of an event.
//
//   std::unique_ptr<ReactionFinder> rf;
//   Status s = ReactionFinder::Load("lexicons/en", &rf);
//   std::vector<Reaction> r = rf->Find(text, sentences, entities, quotes,
//                                      &events);
//
// An NGO (a gazetteer entity of kind ngo, or an organisation the text
// introduces: "the organization Humanitarian Initiative (HI)", "rights
// group Liberty") takes a stance (oppose, support, concern, urge) from the
// cue words of its clause and of its quotes (lexicons/en/stance/*.txt):
// "labeled the move as “disastrous”" is oppose, "urged Lithuania to
// reconsider" is urge, "expressed deep concerns" without a call is concern.
// The constructions: the NGO's own clause ("condemned", "said the move was
// disastrous", "urged X to", "called on", "warned that"), a lead-in clause
// with a cue before it ("Welcoming the ruling, Amnesty said"), a document
// by it ("A statement by Oxfam called the withdrawal shameful"), a source
// phrase ("According to Amnesty, the withdrawal is illegal"), a stance it
// is the agent of ("criticised by Amnesty"). A person speaking for an NGO
// ("said Jane Doe, a spokeswoman for Amnesty
// International") gives the NGO's stance; a direct quote's words count
// only when nothing outside them does; what a call calls for is not the
// caller's stance, and the clause of a state, organ, IGO or person with
// its own auxiliary or cue after the NGO ("is confident the U.S. Congress
// will support") is not the NGO's. Phrases in stance_blockers.txt
// ("backed out", "press conference", "support prices") take none; nor does
// a cue after a word of stance_cancellers.txt ("does not support", "whether
// to endorse"), after another's possessive ("China's demands") or before
// "by" ("a request by USAir Group": the agent's; see reactions/stance.h).
// A warning with "against" or "not to" after its object is a call
// (stance/warning_verbs.txt, warning_calls.txt). No NGO: a committee or council of a
// legislature, party or IGO (body_heads.txt, body_owners.txt), a think tank
// (gazetteer kind organisation), a name the text treats as a firm's, a
// party's or a think tank's (reactions/firms.h), an organisation spoken to
// (hearer_verbs.txt), the object of a past verb or of a preposition
// (object_prepositions.txt: "speaking to the National Association of
// Manufacturers"), a gazetteer name in lower case, a name only a
// title-case headline gives.
// Each reaction is linked to the events mentioned in its sentence, else in
// the sentence before it in its paragraph, else, when its sentence or the
// one before refers to one ("the move", its treaty, a trigger word), the
// latest such event before it; else to none (the NGO reacts to something
// that is no agreement event). Events of one mention that differ only in
// their actor go together. Find also fills each event's `reactions`, and
// its `officials` (reactions/officials.cc).
// Immutable after Load; Find is const and thread-safe.
#ifndef NEWSEVENTS_REACTIONS_REACTIONS_H_
#define NEWSEVENTS_REACTIONS_REACTIONS_H_

#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/entity_mention.h"
#include "newsevents/record.h"
#include "newsevents/status.h"
#include "reactions/firms.h"
#include "reactions/stance.h"
#include "speaker/speaker.h"

namespace newsevents {

class ReactionFinder {
 public:
  // Loads word lists from `lexicon_dir` (lexicons/en); a bad file gives a
  // Status whose where() is "file:line:col".
  static Status Load(const std::string& lexicon_dir,
                     std::unique_ptr<ReactionFinder>* out);

  // REQUIRES: `events` have ids e1.. and mentions; `quotes` come from
  // QuoteFinder::Find on the same text. Returns reactions with ids r1.. and
  // fills `reactions` and `officials` on the events.
  std::vector<Reaction> Find(std::string_view text,
                             const std::vector<Mention>& sentences,
                             const std::vector<EntityMention>& entities,
                             const std::vector<Quote>& quotes,
                             std::vector<Event>* events) const;
  // The same over the text's tokens, scanned once for every stage.
  // REQUIRES: `toks` is ScanTokens(text, abbreviations) with the
  // abbreviations of lexicons/en/words (QuoteFinder's).
  std::vector<Reaction> Find(std::string_view text,
                             const std::vector<QToken>& toks,
                             const std::vector<Mention>& sentences,
                             const std::vector<EntityMention>& entities,
                             const std::vector<Quote>& quotes,
                             std::vector<Event>* events) const;

 private:
  ReactionFinder() = default;
  SpeakerLexicon lex_;
  StanceCues cues_;          // stance cue words and what changes them
  FirmCues firms_;           // what marks a name as a firm's or party's
  WordList excluded_heads_;  // ngo_excluded_heads.txt
  WordList possessives_;     // possessive_determiners.txt: his, their
  WordList event_nouns_;     // date_anaphora.txt: "the move", "the decision"
  WordList body_heads_;      // body_heads.txt: committee, council
  WordList body_owners_;     // body_owners.txt: Senate, House, Republican
  WordList hearer_verbs_;    // hearer_verbs.txt: told, addressed
  WordList object_preps_;    // object_prepositions.txt: of, for, to
  WordList repression_;      // repression_verbs.txt: arrested, jailed
  // Trigger words of each event type (<type>_triggers.txt): an official
  // whose sentence uses one speaks about an event of that type.
  std::vector<std::pair<std::string, WordList>> triggers_;
};

}  // namespace newsevents

#endif  // NEWSEVENTS_REACTIONS_REACTIONS_H_
