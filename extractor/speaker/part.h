// One part of a speaker's apposition ("Mike Jendrzejczyk", "of Human Rights
// Watch", "the group's director") and the reader that tells what it names.
// Used by SpeakerResolver::FillFromTokens (fill.cc).
#ifndef NEWSEVENTS_SPEAKER_PART_H_
#define NEWSEVENTS_SPEAKER_PART_H_

#include <string>

#include "speaker/speaker.h"

namespace newsevents {

// What one part of an apposition says.
struct SpeakerPart {
  std::string person, org, title, affiliation;
  bool ngo = false, org_entity = false;
  bool aff_ngo = false, aff_gov = false, official = false;
  bool common_org = false;  // "the organization"
  bool document = false;    // "the statement"
};

// Reads tokens [a, b] of a resolver's text as one part, step by step: a
// document, a title the gazetteer reads as an organ, an organisation, a
// prepositional or possessive affiliation, then titles and names.
class SpeakerResolver::PartReader {
 public:
  explicit PartReader(const SpeakerResolver& r)
      : r_(r), toks_(r.toks_), lex_(r.lex_) {}
  SpeakerPart Read(int a, int b) const;

 private:
  bool IsPreposition(int k) const;
  bool TitleAt(int k) const;  // a title word that is not an honorific
  // The last word of the title at `k`, up to `b`: a title that the
  // gazetteer names as an organ runs over the organ's own words ("Secretary
  // of State Madeleine Albright"), and stops at a name it tags with it
  // ("President Bush").
  int TitleEnd(int k, int b) const;
  // The organisation named by tokens [a, b] after modifiers ("London-based
  // Amnesty International", "the nonprofit organization Climate Central");
  // sets name and kind, or returns false.
  bool Organisation(int a, int b, SpeakerPart* p) const;
  // The first token of the organisation after capitalised modifiers
  // ("Civil rights group Liberty"), or `k` when there are none.
  int AfterCapitalisedModifiers(int k, int b) const;
  // Each step returns true when it has read the whole part.
  bool Document(int a, int b, SpeakerPart* p) const;
  bool OrganTitle(int a, int b, SpeakerPart* p) const;
  // A prepositional tail after a title or name; `b` becomes its last token
  // before the preposition when the tail was an affiliation.
  bool PrepositionalTail(int a, int* b, SpeakerPart* p) const;
  // "Lithuania's deputy defence minister": `a` moves past the possessive.
  void Possessive(int* a, int b, SpeakerPart* p) const;
  void TitlesAndNames(int a, int b, SpeakerPart* p) const;

  const SpeakerResolver& r_;
  const std::vector<QToken>& toks_;
  const SpeakerLexicon& lex_;
};

}  // namespace newsevents

#endif  // NEWSEVENTS_SPEAKER_PART_H_
