// Documents -> JSON lines of spec/output.md, as `newsevents extract` writes
// them: one line per document, a record or an error line. Plain C++, no
// Python: the module calls these with the GIL released.
#ifndef NEWSEVENTS_PYTHON_EXTRACT_LINES_H_
#define NEWSEVENTS_PYTHON_EXTRACT_LINES_H_

#include <string>
#include <vector>

#include "newsevents/extractor.h"
#include "newsevents/status.h"

namespace newsevents {

// A document to extract, or one that already failed (a record without a
// text): `error` is then its error and doc its id and source.
struct LineJob {
  Document doc;
  Status error;
};

struct LineResult {
  Status status;
  std::string line;  // the record's line, or the error line
};

// One document. An exception inside the extractor becomes an "internal"
// error, as in the CLI, so that one bad article never ends a run.
LineResult ExtractLine(const Extractor& extractor, const LineJob& job, bool explain);

// Every job on `threads` threads; results[i] is jobs[i]'s.
void ExtractLines(const Extractor& extractor, const std::vector<LineJob>& jobs,
                  int threads, bool explain, std::vector<LineResult>* results);

}  // namespace newsevents

#endif  // NEWSEVENTS_PYTHON_EXTRACT_LINES_H_
