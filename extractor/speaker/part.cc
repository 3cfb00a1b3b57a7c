// SpeakerResolver::PartReader (speaker/part.h): what one part of a
// speaker's apposition names.
#include "speaker/part.h"

namespace newsevents {
namespace {

bool IsOrgKind(const std::string& k) {
  return k == "ngo" || k == "igo" || k == "organisation";
}
bool IsGovKind(const std::string& k) {
  return k == "state" || k == "organ" || k == "igo";
}

}  // namespace

bool SpeakerResolver::PartReader::IsPreposition(int k) const {
  return toks_[k].word() && !toks_[k].cap() &&
         lex_.affiliation_prepositions.Has(toks_[k].key);
}

bool SpeakerResolver::PartReader::TitleAt(int k) const {
  return toks_[k].word() && lex_.IsTitle(toks_[k].key) &&
         !lex_.honorifics.Has(toks_[k].key);
}

int SpeakerResolver::PartReader::TitleEnd(int k, int b) const {
  int e = r_.EntityAt(k);
  if (e < 0 || r_.entities_[e].kind != "organ") return k;
  while (k + 1 <= b && r_.EntityAt(k + 1) == e &&
         lex_.organ_words.Has(toks_[k + 1].key))
    ++k;
  return k;
}

int SpeakerResolver::PartReader::AfterCapitalisedModifiers(int k, int b) const {
  // An organisation ending the part, with no title or preposition before it.
  for (int m = k + 1; m <= b && m <= k + 4; ++m) {
    if (TitleAt(m - 1) || IsPreposition(m - 1) ||
        toks_[m - 1].key == FoldKey("'s"))
      break;
    int em = r_.EntityAt(m);
    bool starts = em >= 0 && r_.EntityAt(m - 1) != em &&
                  r_.entities_[em].mention.end >= toks_[b].end &&
                  IsOrgKind(r_.entities_[em].kind);
    int rm = em < 0 ? r_.OrgAt(m) : -1;
    if (!starts && rm >= 0 && r_.NameRunEnd(m, b + 1) == b + 1 &&
        r_.refs_[rm].tok <= m)
      starts = true;
    if (starts &&
        (m == k + 1 ? !r_.IsNameToken(k) || toks_[k].key != 0 : true)) {
      bool lead_name = true;
      for (int q = k; q < m; ++q) lead_name &= r_.IsNameToken(q);
      // "John Smith Amnesty" is not a modifier; "London-based" is.
      if (!lead_name ||
          toks_[m - 1].word() && lex_.ngo_nouns.Has(toks_[m - 1].key) ||
          r_.text_.substr(toks_[k].start, toks_[m - 1].end - toks_[k].start)
                  .find('-') != std::string_view::npos)
        return m;
    }
  }
  return k;
}

bool SpeakerResolver::PartReader::Organisation(int a, int b,
                                               SpeakerPart* p) const {
  int k = a;
  while (k <= b && toks_[k].word() && !toks_[k].cap() && !TitleAt(k) &&
         !IsPreposition(k))
    ++k;
  if (k > b) return false;
  k = AfterCapitalisedModifiers(k, b);
  // People act for their state: "Mr. Obama" is tagged as an organ of the
  // United States, "Ban Ki-moon" as the United Nations. A mention none of
  // whose words names an organ or an organisation is a person.
  int e = r_.EntityAt(k);
  if (r_.PersonEntity(e, k, b)) return false;
  if (e >= 0) {
    const EntityMention& m = r_.entities_[e];
    if (m.mention.start <= toks_[k].start && m.mention.end >= toks_[b].end &&
        (IsOrgKind(m.kind) || m.kind == "organ" || m.kind == "state")) {
      p->org = m.kind == "organ" ? r_.Text(k, b) : m.name;
      p->ngo = m.kind == "ngo";
      p->org_entity = true;
      p->aff_gov = IsGovKind(m.kind);
      return true;
    }
  }
  int r = r_.OrgAt(k);
  // "Interior Secretary Bruce Babbitt" is a person even when "the
  // Interior Department" was named before: a title in the run says so.
  bool titled_run = false;
  for (int m = k; m <= b; ++m) titled_run |= TitleAt(m);
  if (r >= 0 && !titled_run &&
      (r_.NameRunEnd(k, b + 1) == b + 1 || toks_[b].key == FoldKey(")"))) {
    p->org = r_.refs_[r].who.name;
    p->ngo = r_.refs_[r].who.kind == "ngo";
    return true;
  }
  return false;
}

// A document speaks for its organisation: "the Amnesty statement", "the
// State Department's annual report", "the statement".
bool SpeakerResolver::PartReader::Document(int a, int b, SpeakerPart* p) const {
  if (!toks_[b].word() || toks_[b].cap() ||
      !lex_.document_nouns.Has(toks_[b].key))
    return false;
  int e2 = b - 1;
  while (e2 >= a && toks_[e2].word() && !toks_[e2].cap() &&
         !lex_.document_nouns.Has(toks_[e2].key))
    --e2;
  if (e2 >= a && toks_[e2].key == FoldKey("'s")) --e2;
  int s0 = a;
  while (s0 <= e2 && toks_[s0].word() && !toks_[s0].cap()) ++s0;
  if (s0 <= e2 && Organisation(s0, e2, p)) return true;
  if (s0 > e2) p->document = true;
  return true;
}

// A title the gazetteer reads as an organ of a state ("foreign minister of
// Poland", "Commission President"): title and affiliation, then perhaps the
// name.
bool SpeakerResolver::PartReader::OrganTitle(int a, int b,
                                             SpeakerPart* p) const {
  int e = r_.EntityAt(a);
  if (e < 0 || r_.entities_[e].kind != "organ") return false;
  int t_last = -1, k = a;
  for (; k <= b && r_.EntityAt(k) == e; ++k)
    if (TitleAt(k)) t_last = k;
  if (t_last < 0) return false;
  t_last = TitleEnd(t_last, b);
  p->title = r_.Text(a, t_last);
  p->affiliation = r_.entities_[e].name;
  p->aff_gov = p->official = true;
  // The name may be inside the organ's mention ("President Bush").
  k = t_last + 1;
  while (k <= b && lex_.honorifics.Has(toks_[k].key)) ++k;
  // "Chancellor Angela Merkel of Germany": the name stops at a preposition.
  int nb = b;
  for (int m = k + 1; m < b; ++m) {
    if (IsPreposition(m)) {
      nb = m - 1;
      const int e2 = r_.EntityAt(m + 1);
      if (e2 >= 0 && IsGovKind(r_.entities_[e2].kind))
        p->affiliation = r_.entities_[e2].name;
      break;
    }
  }
  bool names = k <= nb;
  for (int m = k; m <= nb; ++m) names &= r_.IsNameToken(m);
  if (names) p->person = r_.Text(k, nb);
  return true;
}

// Its organisation or place is the affiliation ("president of the National
// Wildlife Federation", "Mike Jendrzejczyk of Human Rights Watch").
bool SpeakerResolver::PartReader::PrepositionalTail(int a, int* b,
                                                    SpeakerPart* p) const {
  for (int k = a + 1; k <= *b; ++k) {
    if (!IsPreposition(k)) continue;
    if (!(TitleAt(k - 1) || r_.IsNameToken(k - 1))) return false;
    const bool org_head =
        !TitleAt(k - 1) && lex_.org_heads.Has(toks_[k - 1].key);
    // An organisation, its title, then the name: "Bank of Japan governor
    // Satoshi Sumita", "Council of Economic Advisers chairman Beryl
    // Sprinkel".
    if (org_head && r_.IsNameToken(a) && r_.IsNameToken(*b) && !TitleAt(*b)) {
      // The title is the run of singular titles before the name
      // ("Advisers" is part of the organisation's name).
      int t1 = -1;
      for (int m = k + 1; m < *b; ++m)
        if (TitleAt(m) && !lex_.plural_titles.Has(toks_[m].key)) t1 = m;
      int t0 = t1;
      while (t0 - 1 > k && TitleAt(t0 - 1) &&
             !lex_.plural_titles.Has(toks_[t0 - 1].key))
        --t0;
      bool names = t1 >= 0 && r_.NameRunEnd(a, t0) == t0;
      for (int m = t1 + 1; names && m <= *b; ++m) names &= r_.IsNameToken(m);
      if (names) {
        p->affiliation = r_.Text(a, t0 - 1);
        p->title = r_.Text(t0, t1);
        for (int m = t0; m <= t1; ++m)
          p->official |= lex_.official_titles.Has(toks_[m].key);
        p->person = r_.Text(t1 + 1, *b);
        return true;
      }
    }
    // Not inside one name whose head comes before the preposition: "the
    // American Federation of Government Employees" is an organisation.
    if (org_head && r_.IsNameToken(a) && r_.NameRunEnd(a, *b + 1) == *b + 1) {
      bool titled = false;
      for (int m = a; m <= *b; ++m) titled |= TitleAt(m);
      if (!titled) {
        p->org = r_.Text(a, *b);
        return true;
      }
    }
    int t = k + 1;
    while (t <= *b && toks_[t].word() && lex_.determiners.Has(toks_[t].key))
      ++t;
    // A title's department, then the name: "Secretary of Commerce Malcolm
    // Baldrige", "Chairman of General Motors Roger Smith". The name starts
    // at a first name, or after the words of an organ.
    if (TitleAt(k - 1) && t < *b && r_.IsNameToken(*b)) {
      int ps = -1;
      for (int m = t + 1; m <= *b && ps < 0; ++m) {
        if (!r_.IsNameToken(m)) continue;
        if (lex_.male_names.Has(toks_[m].key) ||
            lex_.female_names.Has(toks_[m].key) ||
            (lex_.organ_words.Has(toks_[m - 1].key) &&
             !lex_.organ_words.Has(toks_[m].key)))
          ps = m;
      }
      // Not an organisation's own name: "president of the National
      // Wildlife Federation".
      bool names = ps > t;
      for (int m = ps; names && m <= *b; ++m) {
        const int e = r_.EntityAt(m);
        names &= r_.IsNameToken(m) && !lex_.org_heads.Has(toks_[m].key) &&
                 (e < 0 || r_.PersonEntity(e, ps, *b));
      }
      if (names) {
        const int e = r_.EntityAt(t);
        p->affiliation = e >= 0 && r_.EntityAt(ps - 1) == e
                             ? r_.entities_[e].name
                             : r_.Text(t, ps - 1);
        if (e >= 0) p->aff_gov = IsGovKind(r_.entities_[e].kind);
        p->person = r_.Text(ps, *b);
        *b = k - 1;
        return false;
      }
    }
    SpeakerPart tail;
    if (t <= *b && Organisation(t, *b, &tail)) {
      p->affiliation = tail.org;
      p->aff_ngo = tail.ngo;
      p->aff_gov = tail.aff_gov;
    } else if (t <= *b && r_.IsNameToken(t)) {
      int e = r_.EntityAt(t);
      p->affiliation = e >= 0 ? r_.entities_[e].name
                              : r_.Text(t, r_.NameRunEnd(t, *b + 1) - 1);
      if (e >= 0) p->aff_gov = IsGovKind(r_.entities_[e].kind);
      if (e >= 0) p->aff_ngo = r_.entities_[e].kind == "ngo";
    }
    *b = k - 1;
    return false;
  }
  return false;
}

void SpeakerResolver::PartReader::Possessive(int* a, int b,
                                             SpeakerPart* p) const {
  for (int k = *a + 1; k <= b; ++k) {
    if (toks_[k].key != FoldKey("'s")) continue;
    int e = r_.EntityAt(k - 1);
    std::string aff;
    if (e >= 0) {
      aff = r_.entities_[e].name;
      p->aff_ngo = r_.entities_[e].kind == "ngo";
      p->aff_gov = p->aff_gov || IsGovKind(r_.entities_[e].kind);
    } else if (r_.IsNameToken(k - 1)) {
      int s0 = k - 1;
      while (s0 - 1 >= *a && r_.IsNameToken(s0 - 1)) --s0;
      aff = r_.Text(s0, k - 1);
    }
    if (!aff.empty()) p->affiliation = aff;
    *a = k + 1;
    return;
  }
}

void SpeakerResolver::PartReader::TitlesAndNames(int a, int b,
                                                 SpeakerPart* p) const {
  int last_title = -1;
  for (int k = a; k <= b; ++k)
    if (TitleAt(k)) last_title = k;
  if (last_title >= 0) last_title = TitleEnd(last_title, b);
  int n0 = last_title >= 0 ? last_title + 1 : a;
  while (n0 <= b && lex_.honorifics.Has(toks_[n0].key)) ++n0;
  bool all_names = n0 <= b;
  for (int k = n0; k <= b; ++k)
    if (!r_.IsNameToken(k) &&
        !(toks_[k].word() && lex_.function_words.Has(toks_[k].key) &&
          k > n0 && k < b))
      all_names = false;
  if (last_title >= 0) {
    int t0 = a;
    while (t0 <= last_title && lex_.honorifics.Has(toks_[t0].key)) ++t0;
    for (int k = t0; k <= last_title; ++k)
      if (lex_.official_titles.Has(toks_[k].key)) p->official = true;
    if (t0 <= last_title) p->title = r_.Text(t0, last_title);
  }
  // Capitalised modifiers before a first name describe the person:
  // "Republican Donald Trump", "House Republican Thomas Massie" (party
  // labels, words of organs), "Dominican Alfredo Ricart" (a state). After a
  // connector they end an organ's name: "Minister of Mines and Energy
  // Subroto" is Subroto.
  if (all_names && n0 < b) {
    int m = n0, state = -1;
    while (m < b) {
      const int e = r_.EntityAt(m);
      const bool in_state =
          e >= 0 && IsGovKind(r_.entities_[e].kind) &&
          r_.entities_[e].mention.end <= toks_[b].start;
      if (!lex_.party_labels.Has(toks_[m].key) &&
          !lex_.organ_words.Has(toks_[m].key) && !in_state)
        break;
      if (in_state) state = e;
      ++m;
    }
    const bool first_name = m > n0 && (lex_.male_names.Has(toks_[m].key) ||
                                       lex_.female_names.Has(toks_[m].key));
    const bool organ_tail = m == b && n0 == a && a > 0 &&
                            toks_[a - 1].word() && !toks_[a - 1].cap() &&
                            (lex_.conjunctions.Has(toks_[a - 1].key) ||
                             lex_.name_connectors.Has(toks_[a - 1].key)) &&
                            state < 0;
    if (first_name || organ_tail) {
      if (state >= 0 && p->affiliation.empty()) {
        p->affiliation = r_.entities_[state].name;
        p->aff_gov = true;
      } else if (p->title.empty() && !organ_tail) {
        p->title = r_.Text(n0, m - 1);
      }
      n0 = m;
    }
  }
  if (all_names) {
    int e = r_.EntityAt(n0);
    bool person_ent = r_.PersonEntity(e, n0, b);
    if (person_ent) {
      if (p->affiliation.empty()) p->affiliation = r_.entities_[e].name;
      p->aff_gov = true;
    }
    if (!person_ent && e >= 0 && r_.entities_[e].mention.end >= toks_[b].end &&
        r_.entities_[e].kind != "person") {
      // A state or organ standing alone: "Czech Republic, President X".
      p->org = r_.entities_[e].name;
      p->aff_gov = IsGovKind(r_.entities_[e].kind);
      p->org_entity = true;
    } else if (last_title < 0 && lex_.org_heads.Has(toks_[b].key)) {
      p->org = r_.Text(n0, b);
    } else {
      p->person = r_.Text(n0, b);
    }
  } else if (last_title < 0 && toks_[b].word() &&
             lex_.org_nouns.Has(toks_[b].key)) {
    p->common_org = true;
  } else if (last_title < 0 && r_.IsNameToken(b)) {
    // A description before a name: "retired neurosurgeon Ben Carson",
    // "reporter Jackie Nespral". The description is the title; after an
    // organisation noun the name is an organisation ("the group Liberty").
    int r = b;
    while (r - 1 >= a && r_.IsNameToken(r - 1)) --r;
    int d = r - 1;
    if (d >= a && toks_[d].word() && !toks_[d].cap() &&
        !lex_.function_words.Has(toks_[d].key) &&
        !lex_.determiners.Has(toks_[d].key)) {
      if (lex_.org_nouns.Has(toks_[d].key) ||
          lex_.ngo_nouns.Has(toks_[d].key)) {
        p->org = r_.Text(r, b);
        p->ngo = lex_.ngo_nouns.Has(toks_[d].key);
      } else {
        p->person = r_.Text(r, b);
        p->title = r_.Text(a, d);
      }
    }
  }
}

SpeakerPart SpeakerResolver::PartReader::Read(int a, int b) const {
  SpeakerPart p;
  while (a <= b && toks_[a].word() && lex_.determiners.Has(toks_[a].key) &&
         !toks_[a].cap())
    ++a;
  if (a <= b && toks_[a].word() && lex_.determiners.Has(toks_[a].key) &&
      (toks_[a].key == FoldKey("the") || toks_[a].key == FoldKey("a") ||
       toks_[a].key == FoldKey("an")))
    ++a;
  if (a > b) return p;
  if (Document(a, b, &p) || OrganTitle(a, b, &p) || Organisation(a, b, &p) ||
      PrepositionalTail(a, &b, &p))
    return p;
  Possessive(&a, b, &p);
  if (a > b || Organisation(a, b, &p)) return p;
  TitlesAndNames(a, b, &p);
  return p;
}

}  // namespace newsevents
