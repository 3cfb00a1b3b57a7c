// StanceCues: which words of a sentence give an organisation's stance.
//
//   StanceCues cues;
//   Status s = cues.Load("lexicons/en");
//   std::vector<StanceHit> hits;
//   cues.Scan(doc, a, b, /*passive_agent=*/false, &hits);
//
// A capitalised cue after a word in lower case is part of a name ("ABC's
// TV show Scandal"). The cue words are data: lemmas grouped by stance in
// lexicons/en/stance/*.txt, whose inflections and British and US spellings
// are generated (reactions/stance_words.h, reactions/inflect.h). So are
// the words that change what a cue means: stance_blockers.txt ("press
// conference", "support prices": no cue), stance_cancellers.txt ("does not
// support", "whether to endorse": no stance), stance/warning_verbs.txt with
// warning_calls.txt ("warns Israel against": a call), feeling_cues.txt
// ("alarmed by the decision": "by" names the cause). A cue followed by "by"
// or "from" (agent_prepositions.txt) is otherwise the agent's ("a request
// by USAir Group", "a request from the Soviet Union"), and a cue after
// another's possessive is the possessor's ("China's demands", "her
// support"). reactions/clauses.cc and reactions/spokespeople.cc decide
// whose stance a scanned region gives.
// Immutable after Load; Scan is const and thread-safe.
#ifndef NEWSEVENTS_REACTIONS_STANCE_H_
#define NEWSEVENTS_REACTIONS_STANCE_H_

#include <string>
#include <vector>

#include "newsevents/status.h"
#include "speaker/speaker.h"

namespace newsevents {

// Stances in the order of the output's names: oppose, support, concern,
// urge.
enum Stance { kOppose = 0, kSupport = 1, kConcern = 2, kUrge = 3 };

// A cue word or phrase: its stance and tokens [first, last].
struct StanceHit {
  int stance;
  int first, last;
};

// What a scan reads of one document besides the word lists.
struct StanceDoc {
  const std::vector<QToken>* toks;
  const std::vector<char>* in_direct;  // tokens inside direct quotes
  const std::vector<char>* in_org;     // tokens of NGO mentions
};

class StanceCues {
 public:
  // Loads the stance lexicon from `lexicon_dir`/stance (lemmas whose forms
  // are generated: reactions/stance_words.h) and the word lists from
  // `lexicon_dir`/words; a bad file gives a Status whose where() is
  // "file:line:col".
  Status Load(const std::string& lexicon_dir);

  // Length in tokens of the stance cue that starts at token k (not past
  // `end`), or 0.
  int CueAt(const std::vector<QToken>& toks, int k, int end) const;

  // Appends the stances of tokens [a, b) to `hits`. A call ends the scan:
  // what follows is what it calls for ("demanded a probe into ... groups
  // opposed to"). With `skip_direct`, the words of direct quotes are not
  // read. With `passive_agent`, the organisation is the agent after the
  // region ("criticised by Amnesty"), so a cue before "by" counts.
  void Scan(const StanceDoc& doc, int a, int b, bool skip_direct,
            bool passive_agent, std::vector<StanceHit>* hits) const;

 private:
  WordList lists_[4];       // stance/oppose, support, concern, urge.txt
  WordList blockers_;       // stance_blockers.txt
  WordList cancellers_;     // stance_cancellers.txt
  WordList warn_verbs_;     // stance/warning_verbs.txt
  WordList participles_;    // the -ing forms of the stance lists
  WordList warning_calls_;  // warning_calls.txt
  WordList feelings_;       // feeling_cues.txt
  WordList possessives_;    // possessive_determiners.txt
  WordList male_, female_;  // male_pronouns.txt, female_pronouns.txt
  WordList ngo_nouns_;      // ngo_nouns.txt
  WordList excluded_heads_; // ngo_excluded_heads.txt
  WordList union_heads_;    // union_heads.txt: "the union's demands"
  WordList addressees_;     // private_addressees.txt: companies, people
  WordList determiners_;    // determiners.txt: the, its
  WordList be_forms_;       // be_forms.txt: be, was
  WordList passives_;       // passive_cues.txt: rejected, sued
  WordList agent_preps_;    // agent_prepositions.txt: by, from
  WordList naming_adjectives_;  // naming_adjectives.txt: current, major
};

}  // namespace newsevents

#endif  // NEWSEVENTS_REACTIONS_STANCE_H_
