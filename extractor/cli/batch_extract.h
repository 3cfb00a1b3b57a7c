// Extraction of a batch of input items on several threads over one shared,
// immutable Extractor. Each item's output line is written to its own slot, so
// the caller writes them in input order; memory is bounded by the batch size.
#ifndef NEWSEVENTS_CLI_BATCH_EXTRACT_H_
#define NEWSEVENTS_CLI_BATCH_EXTRACT_H_

#include <string>
#include <vector>

#include "io/input.h"
#include "newsevents/extractor.h"

namespace newsevents {

// The outcome of one item: its output line (a record or an error line).
struct BatchResult {
  std::string line;
  Status status;     // ok, or why the item became an error line
  size_t events = 0;
};

// Fills `(*results)[i]` for every `items[i]`, using up to `threads` threads
// (1 = the calling thread only). An exception thrown by the extractor on one
// item becomes that item's "internal" error line. When `stop` is given and
// returns true, the threads take no new item but finish the one they are
// on. Returns the number n of items done: results[0, n) are filled, the
// rest are not (n == items.size() unless stopped).
size_t ExtractBatch(const Extractor& extractor, const std::vector<InputItem>& items,
                    int threads, bool explain, std::vector<BatchResult>* results,
                    bool (*stop)() = nullptr);

}  // namespace newsevents

#endif  // NEWSEVENTS_CLI_BATCH_EXTRACT_H_
