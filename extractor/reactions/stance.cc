// Stance cues over tokens; see reactions/stance.h.
#include "reactions/stance.h"

namespace newsevents {

Status StanceCues::Load(const std::string& w) {
  struct Item { WordList* list; const char* file; };
  const Item items[] = {{&lists_[kOppose], "stance_oppose.txt"},
                        {&lists_[kSupport], "stance_support.txt"},
                        {&lists_[kConcern], "stance_concern.txt"},
                        {&lists_[kUrge], "stance_urge.txt"},
                        {&blockers_, "stance_blockers.txt"},
                        {&cancellers_, "stance_cancellers.txt"},
                        {&warn_verbs_, "warn_verbs.txt"},
                        {&warning_calls_, "warning_calls.txt"},
                        {&feelings_, "feeling_cues.txt"},
                        {&possessives_, "possessive_determiners.txt"},
                        {&male_, "male_pronouns.txt"},
                        {&female_, "female_pronouns.txt"},
                        {&ngo_nouns_, "ngo_nouns.txt"},
                        {&excluded_heads_, "ngo_excluded_heads.txt"},
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
        !excluded_heads_.Has(toks[k - 2].key))
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
