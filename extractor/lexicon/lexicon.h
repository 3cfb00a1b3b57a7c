// Lexicon: the gazetteers (states, organs, organisations, treaties) and the
// word lists of lexicons/en, compiled into one token trie. Loaded once,
// immutable, shared by all threads.
#ifndef NEWSEVENTS_LEXICON_LEXICON_H_
#define NEWSEVENTS_LEXICON_LEXICON_H_

#include <deque>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "base/u64_map.h"
#include "newsevents/status.h"
#include "text/tokenizer.h"

namespace newsevents {

struct StateInfo {
  std::string code, name;
  // For a former state, the year ISO 3166-3 withdrew its code (0: current).
  int withdrawn = 0;
};
struct OrganisationInfo {
  std::string id, name, kind;  // kind: igo or ngo
  // An igo's first alias written in capitals (OPEC, NATO): its code in the
  // output, as a state's is its ISO code.
  std::string acronym;
  // The agreements that found it, oldest first (the EC: the Treaty of Rome,
  // then the Treaty on European Union), which joining or leaving it joins or
  // leaves: indices into treaties().
  std::vector<int> charters;
  // The agreements of its own it makes (organisations.tsv `agreements`:
  // OPEC's production accords, the Paris Club's reschedulings), indices into
  // treaties(): "OPEC's December pact" is one of them.
  std::vector<int> agreements;
};
struct OrganInfo {
  std::string organ, code;  // code empty: resolves from context
};
// A party to a bilateral agreement, as its name gives it.
struct Party {
  std::string name, code, kind;  // kind: state or igo
};

// A person who acts for a state (or an organisation) in office years
// [from, to]: "Obama" in 2015 is the United States' president.
struct PersonInfo {
  std::string name, code, organ, org;
  int from = 0, to = 9999;
};
struct TreatyInfo {
  std::string id, name;
  int year = 0;
  std::vector<std::vector<int>> subjects;  // token-id sequences
  std::vector<std::string> heads;          // folded head nouns
  // The states or organisations its name joins: "U.S.-Japan Semiconductor
  // Agreement" -> United States, Japan. Empty unless two or more.
  std::vector<Party> parties;
  // The organisation that administers it (the ICO for the International
  // Coffee Agreement): the igo whose charter names it or the agreement its
  // id extends (ica_1983 extends ica). Empty name when none.
  Party body;
  // Later instruments extend it (ica_1983 and ica_2007 extend ica): an
  // agreement its organisation renegotiates, as the commodity pacts are.
  bool renewed = false;
  // The organisation whose own agreements these are (OPEC's production
  // accords, the Paris Club's reschedulings): organisations.tsv column 8.
  Party owner;
  // For a family of agreements made one per party (the Paris Club's
  // reschedulings): the name of one of them, with {party} and {act}
  // ("{party} Paris Club debt {act} agreement"); treaties.tsv column 8.
  std::string instance_name;
};

// What one lexicon phrase is: a tag ("STATE", "STATE_ADJ", "CAPITAL", "IGO",
// "NGO", "ORGAN", "TREATY", "PERSON", or a word-list name) and the row it
// points to.
// Was the treaty there to be named in `year` (0: unknown) by the words
// `surface`? "Paris agreement" in 1987 is not the one of 2015; but an
// agreement called by its full name while it is negotiated
// ("Trans-Pacific Partnership" in 2010) is that one.
bool TreatyExisted(const TreatyInfo& t, int year, std::string_view surface);

struct LexEntry {
  int tag = 0;
  int ref = -1;              // index into states/organisations/organs/treaties
  std::string exact;         // non-empty: must match this surface exactly
};

// A phrase found in a text: tokens [first, end) and the entries it names.
struct LexMatch {
  int first = 0, end = 0;
  std::vector<int> entries;  // indices into Lexicon::entries()
};

class Lexicon {
 public:
  // Loads every gazetteer and word list under `dir` (e.g. lexicons/en).
  static Status Load(const std::string& dir, std::unique_ptr<Lexicon>* out);

  // Longest lexicon phrases over the tokens, left to right, not overlapping.
  // `token_ids` receives TokenId() of every token (computed once here). In a
  // text of `year` (0: unknown) a treaty made later names nothing, so the
  // words of its alias match as they would without it ("the U.S.-Japan trade
  // agreement" of 1987 is not the 2019 one).
  void Match(const TokenizedText& text, std::vector<int>* token_ids,
             std::vector<LexMatch>* out, int year = 0) const;
  void Match(const TokenizedText& text, std::vector<LexMatch>* out) const {
    std::vector<int> ids;
    Match(text, &ids, out);
  }
  // The (treaty, subject) pairs whose subject starts with token `id`.
  const std::vector<std::pair<int, int>>* SubjectsStartingWith(int id) const {
    auto it = subjects_by_first_.find(id);
    return it == subjects_by_first_.end() ? nullptr : &it->second;
  }

  // The id of a folded token in the vocabulary, or -1 when the lexicon
  // never uses it.
  int TokenId(std::string_view folded) const;
  int TagId(std::string_view name) const;  // -1 when unknown
  // TagId() of a tag the engine's C++ code depends on. When no lexicon file
  // defines it, returns -1 and sets `*status` (if still ok) to an error at
  // the file that should: DIR/words/NAME.txt for a word list.
  int RequireTag(std::string_view name, Status* status) const;
  const std::string& TagName(int tag) const { return tags_[tag]; }
  int tag_count() const { return static_cast<int>(tags_.size()); }

  const std::vector<LexEntry>& entries() const { return entries_; }
  const std::vector<StateInfo>& states() const { return states_; }
  const std::vector<OrganisationInfo>& organisations() const { return orgs_; }
  const std::vector<OrganInfo>& organs() const { return organs_; }
  const std::vector<TreatyInfo>& treaties() const { return treaties_; }
  const std::vector<PersonInfo>& people() const { return people_; }
  const AbbreviationSet& abbreviations() const { return abbreviations_; }
  // A hash of every file loaded: stamps output records.
  const std::string& version() const { return version_; }

 private:
  // Adds `phrase` (tokenized and folded) with an entry; used by Load().
  void AddPhrase(std::string_view phrase, LexEntry entry);
  int InternTag(std::string_view name);
  std::vector<int> TokenIds(std::string_view phrase);
  int Intern(std::string_view folded);
  static void FindTreatyParties(Lexicon* lex);
  // The steps of Load(), one per lexicon file (load.cc); each appends what
  // it read to `contents`, which the version hash covers.
  Status LoadStates(const std::string& dir, std::string* contents);
  // `charters` and `agreements` receive, per organisation, its treaty ids
  // of columns 7 and 8 and where they are.
  Status LoadOrganisations(
      const std::string& dir, std::string* contents,
      std::vector<std::pair<std::string, std::string>>* charters,
      std::vector<std::pair<std::string, std::string>>* agreements);
  Status LoadOrgans(const std::string& dir, std::string* contents);
  Status LoadTreaties(const std::string& dir, std::string* contents);
  Status LoadPeople(const std::string& dir, std::string* contents);
  Status LoadWordLists(const std::string& dir, std::string* contents);
  Status LinkCharters(
      const std::vector<std::pair<std::string, std::string>>& charters,
      const std::vector<std::pair<std::string, std::string>>& agreements);
  void IndexSubjects();
  void AddNames(const std::vector<std::string>& names, int tag, int ref,
                bool exact_caps);
  int Child(int node, int token) const;

  // Token ids by folded word; the keys view into vocab_words_.
  std::unordered_map<std::string_view, int> vocab_;
  std::deque<std::string> vocab_words_;
  // Treaty subjects by their first token id: (treaty, subject) pairs.
  std::unordered_map<int, std::vector<std::pair<int, int>>> subjects_by_first_;
  U64Map edges_;  // (node << 32 | token) -> node
  std::vector<std::vector<int>> node_entries_;
  std::vector<LexEntry> entries_;
  std::vector<std::string> tags_;
  std::unordered_map<std::string, int> tag_ids_;
  std::vector<StateInfo> states_;
  std::vector<OrganisationInfo> orgs_;
  std::vector<OrganInfo> organs_;
  std::vector<TreatyInfo> treaties_;
  std::vector<PersonInfo> people_;
  AbbreviationSet abbreviations_;
  std::string version_;
  std::string dir_;
};

}  // namespace newsevents

#endif  // NEWSEVENTS_LEXICON_LEXICON_H_
