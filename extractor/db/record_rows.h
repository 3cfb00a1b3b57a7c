// One output line of spec/output.md -> the rows of one article (rows.h).
//
//   DocumentRows rows = RecordRows(line, "events.jsonl:17",
//   "2026-11-01T10:00:00Z");
//
// Nothing is lost: a line that cannot be read as a record still becomes a
// document row, with status "error" and one of these codes:
//   bad_json    the line is not a JSON object; the document's id is `where`
//   bad_output  JSON, but not a newsevents/1 record: a field missing or of
//               the wrong type, an id listed twice, a reference to an event,
//               reaction or quote the record does not hold; the message says
//               which, and the article's facts are left out
// An error line of the extractor (invalid_utf8, too_large, ...) keeps its
// own code, message and where.
//
// The content hash is that of the line's bytes: the extractor writes a record
// the same way each time, so an unchanged article with unchanged lexicons
// (the record's "version") gives the same hash.
#ifndef NEWSEVENTS_DB_RECORD_ROWS_H_
#define NEWSEVENTS_DB_RECORD_ROWS_H_

#include <string>
#include <string_view>

#include "db/rows.h"
#include "newsevents/status.h"

namespace newsevents {

// Returns the rows of the record on `line`. `where` ("file:line") names the
// line in error documents; `loaded_at` is stored in documents.loaded_at.
DocumentRows RecordRows(std::string_view line, const std::string& where,
                        const std::string& loaded_at);

// The rows of a line that could not even be read (too long, broken gzip): a
// document with id and source `where`, status "error" and `error`'s code
// and message. Its content hash is that of the code and message.
DocumentRows UnreadableRows(const std::string& where, const Status& error,
                            const std::string& loaded_at);

}  // namespace newsevents

#endif  // NEWSEVENTS_DB_RECORD_ROWS_H_
