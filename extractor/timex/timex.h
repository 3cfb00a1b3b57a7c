// TimexTagger: finds the time expressions of a text and normalises them to
// TimeML TIMEX3 values ("last July" → 2024-07 against a 2025-03-07 dct).
//
//   std::unique_ptr<TimexTagger> tagger;
//   Status s = TimexTagger::Load("lexicons/en/timex", &tagger);
//   for (const Timex& t : tagger->Tag(text, "2025-03-07")) ...
//
// All language knowledge (patterns, month and number words, cue words) is
// data in lexicons/en/timex; the format is documented at the top of
// lexicons/en/timex/dates.rules. The tagger is immutable after Load and safe
// to share between threads.
#ifndef NEWSEVENTS_TIMEX_TIMEX_H_
#define NEWSEVENTS_TIMEX_TIMEX_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "newsevents/record.h"
#include "newsevents/status.h"

namespace newsevents {

class TimexTagger {
 public:
  ~TimexTagger();
  TimexTagger(const TimexTagger&) = delete;
  TimexTagger& operator=(const TimexTagger&) = delete;

  // Loads and compiles every file in `dir` (lexicons/en/timex). Bad files give
  // a Status whose where() is "file:line:col".
  static Status Load(const std::string& dir, std::unique_ptr<TimexTagger>* out);

  // Finds and normalises the time expressions of `text`. `dct` is the
  // publication date "YYYY-MM-DD" or "" when unknown (then relative
  // expressions get underspecified values, e.g. XXXX-07 or a
  // FUTURE_REF/PAST_REF). Thread-safe (const), no global state. Results sorted
  // by start, non-overlapping.
  std::vector<Timex> Tag(std::string_view text, std::string_view dct) const;

 private:
  struct Impl;
  TimexTagger();
  std::unique_ptr<Impl> impl_;
};

}  // namespace newsevents

#endif  // NEWSEVENTS_TIMEX_TIMEX_H_
