// Resuming `newsevents extract` after a crash: the manifest of finished
// articles, cutting the half-written line a killed run leaves at the end of a
// file, and reading back the ids of an earlier output file.
//
// The manifest (--manifest FILE) holds one JSON object a line per finished
// article, in input order:
//   {"id":"a17","source":"archive.jsonl:18","record":17}
// `record` is the article's place in the run's input (0-based, over all
// inputs, counting the articles a resumed run skipped). A line is appended
// only once the article is safe everywhere the run writes it: its output
// line flushed to the -o file or stdout, its database batch committed. So a
// run killed at any moment leaves a manifest that lists only finished
// articles, perhaps with a last line cut short, which is not an entry and is
// cut off before the next run appends.
//
//   std::unordered_set<std::string> done;
//   uint64_t size;
//   Status s = ReadManifest("run.manifest", &done, &size);   // cuts nothing
//   s = CutHalfLine("run.manifest", &size);                  // before appending
//
// Thread-safety: plain functions and a class used by one thread.
#ifndef NEWSEVENTS_CLI_RESUME_H_
#define NEWSEVENTS_CLI_RESUME_H_

#include <cstdint>
#include <fstream>
#include <string>
#include <unordered_set>

#include "newsevents/status.h"

namespace newsevents {

struct ManifestEntry {
  std::string id;
  std::string source;
  uint64_t record = 0;
};

// The manifest line of `entry`, without its newline.
std::string ManifestLine(const ManifestEntry& entry);

// Adds the ids of the manifest at `path` to `*ids` and sets `*whole_bytes`
// to the size of its whole lines. A missing or empty file is an empty
// manifest. Bytes after the last newline (a line a crash cut short) are not
// an entry and are ignored. A whole line that is not an entry (not a JSON
// object with a string "id") is an error naming path:line, as is a file
// that cannot be read. Blank lines are skipped.
Status ReadManifest(const std::string& path, std::unordered_set<std::string>* ids,
                    uint64_t* whole_bytes);

// Truncates the file at `path` after its last newline, so that it ends with
// its last whole line (a file without a newline becomes empty), and sets
// `*size` to its new size. A missing file is left missing, size 0. Reads
// only the end of the file.
Status CutHalfLine(const std::string& path, uint64_t* size);

// The ids of the records of an earlier output file (JSON lines of `newsevents
// extract`), read one line at a time up to a byte limit, to be matched in
// step with the inputs: a resumed run's inputs must start with the articles
// the file already holds, in the same order.
class OutputPrefix {
 public:
  // Opens `path` to read its first `bytes` bytes (whole lines). REQUIRES:
  // called once.
  Status Open(const std::string& path, uint64_t bytes);
  // True while lines are left.
  bool more() const { return left_ > 0; }
  // Reads the next line and checks that its doc.id is `id`. Returns an error
  // naming path:line when it is not a record or holds another article.
  // REQUIRES: more().
  Status Match(const std::string& id);
  // Lines read so far.
  uint64_t lines() const { return line_; }

 private:
  std::string path_;
  std::ifstream in_;
  uint64_t left_ = 0, line_ = 0;
  std::string buffer_;
};

}  // namespace newsevents

#endif  // NEWSEVENTS_CLI_RESUME_H_
