// The referents of a document (speaker/speaker.h): who the text introduces
// (Introduce), where each is mentioned (Touch) and which one a surname,
// a first name, a pronoun or "the organization" stands for (Find*).
#include "speaker/speaker.h"

#include <algorithm>

#include "speaker/internal.h"

namespace newsevents {

int SpeakerResolver::OrgAt(int i) const {
  int e = EntityAt(i);
  if (e >= 0) {
    const std::string& k = entities_[e].kind;
    if (k == "ngo" || k == "igo" || k == "organisation") {
      for (size_t r = 0; r < refs_.size(); ++r)
        if (refs_[r].org && refs_[r].who.name == entities_[e].name)
          return static_cast<int>(r);
    }
    // "the Swiss Lawyers Federation": an organisation whose name starts
    // with a nationality adjective starts here.
    for (size_t r = 0; r < refs_.size(); ++r)
      if (refs_[r].org && refs_[r].tok == i && refs_[r].recognised.ok())
        return static_cast<int>(r);
    return -1;
  }
  if (i < 0 || i >= static_cast<int>(toks_.size()) || !IsNameToken(i))
    return -1;
  for (size_t r = 0; r < refs_.size(); ++r) {
    const Referent& ref = refs_[r];
    if (!ref.org || ref.tok > i) continue;
    if (ref.alias_key == toks_[i].key || ref.first_key == toks_[i].key)
      return static_cast<int>(r);
  }
  return -1;
}

namespace {
void InsertSorted(std::vector<int>* v, int x) {
  auto it = std::lower_bound(v->begin(), v->end(), x);
  if (it == v->end() || *it != x) v->insert(it, x);
}
// The last element of sorted `v` below `before`, or -1.
int LastBelow(const std::vector<int>& v, int before) {
  auto it = std::lower_bound(v.begin(), v.end(), before);
  return it == v.begin() ? -1 : *(it - 1);
}
}  // namespace

void SpeakerResolver::Touch(Referent* r, int tok, bool subject) {
  InsertSorted(&r->seen_at, tok);
  r->last_seen = std::max(r->last_seen, tok);
  if (subject) {
    InsertSorted(&r->subject_at, tok);
    r->salient = std::max(r->salient, tok);
  }
}

int SpeakerResolver::SeenBefore(const Referent& r, int before) {
  int k = LastBelow(r.seen_at, before);
  return k >= 0 ? k : r.tok;
}

int SpeakerResolver::SalientBefore(const Referent& r, int before) {
  return LastBelow(r.subject_at, before);
}

void SpeakerResolver::AddReferent(Referent r) {
  for (Referent& old : refs_) {
    if (old.org == r.org && old.who.name == r.who.name &&
        (!r.org || old.first_key == r.first_key)) {
      Touch(&old, r.last_seen, false);
      if (r.salient >= 0) Touch(&old, r.salient, true);
      if (old.who.title.empty()) old.who.title = r.who.title;
      if (old.who.affiliation.empty()) old.who.affiliation = r.who.affiliation;
      if (!old.gender) old.gender = r.gender;
      if (old.who.kind == "person" && r.who.kind != "person")
        old.who.kind = r.who.kind;
      old.strong |= r.strong;
      if (!old.alias_key) old.alias_key = r.alias_key;
      if (!old.recognised.ok() && old.entity_kind.empty())
        old.recognised = r.recognised;
      return;
    }
  }
  // A group ("Republicans", "Enim officials", "senior trade sources") or
  // a phrase with neither a name nor a person noun ("the past", "a snappy
  // retort", "its 1986") is never a later "he" or "she".
  if (!r.org && !r.description) {
    std::vector<QToken> nt = ScanTokens(r.who.name, nullptr);
    bool named = false;
    for (const QToken& t : nt) named |= t.word() && t.cap();
    // Nor is a name that ends as an organisation's does ("Westland Plc",
    // "the Reagan administration").
    if (nt.empty() || lex_.plural_titles.Has(nt.back().key) ||
        lex_.firm_suffixes.Has(nt.back().key) ||
        lex_.org_nouns.Has(nt.back().key) ||
        lex_.org_heads.Has(nt.back().key) ||
        (!named && !lex_.IsTitle(nt.back().key) &&
         !lex_.person_nouns.Has(nt.back().key)))
      r.description = true;
  }
  r.seen_at.assign(1, r.last_seen);
  r.subject_at.clear();
  if (r.salient >= 0) r.subject_at.push_back(r.salient);
  refs_.push_back(std::move(r));
}

int SpeakerResolver::FindPerson(uint64_t last_key, int before,
                                char gender) const {
  int best = -1;
  for (size_t r = 0; r < refs_.size(); ++r) {
    const Referent& ref = refs_[r];
    if (ref.org || ref.tok >= before || ref.last_key != last_key) continue;
    if (gender && ref.gender && ref.gender != gender) continue;
    if (best < 0 || SeenBefore(ref, before) > SeenBefore(refs_[best], before))
      best = static_cast<int>(r);
  }
  return best;
}

int SpeakerResolver::FindPersonLater(uint64_t last_key, int after,
                                     char gender) const {
  for (const Referent& ref : refs_) {
    if (ref.org || !ref.strong || ref.tok <= after || ref.last_key != last_key ||
        ref.first_key == ref.last_key)
      continue;
    if (gender && ref.gender && ref.gender != gender) continue;
    return static_cast<int>(&ref - refs_.data());  // the first, in text order
  }
  return -1;
}

int SpeakerResolver::FindFirstName(uint64_t first_key, int before) const {
  int best = -1;
  for (size_t r = 0; r < refs_.size(); ++r) {
    const Referent& ref = refs_[r];
    if (ref.org || !ref.strong || ref.tok >= before ||
        ref.first_key != first_key || ref.first_key == ref.last_key)
      continue;
    if (best < 0 || SeenBefore(ref, before) > SeenBefore(refs_[best], before))
      best = static_cast<int>(r);
  }
  return best;
}

int SpeakerResolver::FindPronoun(char gender, int before) const {
  // The most salient person before: a mention as subject or speaker counts
  // in full, any other mention as if it were kWeak tokens further back.
  constexpr int kWeak = 60;
  // Persons introduced with a title, an apposition or as a speaker come
  // first; any other named person only when there is none.
  int best = -1, best_score = -1000000;
  for (int pass = 0; pass < 2 && best < 0; ++pass) {
    for (size_t r = 0; r < refs_.size(); ++r) {
      const Referent& ref = refs_[r];
      if (ref.org || ref.description || ref.tok >= before) continue;
      if (pass == 0 && !ref.strong) continue;
      if (ref.gender && gender && ref.gender != gender) continue;
      int score = SeenBefore(ref, before) - kWeak;
      int salient = SalientBefore(ref, before);
      if (salient >= 0) score = std::max(score, salient);
      if (score > best_score) {
        best = static_cast<int>(r);
        best_score = score;
      }
    }
  }
  return best;
}

int SpeakerResolver::FindOrg(int before, bool ngo_only, uint64_t head) const {
  int best = -1;
  for (size_t r = 0; r < refs_.size(); ++r) {
    const Referent& ref = refs_[r];
    if (!ref.org || ref.tok >= before) continue;
    if (ngo_only && ref.who.kind != "ngo") continue;
    if (head) {
      std::vector<QToken> t = ScanTokens(ref.who.name, nullptr);
      bool has = false;
      for (const QToken& k : t) has |= k.key == head;
      if (!has) continue;
    }
    int seen = SeenBefore(ref, before);
    int bseen = best < 0 ? -1 : SeenBefore(refs_[best], before);
    if (seen > bseen) best = static_cast<int>(r);
  }
  return best;
}

int SpeakerResolver::FindFirm(int before) const {
  int best = -1, best_score = -2 * before - 1;
  for (size_t r = 0; r < refs_.size(); ++r) {
    const Referent& ref = refs_[r];
    if (!ref.org || ref.tok >= before || ref.who.kind == "ngo") continue;
    std::vector<QToken> t = ScanTokens(ref.who.name, nullptr);
    if (t.size() < 2 || !lex_.firm_suffixes.Has(t.back().key)) continue;
    // The firm that spoke last, not the one named last ("GE said it will
    // supply engines for Boeing Co and McDonnell Douglas Corp ... the
    // company said" is GE); one never seen speaking only when none did.
    int score = SalientBefore(ref, before);
    if (score < 0) score = SeenBefore(ref, before) - before;
    if (score > best_score) {
      best = static_cast<int>(r);
      best_score = score;
    }
  }
  return best;
}

// A gazetteer entity at token i that is no person the gazetteer tags by
// their state ("Barack Obama"), or not its first token.
bool SpeakerResolver::NotAPersonEntity(int i) const {
  const int n = static_cast<int>(toks_.size());
  // Only people the gazetteer tags by their state ("Barack Obama").
  const int ei = entity_of_tok_[i];
  if (i > 0 && entity_of_tok_[i - 1] == ei) return true;
  int ee = i;
  while (ee + 1 < n && entity_of_tok_[ee + 1] == ei) ++ee;
  // "President Bush": titles, then a person the gazetteer tags by
  // their state.
  // The name is the run of words at the end of the mention that are
  // neither titles nor words of an organ ("Interior Secretary Bruce
  // Babbitt").
  int nf = ee;
  while (nf - 1 >= i && IsNameToken(nf - 1) &&
         !lex_.IsTitle(toks_[nf - 1].key) &&
         !lex_.honorifics.Has(toks_[nf - 1].key) &&
         !lex_.organ_words.Has(toks_[nf - 1].key))
    --nf;
  if (!PersonEntity(ei, nf, ee)) return true;
  return false;
}

// "the organization X (Y)", "rights group X": an organisation introduced by
// the run [i, end).
void SpeakerResolver::IntroduceOrganisationRun(int i, int end, bool ngo_intro) {
  Referent r;
  r.recognised = RecogniseOrganisation(text_, toks_, i, end, ngo_intro,
                                       entity_of_tok_, entities_, lex_);
  r.who.name = Text(i, end - 1);
  // Only a name an NGO noun introduces speaks as an NGO: one recognised by
  // its head alone may still be a firm's ("York International (Cyprus)
  // Ltd") or a think tank's, which reactions/ngos.cc tells apart.
  r.who.kind =
      ngo_intro && r.recognised.kind == "ngo" ? "ngo" : "organisation";
  r.who.mention = r.recognised.mention;
  r.tok = r.last_seen = i;
  r.org = true;
  r.strong = true;
  r.first_key = toks_[i].key;
  r.last_key = toks_[end - 1].key;
  if (r.recognised.alias_key) {
    r.alias_key = r.recognised.alias_key;
    // "Humanitarian Initiative (HI)" where HI is a known organisation:
    // the gazetteer's name wins.
    int e = entity_of_tok_[end + 1];
    if (e >= 0 && (entities_[e].kind == "ngo" || entities_[e].kind == "igo")) {
      r.who.name = entities_[e].name;
      r.who.kind = entities_[e].kind == "ngo" ? "ngo" : "organisation";
      r.entity_kind = entities_[e].kind;
      r.recognised = OrgName();
    }
  }
  AddReferent(r);
}

bool SpeakerResolver::InReportedClause(int i, bool comma_ends) const {
  for (int k = i - 1; k >= 0 && k >= i - kReportedReach; --k) {
    const QToken& t = toks_[k];
    if (t.para != toks_[i].para) return false;
    if (t.punct() && !(t.flags & kAbbrev) &&
        (t.key == FoldKey(".") || t.key == FoldKey("?") ||
         t.key == FoldKey("!") || t.key == FoldKey(";") ||
         (comma_ends && t.key == FoldKey(",")) || t.mark))
      return false;
    if (t.word() && !t.cap() && !(quoted_ && (*quoted_)[k]) &&
        lex_.verbs.MatchAt(toks_, k, i) > 0)
      return true;
  }
  return false;
}

// A capitalised name run starting at token i: a person or an organisation
// introduced, or one named again. Returns the last token it took.
int SpeakerResolver::IntroduceNameAt(int i, const std::vector<char>& shouted) {
  const int n = static_cast<int>(toks_.size());
  auto skip_adverbs = [&](int j) {
    while (j < n && toks_[j].word() && !toks_[j].cap() &&
           lex_.aux.Has(toks_[j].key))
      ++j;
    return j;
  };
  if (!IsNameToken(i) || shouted[i]) return i;
  if (entity_of_tok_[i] >= 0 && NotAPersonEntity(i)) return i;
  if (i > 0 && IsNameToken(i - 1) && toks_[i - 1].para == toks_[i].para &&
      (entity_of_tok_[i - 1] < 0 ||
       entity_of_tok_[i - 1] == entity_of_tok_[i]))
    return i;
  if (quoted_ && (*quoted_)[i]) return i;  // names inside quotes
  int end = NameRunEnd(i, n);
  {
    // Headlines in capitals name no one.
    int caps = 0;
    for (int k = i; k < end; ++k) caps += (toks_[k].flags & kAllCaps) != 0;
    if (caps >= 2) {
      i = end - 1;
      return i;
    }
  }
  // A run stops where a known entity starts after a connector:
  // "Mike Jendrzejczyk of Human Rights Watch".
  // It runs on when the word before the connector heads an organisation
  // and no title follows ("American Federation of Government Employees",
  // not "Bank of Japan Governor Satoshi Sumita").
  bool run_has_title = false;
  for (int k = i; k < end; ++k) run_has_title |= lex_.IsTitle(toks_[k].key);
  for (int k = i + 1; k < end; ++k) {
    if (entity_of_tok_[k] >= 0 && !IsNameToken(k - 1) &&
        (run_has_title || !lex_.org_heads.Has(toks_[k - 2].key))) {
      end = k - 1;
      break;
    }
  }
  while (end > i + 1 && !IsNameToken(end - 1)) --end;
  // Capitalised words before a lower-case title modify it: "Senior
  // Japanese officials", "Trump aide Hope Hicks" name no one by them.
  if (end < n && toks_[end].word() && !toks_[end].cap() &&
      (lex_.IsTitle(toks_[end].key) || lex_.plural_titles.Has(toks_[end].key)) &&
      !lex_.IsTitle(toks_[end - 1].key)) {
    i = end - 1;
    return i;
  }
  bool run_titled = false;
  for (int k = i; k < end; ++k) run_titled |= lex_.IsTitle(toks_[k].key);
  // Introduced organisations: "the organization X (Y)", "rights group X".
  bool ngo_intro = false;
  for (int k = std::max(0, i - 3); k < i; ++k) {
    int len = lex_.ngo_nouns.MatchAt(toks_, k, i);
    if (len > 0 && k + len == i) ngo_intro = true;
  }
  if (ngo_intro && i > 0 && toks_[i - 1].cap()) ngo_intro = false;
  bool head = false;
  for (int k = i; k < end; ++k) head |= lex_.org_heads.Has(toks_[k].key);
  if (ngo_intro || (head && end - i >= 2 && !run_titled)) {
    // "the Swiss Lawyers Federation", "the Malaysian Rubber Producers
    // Council": a nationality adjective just before the run (a one-word
    // state mention that is not the state's name, no acronym or
    // abbreviation) is the name's first word.
    if (!ngo_intro && i > 0 && toks_[i - 1].para == toks_[i].para &&
        entity_of_tok_[i - 1] >= 0 && toks_[i - 1].cap() &&
        !(toks_[i - 1].flags & (kAllCaps | kAbbrev))) {
      const EntityMention& e = entities_[entity_of_tok_[i - 1]];
      if (e.kind == "state" && e.mention.start == toks_[i - 1].start &&
          e.mention.end == toks_[i - 1].end &&
          Text(i - 1, i - 1) != e.name)
        --i;
    }
    IntroduceOrganisationRun(i, end, ngo_intro);
    return end - 1;
  }
  // Persons: a name after a title, or followed by ", ... title".
  int last_title = -1;
  for (int k = i; k < end; ++k)
    if (lex_.IsTitle(toks_[k].key)) last_title = k;
  int n0 = last_title >= 0 ? last_title + 1 : i;
  while (n0 < end && lex_.honorifics.Has(toks_[n0].key)) ++n0;
  if (n0 >= end) { i = end - 1; return i; }
  bool titled = last_title >= 0 ||
                (i > 0 && toks_[i - 1].word() && lex_.IsTitle(toks_[i - 1].key)) ||
                (i > 1 && IsComma(toks_[i - 1]) && lex_.IsTitle(toks_[i - 2].key));
  if (!titled && i > 1 && IsComma(toks_[i - 1]) && end < n &&
      IsComma(toks_[end])) {
    // "the French ambassador to the United Nations, François Delattre,":
    // a name set off by commas after a phrase with a title.
    for (int k = i - 2; k >= 0 && k >= i - 12; --k) {
      if (toks_[k].punct() && toks_[k].key != FoldKey("'s")) break;
      if (toks_[k].word() && !toks_[k].cap() && lex_.IsTitle(toks_[k].key)) {
        titled = true;
        break;
      }
    }
  }
  bool apposed = false;
  if (end + 1 < n && IsComma(toks_[end])) {
    for (int k = end + 1; k < n && k < end + 8; ++k) {
      if (toks_[k].punct() && toks_[k].key != FoldKey("'s")) break;
      if (lex_.IsTitle(toks_[k].key)) { apposed = true; break; }
    }
  }
  // A full name as a clause subject: "Karolis Aleksa is ...". It is a
  // person ("West Berlin is ...") only when its first word is a first
  // name or the gazetteer tags it as a person.
  bool after_prep = i > 0 && toks_[i - 1].word() && !toks_[i - 1].cap() &&
                    lex_.function_words.Has(toks_[i - 1].key);
  bool clause_subject = false;
  if (!after_prep && end - n0 >= 2 && end < n && toks_[end].word() &&
      !toks_[end].cap() && !lex_.function_words.Has(toks_[end].key))
    clause_subject = true;
  if (!after_prep && end - n0 >= 2 && end < n && toks_[end].word() &&
      lex_.aux.Has(toks_[end].key))
    clause_subject = true;
  int name_len = end - n0;
  // A subject, not a possessor or the object of a preposition: the
  // likelier antecedent of a later "he".
  // After a subordinating conjunction ("after Jiang delivered a speech")
  // a name followed by a verb is a subject too; after a preposition or a
  // reporting verb ("said Nunberg was") it is not the salient one.
  const bool clause_after_conj =
      after_prep && lex_.subordinators.Has(toks_[i - 1].key) && end < n &&
      toks_[end].word() && !toks_[end].cap() &&
      (lex_.aux.Has(toks_[end].key) ||
       !lex_.function_words.Has(toks_[end].key));
  // A verb right after the name: "When a reporter asked Trump if ...,
  // Trump deflected" is a main clause after the comma.
  const bool verb_after = end < n && toks_[end].word() && !toks_[end].cap() &&
                          (lex_.aux.Has(toks_[end].key) ||
                           !lex_.function_words.Has(toks_[end].key));
  // A subject inside reported speech ("Brandt said he hopes Prime Minister
  // Mori will ...") ranks below the subject of the sentence, the speaker: a
  // later "he" is Brandt.
  const bool subject = (!after_prep || clause_after_conj) &&
                       !(end < n && toks_[end].key == FoldKey("'s")) &&
                       (clause_after_conj ||
                        !InReportedClause(i, verb_after));
  if (name_len == 1) {
    // A surname alone ("Deputy Minister Aleksa"): the full name before.
    // "Mrs. Clinton" is not Bill Clinton.
    char hg = 0;
    for (int k = i; k < n0; ++k) {
      if (lex_.male.Has(toks_[k].key)) hg = 'm';
      if (lex_.female.Has(toks_[k].key)) hg = 'f';
    }
    int r = FindPerson(toks_[n0].key, i, hg);
    if (r < 0 && n0 == i) {
      // Family name first ("Chinese President Jiang Zemin ... Jiang").
      r = FindFirstName(toks_[n0].key, i);
    }
    if (r >= 0) {
      // "..., and Geremek has gone out of his way": a known person after
      // a coordinating conjunction, before a verb, is a subject.
      const bool coordinated =
          i > 0 && lex_.conjunctions.Has(toks_[i - 1].key) && end < n &&
          toks_[end].word() && !toks_[end].cap() &&
          (lex_.aux.Has(toks_[end].key) ||
           !lex_.function_words.Has(toks_[end].key));
      Touch(&refs_[r], i, subject || coordinated);
      // A person named again and speaking: "Roffman said".
      if (subject && end < n && IsVerbAt(skip_adverbs(end), n))
        refs_[r].strong = true;
      i = end - 1;
      return i;
    }
  }
  if ((titled || apposed || clause_subject) || name_len >= 2) {
    Speaker who;
    char g = 0;
    bool org = false;
    int a = last_title >= 0 ? i : n0;
    if (!FillFromTokens(a, end - 1, &who, &g, &org) || org) {
      i = end - 1;
      return i;
    }
    if (i > 0 && toks_[i - 1].word() && lex_.IsTitle(toks_[i - 1].key) &&
        who.title.empty())
      who.title = Text(i - 1, i - 1);
    if (i > 0 && lex_.male.Has(toks_[i - 1].key)) g = 'm';
    if (i > 0 && lex_.female.Has(toks_[i - 1].key)) g = 'f';
    if (!g && lex_.male_names.Has(toks_[n0].key)) g = 'm';
    if (!g && lex_.female_names.Has(toks_[n0].key)) g = 'f';
    Referent r;
    r.salient = subject ? i : -1;
    r.who = who;
    r.who.mention = {toks_[n0].start, toks_[end - 1].end};
    r.tok = r.last_seen = i;
    r.gender = g;
    // A subject is an antecedent for "he"/"she" when it is known to be a
    // person: a first name from the lists, or a person the gazetteer
    // tags by their state.
    const bool known_person =
        lex_.male_names.Has(toks_[n0].key) ||
        lex_.female_names.Has(toks_[n0].key) ||
        PersonEntity(entity_of_tok_[end - 1], n0, end - 1);
    r.strong = titled || apposed || (subject && known_person);
    r.first_key = toks_[n0].key;
    r.last_key = toks_[end - 1].key;
    AddReferent(r);
  }
  return end - 1;
}

void SpeakerResolver::Introduce() {
  const int n = static_cast<int>(toks_.size());
  auto skip_adverbs = [&](int j) {
    while (j < n && toks_[j].word() && !toks_[j].cap() &&
           lex_.aux.Has(toks_[j].key))
      ++j;
    return j;
  };
  // A paragraph in capitals is a headline: "CHINA LIKELY TO JOIN GATT,
  // DIPLOMATS SAY" introduces no one.
  std::vector<char> shouted(n, 0);
  for (int i = 0; i < n;) {
    int j = i;
    bool caps = true;
    for (; j < n && toks_[j].para == toks_[i].para; ++j)
      if (toks_[j].word() && toks_[j].end - toks_[j].start >= 2 &&
          !(toks_[j].flags & kAllCaps))
        caps = false;
    for (int k = i; k < j; ++k) shouted[k] = caps;
    i = j;
  }
  // Organisations from the gazetteer.
  for (int i = 0; i < n; ++i) {
    int e = entity_of_tok_[i];
    if (e < 0 || (i > 0 && entity_of_tok_[i - 1] == e)) continue;
    const EntityMention& m = entities_[e];
    std::string name = m.name;
    if (m.kind == "organ") {
      // A named organ of a state ("the State Department", "the Pentagon")
      // can say things and be "it"; a person or a title it tags cannot.
      int ee = i;
      while (ee + 1 < n && entity_of_tok_[ee + 1] == e) ++ee;
      int a = i;
      while (a < ee && toks_[a].word() && lex_.determiners.Has(toks_[a].key))
        ++a;
      bool named = true, titled = false;
      for (int k = a; k <= ee; ++k) {
        named &= IsNameToken(k) || toks_[k].key == FoldKey("'s");
        titled |= lex_.IsTitle(toks_[k].key) ||
                  lex_.honorifics.Has(toks_[k].key);
      }
      if (!named || titled || PersonEntity(e, a, ee)) continue;
      name = Text(a, ee);
    } else if (m.kind != "ngo" && m.kind != "igo" && m.kind != "organisation") {
      continue;
    }
    Referent r;
    r.who.name = name;
    r.who.kind = m.kind == "ngo" ? "ngo" : "organisation";
    r.entity_kind = m.kind;
    r.who.mention = m.mention;
    r.tok = r.last_seen = i;
    r.org = true;
    r.strong = true;
    std::vector<QToken> nt = ScanTokens(name, nullptr);
    if (!nt.empty()) {
      r.first_key = nt.front().key;
      r.last_key = nt.back().key;
    }
    r.alias_key = toks_[i].key;  // the surface form used (e.g. "HRW")
    AddReferent(r);
  }
  for (int i = 0; i < n; ++i) i = IntroduceNameAt(i, shouted);
  // Unnamed people introduced as a subject with an indefinite article:
  // "A Chrysler spokeswoman would not say ... she said", "a Western
  // diplomat ... he added".
  for (int i = 0; i + 2 < n; ++i) {
    if (!toks_[i].word() || !lex_.indefinite_determiners.Has(toks_[i].key))
      continue;
    // At the start of a clause, not after a preposition or a verb ("the
    // mayor of a major city").
    if (i > 0 && toks_[i - 1].para == toks_[i].para && toks_[i - 1].word() &&
        !toks_[i - 1].cap())
      continue;
    int h = i + 1;
    while (h < n && h <= i + 4 && toks_[h].word() &&
           !lex_.IsTitle(toks_[h].key) && !lex_.function_words.Has(toks_[h].key))
      ++h;
    if (h >= n || h > i + 4 || !toks_[h].word() || toks_[h].cap() ||
        !lex_.IsTitle(toks_[h].key) || lex_.plural_titles.Has(toks_[h].key))
      continue;
    // A subject: an auxiliary or a reporting verb follows ("a major
    // exporter", "a general strike" are not people).
    // ", who declined to be named, said" counts as well.
    const bool relative = h + 2 < n && IsComma(toks_[h + 1]) &&
                          lex_.relative_pronouns.Has(toks_[h + 2].key);
    if (!relative &&
        (h + 1 >= n || !toks_[h + 1].word() || toks_[h + 1].cap() ||
         (lex_.function_words.Has(toks_[h + 1].key) &&
          !lex_.aux.Has(toks_[h + 1].key))))
      continue;
    if ((quoted_ && (*quoted_)[h]) || shouted[h]) continue;
    Referent r;
    r.who.name = Text(i + 1, h);
    r.who.title = Text(h, h);
    r.who.kind = lex_.official_titles.Has(toks_[h].key) ? "official" : "person";
    r.who.mention = {toks_[i].start, toks_[h].end};
    r.tok = r.last_seen = i;
    r.salient = i;
    r.gender = lex_.female.Has(toks_[h].key) ? 'f'
               : lex_.male.Has(toks_[h].key) ? 'm' : 0;
    r.strong = true;
    r.first_key = toks_[i + 1].key;
    r.last_key = toks_[h].key;
    AddReferent(r);
    i = h;
  }
  std::stable_sort(refs_.begin(), refs_.end(),
                   [](const Referent& a, const Referent& b) {
                     return a.tok < b.tok;
                   });
}

}  // namespace newsevents
