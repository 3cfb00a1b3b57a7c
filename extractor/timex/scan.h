// The trigger pass of the timex tagger: one linear walk over the text that
// finds the words every time expression must contain (month and weekday
// names, units, day words, "now", 4-digit years, clock times, ...) and, for
// each, the run of words just before it that a rule may start with ("the
// very end of the last", "nearly six"). Rules then run only at those word
// starts. Internal to timex*.cc.
//
// Which words trigger is data: `trigger` lines of lexicons/en/timex/*.rules.
// Which words may lead up to a trigger is derived from the rules: every word
// of a word table and every literal word of a pattern.
#ifndef NEWSEVENTS_TIMEX_SCAN_H_
#define NEWSEVENTS_TIMEX_SCAN_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "timex/rules.h"

namespace newsevents {

// An open-addressing hash set of words with flags. Keys are lower-case
// ASCII, except in the set of case-sensitive forms.
class TimexWords {
 public:
  static constexpr uint8_t kTrigger = 1;  // a timex contains one
  static constexpr uint8_t kLead = 2;     // may come before a trigger
  static constexpr uint8_t kExact = 4;    // a trigger only as written (May)
  static constexpr size_t kMaxWord = 24;  // longer words are never looked up

  void Add(std::string_view word, uint8_t flags);
  // `word` is lower-cased unless this is a set of case-sensitive forms;
  // returns 0 when absent.
  uint8_t Find(const char* word, size_t n) const;
  // Whether some trigger word starts with the letters `a` `b` (any case;
  // b = 0 for one letter) and is `n` long: a cheap test before the lookup.
  bool MayTrigger(unsigned char a, unsigned char b, size_t n) const {
    return n <= kMaxWord && (shape_[(a & 31) * 32 + (b & 31)] >> n) & 1;
  }
  size_t size() const { return count_; }

 private:
  struct Slot {
    uint64_t hash = 0;
    uint8_t len = 0, flags = 0;
    char word[kMaxWord];
  };
  void Grow();
  std::vector<Slot> slots_;
  size_t count_ = 0;
  // By the first two letters: bit n = a trigger of length n.
  uint32_t shape_[32 * 32] = {};
};

// All the words the scan looks up.
struct TimexLexicon {
  TimexWords words;  // lower-case: triggers and lead words
  TimexWords exact;  // case-sensitive trigger forms (May, MAR)
};

// Fills `lexicon` from the grammar: the `trigger` entries (words and
// {TABLE}s, a table contributing the last word of each entry, case-sensitive
// where the table says `exact`) and every word that may lead up to one.
// Returns false with *error when a trigger table is unknown.
bool BuildTimexLexicon(const TimexGrammar& grammar, TimexLexicon* lexicon,
                       std::string* error);

// Walks `text` once, left to right, looking only for triggers. Each call of
// Next reports one trigger and the word starts a timex containing it could
// begin at: the lead words just before it, walking back (left to right, none
// at or before the `Restart` point, the trigger's own start last).
class TimexTriggerScan {
 public:
  TimexTriggerScan(const TimexLexicon& lexicon, std::string_view text)
      : lex_(lexicon), text_(text) {}
  bool Next(std::vector<int>* starts);
  // Continues from `from` (the end of an accepted timex); no start before it.
  void Restart(size_t from) { pos_ = floor_ = from; }
  // The end of the run of timex words from `start` on: a rule match that
  // begins at `start` ends before it.
  size_t RunEnd(size_t start) const;

 private:
  bool IsTrigger(size_t b, size_t e) const;
  bool IsLead(size_t b, size_t e) const;
  const TimexLexicon& lex_;
  std::string_view text_;
  size_t pos_ = 0, floor_ = 0;
};

}  // namespace newsevents

#endif  // NEWSEVENTS_TIMEX_SCAN_H_
