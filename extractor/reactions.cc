// Reactions of NGOs to events, and officials of events; see reactions.h.
// Over 500 lines: Find is one pass whose stages (NGO mentions, stances of
// clauses and quotes, one reaction per stance) share per-document token
// arrays; stance cues are in reactions_stance.cc, event links in
// reactions_link.cc, officials in reactions_officials.cc.
#include "reactions.h"

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <map>

#include "reactions_link.h"

namespace newsevents {
namespace {

// Output names of the Stance values.
const char* const kStances[] = {"oppose", "support", "concern", "urge"};

// Tokens that may stand between a speaker and the NGO of its apposition
// ("Jody Williams, co-winner of the Nobel Peace Prize for her six year
// crusade with the International Campaign to Ban Landmines").
constexpr int kMaxAppositionTokens = 20;

// Tokens that may stand between an NGO and the reporting verb of its
// report ("the All Burma Students Democratic Front, an exiles group,
// said").
constexpr int kMaxReportGap = 8;

// Tokens a stance may stand before the NGO that is its agent ("condemned
// on Tuesday by Amnesty"); a cue further back ("Calling for a switch to
// other crops, Agriculture Minister Moven Mahachi said ... maize bought by
// the GMB") is another's.
constexpr int kMaxAgentGap = 12;

struct OrgMention {
  int a = 0, b = 0;  // tokens
  std::string name, kind;
  int sent = 0;
};

}  // namespace

Status ReactionFinder::Load(const std::string& dir,
                            std::unique_ptr<ReactionFinder>* out) {
  std::unique_ptr<ReactionFinder> rf(new ReactionFinder());
  Status s = rf->lex_.Load(dir);
  if (!s.ok()) return s;
  const std::string w = dir + "/words/";
  struct Item { WordList* list; const char* file; };
  s = rf->cues_.Load(w);
  if (!s.ok()) return s;
  s = rf->firms_.Load(w);
  if (!s.ok()) return s;
  const Item items[] = {{&rf->excluded_heads_, "ngo_excluded_heads.txt"},
                        {&rf->possessives_, "possessive_determiners.txt"},
                        {&rf->event_nouns_, "date_anaphora.txt"},
                        {&rf->body_heads_, "body_heads.txt"},
                        {&rf->body_owners_, "body_owners.txt"},
                        {&rf->hearer_verbs_, "hearer_verbs.txt"},
                        {&rf->object_preps_, "object_prepositions.txt"},
                        {&rf->whole_preps_, "whole_prepositions.txt"},
                        {&rf->repression_, "repression_verbs.txt"},
                        {&rf->person_relatives_, "person_relatives.txt"}};
  for (const Item& it : items) {
    s = it.list->Load(w + it.file);
    if (!s.ok()) return s;
  }
  for (const char* type : {"negotiate", "sign", "ratify", "join",
                           "enter_into_force", "withdraw", "suspend",
                           "resume", "violate", "extend", "terminate",
                           "reject"}) {
    const std::string path = w + type + "_triggers.txt";
    if (!std::ifstream(path)) continue;
    rf->triggers_.emplace_back(type, WordList());
    s = rf->triggers_.back().second.Load(path);
    if (!s.ok()) return s;
  }
  *out = std::move(rf);
  return Status::Ok();
}

std::vector<Reaction> ReactionFinder::Find(
    std::string_view text, const std::vector<Mention>& sentences,
    const std::vector<EntityMention>& entities,
    const std::vector<Quote>& quotes, std::vector<Event>* events) const {
  std::vector<Reaction> out;
  std::vector<QToken> toks = ScanTokens(text, &lex_.abbreviations);
  const int n = static_cast<int>(toks.size());
  if (n == 0) return out;
  std::vector<int> sent_of(n, 0);
  {
    size_t s = 0;
    for (int i = 0; i < n; ++i) {
      while (s + 1 < sentences.size() && sentences[s].end <= toks[i].start)
        ++s;
      sent_of[i] = static_cast<int>(s);
    }
  }
  SpeakerResolver res(text, toks, entities, lex_);
  const std::vector<Referent>& refs = res.referents();

  auto is_ngo_name = [&](const std::string& name, const std::string& kind) {
    if (kind == "ngo") return true;
    if (kind != "organisation") return false;
    std::vector<QToken> nt = ScanTokens(name, nullptr);
    for (const QToken& t : nt)
      if (excluded_heads_.Has(t.key)) return false;
    return nt.size() >= 2;
  };

  // True when a stance cue word starts at token k.
  auto is_cue = [&](int k) { return cues_.CueAt(toks, k, n) > 0; };

  // True when token k is a common noun after a name, as far as the word
  // lists tell: not a verb, cue, auxiliary, function word or NGO noun, and
  // no past tense.
  auto modifies_noun = [&](int k) {
    const QToken& t = toks[k];
    if (!t.word() || t.cap() || lex_.verbs.MatchAt(toks, k, n) > 0 ||
        is_cue(k) || lex_.aux.Has(t.key) || lex_.function_words.Has(t.key) ||
        lex_.ngo_nouns.MatchAt(toks, k, n) > 0)
      return false;
    const std::string_view w = text.substr(t.start, t.end - t.start);
    return !(w.size() > 3 && w.substr(w.size() - 2) == "ed");
  };

  // True when the sentence of token k is set in title case, as headlines
  // are ("Top Climate Group Will Run Ads Demanding ..."): there a run of
  // capitals is no evidence of a name.
  auto title_case = [&](int k) {
    int lo = k, hi = k;
    while (lo > 0 && sent_of[lo - 1] == sent_of[k]) --lo;
    while (hi + 1 < n && sent_of[hi + 1] == sent_of[k]) ++hi;
    int words = 0, caps = 0;
    for (int j = lo; j <= hi; ++j) {
      if (!toks[j].word() || toks[j].end - toks[j].start < 4) continue;
      ++words;
      caps += toks[j].cap() ? 1 : 0;
    }
    return words >= 4 && caps * 5 >= words * 4;
  };

  // Tokens of IGO mentions ("the IMF's Interim Committee").
  std::vector<char> in_igo(n, 0);
  for (const EntityMention& e : entities) {
    if (e.kind != "igo") continue;
    for (int k = res.TokenAt(e.mention.start);
         k < n && toks[k].end <= e.mention.end; ++k)
      in_igo[k] = 1;
  }
  // Tokens that start another actor's clause: a state, organ, IGO or
  // person whose mention an auxiliary or a stance cue follows ("The ASA is
  // confident the U.S. Congress will support its trade complaint": the
  // support is Congress's).
  std::vector<char> other_subject(n, 0);
  for (const EntityMention& e : entities) {
    if (!(e.kind == "state" || e.kind == "organ" || e.kind == "igo" ||
          e.kind == "person"))
      continue;
    const int k = res.TokenAt(e.mention.start);
    int after = k;
    while (after < n && toks[after].start < e.mention.end) ++after;
    if (k < n && after < n &&
        (lex_.aux.Has(toks[after].key) || is_cue(after)))
      other_subject[k] = 1;
  }
  // True when the organisation named `name` at tokens [a, b] is a committee
  // or council of a legislature, a government, a party or an IGO: a word of
  // body_owners.txt or an IGO is in its name or just before it ("the Senate
  // Finance Committee", "the House Ways and Means Committee", "the RNC",
  // "the IMF's Interim Committee").
  auto state_body = [&](int a, int b, const std::string& name) {
    std::vector<QToken> nt = ScanTokens(name, nullptr);
    const int nn = static_cast<int>(nt.size());
    bool head = false;
    for (int k = a; k <= b; ++k) head |= body_heads_.Has(toks[k].key);
    for (const QToken& t : nt) head |= body_heads_.Has(t.key);
    if (!head) return false;
    for (int k = 0; k < nn; ++k)
      if (body_owners_.MatchAt(nt, k, nn) > 0) return true;
    int lo = a;
    for (int k = a - 1; k >= 0 && k >= a - 5 && sent_of[k] == sent_of[a];
         --k) {
      const QToken& t = toks[k];
      if (!(t.cap() || t.key == FoldKey("and") || t.key == FoldKey("'s") ||
            t.key == FoldKey("&")))
        break;
      lo = k;
    }
    for (int k = lo; k <= b; ++k)
      if (body_owners_.MatchAt(toks, k, b + 1) > 0 || in_igo[k]) return true;
    return false;
  };

  // NGO mentions: gazetteer entities, introduced names, "the organization".
  std::vector<OrgMention> orgs;
  std::vector<std::string> not_ngo;  // names seen as parts of universities
  std::map<std::string, bool> firm;   // names the text treats as firms'
  for (int i = 0; i < n; ++i) {
    int end = -1;
    std::string name, kind;
    int r = res.OrgAt(i);
    if (r >= 0 && (i == 0 || res.OrgAt(i - 1) != r)) {
      end = i;
      while (end + 1 < n && res.OrgAt(end + 1) == r) ++end;
      if (res.IsNameToken(i)) {
        int run = std::max(end + 1, 0);
        for (int k = i; k < n && res.IsNameToken(k); ++k) run = k + 1;
        end = std::max(end, run - 1);
      }
      name = refs[r].who.name;
      kind = refs[r].entity_kind.empty() || refs[r].entity_kind == "ngo"
                 ? refs[r].who.kind : refs[r].entity_kind;
    } else if (r < 0 && toks[i].word() && !toks[i].cap() &&
               lex_.ngo_nouns.MatchAt(toks, i, n) > 0 && i > 0 &&
               toks[i - 1].key == FoldKey("the")) {
      int len = lex_.ngo_nouns.MatchAt(toks, i, n);
      if (i + len < n && res.IsNameToken(i + len)) continue;  // introduces
      int best = -1;
      // "the group" after OPEC is OPEC: an IGO, no NGO; likewise a think
      // tank.
      auto not_ngo_kind = [&](size_t k) {
        return refs[k].entity_kind == "igo" ||
               refs[k].entity_kind == "organisation";
      };
      for (size_t k = 0; k < refs.size(); ++k) {
        if (refs[k].org && refs[k].tok < i &&
            (is_ngo_name(refs[k].who.name, refs[k].who.kind) ||
             not_ngo_kind(k)) &&
            (best < 0 || refs[k].last_seen >= refs[best].last_seen ||
             refs[k].tok > refs[best].tok))
          best = static_cast<int>(k);
      }
      // "The group, led by committee chairman Patrick Leahy" after "the
      // Senate Agriculture Committee" is that committee: no NGO.
      if (best < 0 || not_ngo_kind(best) ||
          state_body(refs[best].tok, refs[best].tok, refs[best].who.name))
        continue;
      end = i + len - 1;
      name = refs[best].who.name;
      kind = refs[best].who.kind;
    } else {
      continue;
    }
    // The mention spans the whole name where the text spells it out.
    {
      std::vector<QToken> nt = ScanTokens(name, nullptr);
      const int len = static_cast<int>(nt.size());
      bool spelled = i + len <= n && len > end - i + 1;
      for (int k = 0; spelled && k < len; ++k)
        spelled = toks[i + k].key == nt[k].key;
      if (spelled) end = i + len - 1;
      // "Trump" is not the Trump Organization: one word of an introduced
      // organisation's longer name names someone else.
      if (r >= 0 && refs[r].entity_kind.empty() && end == i && len > 1 &&
          toks[i].key != refs[r].alias_key) {
        continue;
      }
    }
    // The gazetteer's name wins over the run the text gives ("the
    // Indonesia-based Center for ...", "Amnesty International Warns Israel"
    // in a headline); an IGO is no NGO.
    for (const EntityMention& e : entities) {
      if (!(e.kind == "ngo" || e.kind == "igo") ||
          !(e.mention.start < toks[end].end && toks[i].start < e.mention.end))
        continue;
      name = e.name;
      kind = e.kind;
      if (e.mention.start <= toks[i].start)
        while (end > i && toks[end].end > e.mention.end) --end;
      break;
    }
    // A think tank (gazetteer kind organisation) is no NGO, nor is a
    // committee or council of a legislature, party or IGO (below).
    if (!is_ngo_name(name, kind) ||
        (r >= 0 && refs[r].entity_kind == "organisation")) {
      i = end;
      continue;
    }
    // "amnesty for illegal immigrants": a name written in lower case is the
    // common word.
    if (r >= 0 && toks[i].word() && !toks[i].cap()) {
      std::vector<QToken> nt = ScanTokens(name, nullptr);
      if (!nt.empty() && nt[0].key == toks[i].key) {
        i = end;
        continue;
      }
    }
    // An organisation only a title-case headline seems to introduce is none.
    if (r >= 0 && refs[r].entity_kind.empty() && title_case(i)) {
      i = end;
      continue;
    }
    if (state_body(i, end, name)) {
      i = end;
      continue;
    }
    // "USAir Group" where the text takes control of USAir, "Allegheny
    // International Inc", "the National Front party": a firm or a party.
    {
      auto it = firm.find(name);
      if (it == firm.end())
        it = firm.emplace(name, firms_.IsFirm(toks, name)).first;
      if (it->second) {
        i = end;
        continue;
      }
    }
    // "the Institute of Central Asian Studies at Lanzhou University": a
    // department of a university or the like is no NGO.
    if (end + 2 < n && toks[end + 1].key == FoldKey("at")) {
      bool part = false;
      for (int k = end + 2; k < n && (res.IsNameToken(k) ||
                                      lex_.determiners.Has(toks[k].key));
           ++k)
        part |= excluded_heads_.Has(toks[k].key);
      if (part) {
        not_ngo.push_back(name);
        i = end;
        continue;
      }
    }
    // "Trump's AIPAC appearance", "his AIPAC speech": a name that modifies
    // a noun is not the one who speaks or acts ("Israel's Peace Now
    // movement", "Britain's Refugee Council has said" are).
    if (i > 0 && end + 1 < n &&
        (toks[i - 1].key == FoldKey("'s") ||
         possessives_.Has(toks[i - 1].key)) &&
        modifies_noun(end + 1)) {
      i = end;
      continue;
    }
    if (end + 3 < n && toks[end + 1].key == FoldKey("(") &&
        toks[end + 3].key == FoldKey(")"))
      end += 3;
    OrgMention m;
    m.a = i;
    m.b = end;
    m.name = name;
    m.kind = "ngo";
    m.sent = sent_of[i];
    orgs.push_back(m);
    i = end;
  }

  std::vector<char> in_org(n, 0);  // tokens of NGO mentions
  for (const OrgMention& m : orgs)
    for (int k = m.a; k <= m.b; ++k) in_org[k] = 1;

  // Stances in tokens [a, b). The words of direct quotes are read only as
  // the quote's own (below).
  using Hit = StanceHit;
  std::vector<char> in_direct(n, 0);
  for (const Quote& q : quotes) {
    if (q.kind != "direct") continue;
    for (int k = res.TokenAt(q.mention.start);
         k < n && toks[k].end <= q.mention.end; ++k)
      in_direct[k] = 1;
  }
  const StanceDoc stance_doc{&toks, &in_direct, &in_org};
  auto scan = [&](int a, int b, std::vector<Hit>* hits,
                  bool skip_direct = false, bool passive_agent = false) {
    cues_.Scan(stance_doc, a, b, skip_direct, passive_agent, hits);
  };

  struct Found {
    std::string org;
    int stance;
    int first, last;
    int sent;
    bool quoted = false;  // from the words of a direct quote
  };
  std::vector<Found> found;
  std::vector<int> region_end(orgs.size(), -1);
  // True when only "and", commas, determiners and NGO nouns stand in tokens
  // [a, b): "Amnesty and the rights group HRW".
  auto coordinated = [&](int a, int b) {
    for (int k = a; k < b; ++k) {
      const QToken& t = toks[k];
      if (!(t.key == FoldKey("and") || t.key == FoldKey(",") ||
            t.key == FoldKey("both") || lex_.determiners.Has(t.key) ||
            lex_.ngo_nouns.MatchAt(toks, k, b) > 0 ||
            (t.word() && !t.cap() && k + 1 < b &&
             lex_.ngo_nouns.MatchAt(toks, k + 1, b) > 0)))
        return false;
    }
    return true;
  };
  // True when the stance of orgs[m] comes before it: "condemned by (rights
  // watchdog) Amnesty", "by the media watchdog, Reporters Without Borders",
  // "..., as have Amnesty".
  auto passive_back = [&](size_t m) {
    const OrgMention& o = orgs[m];
    int sent_lo = o.a;
    while (sent_lo > 0 && sent_of[sent_lo - 1] == o.sent) --sent_lo;
    for (int k = std::max(sent_lo, o.a - 6); k < o.a; ++k) {
      if (toks[k].key == FoldKey("by")) {
        bool mods = true;
        // "by some in the movement": the agent is someone else.
        for (int m2 = k + 1; m2 < o.a; ++m2)
          if (!(toks[m2].word() && !toks[m2].cap() &&
                toks[m2].key != FoldKey("in") &&
                toks[m2].key != FoldKey("that") &&
                toks[m2].key != FoldKey("which") &&
                toks[m2].key != FoldKey("among")) &&
              !(m2 == o.a - 1 && m2 > k + 1 && toks[m2].key == FoldKey(",")))
            mods = false;
        if (mods) return true;
      }
      if (toks[k].key == FoldKey("as") && k + 1 < o.a &&
          (toks[k + 1].key == FoldKey("have") ||
           toks[k + 1].key == FoldKey("has") ||
           toks[k + 1].key == FoldKey("did")))
        return true;
    }
    return false;
  };
  for (size_t m = orgs.size(); m-- > 0;) {
    const OrgMention& o = orgs[m];
    int s = o.sent;
    int sent_end = o.b + 1;
    while (sent_end < n && sent_of[sent_end] == s) ++sent_end;
    int a = o.b + 1, b = sent_end;
    if (m + 1 < orgs.size() && orgs[m + 1].sent == s) {
      b = orgs[m + 1].a;
      // Coordinated subjects share the next one's clause.
      if (coordinated(a, b)) {
        a = orgs[m + 1].b + 1;
        b = region_end[m + 1] >= 0 ? region_end[m + 1] : sent_end;
      }
    }
    b = std::min(b, a + 30);
    int before = o.a - 1;
    int sent_lo = o.a;
    while (sent_lo > 0 && sent_of[sent_lo - 1] == s) --sent_lo;
    // "speaking to the National Association of Manufacturers": the object
    // of a preposition (object_prepositions.txt), also past determiners
    // where the name is no possessor ("to the group's request") and the
    // preposition is not one of whole_prepositions.txt ("members of the
    // United Food and Commercial Workers": the whole acts).
    int prep = before;
    if (!(o.b + 1 < n && toks[o.b + 1].key == FoldKey("'s")))
      while (prep > sent_lo && lex_.determiners.Has(toks[prep].key)) --prep;
    if (prep != before && prep >= 0 && whole_preps_.Has(toks[prep].key))
      prep = before;
    bool object = prep >= 0 && toks[prep].word() && !toks[prep].cap() &&
                  object_preps_.Has(toks[prep].key);
    // "Dole told the National Corn Growers Association that ...": the
    // organisation is spoken to. "who co-founded the United Farm Workers":
    // the object of a verb in the past (not "said the group", "added
    // Amnesty", where it speaks) takes no stance.
    {
      int h = before;
      while (h > sent_lo && lex_.determiners.Has(toks[h].key)) --h;
      if (h >= sent_lo && h < o.a && toks[h].word() && !toks[h].cap()) {
        const std::string_view w =
            text.substr(toks[h].start, toks[h].end - toks[h].start);
        const bool past = w.size() > 4 && w.substr(w.size() - 2) == "ed" &&
                          lex_.verbs.MatchAt(toks, h, o.a) == 0 &&
                          !is_cue(h);
        if (hearer_verbs_.Has(toks[h].key) || past) object = true;
      }
    }
    // "a spokesman for Amnesty said": the organisation speaks.
    if (object && prep >= 1 && toks[prep - 1].word() &&
        lex_.IsTitle(toks[prep - 1].key))
      object = false;
    // "condemned by (rights watchdog) Amnesty", "..., as have Amnesty (and
    // HRW)": the stance is before the organisation.
    int back_to = passive_back(m) ? o.a : -1;
    if (m > 0 && orgs[m - 1].sent == s &&
        coordinated(orgs[m - 1].b + 1, o.a) && passive_back(m - 1))
      back_to = orgs[m - 1].a;
    const bool back = back_to >= 0;
    region_end[m] = b;
    std::vector<Hit> hits;
    // "drew criticism from Amnesty", "protests from (the) Sierra Club": a
    // stance noun just before "from" and the organisation is its stance.
    int from_cue = -1;
    {
      int f = o.a - 1;
      while (f > sent_lo && lex_.determiners.Has(toks[f].key)) --f;
      if (f > sent_lo && toks[f].key == FoldKey("from"))
        for (int j = std::max(sent_lo, f - 4); j < f && from_cue < 0; ++j)
          if (cues_.CueAt(toks, j, f) == f - j) from_cue = j;
    }
    if (back) {
      scan(std::max(sent_lo, back_to - kMaxAgentGap), back_to, &hits, false,
           /*passive_agent=*/true);
      // "The department rejected a request by the Teamsters Union": a verb
      // in the past before the cue nearest the agent has its own subject.
      for (size_t h = hits.size(); h-- > 1;) {
        const QToken& t = toks[hits[h - 1].last];
        const std::string_view w = text.substr(t.start, t.end - t.start);
        if (w.size() > 3 && w.substr(w.size() - 2) == "ed")
          hits.erase(hits.begin() + static_cast<long>(h - 1));
      }
    } else if (from_cue >= 0) {
      scan(from_cue, o.a, &hits, false, /*passive_agent=*/true);
    } else if (!object) {
      // "her rival, Sen. Bernie Sanders, who has long opposed the tax": a
      // relative clause of a person (person_relatives.txt) after the NGO
      // is that person's.
      int sb = a;
      while (sb < b && !other_subject[sb] &&
             !(sb > a + 1 && person_relatives_.Has(toks[sb].key)))
        ++sb;
      scan(a, sb, &hits, !in_direct[o.a]);
      // "the All Burma Students Democratic Front, an exiles group, said the
      // junta had arrested more than 300 students": an NGO that reports
      // repression (repression_verbs.txt) opposes it; the whole clause is
      // read, as the repression is another actor's act.
      int v = -1;
      for (int k = a; hits.empty() && k < b && k < a + kMaxReportGap && v < 0;
           ++k)
        if (lex_.verbs.MatchAt(toks, k, b) > 0) v = k;
      for (int k = v + 1; v >= 0 && k < b; ++k)
        if (!in_direct[k] && repression_.Has(toks[k].key)) {
          hits.push_back({kOppose, k, k});
          break;
        }
    }
    for (const Hit& h : hits)
      found.push_back({o.name, h.stance, h.first, h.last, s});
  }
  // People who speak for an NGO: "Marissa Vitagliano, the coordinator of
  // the U.S. Campaign to Ban Land Mines", "Brad Adams, from the UK's Human
  // Rights Watch"; later quotes of the same name speak for it too.
  std::map<std::string, std::string> speaks_for;
  for (const Quote& q : quotes) {
    if (q.speaker.kind == "ngo" || q.speaker.name.empty() ||
        q.speaker.mention.empty() || speaks_for.count(q.speaker.name))
      continue;
    const int sa = res.TokenAt(q.speaker.mention.start);
    if (sa >= n) continue;
    const int sb = std::max(sa + 1, res.TokenAt(q.speaker.mention.end));
    for (const OrgMention& o : orgs) {
      if (o.a <= sa || o.sent != sent_of[sa]) continue;
      if (o.a - sb > kMaxAppositionTokens) break;
      // Only title words and modifiers between: no quote, no reporting verb.
      bool clear = true;
      for (int k = std::min(sb, o.a); k < o.a && clear; ++k)
        clear = toks[k].mark == kNoMark && lex_.verbs.MatchAt(toks, k, o.a) == 0;
      int j = o.a - 1;
      for (int skipped = 0;
           j > sa && skipped < 3 &&
           (lex_.determiners.Has(toks[j].key) ||
            toks[j].key == FoldKey("'s") || toks[j].cap());
           ++skipped)
        --j;
      const uint64_t p = toks[j].key;
      if (clear && (p == FoldKey("of") || p == FoldKey("for") ||
                    p == FoldKey("with") || p == FoldKey("from")))
        speaks_for[q.speaker.name] = o.name;
      break;
    }
  }
  // The NGO a quote speaks for, or "".
  auto quote_org = [&](const Quote& q) -> std::string {
    if (q.speaker.kind == "ngo")
      return q.speaker.affiliation.empty() ? q.speaker.name
                                           : q.speaker.affiliation;
    auto it = speaks_for.find(q.speaker.name);
    return it == speaks_for.end() ? "" : it->second;
  };

  // Quotes of NGOs: the cue, and the words of partial quotes.
  for (const Quote& q : quotes) {
    const std::string org = quote_org(q);
    if (org.empty()) continue;
    int a = res.TokenAt(q.cue.start), b = res.TokenAt(q.cue.end);
    std::vector<Hit> hits;
    if (!q.cue.empty()) scan(a, b, &hits);
    // The words after a call are what it calls for ("demanded a probe into
    // camps run by groups opposed to ...").
    bool call = false;
    for (const Hit& h : hits) call |= h.stance == kUrge;
    if (q.kind != "direct" && !call)
      scan(res.TokenAt(q.mention.start), res.TokenAt(q.mention.end), &hits);
    int s = sent_of[std::min(n - 1, res.TokenAt(q.mention.start))];
    // A lead-in before the speaker in the cue's sentence ("Welcoming the
    // ruling, X of the Refugee Council said").
    int sp = res.TokenAt(q.speaker.mention.start);
    if (!q.cue.empty() && sp < n && sent_of[sp] == sent_of[std::min(n - 1, a)]) {
      int lo = sp;
      while (lo > 0 && sent_of[lo - 1] == sent_of[sp]) --lo;
      int qa = res.TokenAt(q.mention.start);
      // Only a clause set off by a comma just before the speaker.
      bool lead_in = sp > lo + 1 && toks[sp - 1].key == FoldKey(",");
      for (int k = lo; k < sp - 1 && lead_in; ++k)
        lead_in = toks[k].key != FoldKey(",") && toks[k].mark == kNoMark;
      if (lead_in && (qa < lo || qa > sp)) scan(lo, sp, &hits);
    }
    for (const Hit& h : hits) found.push_back({org, h.stance, h.first, h.last, s});
    if (q.kind == "direct") {
      // The words of a direct quote count when nothing outside it does.
      std::vector<Hit> qh;
      int qa = res.TokenAt(q.mention.start);
      scan(qa, std::min(res.TokenAt(q.mention.end), qa + 40), &qh);
      for (const Hit& h : qh) {
        Found f{org, h.stance, h.first, h.last, s};
        f.quoted = true;
        found.push_back(f);
      }
    }
  }
  // Concern gives way to any other stance of the same organisation in the
  // same sentence ("urged ..., suggesting a worrying precedent").
  std::vector<char> drop(found.size(), 0);
  for (size_t i = 0; i < found.size(); ++i)
    if (std::find(not_ngo.begin(), not_ngo.end(), found[i].org) !=
        not_ngo.end())
      drop[i] = 1;
  for (size_t i = 0; i < found.size(); ++i) {
    if (!found[i].quoted) continue;
    for (const Found& f : found)
      if (!f.quoted && f.org == found[i].org &&
          std::abs(f.sent - found[i].sent) <= 1)
        drop[i] = 1;
    // One stance from a quote's words: the first.
    for (size_t j = 0; j < i; ++j)
      if (found[j].quoted && found[j].org == found[i].org &&
          found[j].sent == found[i].sent)
        drop[i] = 1;
  }
  for (size_t i = 0; i < found.size(); ++i) {
    if (drop[i]) continue;
    if (found[i].stance != kConcern) continue;
    for (const Found& f : found)
      if (f.org == found[i].org && f.sent == found[i].sent && f.stance != kConcern)
        drop[i] = 1;
  }

  static const std::vector<Event> kNoEvents;
  const LinkContext link{text,      toks,     sent_of,  sentences,
                         entities,  res,      triggers_, events ? *events : kNoEvents};

  // One reaction per (organisation, stance), linked to every event any of
  // its sentences is about.
  struct Pending {
    Reaction r;
    std::vector<int> events;
  };
  std::vector<Pending> pending;
  std::map<std::pair<std::string, int>, size_t> seen;
  for (size_t i = 0; i < found.size(); ++i) {
    if (drop[i]) continue;
    const Found& f = found[i];
    const std::vector<int> evs = EventsAbout(link, event_nouns_, f.sent);
    auto key = std::make_pair(f.org, f.stance);
    auto it = seen.find(key);
    if (it != seen.end()) {
      Pending& p = pending[it->second];
      for (int k : evs)
        if (std::find(p.events.begin(), p.events.end(), k) == p.events.end())
          p.events.push_back(k);
      if (p.r.event.empty() && !evs.empty()) {
        p.r.event = (*events)[evs[0]].id;
        p.r.target = (*events)[evs[0]].trigger;
      }
      continue;
    }
    seen[key] = pending.size();
    Reaction r;
    r.org.name = f.org;
    r.org.kind = "ngo";
    for (const OrgMention& o : orgs)
      if (o.name == f.org && o.sent <= f.sent)
        r.org.mention = {toks[o.a].start, toks[o.b].end};
    r.stance = kStances[f.stance];
    r.cue = {toks[f.first].start, toks[f.last].end};
    if (!evs.empty()) {
      r.event = (*events)[evs[0]].id;
      r.target = (*events)[evs[0]].trigger;
    }
    for (const Quote& q : quotes) {
      if (quote_org(q) != f.org) continue;
      int qs = link.SentenceOfByte(q.mention.start);
      if (qs == f.sent) r.quotes.push_back(q.id);
    }
    r.rule = "reactions.stance_cue";
    pending.push_back({r, evs});
  }
  std::stable_sort(pending.begin(), pending.end(),
                   [](const Pending& a, const Pending& b) {
                     return a.r.cue.start < b.r.cue.start;
                   });
  for (size_t i = 0; i < pending.size(); ++i) {
    pending[i].r.id = "r" + std::to_string(i + 1);
    for (int k : pending[i].events)
      (*events)[k].reactions.push_back(pending[i].r.id);
    out.push_back(pending[i].r);
  }

  // Officials: officials quoted about an event.
  if (events) LinkOfficials(link, quotes, lex_, excluded_heads_, events);
  return out;
}

}  // namespace newsevents
