// NGO mentions: which spans of a document name an NGO, and what is no NGO;
// see reactions/reactions.h. A mention is a gazetteer entity of kind ngo, a name the
// text introduces as an organisation's, or "the group" (an NGO noun) after
// one; a think tank, a committee or council of a legislature, party or IGO,
// a firm or party, a department of a university, a name in lower case, a
// name only a title-case headline gives, or a name that modifies a noun is
// none.
#include <algorithm>
#include <map>

#include "reactions/internal.h"

namespace newsevents {

namespace {

// One document's search for NGO mentions: the document, the word lists and
// what the steps share (the IGO tokens, the names found to be firms').
struct NgoFinder {
  NgoFinder(const ReactionDoc& d, const ReactionWords& w)
      : text(d.text),
        toks(d.toks),
        n(d.n),
        sent_of(d.sent_of),
        res(d.res),
        entities(d.entities),
        refs(res.referents()),
        w(w),
        in_igo(n, 0) {
    // Tokens of IGO mentions ("the IMF's Interim Committee").
    for (const EntityMention& e : entities) {
      if (e.kind != "igo") continue;
      for (int k = res.TokenAt(e.mention.start);
           k < n && toks[k].end <= e.mention.end; ++k)
        in_igo[k] = 1;
    }
  }

  bool IsNgoName(const std::string& name, const std::string& kind) const {
    if (kind == "ngo") return true;
    if (kind != "organisation") return false;
    std::vector<QToken> nt = ScanTokens(name, nullptr);
    for (const QToken& t : nt)
      if (w.excluded_heads.Has(t.key)) return false;
    // A union is an NGO when its members are people ("Farmers Union").
    const int nn = static_cast<int>(nt.size());
    if (HasUnionHead(nt, 0, nn, w.lex) && !UnionOfPeople(name, nt, 0, nn, w.lex))
      return false;
    return nt.size() >= 2;
  }

  // True when a stance cue word starts at token k.
  bool IsCue(int k) const { return w.cues.CueAt(toks, k, n) > 0; }

  // True when token k is a common noun after a name, as far as the word
  // lists tell: not a verb, cue, auxiliary, function word or NGO noun, and
  // no past tense.
  bool ModifiesNoun(int k) const {
    const QToken& t = toks[k];
    if (!t.word() || t.cap() || w.lex.verbs.MatchAt(toks, k, n) > 0 ||
        IsCue(k) || w.lex.aux.Has(t.key) || w.lex.function_words.Has(t.key) ||
        w.lex.ngo_nouns.MatchAt(toks, k, n) > 0)
      return false;
    const std::string_view word = text.substr(t.start, t.end - t.start);
    return !(word.size() > 3 && word.substr(word.size() - 2) == "ed");
  }

  // True when the sentence of token k is set in title case, as headlines
  // are ("Top Climate Group Will Run Ads Demanding ..."): there a run of
  // capitals is no evidence of a name.
  bool TitleCase(int k) const {
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
  }

  // True when the organisation named `name` at tokens [a, b] is a committee
  // or council of a legislature, a government, a party or an IGO: a word of
  // body_owners.txt or an IGO is in its name or just before it ("the Senate
  // Finance Committee", "the House Ways and Means Committee", "the RNC",
  // "the IMF's Interim Committee").
  bool StateBody(int a, int b, const std::string& name) const {
    std::vector<QToken> nt = ScanTokens(name, nullptr);
    const int nn = static_cast<int>(nt.size());
    bool head = false;
    for (int k = a; k <= b; ++k) head |= w.body_heads.Has(toks[k].key);
    for (const QToken& t : nt) head |= w.body_heads.Has(t.key);
    if (!head) return false;
    for (int k = 0; k < nn; ++k)
      if (w.body_owners.MatchAt(nt, k, nn) > 0) return true;
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
      if (w.body_owners.MatchAt(toks, k, b + 1) > 0 || in_igo[k]) return true;
    return false;
  }

  // The run of organisation referent r that starts at token i: its last
  // token, name and kind.
  void ReferentRun(int i, int r, int* end, std::string* name,
                   std::string* kind) const {
    *end = i;
    while (*end + 1 < n && res.OrgAt(*end + 1) == r) ++*end;
    if (res.IsNameToken(i)) {
      int run = std::max(*end + 1, 0);
      for (int k = i; k < n && res.IsNameToken(k); ++k) run = k + 1;
      *end = std::max(*end, run - 1);
    }
    *name = refs[r].who.name;
    *kind = refs[r].entity_kind.empty() || refs[r].entity_kind == "ngo"
                ? refs[r].who.kind : refs[r].entity_kind;
  }

  // True when referent r is an organisation the text introduced as a
  // company, a state organ or a body of states (speaker/organisations.cc).
  bool RecognisedNoNgo(size_t r) const {
    const OrgName& o = refs[r].recognised;
    return o.ok() && o.kind != "ngo" && o.kind != "organisation";
  }

  // "the group" at token i (after "the"): the NGO it refers back to, its
  // last token, name and kind; false when it names none.
  bool GroupNoun(int i, int* end, std::string* name, std::string* kind) const {
    int len = w.lex.ngo_nouns.MatchAt(toks, i, n);
    if (i + len < n && res.IsNameToken(i + len)) return false;  // introduces
    int best = -1;
    // "the group" after OPEC is OPEC: an IGO, no NGO; likewise a think
    // tank.
    auto not_ngo_kind = [&](size_t k) {
      return refs[k].entity_kind == "igo" ||
             refs[k].entity_kind == "organisation" || RecognisedNoNgo(k);
    };
    for (size_t k = 0; k < refs.size(); ++k) {
      if (refs[k].org && refs[k].tok < i &&
          (IsNgoName(refs[k].who.name, refs[k].who.kind) || not_ngo_kind(k)) &&
          (best < 0 || refs[k].last_seen >= refs[best].last_seen ||
           refs[k].tok > refs[best].tok))
        best = static_cast<int>(k);
    }
    // "The group, led by committee chairman Patrick Leahy" after "the
    // Senate Agriculture Committee" is that committee: no NGO.
    if (best < 0 || not_ngo_kind(best) ||
        StateBody(refs[best].tok, refs[best].tok, refs[best].who.name))
      return false;
    *end = i + len - 1;
    *name = refs[best].who.name;
    *kind = refs[best].who.kind;
    return true;
  }

  // The mention spans the whole name where the text spells it out; false
  // when the mention is one word of a longer name that names someone else.
  bool SpellOut(int i, int r, const std::string& name, int* end) const {
    std::vector<QToken> nt = ScanTokens(name, nullptr);
    const int len = static_cast<int>(nt.size());
    bool spelled = i + len <= n && len > *end - i + 1;
    for (int k = 0; spelled && k < len; ++k)
      spelled = toks[i + k].key == nt[k].key;
    if (spelled) *end = i + len - 1;
    // "Trump" is not the Trump Organization: one word of an introduced
    // organisation's longer name names someone else.
    if (r >= 0 && refs[r].entity_kind.empty() && *end == i && len > 1 &&
        toks[i].key != refs[r].alias_key) {
      return false;
    }
    return true;
  }

  // The gazetteer's name wins over the run the text gives ("the
  // Indonesia-based Center for ...", "Amnesty International Warns Israel"
  // in a headline); an IGO is no NGO.
  void PreferGazetteer(int i, int* end, std::string* name,
                       std::string* kind) const {
    for (const EntityMention& e : entities) {
      if (!(e.kind == "ngo" || e.kind == "igo") ||
          !(e.mention.start < toks[*end].end && toks[i].start < e.mention.end))
        continue;
      *name = e.name;
      *kind = e.kind;
      if (e.mention.start <= toks[i].start)
        while (*end > i && toks[*end].end > e.mention.end) --*end;
      break;
    }
  }

  // True when the mention at tokens [i, end] of referent r (or -1) is no
  // NGO; a department of a university goes to *not_ngo.
  bool IsNoNgo(int i, int end, int r, const std::string& name,
               const std::string& kind, std::vector<std::string>* not_ngo) {
    // A think tank (gazetteer kind organisation) is no NGO, nor is a
    // committee or council of a legislature, party or IGO (below).
    if (!IsNgoName(name, kind)) return true;
    // "Acme Holdings Inc", "the Ministry of Agriculture" as the text
    // introduced them.
    if (r >= 0 && refs[r].who.name == name && RecognisedNoNgo(r)) return true;
    // "amnesty for illegal immigrants": a name written in lower case is the
    // common word.
    if (r >= 0 && toks[i].word() && !toks[i].cap()) {
      std::vector<QToken> nt = ScanTokens(name, nullptr);
      if (!nt.empty() && nt[0].key == toks[i].key) return true;
    }
    // An organisation only a title-case headline seems to introduce is none.
    if (r >= 0 && refs[r].entity_kind.empty() && TitleCase(i)) return true;
    if (StateBody(i, end, name)) return true;
    if (IsFirm(name)) return true;
    if (IsUniversityPart(end)) {
      not_ngo->push_back(name);
      return true;
    }
    // "Trump's AIPAC appearance", "his AIPAC speech": a name that modifies
    // a noun is not the one who speaks or acts ("Israel's Peace Now
    // movement", "Britain's Refugee Council has said" are).
    return i > 0 && end + 1 < n &&
           (toks[i - 1].key == FoldKey("'s") ||
            w.possessives.Has(toks[i - 1].key)) &&
           ModifiesNoun(end + 1);
  }

  // "USAir Group" where the text takes control of USAir, "Allegheny
  // International Inc", "the National Front party": a firm or a party.
  bool IsFirm(const std::string& name) {
    auto it = firm.find(name);
    if (it == firm.end())
      it = firm.emplace(name, w.firms.IsFirm(toks, name)).first;
    return it->second;
  }

  // "the Institute of Central Asian Studies at Lanzhou University": a
  // department of a university or the like is no NGO.
  bool IsUniversityPart(int end) const {
    if (!(end + 2 < n && toks[end + 1].key == FoldKey("at"))) return false;
    bool part = false;
    for (int k = end + 2; k < n && (res.IsNameToken(k) ||
                                    w.lex.determiners.Has(toks[k].key));
         ++k)
      part |= w.excluded_heads.Has(toks[k].key);
    return part;
  }

  // NGO mentions: gazetteer entities, introduced names, "the organization".
  std::vector<OrgMention> Find(std::vector<std::string>* not_ngo) {
    std::vector<OrgMention> orgs;
    for (int i = 0; i < n; ++i) {
      int end = -1;
      std::string name, kind, rule;
      int r = res.OrgAt(i);
      if (r >= 0 && (i == 0 || res.OrgAt(i - 1) != r)) {
        ReferentRun(i, r, &end, &name, &kind);
        if (refs[r].recognised.ok())
          rule = toks[i].key == refs[r].alias_key && i != refs[r].tok
                     ? "organisations.acronym"
                     : refs[r].recognised.rule;
      } else if (r < 0 && toks[i].word() && !toks[i].cap() &&
                 w.lex.ngo_nouns.MatchAt(toks, i, n) > 0 && i > 0 &&
                 toks[i - 1].key == FoldKey("the")) {
        if (!GroupNoun(i, &end, &name, &kind)) continue;
        rule = "organisations.group_anaphor";
      } else {
        continue;
      }
      if (!SpellOut(i, r, name, &end)) continue;
      PreferGazetteer(i, &end, &name, &kind);
      if (IsNoNgo(i, end, r, name, kind, not_ngo)) {
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
      m.rule = rule;
      orgs.push_back(m);
      i = end;
    }
    return orgs;
  }

  const std::string_view text;
  const std::vector<QToken>& toks;
  const int n;
  const std::vector<int>& sent_of;
  const SpeakerResolver& res;
  const std::vector<EntityMention>& entities;
  const std::vector<Referent>& refs;
  const ReactionWords& w;
  std::vector<char> in_igo;
  std::map<std::string, bool> firm;  // names the text treats as firms'
};

}  // namespace

std::vector<OrgMention> FindNgoMentions(const ReactionDoc& d,
                                        const ReactionWords& w,
                                        std::vector<std::string>* not_ngo) {
  return NgoFinder(d, w).Find(not_ngo);
}

}  // namespace newsevents
