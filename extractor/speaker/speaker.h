// Speaker: who a reporting construction attaches words to, and who that is.
//
// Three small pieces that quotes/quotes.cc and reactions/reactions.cc share:
//  - QToken / ScanTokens: a light word scanner over the raw text (byte
//    offsets, folded-word hashes, capitalisation, quote-mark roles,
//    paragraph numbers); one linear pass, one vector per document.
//  - WordList / SpeakerLexicon: the word lists of lexicons/en/words that the
//    speaker grammar uses, matched by folded-token hashes.
//  - SpeakerResolver: per document, parses the noun phrase next to a
//    reporting verb ("Lithuania's Deputy Defence Minister, Karolis Aleksa",
//    "the organization", "he") and resolves it to a name through pronouns,
//    titles, surnames and earlier full mentions.
// SpeakerLexicon is immutable after Load and safe to share between threads;
// a SpeakerResolver belongs to one document and one thread.
// Implementation, one idea a file: speaker/tokens.cc (scanner),
// speaker/lexicon.cc (word lists), speaker/phrase.cc (phrase grammar),
// speaker/fill.cc (what a phrase says of its speaker), speaker/referents.cc
// (who the text introduces and what a surname or pronoun stands for),
// speaker/speaker.cc (Resolve), speaker/organisations.cc (names of
// organisations the gazetteer does not know, and their kind).
#ifndef NEWSEVENTS_SPEAKER_SPEAKER_H_
#define NEWSEVENTS_SPEAKER_SPEAKER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "base/entity_mention.h"
#include "base/u64_map.h"
#include "newsevents/record.h"
#include "newsevents/status.h"

namespace newsevents {

// Quote-mark roles of a punctuation token.
enum QuoteMark : uint8_t {
  kNoMark = 0,
  kDoubleOpen,    // “ „
  kDoubleClose,   // ”
  kDoubleStraight,  // "
  kTickOpen,      // ``
  kTickClose,     // ''
  kSingleOpen,    // ‘
  kSingleClose,   // ’ standing alone
  kSingleStraight,  // ' standing alone
};

enum QTokenFlag : uint8_t {
  kWord = 1,     // letters or digits
  kCap = 2,      // starts with an upper-case letter
  kAllCaps = 4,  // two or more letters, all upper case
  kPunct = 8,
  kAbbrev = 16,  // a word that swallowed its final period (Mr., U.S.)
};

struct QToken {
  int start = 0, end = 0;
  uint64_t key = 0;  // hash of the folded form (see FoldKey)
  uint8_t flags = 0;
  uint8_t mark = kNoMark;
  int para = 0;      // paragraph number
  bool word() const { return flags & kWord; }
  bool cap() const { return flags & kCap; }
  bool punct() const { return flags & kPunct; }
};

// Hash of a folded (lower-cased, diacritics removed) word; FoldKey("Mr.")
// equals FoldKey("mr") only through the scanner, which drops the period of
// abbreviations.
uint64_t FoldKey(std::string_view word);

class WordList;

// Tokenizes `text`. `abbreviations` (may be null) lists the words that keep
// a following period. Paragraphs break at blank lines, at indented lines,
// and at every line break when the text is not hard-wrapped.
std::vector<QToken> ScanTokens(std::string_view text,
                               const WordList* abbreviations);

// A word list: one word or phrase per line, '#' comments, folded matching.
class WordList {
 public:
  // Loads `path`; a malformed line gives Status with where() "file:line:col".
  Status Load(const std::string& path);
  // Adds one phrase (tokenized like text).
  void Add(std::string_view phrase);
  // Length in tokens of the longest phrase starting at token `i` (not past
  // `end`), or 0.
  int MatchAt(const std::vector<QToken>& toks, int i, int end) const;
  bool Has(uint64_t key) const { return singles_.Has(key); }
  bool empty() const { return singles_.empty() && multi_.empty(); }

 private:
  U64Map singles_;  // key -> 1
  // First key -> index into phrases_ of the phrases starting with it, in
  // the order they were added.
  U64Map multi_;
  std::vector<std::vector<std::vector<uint64_t>>> phrases_;
};

// The word lists the speaker and quote grammar needs.
struct SpeakerLexicon {
  WordList verbs;           // reporting_verbs.txt
  WordList source_phrases;  // source_phrases.txt ("according to")
  WordList titles;          // person_titles.txt
  WordList official_titles; // official_titles.txt
  WordList plural_titles;   // plural_titles.txt
  WordList subordinators;   // subordinators.txt
  WordList conjunctions;    // conjunctions.txt
  WordList subject_pronouns;  // subject_pronouns.txt
  WordList name_modifiers;  // name_modifiers.txt
  WordList sentence_adverbs;  // sentence_adverbs.txt
  WordList person_nouns;    // person_nouns.txt
  WordList relative_pronouns;  // relative_pronouns.txt
  WordList indefinite_determiners;  // indefinite_determiners.txt
  WordList honorifics;      // honorifics.txt
  WordList male, female;    // male_pronouns.txt, female_pronouns.txt
  WordList group_pronouns;  // group_pronouns.txt
  WordList org_nouns;       // org_nouns.txt
  WordList ngo_nouns;       // ngo_nouns.txt
  WordList org_heads;       // org_heads.txt
  WordList company_nouns;   // company_nouns.txt: "the company", "the firm"
  WordList firm_suffixes;   // firm_suffixes.txt: "Inc", "Corp", "Ltd"
  WordList party_labels;    // party_labels.txt: "Republican Donald Trump"
  WordList epithet_heads;   // epithet_heads.txt: "the Texas Democrat"
  WordList adverbial_prepositions;  // adverbial_prepositions.txt: "In the
                                    // Commons, ..."
  WordList function_words;  // function_words.txt
  WordList aux;             // aux_words.txt
  WordList determiners;     // determiners.txt
  WordList abbreviations;   // abbreviations.txt
  WordList name_connectors;  // name_connectors.txt: "of", "van", "bin"
  WordList affiliation_prepositions;  // affiliation_prepositions.txt
  WordList document_nouns;  // document_nouns.txt
  WordList male_names, female_names;  // male_/female_first_names.txt
  WordList ngo_heads;       // ngo_heads.txt: "Association", "Watch"
  WordList government_heads;  // government_heads.txt: "Ministry"
  WordList company_heads;   // company_heads.txt: "Holdings"
  WordList ngo_excluded_heads;  // ngo_excluded_heads.txt: "Party", "Bank"
  WordList union_heads;     // union_heads.txt: "Union"
  WordList organ_words;     // every word of the names in organs.tsv
                            //: an organ mention made of other
                            // words is a person acting for a state
  Status Load(const std::string& lexicon_dir);
  bool IsTitle(uint64_t k) const {
    return titles.Has(k) || official_titles.Has(k);
  }
};

// A speaker noun phrase: tokens [first, last], and what it is made of.
struct SpeakerPhrase {
  int first = -1, last = -1;
  bool ok() const { return first >= 0; }
};

// An organisation the gazetteer does not know, recognised from the text
// (speaker/organisations.cc): a capitalised name with an organisation head,
// with the acronym the text gives it in parentheses.
struct OrgName {
  Mention mention;   // the name's bytes
  std::string name;  // the name as written
  // ngo, igo (a body of states), company, government (an organ of a
  // state) or organisation (none of these, or not known which).
  std::string kind;
  std::string rule;  // organisations.<how it was recognised>
  Mention alias;     // "(NAWG)" without the parentheses; {0, 0} when none
  uint64_t alias_key = 0;  // FoldKey of the alias, or 0
  bool ok() const { return !rule.empty(); }
};

// Recognises tokens [i, end) of `toks` as the name of an organisation and
// decides its kind from the word lists of `lex`; `entity_of_tok` gives, per
// token, the index into `entities` of the gazetteer mention covering it, or
// -1. `introduced` is true when an NGO noun introduces the name ("rights
// group Liberty"). A company or state organ is never an NGO; when a name is
// none of the kinds it is "organisation".
// REQUIRES: 0 <= i < end <= toks.size().
// True when the organisation name at tokens [i, end) of `text` has a union
// head (union_heads.txt) and names its members as people: a plural noun of
// people before the head or after "of" ("Iowa Farmers Union", "Union of
// Concerned Scientists", "International Union of Electronic Workers").
// A union of states ("Eurasian Economic Union") or a firm's name ("Union
// Pacific") names none.
bool UnionOfPeople(std::string_view text, const std::vector<QToken>& toks,
                   int i, int end, const SpeakerLexicon& lex);

// True when a word of `lex.union_heads` is among tokens [i, end).
bool HasUnionHead(const std::vector<QToken>& toks, int i, int end,
                  const SpeakerLexicon& lex);

OrgName RecogniseOrganisation(std::string_view text,
                              const std::vector<QToken>& toks, int i, int end,
                              bool introduced,
                              const std::vector<int>& entity_of_tok,
                              const std::vector<EntityMention>& entities,
                              const SpeakerLexicon& lex);

// A person or organisation the document has introduced.
struct Referent {
  Speaker who;        // name, title, affiliation, kind; mention = first seen
  int tok = 0;        // token where it was first mentioned
  int last_seen = 0;  // token where it was last mentioned
  int salient = -1;   // last mention as a subject or speaker, or -1
  // Every mention (token), and every mention as a subject or speaker, in
  // text order: a pronoun looks for the last one before it, not the last
  // one in the document.
  std::vector<int> seen_at, subject_at;
  uint64_t first_key = 0, last_key = 0;  // folded first and last name words
  uint64_t alias_key = 0;  // acronym given in parentheses, or 0
  char gender = 0;    // 'm', 'f' or 0
  bool org = false;
  bool strong = false;  // introduced with a title, apposition or as speaker
  bool description = false;  // an unnamed description ("the emotional
                             // impact"), never the antecedent of a pronoun
  std::string entity_kind;  // gazetteer kind (ngo, igo, ...), "" if none
  OrgName recognised;  // how the text introduced an organisation the
                       // gazetteer does not know; !ok() otherwise
};

class SpeakerResolver {
 public:
  SpeakerResolver(std::string_view text, const std::vector<QToken>& toks,
                  const std::vector<EntityMention>& entities,
                  const SpeakerLexicon& lex,
                  const std::vector<char>* quoted = nullptr);

  // The speaker phrase that ends at token `last` (walking left, not before
  // `lo`), with appositions ("X, the minister,"). Skips auxiliaries first.
  SpeakerPhrase Backward(int last, int lo) const;
  int PhraseStart(int e, int lo) const;  // Backward's one noun phrase
  // True when the phrase starting at `first` follows a preposition ("In the
  // Commons, ..."): an adverbial, not a speaker's name or apposition.
  bool AfterPreposition(int first, int lo) const;
  // The speaker phrase that starts at `first` (not past `hi`).
  SpeakerPhrase Forward(int first, int hi) const;
  // All of tokens [first, last] as one speaker phrase ("“...,” Adam Green,
  // co-founder of the committee, said"), without a trailing relative
  // clause or parenthesis; none when it holds a verb, a quote mark or no
  // name, title or organisation noun.
  SpeakerPhrase Between(int first, int last) const;
  // Resolves a phrase to a speaker, using what the text said before it, and
  // remembers it for later pronouns. Returns false when the phrase cannot be
  // a speaker (e.g. "it" with no organisation before it).
  bool Resolve(const SpeakerPhrase& np, Speaker* out);
  // The steps of Resolve (speaker.cc).
  int ResolvePronoun(const SpeakerPhrase& np, Speaker* out);
  int ResolveOrganisation(const SpeakerPhrase& np, const std::vector<QToken>& nt,
                          bool generic, Speaker* out);
  bool ResolveDescription(const SpeakerPhrase& np, Speaker* out);
  // "the Texas Democrat", "the two-term president": a definite role noun
  // with modifiers stands for the person who spoke or acted last; the
  // referent, or -1 when the phrase is no such epithet.
  int EpithetReferent(const SpeakerPhrase& np) const;
  bool ResolveShortName(const SpeakerPhrase& np, uint64_t last_key, char gender,
                        Speaker* out);
  // Finds, among the organisations the text introduced, the one named at
  // token i (entity or introduced name); -1 when none.
  int OrgAt(int i) const;
  const std::vector<Referent>& referents() const { return refs_; }
  // Token index of the first token at or after byte `b`.
  int TokenAt(int b) const;
  bool IsNameToken(int i) const;
  bool IsVerbAt(int i, int hi) const;
  // True when the phrase is "he"/"she" or ends in the name of a person the
  // text introduced (not a state, an organisation or a description).
  bool KnownPerson(const SpeakerPhrase& np) const;
  // True for "he", "she", "they", "it": not for the gendered titles and
  // honorifics the same word lists hold.
  bool IsPronoun(uint64_t key) const;
  std::string Text(int first, int last) const;

 private:
  void Introduce();
  // The steps of Introduce (referents.cc).
  int IntroduceNameAt(int i, const std::vector<char>& shouted);
  bool NotAPersonEntity(int i) const;
  // True when token i follows a reporting verb of its own sentence ("said
  // he hopes Prime Minister Mori will"), with no comma between when
  // `comma_ends`: a name there is no main subject.
  bool InReportedClause(int i, bool comma_ends) const;
  static constexpr int kReportedReach = 30;  // tokens back to the verb
  void IntroduceOrganisationRun(int i, int end, bool ngo_intro);
 // pre-pass: titled persons and introduced organisations
  void AddReferent(Referent r);
  // Records a mention of `r` at token `tok` (as a subject or speaker when
  // `subject`).
  static void Touch(Referent* r, int tok, bool subject);
  // The last mention of `r` before token `before` (its first mention when
  // none is), and the last one as a subject or speaker (-1 when none).
  static int SeenBefore(const Referent& r, int before);
  static int SalientBefore(const Referent& r, int before);
  int EntityAt(int i) const;  // index into entities_ covering token i, or -1
  // True when entity e, named by tokens [a, b], is a person the gazetteer
  // tags by the state or organisation they act for ("Mr. Obama").
  bool PersonEntity(int e, int a, int b) const;
  int NameRunEnd(int i, int hi) const;     // end (exclusive) of a name run
  // What tokens [first, last] say of their speaker (fill.cc), part by part
  // of an apposition (PartReader, part.h); an unnamed speaker is described
  // (DescribedSpeaker).
  bool FillFromTokens(int first, int last, Speaker* out, char* gender,
                      bool* org) const;
  class PartReader;
  bool DescribedSpeaker(int first, int last, const std::string& affiliation,
                        Speaker* out) const;
  // The person last seen before token `before` whose last name is
  // `last_key`, of `gender` ('m', 'f') unless that is 0; -1 when none.
  int FindPerson(uint64_t last_key, int before, char gender = 0) const;
  // A strong person whose first name is `first_key` (family name first:
  // "Jiang" for "Jiang Zemin"); -1 when none.
  int FindFirstName(uint64_t first_key, int before) const;
  // The first strong person with two or more names whose last name is
  // `last_key`, introduced after token `after`; -1 when none.
  int FindPersonLater(uint64_t last_key, int after, char gender) const;
  int FindPronoun(char gender, int before) const;
  int FindOrg(int before, bool ngo_only, uint64_t head) const;
  // The organisation whose name ends in a firm suffix ("Collagen Corp" for
  // "the company") last seen as a speaker before token `before`, or else
  // last seen at all; -1 when none.
  int FindFirm(int before) const;

  std::string_view text_;
  const std::vector<QToken>& toks_;
  const std::vector<EntityMention>& entities_;
  const SpeakerLexicon& lex_;
  std::vector<int> entity_of_tok_;
  const std::vector<char>* quoted_;  // tokens inside quote marks, or null
  std::vector<Referent> refs_;  // in text order of introduction
};

}  // namespace newsevents

#endif  // NEWSEVENTS_SPEAKER_SPEAKER_H_
