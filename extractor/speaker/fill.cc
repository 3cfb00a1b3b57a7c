// SpeakerResolver::FillFromTokens (speaker/speaker.h): what a speaker phrase says
// of its speaker, part by part of an apposition (speaker/part.h): name, title,
// affiliation, and whether it is an organisation, a document or a description.
#include <string>
#include <vector>

#include "speaker/internal.h"
#include "speaker/part.h"
#include "speaker/speaker.h"

namespace newsevents {
namespace {

// What the parts of an apposition say together: the first part naming a
// person, an organisation, or a common noun for one ("the group", "the
// statement"); the first title and affiliation any part gives.
struct Apposition {
  const SpeakerPart* person = nullptr;
  const SpeakerPart* org = nullptr;
  const SpeakerPart* common = nullptr;
  std::string title, affiliation;
  bool official = false, ngo_affiliation = false;
};

Apposition Combine(const std::vector<SpeakerPart>& parts) {
  Apposition a;
  for (const SpeakerPart& p : parts) {
    if (!a.person && !p.person.empty()) a.person = &p;
    if (!a.org && !p.org.empty()) a.org = &p;
    if (!a.common && (p.common_org || p.document)) a.common = &p;
    if (a.title.empty() && !p.title.empty()) a.title = p.title;
    if (a.affiliation.empty() && !p.affiliation.empty()) {
      a.affiliation = p.affiliation;
      a.ngo_affiliation = p.aff_ngo;
    }
    a.official |= p.official || p.aff_gov;
  }
  return a;
}

// The speaker an apposition names: a person, else an organisation, else a
// title without a name ("the minister", "a Foreign Office spokesman"), else
// a common noun for an organisation. False when it names none of them.
bool SpeakerOf(Apposition a, Speaker* out, bool* org) {
  if (a.person) {
    if (a.person->title.size()) a.title = a.person->title;
    if (a.affiliation.empty() && a.org) {
      a.affiliation = a.org->org;
      a.ngo_affiliation = a.org->ngo;
      a.official |= a.org->aff_gov;
    }
    out->name = a.person->person;
  } else if (a.org && a.title.empty()) {
    out->name = a.org->org;
    out->title.clear();
    out->affiliation.clear();
    out->kind = a.org->ngo ? "ngo" : "organisation";
    *org = true;
    return true;
  } else if (!a.title.empty()) {
    out->name.clear();
    if (a.affiliation.empty() && a.org) a.affiliation = a.org->org;
  } else if (a.common) {
    out->name.clear();
    out->title.clear();
    out->affiliation.clear();
    out->kind = "organisation";
    *org = true;
    return true;
  } else {
    return false;
  }
  out->title = a.title;
  out->affiliation = a.affiliation;
  out->kind = a.ngo_affiliation ? "ngo" : a.official ? "official" : "person";
  return true;
}

}  // namespace

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
  const PartReader reader(*this);
  std::vector<SpeakerPart> parts;
  int from = first;
  for (int k = first; k <= last + 1; ++k) {
    if (k == last + 1 || IsComma(toks_[k])) {
      if (k - 1 >= from) parts.push_back(reader.Read(from, k - 1));
      from = k + 1;
    }
  }
  const Apposition apposition = Combine(parts);
  if (SpeakerOf(apposition, out, org)) return true;
  return DescribedSpeaker(first, last, apposition.affiliation, out);
}

// Unnamed speaker: the words without the article or a count word. A
// lower-case head must name people ("a Western diplomat", "protesters"):
// "the new agreement maintains" has no speaker. Only the part before an
// apposition names them ("the two lawmakers, however,").
bool SpeakerResolver::DescribedSpeaker(int first, int last,
                                       const std::string& affiliation,
                                       Speaker* out) const {
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
