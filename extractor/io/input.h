// InputReader: turns the INPUT arguments of `newsevents extract` into a stream
// of documents, one at a time, so that every input record yields exactly one
// output line: a record, or an error line. Nothing is skipped silently.
//
//   InputReader reader({"corpora/seed", "archive.jsonl.gz", "-"}, options);
//   InputItem item;
//   while (reader.Next(&item)) {
//     if (item.error.ok()) Write(Extract(item.doc));
//     else WriteError(item.doc, item.error);   // doc.id and doc.source are set
//   }
//   // reader.records() == lines written; reader.errors() of them are errors.
//
// What an INPUT is:
//   - a directory: every *.txt, *.txt.gz, *.jsonl and *.jsonl.gz below it,
//     recursively; other files (NAME.gold.json, README.md, ...) and names
//     starting with '.' are ignored. Each directory's entries are visited in
//     byte-wise order of their names, so the order is deterministic and equals
//     the sorted order of the paths compared component by component. Symbolic
//     links are followed; a directory already visited is not visited again.
//   - NAME.jsonl or NAME.jsonl.gz: one article per line, a JSON object with the
//     fields id, text and date (renamed by the options). Empty lines are
//     skipped. A missing id becomes "NAME:LINE". A date may be "YYYY-MM-DD" or
//     start with it followed by 'T' or ' ' (an ISO timestamp); a missing, null
//     or empty date gives default_dct. Records longer than 2 * max_bytes are
//     not parsed (too_large).
//   - any other file (normally NAME.txt or NAME.txt.gz): one article, id NAME
//     (the file name without .gz and its last extension). Its dct is the
//     string "dct" of the sidecar NAME.gold.json in the same directory, as the
//     gold corpora keep it (../shared/spec/gold.md), or else default_dct. So a
//     gold corpus runs with the dates it was annotated with.
//   - "-": standard input, as JSONL or as one text article, by
//     stdin_format. kAuto (the default) looks at the first byte that is not
//     blank (space, tab, CR, LF), after gzip decompression: '{' means JSONL,
//     anything else one text article. As JSONL, records are read one line at
//     a time like a .jsonl file, with source "<stdin>:LINE" and missing ids
//     "stdin:LINE"; as text, the article has id "stdin" and source
//     "<stdin>". Only the blank bytes before that first byte are held to
//     decide, so a pipe of any size streams.
// Every file is read through zlib, which passes plain files through, so a
// gzipped file is decompressed whatever its name. Streaming: a JSONL file is
// read one line at a time and a directory one level at a time, so memory
// stays near max_bytes whatever the size of the input.
//
// Error codes (InputItem::error.code()); "where" is "file:line", or the file:
//   io_error      the input does not exist or cannot be read
//   bad_gzip      corrupt or truncated gzip data; all complete records before
//                 the break were delivered, the error names the line it hit
//   too_large     the document (or JSONL line) exceeds the byte limit
//   invalid_utf8  the text is not UTF-8; the message gives the byte offset
//   binary        NUL bytes or many control characters: not text
//   bad_record    a JSONL line that is not a JSON object, or whose text field
//                 is missing or not a string; a sidecar that is not JSON
//   bad_date      a date field (or sidecar dct) that is not YYYY-MM-DD
// An empty text is not an error: it is a document with no facts.
//
// Thread-safety: an InputReader is used by one thread. Not copyable.
#ifndef NEWSEVENTS_IO_INPUT_H_
#define NEWSEVENTS_IO_INPUT_H_

#include <cstddef>
#include <memory>
#include <string>
#include <vector>

#include "newsevents/extractor.h"
#include "newsevents/status.h"

namespace newsevents {

// Options, with their defaults and command-line flags:
//   text_field   "text"     --text-field   JSONL field holding the article
//   id_field     "id"       --id-field     JSONL field holding its id
//   date_field   "date"     --date-field   JSONL field holding its date
//   default_dct  ""         --dct          date for inputs that have none
//   max_bytes    5 MiB      --max-bytes    largest document accepted
//   stdin_format kAuto      --stdin-format how "-" is read (see above)
enum class StdinFormat { kAuto, kText, kJsonl };

struct InputOptions {
  std::string text_field = "text";
  std::string id_field = "id";
  std::string date_field = "date";
  std::string default_dct;  // REQUIRES: "" or IsValidDate(default_dct)
  size_t max_bytes = 5 << 20;
  StdinFormat stdin_format = StdinFormat::kAuto;
};

// One item of the stream: a document to process, or an error for one record
// that must still produce an error line. When !error.ok(), doc.id and
// doc.source name the record (doc.text is empty).
struct InputItem {
  Document doc;
  Status error;
  bool ok() const { return error.ok(); }
};

class InputReader {
 public:
  // Reads `inputs` in the given order. Nothing is opened before Next().
  InputReader(std::vector<std::string> inputs, InputOptions options);
  ~InputReader();
  InputReader(const InputReader&) = delete;
  InputReader& operator=(const InputReader&) = delete;

  // Fills `item` with the next document or error and returns true; returns
  // false when all inputs are exhausted.
  bool Next(InputItem* item);

  // Totals so far: items returned by Next(), and how many were errors.
  size_t records() const;
  size_t errors() const;
  // Bytes of input read so far, after decompression (a progress measure:
  // it runs ahead of the records returned by up to one read chunk).
  size_t bytes_read() const;

 private:
  struct State;
  std::unique_ptr<State> state_;
};

}  // namespace newsevents

#endif  // NEWSEVENTS_IO_INPUT_H_
