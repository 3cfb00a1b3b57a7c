// SpeakerResolver::FillFromTokens (speaker/speaker.h): what a speaker phrase says
// of its speaker, part by part of an apposition: name, title, affiliation,
// and whether it is an organisation, a document or a description.
#include "speaker/speaker.h"

#include <algorithm>

#include "speaker/internal.h"

namespace newsevents {

bool SpeakerResolver::FillFromTokens(int first, int last, Speaker* out,
                                     char* gender, bool* org) const {
  *gender = 0;
  *org = false;
  // A party label or acronym in parentheses after the name is no part of
  // it: "Rep. Zoe Lofgren (D-Calif.)".
  if (last > first && toks_[last].punct() && toks_[last].key == FoldKey(")")) {
    int k = last - 1;
    while (k > first && k > last - 8 && toks_[k].key != FoldKey("(")) --k;
    if (k > first && toks_[k].key == FoldKey("(")) last = k - 1;
  }
  for (int k = first; k <= last; ++k) {
    if (lex_.male.Has(toks_[k].key)) *gender = 'm';
    if (lex_.female.Has(toks_[k].key)) *gender = 'f';
  }
  auto is_prep = [&](int k) {
    return toks_[k].word() && !toks_[k].cap() &&
           lex_.affiliation_prepositions.Has(toks_[k].key);
  };
  auto is_org_kind = [](const std::string& k) {
    return k == "ngo" || k == "igo" || k == "organisation";
  };
  auto is_gov_kind = [](const std::string& k) {
    return k == "state" || k == "organ" || k == "igo";
  };
  auto title_at = [&](int k) {
    return toks_[k].word() && lex_.IsTitle(toks_[k].key) &&
           !lex_.honorifics.Has(toks_[k].key);
  };
  // The last word of the title at `k`, up to `b`: a title that the
  // gazetteer names as an organ runs over the organ's own words ("Secretary
  // of State Madeleine Albright"), and stops at a name it tags with it
  // ("President Bush").
  auto title_end = [&](int k, int b) {
    int e = EntityAt(k);
    if (e < 0 || entities_[e].kind != "organ") return k;
    while (k + 1 <= b && EntityAt(k + 1) == e &&
           lex_.organ_words.Has(toks_[k + 1].key))
      ++k;
    return k;
  };
  // What one part of an apposition says.
  struct Part {
    std::string person, org, title, affiliation;
    bool ngo = false, org_entity = false;
    bool aff_ngo = false, aff_gov = false, official = false;
    bool common_org = false;  // "the organization"
    bool document = false;    // "the statement"
  };
  // The organisation named by tokens [a, b] after lower-case modifiers
  // ("London-based Amnesty International", "the nonprofit organization
  // Climate Central"); sets name and kind, or returns false.
  // People act for their state: "Mr. Obama" is tagged as an organ of the
  // United States, "Ban Ki-moon" as the United Nations. A mention none of
  // whose words names an organ or an organisation is a person.
  auto person_entity = [&](int e, int a, int b) {
    return PersonEntity(e, a, b);
  };
  auto org_of = [&](int a, int b, Part* p) -> bool {
    int k = a;
    while (k <= b && toks_[k].word() && !toks_[k].cap() && !title_at(k) &&
           !is_prep(k))
      ++k;
    if (k > b) return false;
    // Capitalised modifiers too ("London-based Amnesty International",
    // "Civil rights group Liberty"): an organisation ending the part, with
    // no title or preposition before it.
    for (int m = k + 1; m <= b && m <= k + 4; ++m) {
      if (title_at(m - 1) || is_prep(m - 1) ||
          toks_[m - 1].key == FoldKey("'s"))
        break;
      int em = EntityAt(m);
      bool starts = em >= 0 && EntityAt(m - 1) != em &&
                    entities_[em].mention.end >= toks_[b].end &&
                    is_org_kind(entities_[em].kind);
      int rm = em < 0 ? OrgAt(m) : -1;
      if (!starts && rm >= 0 && NameRunEnd(m, b + 1) == b + 1 &&
          refs_[rm].tok <= m)
        starts = true;
      if (starts && (m == k + 1 ? !IsNameToken(k) || toks_[k].key != 0 : true)) {
        bool lead_name = true;
        for (int q = k; q < m; ++q) lead_name &= IsNameToken(q);
        // "John Smith Amnesty" is not a modifier; "London-based" is.
        if (!lead_name || toks_[m - 1].word() &&
                              lex_.ngo_nouns.Has(toks_[m - 1].key) ||
            text_.substr(toks_[k].start, toks_[m - 1].end - toks_[k].start)
                    .find('-') != std::string_view::npos) {
          k = m;
          break;
        }
      }
    }
    int e = EntityAt(k);
    if (person_entity(e, k, b)) return false;
    if (e >= 0 && entities_[e].mention.start <= toks_[k].start &&
        entities_[e].mention.end >= toks_[b].end &&
        (is_org_kind(entities_[e].kind) || entities_[e].kind == "organ" ||
         entities_[e].kind == "state")) {
      const std::string& kind = entities_[e].kind;
      p->org = kind == "organ" ? Text(k, b) : entities_[e].name;
      p->ngo = kind == "ngo";
      p->org_entity = true;
      p->aff_gov = is_gov_kind(kind);
      return true;
    }
    int r = OrgAt(k);
    // "Interior Secretary Bruce Babbitt" is a person even when "the
    // Interior Department" was named before: a title in the run says so.
    bool titled_run = false;
    for (int m = k; m <= b; ++m) titled_run |= title_at(m);
    if (r >= 0 && !titled_run &&
        (NameRunEnd(k, b + 1) == b + 1 || toks_[b].key == FoldKey(")"))) {
      p->org = refs_[r].who.name;
      p->ngo = refs_[r].who.kind == "ngo";
      return true;
    }
    return false;
  };
  auto parse = [&](int a, int b) -> Part {
    Part p;
    while (a <= b && toks_[a].word() && lex_.determiners.Has(toks_[a].key) &&
           !toks_[a].cap())
      ++a;
    if (a <= b && toks_[a].word() && lex_.determiners.Has(toks_[a].key) &&
        (toks_[a].key == FoldKey("the") || toks_[a].key == FoldKey("a") ||
         toks_[a].key == FoldKey("an")))
      ++a;
    if (a > b) return p;
    // A document speaks for its organisation: "the Amnesty statement",
    // "the State Department's annual report", "the statement".
    if (toks_[b].word() && !toks_[b].cap() &&
        lex_.document_nouns.Has(toks_[b].key)) {
      int e2 = b - 1;
      while (e2 >= a && toks_[e2].word() && !toks_[e2].cap() &&
             !lex_.document_nouns.Has(toks_[e2].key))
        --e2;
      if (e2 >= a && toks_[e2].key == FoldKey("'s")) --e2;
      int s0 = a;
      while (s0 <= e2 && toks_[s0].word() && !toks_[s0].cap()) ++s0;
      if (s0 <= e2 && org_of(s0, e2, &p)) return p;
      if (s0 > e2) p.document = true;
      return p;
    }
    {
      // A title the gazetteer reads as an organ of a state ("foreign
      // minister of Poland", "Commission President"): title and
      // affiliation, then perhaps the name.
      int e = EntityAt(a);
      if (e >= 0 && entities_[e].kind == "organ") {
        int t_last = -1, k = a;
        for (; k <= b && EntityAt(k) == e; ++k)
          if (title_at(k)) t_last = k;
        if (t_last >= 0) {
          t_last = title_end(t_last, b);
          p.title = Text(a, t_last);
          p.affiliation = entities_[e].name;
          p.aff_gov = p.official = true;
          // The name may be inside the organ's mention ("President Bush").
          k = t_last + 1;
          while (k <= b && lex_.honorifics.Has(toks_[k].key)) ++k;
          bool names = k <= b;
          for (int m = k; m <= b; ++m) names &= IsNameToken(m);
          if (names) p.person = Text(k, b);
          return p;
        }
      }
    }
    if (org_of(a, b, &p)) return p;
    // A prepositional tail after a title or name: its organisation or
    // place is the affiliation ("president of the National Wildlife
    // Federation", "Mike Jendrzejczyk of Human Rights Watch").
    for (int k = a + 1; k <= b; ++k) {
      if (!is_prep(k)) continue;
      if (!(title_at(k - 1) || IsNameToken(k - 1))) break;
      // An organisation, its title, then the name: "Bank of Japan
      // governor Satoshi Sumita", "Council of Economic Advisers chairman
      // Beryl Sprinkel".
      if (!title_at(k - 1) && lex_.org_heads.Has(toks_[k - 1].key) &&
          IsNameToken(a) && IsNameToken(b) && !title_at(b)) {
        // The title is the run of singular titles before the name
        // ("Advisers" is part of the organisation's name).
        int t1 = -1;
        for (int m = k + 1; m < b; ++m)
          if (title_at(m) && !lex_.plural_titles.Has(toks_[m].key)) t1 = m;
        int t0 = t1;
        while (t0 - 1 > k && title_at(t0 - 1) &&
               !lex_.plural_titles.Has(toks_[t0 - 1].key))
          --t0;
        bool names = t1 >= 0 && NameRunEnd(a, t0) == t0;
        for (int m = t1 + 1; names && m <= b; ++m) names &= IsNameToken(m);
        if (names) {
          p.affiliation = Text(a, t0 - 1);
          p.title = Text(t0, t1);
          for (int m = t0; m <= t1; ++m)
            p.official |= lex_.official_titles.Has(toks_[m].key);
          p.person = Text(t1 + 1, b);
          return p;
        }
      }
      // Not inside one name whose head comes before the preposition: "the
      // American Federation of Government Employees" is an organisation.
      if (!title_at(k - 1) && lex_.org_heads.Has(toks_[k - 1].key) &&
          IsNameToken(a) && NameRunEnd(a, b + 1) == b + 1) {
        bool titled = false;
        for (int m = a; m <= b; ++m) titled |= title_at(m);
        if (!titled) {
          p.org = Text(a, b);
          return p;
        }
      }
      int t = k + 1;
      while (t <= b && toks_[t].word() && lex_.determiners.Has(toks_[t].key))
        ++t;
      Part tail;
      if (t <= b && org_of(t, b, &tail)) {
        p.affiliation = tail.org;
        p.aff_ngo = tail.ngo;
        p.aff_gov = tail.aff_gov;
      } else if (t <= b && IsNameToken(t)) {
        int e = EntityAt(t);
        p.affiliation = e >= 0 ? entities_[e].name : Text(t, NameRunEnd(t, b + 1) - 1);
        if (e >= 0) p.aff_gov = is_gov_kind(entities_[e].kind);
        if (e >= 0) p.aff_ngo = entities_[e].kind == "ngo";
      }
      b = k - 1;
      break;
    }
    // Possessive: "Lithuania's deputy defence minister".
    for (int k = a + 1; k <= b; ++k) {
      if (toks_[k].key != FoldKey("'s")) continue;
      int e = EntityAt(k - 1);
      std::string aff;
      if (e >= 0) {
        aff = entities_[e].name;
        p.aff_ngo = entities_[e].kind == "ngo";
        p.aff_gov = p.aff_gov || is_gov_kind(entities_[e].kind);
      } else if (IsNameToken(k - 1)) {
        int s0 = k - 1;
        while (s0 - 1 >= a && IsNameToken(s0 - 1)) --s0;
        aff = Text(s0, k - 1);
      }
      if (!aff.empty()) p.affiliation = aff;
      a = k + 1;
      break;
    }
    if (a > b) return p;
    if (org_of(a, b, &p)) return p;
    int last_title = -1;
    for (int k = a; k <= b; ++k)
      if (title_at(k)) last_title = k;
    if (last_title >= 0) last_title = title_end(last_title, b);
    int n0 = last_title >= 0 ? last_title + 1 : a;
    while (n0 <= b && lex_.honorifics.Has(toks_[n0].key)) ++n0;
    bool all_names = n0 <= b;
    for (int k = n0; k <= b; ++k)
      if (!IsNameToken(k) &&
          !(toks_[k].word() && lex_.function_words.Has(toks_[k].key) &&
            k > n0 && k < b))
        all_names = false;
    if (last_title >= 0) {
      int t0 = a;
      while (t0 <= last_title && lex_.honorifics.Has(toks_[t0].key)) ++t0;
      for (int k = t0; k <= last_title; ++k)
        if (lex_.official_titles.Has(toks_[k].key)) p.official = true;
      if (t0 <= last_title) p.title = Text(t0, last_title);
    }
    // A party label before a first name describes the person: "Republican
    // Donald Trump" is Donald Trump.
    if (all_names && n0 < b && lex_.party_labels.Has(toks_[n0].key) &&
        (lex_.male_names.Has(toks_[n0 + 1].key) ||
         lex_.female_names.Has(toks_[n0 + 1].key))) {
      if (p.title.empty()) p.title = Text(n0, n0);
      ++n0;
    }
    if (all_names) {
      int e = EntityAt(n0);
      bool person_ent = person_entity(e, n0, b);
      if (person_ent) {
        if (p.affiliation.empty()) p.affiliation = entities_[e].name;
        p.aff_gov = true;
      }
      if (!person_ent && e >= 0 &&
          entities_[e].mention.end >= toks_[b].end &&
          entities_[e].kind != "person") {
        // A state or organ standing alone: "Czech Republic, President X".
        p.org = entities_[e].name;
        p.aff_gov = is_gov_kind(entities_[e].kind);
        p.org_entity = true;
      } else if (last_title < 0 && lex_.org_heads.Has(toks_[b].key)) {
        p.org = Text(n0, b);
      } else {
        p.person = Text(n0, b);
      }
    } else if (last_title < 0 && toks_[b].word() &&
               lex_.org_nouns.Has(toks_[b].key)) {
      p.common_org = true;
    } else if (last_title < 0 && IsNameToken(b)) {
      // A description before a name: "retired neurosurgeon Ben Carson",
      // "reporter Jackie Nespral". The description is the title; after an
      // organisation noun the name is an organisation ("the group Liberty").
      int r = b;
      while (r - 1 >= a && IsNameToken(r - 1)) --r;
      int d = r - 1;
      if (d >= a && toks_[d].word() && !toks_[d].cap() &&
          !lex_.function_words.Has(toks_[d].key) &&
          !lex_.determiners.Has(toks_[d].key)) {
        if (lex_.org_nouns.Has(toks_[d].key) ||
            lex_.ngo_nouns.Has(toks_[d].key)) {
          p.org = Text(r, b);
          p.ngo = lex_.ngo_nouns.Has(toks_[d].key);
        } else {
          p.person = Text(r, b);
          p.title = Text(a, d);
        }
      }
    }
    return p;
  };

  std::vector<Part> parts;
  int from = first;
  for (int k = first; k <= last + 1; ++k) {
    if (k == last + 1 || IsComma(toks_[k])) {
      if (k - 1 >= from) parts.push_back(parse(from, k - 1));
      from = k + 1;
    }
  }
  const Part* person = nullptr;
  const Part* orgp = nullptr;
  const Part* common = nullptr;
  for (const Part& p : parts) {
    if (!person && !p.person.empty()) person = &p;
    if (!orgp && !p.org.empty()) orgp = &p;
    if (!common && (p.common_org || p.document)) common = &p;
  }
  std::string title, affiliation;
  bool official = false, ngo_aff = false;
  for (const Part& p : parts) {
    if (title.empty() && !p.title.empty()) title = p.title;
    if (affiliation.empty() && !p.affiliation.empty()) {
      affiliation = p.affiliation;
      ngo_aff = p.aff_ngo;
    }
    official |= p.official || p.aff_gov;
  }
  if (person) {
    if (person->title.size()) title = person->title;
    if (affiliation.empty() && orgp) {
      affiliation = orgp->org;
      ngo_aff = orgp->ngo;
      official |= orgp->aff_gov;
    }
    out->name = person->person;
    out->title = title;
    out->affiliation = affiliation;
    out->kind = ngo_aff ? "ngo" : official ? "official" : "person";
    return true;
  }
  if (orgp && title.empty()) {
    out->name = orgp->org;
    out->title.clear();
    out->affiliation.clear();
    out->kind = orgp->ngo ? "ngo" : "organisation";
    *org = true;
    return true;
  }
  if (!title.empty()) {
    // A title without a name: "the minister", "a Foreign Office spokesman".
    out->name.clear();
    out->title = title;
    if (affiliation.empty() && orgp) affiliation = orgp->org;
    out->affiliation = affiliation;
    out->kind = ngo_aff ? "ngo" : official ? "official" : "person";
    return true;
  }
  if (common) {
    out->name.clear();
    out->title.clear();
    out->affiliation.clear();
    out->kind = "organisation";
    *org = true;
    return true;
  }
  // Unnamed speaker: the words without the article or a count word. A
  // lower-case head must name people ("a Western diplomat", "protesters"):
  // "the new agreement maintains" has no speaker.
  // Only the part before an apposition names them ("the two lawmakers,
  // however,").
  for (int k = first + 1; k < last; ++k) {
    if (IsComma(toks_[k])) {
      last = k - 1;
      break;
    }
  }
  int a = first;
  while (a <= last && toks_[a].word() && lex_.determiners.Has(toks_[a].key))
    ++a;
  if (a > last) return false;
  const QToken& head = toks_[last];
  const bool possessor = head.key == FoldKey("'s") && last > first &&
                         IsNameToken(last - 1);  // "Clinton's"
  if (head.word() && !head.cap() && !possessor && !lex_.person_nouns.empty() &&
      !lex_.person_nouns.Has(head.key) && !lex_.IsTitle(head.key) &&
      !lex_.plural_titles.Has(head.key) && !lex_.org_nouns.Has(head.key) &&
      !lex_.document_nouns.Has(head.key))
    return false;
  out->name = Text(a, possessor ? last - 1 : last);
  out->title.clear();
  out->affiliation = affiliation;
  out->kind = "person";
  return true;
}

}  // namespace newsevents
