// Stance cues over tokens; see reactions/stance.h.
#include "reactions/stance.h"

#include "reactions/stance_words.h"

namespace newsevents {

Status StanceCues::Load(const std::string& dir) {
  const std::string w = dir + "/words/", st = dir + "/stance/";
  struct Item { WordList* list; const char* file; };
  const Item items[] = {{&blockers_, "stance_blockers.txt"},
                        {&cancellers_, "stance_cancellers.txt"},
                        {&warning_calls_, "warning_calls.txt"},
                        {&feelings_, "feeling_cues.txt"},
                        {&possessives_, "possessive_determiners.txt"},
                        {&male_, "male_pronouns.txt"},
                        {&female_, "female_pronouns.txt"},
                        {&ngo_nouns_, "ngo_nouns.txt"},
                        {&excluded_heads_, "ngo_excluded_heads.txt"},
                        {&union_heads_, "union_heads.txt"},
                        {&addressees_, "private_addressees.txt"},
                        {&determiners_, "determiners.txt"},
                        {&be_forms_, "be_forms.txt"},
                        {&passives_, "passive_cues.txt"},
                        {&agent_preps_, "agent_prepositions.txt"},
                        {&naming_adjectives_, "naming_adjectives.txt"}};
  for (const Item& it : items) {
    Status s = it.list->Load(w + it.file);
    if (!s.ok()) return s;
  }
  // The stance lexicon: lemmas whose forms are generated
  // (reactions/stance_words.h).
  WordList prepositions;
  Status s = prepositions.Load(w + "object_prepositions.txt");
  if (!s.ok()) return s;
  IrregularVerbs irregular;
  s = LoadIrregularVerbs(st + "irregular_verbs.txt", &irregular);
  if (!s.ok()) return s;
  const Item stances[] = {{&lists_[kOppose], "oppose.txt"},
                          {&lists_[kSupport], "support.txt"},
                          {&lists_[kConcern], "concern.txt"},
                          {&lists_[kUrge], "urge.txt"},
                          {&warn_verbs_, "warning_verbs.txt"}};
  for (const Item& it : stances) {
    std::vector<std::string> forms;
    s = LoadStanceWords(st + it.file, irregular, prepositions, it.list, &forms);
    if (!s.ok()) return s;
    for (const std::string& f : forms) {
      const std::string first = f.substr(0, f.find(' '));
      if (first.size() > 4 && first.compare(first.size() - 3, 3, "ing") == 0)
        participles_.Add(first);
    }
  }
  return Status::Ok();
}

int StanceCues::CueAt(const std::vector<QToken>& toks, int k, int end) const {
  for (const WordList& l : lists_) {
    const int len = l.MatchAt(toks, k, end);
    if (len > 0) return len;
  }
  return 0;
}

void StanceCues::Scan(const StanceDoc& doc, int a, int b, bool skip_direct,
                      bool passive_agent, std::vector<StanceHit>* hits) const {
  const std::vector<QToken>& toks = *doc.toks;
  const std::vector<char>& in_org = *doc.in_org;
  const int n = static_cast<int>(toks.size());
  // True when the cue at [k, last] is someone else's or no stance at all.
  auto not_a_stance = [&](int k, int last) {
    // "ABC's TV show Scandal": a capitalised cue after a word in lower case
    // is part of a name.
    if (toks[k].cap() && k > 0 && toks[k - 1].word() && !toks[k - 1].cap())
      return true;
    // "a request by USAir Group", "reviewing a request from the Soviet
    // Union": the agent's (agent_prepositions.txt), unless a feeling's
    // cause follows ("alarmed by the decision").
    if (!passive_agent && last + 1 < n && agent_preps_.Has(toks[last + 1].key) &&
        feelings_.MatchAt(toks, k, last + 1) != last + 1 - k)
      return true;
    // "China's demands", "his support for", "whose support": the
    // possessor's ("the union's demands", "Amnesty's criticism" stay).
    if (k >= 2 && toks[k - 1].key == FoldKey("'s") && !in_org[k - 2] &&
        ngo_nouns_.MatchAt(toks, k - 2, k - 1) == 0 &&
        !excluded_heads_.Has(toks[k - 2].key) &&
        !union_heads_.Has(toks[k - 2].key))
      return true;
    // "whose own support": the possessor is before "own".
    const int pk = k >= 2 && toks[k - 1].key == FoldKey("own") ? k - 1 : k;
    const uint64_t p = pk >= 1 ? toks[pk - 1].key : 0;
    if (pk >= 1 && ((possessives_.Has(p) && (male_.Has(p) || female_.Has(p))) ||
                   p == FoldKey("whose")))
      return true;
    // "the support of the Commission", "The fear is greater": a noun that
    // names a thing, unless the organisation is its agent ("the criticism
    // by Amnesty").
    if (k >= 1 && p == FoldKey("the") && !passive_agent) return true;
    // "the major fears", "The current fears": past one adjective of
    // naming_adjectives.txt.
    if (k >= 2 && naming_adjectives_.Has(toks[k - 1].key) &&
        toks[k - 2].key == FoldKey("the") && !passive_agent)
      return true;
    // "confident the tax would be rejected": a passive without its agent
    // is no stance of its subject.
    if (!passive_agent && k >= 1 && be_forms_.Has(toks[k - 1].key) &&
        last == k && passives_.Has(toks[k].key))
      return true;
    // "Peace Now, the Israeli peace organization supporting the peace
    // process": a participle after an NGO noun describes what the group is,
    // not how it reacts.
    if (k >= 1 && participles_.Has(toks[k].key)) {
      for (int j = std::max(0, k - 3); j < k; ++j)
        if (ngo_nouns_.MatchAt(toks, j, k) == k - j) return true;
    }
    // "does not support", "whether to endorse": no stance taken.
    const int e2 = k > 0 && toks[k - 1].key == FoldKey("to") ? k - 1 : k;
    for (int e : {k, e2})
      for (int len = 1; len <= 2 && e - len >= 0; ++len)
        if (cancellers_.MatchAt(toks, e - len, e) == len) return true;
    return false;
  };
  for (int k = a; k < b; ++k) {
    if (!toks[k].word() || (skip_direct && (*doc.in_direct)[k])) continue;
    const int blocked = blockers_.MatchAt(toks, k, b);
    if (blocked > 0) {
      k += blocked - 1;
      continue;
    }
    for (int s = 0; s < 4; ++s) {
      const int len = lists_[s].MatchAt(toks, k, b);
      if (len == 0) continue;
      const int last = k + len - 1;
      if (!not_a_stance(k, last)) {
        // "warns Israel against torture": a warning that tells its object
        // what not to do is a call.
        int stance = s;
        if (s == kConcern && warn_verbs_.MatchAt(toks, k, b) > 0) {
          for (int j = last + 1; j < b && j <= last + 5 && toks[j].word(); ++j)
            if (warning_calls_.MatchAt(toks, j, b) > 0) stance = kUrge;
        }
        // "press companies to boycott", "urged shareholders not to sign":
        // a call on private addressees (private_addressees.txt) is no
        // stance on a state's act, and what it calls for is not read.
        if (stance == kUrge) {
          for (int j = last + 1; j < b && j <= last + 3; ++j) {
            if (addressees_.MatchAt(toks, j, b) > 0) return;
            if (!(toks[j].cap() || possessives_.Has(toks[j].key) ||
                  determiners_.Has(toks[j].key)))
              break;
          }
        }
        hits->push_back({stance, k, last});
        if (stance == kUrge) return;
      }
      k = last;
      break;
    }
  }
}

}  // namespace newsevents
