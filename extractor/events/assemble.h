// Assemble: rule matches -> events. Expands coordinated actors and treaties
// into one event each, sets modality from cue words, attaches the sentence's
// date, and merges mentions of one (actor, treaty, type, modality).
#ifndef NEWSEVENTS_EVENTS_ASSEMBLE_H_
#define NEWSEVENTS_EVENTS_ASSEMBLE_H_

#include <vector>

#include "events/rule_set.h"
#include "events/units.h"
#include "lexicon/lexicon.h"
#include "newsevents/record.h"

namespace newsevents {

// Cue-word tags for modality, looked up once.
struct ModalityTags {
  int negated, planned, considered, threatened, hypothetical, date_anaphora,
      date_barrier, date_not_event, denial, demanded, reporting,
      contrast, relative_pronoun, date_clause_opener, perfect, be_form;
  // Looks every tag up; a tag no lexicon file defines is an error.
  static Status From(const Lexicon& lexicon, ModalityTags* out);
};

// Adds the events of sentence `s` (its matches in `matches`) to `*events`.
void AssembleEvents(const Analysis& a, const RuleSet& rules,
                    const CoreTags& ct, const ModalityTags& mt, int s,
                    const std::vector<RuleMatch>& matches,
                    const std::vector<Timex>& timexes, const std::string& dct,
                    std::vector<Event>* events);

// Dates from a later sentence that refers back to the event ("The move,
// announced on Thursday"), and ids e1..eN in order of first mention.
void FinishEvents(const Analysis& a, const CoreTags& ct, const ModalityTags& mt,
                  const std::vector<Timex>& timexes, std::vector<Event>* events);

}  // namespace newsevents

#endif  // NEWSEVENTS_EVENTS_ASSEMBLE_H_
