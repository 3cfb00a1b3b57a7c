// newsevents: treaty events, dates, quotes and reactions from news text.
//
// The public API in one header, in the manner of re2.h:
//
//   std::unique_ptr<newsevents::Extractor> x;
//   newsevents::Status s = newsevents::Extractor::Load(
//       newsevents::Extractor::Options(), &x);   // lexicons/ and rules
//   if (!s.ok()) { std::cerr << s.ToString(); return 2; }  // file:line:col
//
//   newsevents::Document doc{"lithuania", text, "2025-03-07", "a.txt"};
//   newsevents::Record record;
//   s = x->Extract(doc, &record);       // an error only for a bad document
//   std::cout << newsevents::ToJsonLine(record, doc.text, x->version()) << "\n";
//
// A loaded Extractor is immutable: share one between threads and call
// Extract() concurrently. All validation happens in Load(); at extraction
// time nothing can fail but the document itself.
//
// The pipeline (extractor.cc): text -> tokens and sentences (tokenizer) ->
// lexicon phrases (lexicon) -> units with resolved entities (units,
// treaty_phrase) -> time expressions (timex) -> rule matches (rule_set) ->
// events (assemble) -> quotes and reactions (quotes, reactions).
#ifndef NEWSEVENTS_EXTRACTOR_H_
#define NEWSEVENTS_EXTRACTOR_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "newsevents/record.h"
#include "newsevents/status.h"

namespace newsevents {

struct StageTimes;

// One article. `text` holds the bytes exactly as read; output offsets index
// into it.
struct Document {
  std::string id;      // "NAME" for NAME.txt; the id field of a JSONL record
  std::string text;    // UTF-8 (checked by the reader), possibly empty
  std::string dct;     // document creation time "YYYY-MM-DD", or "" if unknown
  std::string source;  // file path, "path:line" for JSONL, "<stdin>" for -
};

class Extractor {
 public:
  struct Options {
    // The folder holding states.tsv, words/, rules/, timex/ ...
    std::string lexicon_dir = DefaultLexiconDir();
    // Documents larger than this are refused with code "too_large".
    size_t max_bytes = 5 << 20;
    // Time budget of one Extract() call in milliseconds; 0 = none. The
    // stages look at the clock between stages and once per sentence of the
    // event rules; past the budget the call stops and returns "time_budget".
    // `newsevents extract` sets 10000 (--time-budget-ms).
    int64_t time_budget_ms = 0;
  };
  // $NEWSEVENTS_LEXICONS when set; else lexicons/en beside the running
  // executable (a build tree links its lexicons/ there); else the installed
  // ../share/newsevents/lexicons/en. The last is returned when none exists,
  // so that Load() names it in its error.
  static std::string DefaultLexiconDir();

  static Status Load(const Options& options, std::unique_ptr<Extractor>* out);
  ~Extractor();

  // Extracts everything from `doc` into `*record` (cleared first). Returns
  // an error (invalid_utf8, too_large, binary, bad_date) only when the
  // document cannot be processed, or time_budget when it took longer than
  // Options::time_budget_ms; *record then holds its id and source.
  Status Extract(const Document& doc, Record* record) const;

  // A content hash of the lexicons and rules: stamps every record.
  const std::string& version() const;
  int rule_count() const;

 private:
  friend class ExtractorInternal;  // stage times for tools/bench
  struct Impl;
  Extractor();
  Status Extract(const Document& doc, Record* record, StageTimes* times) const;
  std::unique_ptr<Impl> impl_;
};

// The output line of spec/output.md for a record of `text`, or for a failed
// document. `explain` adds each event mention's rule and matched words.
std::string ToJsonLine(const Record& record, std::string_view text,
                       const std::string& version, bool explain = false);
std::string ErrorJsonLine(const std::string& id, const std::string& source,
                          const Status& error);

}  // namespace newsevents

#endif  // NEWSEVENTS_EXTRACTOR_H_
