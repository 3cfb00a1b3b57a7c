// FirmCues: which organisation names a text treats as a firm's, a party's
// or a think tank's, not an NGO's.
//
//   FirmCues firms;
//   Status s = firms.Load("lexicons/en/words/");
//   bool firm = firms.IsFirm(toks, "Revlon Group");
//
// Business news names firms as advocacy groups are named ("USAir Group",
// "Allegheny International"); the text tells them apart where some mention
// of the name is followed by a firm's suffix or a word only a firm or a
// party takes (firm_suffixes.txt: "Allegheny International Inc", "Jefferies
// Group stock", "REVLON <REV>", "the National Front party"), also past a
// parenthesis or the rest of a longer capitalised name ("York International
// (Cyprus) Ltd", "China International Investment and Trust Corporation"),
// or follows a word of what is done to firms and a preposition
// (firm_lead_ins.txt, lead_in_prepositions.txt: "take control of USAir"),
// or Reuters' bracket before a firm's name ("<Charterhouse Group
// International>"), or an apposition says what it is
// (non_ngo_appositives.txt: "the Roosevelt Institute, a progressive think
// tank", "Andover Group, a two-man general partnership"; its words end at a
// preposition of object_prepositions.txt); a bracket that holds the name's initials holds an
// acronym, no ticker ("The United Auto Workers <UAW> union"). A name of several words is also
// looked for without its last word ("Revlon" of "Revlon Group"), but then
// only right before a suffix or after a lead-in.
// Immutable after Load; IsFirm is const and thread-safe.
#ifndef NEWSEVENTS_REACTIONS_FIRMS_H_
#define NEWSEVENTS_REACTIONS_FIRMS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "newsevents/status.h"
#include "speaker/speaker.h"

namespace newsevents {

class FirmCues {
 public:
  // Loads the word lists from `words_dir` (ending in '/'); a bad file gives
  // a Status whose where() is "file:line:col".
  Status Load(const std::string& words_dir);

  // True when some mention of `name` in `toks` marks it as a firm's or a
  // party's.
  bool IsFirm(const std::vector<QToken>& toks, std::string_view name) const;

 private:
  // True when the name of `len` tokens at token `i` is marked so; with
  // `exact`, only a suffix right after it counts. `initials` is the key of
  // the name's initials ("uaw").
  bool MarkedAt(const std::vector<QToken>& toks, int i, int len,
                uint64_t initials, bool exact) const;

  WordList suffixes_;      // firm_suffixes.txt: Inc, Corp, stock, party
  WordList lead_ins_;      // firm_lead_ins.txt: takeover, control, <
  WordList prepositions_;  // lead_in_prepositions.txt: of, in, with, for
  WordList joiners_;       // name_joiners.txt: and, &
  WordList appositives_;   // non_ngo_appositives.txt: think tank, firm
  WordList determiners_;   // determiners.txt: a, the
  WordList object_preps_;  // object_prepositions.txt: of, for
};

}  // namespace newsevents

#endif  // NEWSEVENTS_REACTIONS_FIRMS_H_
