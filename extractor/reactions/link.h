// Internal to reactions*.cc: which events a sentence is about. The linking
// of reactions (reactions/assemble.cc) and of officials
// (reactions/officials.cc) to events share it. A LinkContext views one document and lives only during
// ReactionFinder::Find.
#ifndef NEWSEVENTS_REACTIONS_LINK_H_
#define NEWSEVENTS_REACTIONS_LINK_H_

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/entity_mention.h"
#include "newsevents/record.h"
#include "speaker/speaker.h"

namespace newsevents {

// Trigger words of each event type (<type>_triggers.txt).
using TriggerLists = std::vector<std::pair<std::string, WordList>>;

struct LinkContext {
  std::string_view text;
  const std::vector<QToken>& toks;
  const std::vector<int>& sent_of;  // sentence of each token
  const std::vector<Mention>& sentences;
  const std::vector<EntityMention>& entities;
  const SpeakerResolver& res;
  const TriggerLists& triggers;
  const std::vector<Event>& events;

  // Sentence of byte b.
  int SentenceOfByte(int b) const;
  // First token of sentence s.
  int FirstToken(int s) const;
  // Paragraph of sentence s.
  int Paragraph(int s) const;
  // True when tokens [lo, hi) use a trigger word of event type `type`.
  bool UsesTrigger(const std::string& type, int lo, int hi) const;
  // True when sentences [from, to] name the treaty of events[k].
  bool NamesTreaty(int k, int from, int to) const;
  // Indexes of the events with a mention in sentence s.
  std::vector<int> MentionedIn(int s) const;
  // The events mentioned in sentence s that differ from events[k] only in
  // their actor ("the United States, Russia and China refuse"), k included.
  std::vector<int> Group(int k, int s) const;
  // The latest event mentioned before sentence s for which `refers(k)`
  // holds, with its group; empty when none.
  template <typename F>
  std::vector<int> LatestBefore(int s, F refers) const {
    int best = -1, best_pos = -1;
    for (size_t k = 0; k < events.size(); ++k) {
      if (!refers(static_cast<int>(k))) continue;
      for (const EventMention& em : events[k].mentions)
        if (em.sentence.start < sentences[s].start &&
            em.sentence.start > best_pos) {
          best_pos = em.sentence.start;
          best = static_cast<int>(k);
        }
    }
    if (best < 0) return {};
    return Group(best, SentenceOfByte(best_pos));
  }
};

// The events a reaction in sentence s is about: those mentioned in its
// sentence, else in the sentence before it in its paragraph; else, when its
// sentence or the one before refers to one ("the move" by `event_nouns`,
// its treaty, a trigger word of its type), the latest such event mentioned
// before it; each with its group. Empty when none: the organisation reacts
// to something that is no agreement event (an arrest, a candidate's words).
std::vector<int> EventsAbout(const LinkContext& c, const WordList& event_nouns,
                             int s);

// Fills `officials` on the events (reactions/officials.cc). `titles` gives
// the official titles; `bodies` the heads of organisations' names
// (ministry, department), which no person's name has.
void LinkOfficials(const LinkContext& c, const std::vector<Quote>& quotes,
                   const SpeakerLexicon& lex, const WordList& bodies,
                   std::vector<Event>* events);

}  // namespace newsevents

#endif  // NEWSEVENTS_REACTIONS_LINK_H_
