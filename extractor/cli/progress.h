// Progress of an extract run on standard error: a live line, redrawn in place
// (\r) at most four times a second, and one summary line at the end.
//
//   Progress progress(live, TotalInputBytes(inputs));
//   for each batch written: progress.Update(counts);
//   progress.Message("newsevents: a.jsonl:3: bad_record: ...");  // above the line
//   progress.Finish(counts, 0);   // or the signal that stopped the run
//
// The live line (only when `live`):
//   12800 articles  10.6 MB  2134 articles/s  1.77 MB/s  3 errors  ETA 0:00:04
// The summary, always printed by Finish(), is key=value pairs after a fixed
// prefix so that scripts can grep it:
//   newsevents: summary articles=19043 events=812 errors=3 skipped=0
//   seconds=6.41 mb=16.80 mb_per_s=2.62            (one line; interrupted=SIGTERM
//   is added when a signal stopped the run)
// MB are bytes of input read (after decompression), 1 MB = 10^6 bytes.
#ifndef NEWSEVENTS_CLI_PROGRESS_H_
#define NEWSEVENTS_CLI_PROGRESS_H_

#include <chrono>
#include <cstddef>
#include <string>
#include <vector>

namespace newsevents {

struct RunCounts {
  size_t articles = 0;  // output lines written: records and error lines
  size_t events = 0;
  size_t errors = 0;
  size_t skipped = 0;   // finished in an earlier run (--resume)
  size_t bytes = 0;     // input bytes read
};

// The sum of the sizes of `inputs` when every one is a plain regular file
// (so the total is known before reading); 0 otherwise (a directory, a .gz,
// standard input).
size_t TotalInputBytes(const std::vector<std::string>& inputs);

class Progress {
 public:
  // `live`: draw the progress line. `total_bytes`: 0 when unknown (no ETA).
  Progress(bool live, size_t total_bytes);

  // Redraws the live line if the last one is older than a quarter second.
  void Update(const RunCounts& counts);
  // Prints `line` on its own line, above the live line.
  void Message(const std::string& line);
  // Clears the live line and prints the summary. `signal` is the signal that
  // interrupted the run, or 0.
  void Finish(const RunCounts& counts, int signal);

  // The summary line (without "\n").
  std::string Summary(const RunCounts& counts, int signal) const;

 private:
  void Draw(const RunCounts& counts);
  void Clear();
  double Seconds() const;

  bool live_;
  size_t total_bytes_;
  std::chrono::steady_clock::time_point started_, drawn_;
  size_t drawn_width_ = 0;  // characters of the live line on the screen
};

}  // namespace newsevents

#endif  // NEWSEVENTS_CLI_PROGRESS_H_
