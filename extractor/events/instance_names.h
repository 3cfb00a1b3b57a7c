// Names the agreements of a family made one per party: the Paris Club's
// rescheduling of Poland's debt is the "Poland Paris Club debt rescheduling
// agreement", not the same agreement as Brazil's.
#ifndef NEWSEVENTS_EVENTS_INSTANCE_NAMES_H_
#define NEWSEVENTS_EVENTS_INSTANCE_NAMES_H_

#include <string_view>
#include <vector>

#include "events/units.h"
#include "lexicon/lexicon.h"
#include "newsevents/record.h"

namespace newsevents {

// Gives each event whose agreement has an instance name (treaties.tsv
// column 8) the name of its party's instance. The party is the state that
// acts, else a state acting on the same family in the same sentence, else a
// state named in the sentence, else the first state acting on it in the
// article; "{act:a|b|c}" is the alternative the sentence uses ("a" unless
// it names another). Without a party the family's name stays.
void NameInstances(const Lexicon& lexicon, const Analysis& a,
                   std::string_view text, std::vector<Event>* events);

}  // namespace newsevents

#endif  // NEWSEVENTS_EVENTS_INSTANCE_NAMES_H_
