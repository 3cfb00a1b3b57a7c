// One JSONL input record → a Document: the id, text and date fields that
// InputOptions names, checked.
#ifndef NEWSEVENTS_IO_JSONL_RECORD_H_
#define NEWSEVENTS_IO_JSONL_RECORD_H_

#include <string>

#include "io/input.h"
#include "newsevents/status.h"

namespace newsevents {

// Parses one non-blank JSONL line into `doc`, whose id and dct hold the
// defaults for this line and are replaced by the record's fields. Fails with
// invalid_utf8, bad_record, bad_date or too_large (no `where`: the caller
// names the line); `doc->id` is already the record's id when a later field
// fails, so that the error names the record.
Status ParseJsonlRecord(const std::string& line, const InputOptions& options,
                        Document* doc);

}  // namespace newsevents

#endif  // NEWSEVENTS_IO_JSONL_RECORD_H_
