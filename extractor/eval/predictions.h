// Predictions: extractor output lines (shared spec output.md) read back into
// the newsevents/record.h structs, for scoring and auditing a finished run.
#ifndef NEWSEVENTS_EVAL_PREDICTIONS_H_
#define NEWSEVENTS_EVAL_PREDICTIONS_H_

#include <istream>
#include <map>
#include <string>
#include <vector>

#include "newsevents/record.h"
#include "newsevents/status.h"

namespace newsevents {

struct Predictions {
  std::map<std::string, Record> records;      // by doc id, "status":"ok"
  std::map<std::string, std::string> errors;  // doc id -> "code: message"
  std::vector<std::string> warnings;          // duplicate ids, ...
};

// Reads JSON Lines in the output.md format. A line that is not valid JSON or
// lacks doc.id fails with code bad_json and where = "name:line".
Status ParsePredictions(std::istream& in, const std::string& name,
                        Predictions* out);
Status LoadPredictionsFile(const std::string& path, Predictions* out);

}  // namespace newsevents

#endif  // NEWSEVENTS_EVAL_PREDICTIONS_H_
