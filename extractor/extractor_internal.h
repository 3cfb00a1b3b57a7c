// ExtractorInternal: what tools need of the Extractor beyond the public
// API (leveldb's WriteBatchInternal): the time each pipeline stage takes,
// which tools/bench prints. Same thread-safety as Extractor::Extract.
#ifndef NEWSEVENTS_EXTRACTOR_INTERNAL_H_
#define NEWSEVENTS_EXTRACTOR_INTERNAL_H_

#include "newsevents/extractor.h"

namespace newsevents {

// Seconds spent in each stage of Extract, summed over calls.
struct StageTimes {
  double tokenize = 0;   // tokens and sentences
  double tag = 0;        // lexicon phrases and units
  double timex = 0;      // time expressions
  double match = 0;      // event rules over the sentences
  double assemble = 0;   // events from rule matches, entities
  double quotes = 0;     // quotes (with the light token scan they share)
  double reactions = 0;  // reactions and officials
};

class ExtractorInternal {
 public:
  // Extractor::Extract, adding each stage's time to `*times`.
  static Status ExtractTimed(const Extractor& x, const Document& doc,
                             Record* record, StageTimes* times) {
    return x.Extract(doc, record, times);
  }
};

}  // namespace newsevents

#endif  // NEWSEVENTS_EXTRACTOR_INTERNAL_H_
