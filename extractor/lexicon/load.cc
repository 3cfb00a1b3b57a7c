// Lexicon::Load: reads the gazetteers and word lists of lexicons/en
// (formats in lexicons/README.md) strictly, with file:line:col errors.
#include <algorithm>
#include <cctype>

#include "base/strings.h"
#include "base/tsv.h"
#include "lexicon/lexicon.h"

namespace newsevents {
namespace {

bool AllCaps(std::string_view s) {
  bool letter = false;
  for (unsigned char c : s) {
    if (std::islower(c)) return false;
    if (std::isupper(c)) letter = true;
  }
  return letter;
}

std::string NoSpaces(std::string_view s) {
  std::string out;
  for (char c : s)
    if (c != ' ') out.push_back(c);
  return out;
}

Status CheckColumns(const std::string& path, const DataLine& line, size_t min,
                    const char* what) {
  if (line.columns.size() >= min) return Status::Ok();
  return Status::Error("bad_lexicon",
                       "expected " + std::to_string(min) + " tab-separated " +
                           "columns (" + what + "), found " +
                           std::to_string(line.columns.size()),
                       Where(path, line.number,
                             static_cast<int>(line.text.size()) + 1));
}

Status CheckNotEmpty(const std::string& path, const DataLine& line, size_t col,
                     const char* what) {
  if (!line.columns[col].empty()) return Status::Ok();
  return Status::Error("bad_lexicon", std::string("empty ") + what,
                       Where(path, line.number, line.column_starts[col]));
}

// The trailing `case` column: "exact" makes all-caps aliases case-sensitive.
bool ExactCase(const DataLine& line, size_t col) {
  return line.columns.size() > col && line.columns[col] == "exact";
}

// "computer chips" -> "computer chip", "treaties" -> "treaty"; other
// phrases unchanged ("arms", "cocoa", "mass").
std::string SingularLastWord(const std::string& phrase) {
  const size_t space = phrase.rfind(' ');
  const std::string last = phrase.substr(space == std::string::npos ? 0 : space + 1);
  const std::string head = phrase.substr(0, phrase.size() - last.size());
  if (last.size() <= 4 || last.back() != 's' || EndsWith(last, "ss") ||
      EndsWith(last, "us") || EndsWith(last, "is"))
    return phrase;
  if (EndsWith(last, "ies")) return head + last.substr(0, last.size() - 3) + "y";
  return head + last.substr(0, last.size() - 1);
}

// A 4-digit year in column `col` (empty leaves *year as it is).
Status ParseYear(const std::string& path, const DataLine& line, size_t col,
                 int* year) {
  const std::string& y = line.columns[col];
  if (y.empty()) return Status::Ok();
  if (y.size() != 4 || !std::all_of(y.begin(), y.end(), [](char c) {
        return std::isdigit(static_cast<unsigned char>(c));
      }))
    return Status::Error("bad_lexicon", "year must have 4 digits",
                         Where(path, line.number, line.column_starts[col]));
  *year = std::stoi(y);
  return Status::Ok();
}

}  // namespace

// The states and organisations named in a treaty's name or aliases.
void Lexicon::FindTreatyParties(Lexicon* lex) {
  const int state = lex->TagId("STATE"), adj = lex->TagId("STATE_ADJ"),
            igo = lex->TagId("IGO");
  for (TreatyInfo& treaty : lex->treaties_) {
    TokenizedText t;
    Tokenize(treaty.name, nullptr, &t);
    // Every state or organisation phrase inside the name, not only the
    // longest match (which is the treaty itself).
    std::vector<int> found;
    for (size_t i = 0; i < t.tokens.size(); ++i) {
      int node = 0, last = -1;
      for (size_t j = i; j < t.tokens.size(); ++j) {
        const int id = lex->TokenId(t.Folded(t.tokens[j]));
        if (id < 0 || (node = lex->Child(node, id)) < 0) break;
        for (int e : lex->node_entries_[node]) {
          const int tag = lex->entries_[e].tag;
          if (tag == state || tag == adj || tag == igo) last = e;
        }
      }
      if (last >= 0) found.push_back(last);
    }
    std::vector<Party> parties;
    for (int e : found) {
      const LexEntry& entry = lex->entries_[e];
      Party p = entry.tag == igo
                    ? Party{lex->orgs_[entry.ref].name, "", "igo"}
                    : Party{lex->states_[entry.ref].name,
                            lex->states_[entry.ref].code, "state"};
      bool seen = false;
      for (const Party& q : parties) seen |= q.name == p.name;
      if (!seen) parties.push_back(p);
    }
    if (parties.size() >= 2) treaty.parties = parties;
  }
}

// states.tsv: code, name, aliases, adjectives, capitals, case, withdrawn
Status Lexicon::LoadStates(const std::string& dir, std::string* contents) {
  const std::string path = dir + "/states.tsv";
  std::vector<DataLine> lines;
  Status s = ReadDataLines(path, &lines, contents);
  if (!s.ok()) return s;
  const int state = InternTag("STATE"), adj = InternTag("STATE_ADJ"),
            capital = InternTag("CAPITAL");
  for (const DataLine& l : lines) {
    if (!(s = CheckColumns(path, l, 2, "code, name")).ok()) return s;
    if (l.columns[0].size() != 3 || !AllCaps(l.columns[0]))
      return Status::Error("bad_lexicon",
                           "state code must be 3 upper-case letters",
                           Where(path, l.number, 1));
    if (!(s = CheckNotEmpty(path, l, 1, "name")).ok()) return s;
    const int ref = static_cast<int>(states_.size());
    int withdrawn = 0;
    if (l.columns.size() > 6 && !(s = ParseYear(path, l, 6, &withdrawn)).ok())
      return s;
    states_.push_back({l.columns[0], l.columns[1], withdrawn});
    const bool exact = ExactCase(l, 5);
    AddNames({l.columns[1]}, state, ref, exact);
    if (l.columns.size() > 2) AddNames(SplitValues(l.columns[2]), state, ref, true);
    if (l.columns.size() > 3) AddNames(SplitValues(l.columns[3]), adj, ref, false);
    if (l.columns.size() > 4) AddNames(SplitValues(l.columns[4]), capital, ref, false);
  }
  return Status::Ok();
}

// organisations.tsv: id, name, kind, aliases, topics, case, charter, agreements
Status Lexicon::LoadOrganisations(
    const std::string& dir, std::string* contents,
    std::vector<std::pair<std::string, std::string>>* charters,
    std::vector<std::pair<std::string, std::string>>* agreements) {
  const std::string path = dir + "/organisations.tsv";
  std::vector<DataLine> lines;
  Status s = ReadDataLines(path, &lines, contents);
  if (!s.ok()) return s;
  const int igo = InternTag("IGO"), ngo = InternTag("NGO");
  for (const DataLine& l : lines) {
    if (!(s = CheckColumns(path, l, 3, "id, name, kind")).ok()) return s;
    const std::string& kind = l.columns[2];
    if (kind != "igo" && kind != "ngo" && kind != "organisation")
      return Status::Error(
          "bad_lexicon",
          "kind must be igo, ngo or organisation, not '" + kind + "'",
          Where(path, l.number, l.column_starts[2]));
    const int ref = static_cast<int>(orgs_.size());
    orgs_.push_back({l.columns[0], l.columns[1], kind});
    if (kind == "igo" && l.columns.size() > 3)
      for (const std::string& alias : SplitValues(l.columns[3]))
        if (AllCaps(alias) && alias.find_first_of(". ") == std::string::npos) {
          orgs_.back().acronym = alias;
          break;
        }
    for (size_t col : {6, 7}) {
      auto* ids = col == 6 ? charters : agreements;
      ids->emplace_back(l.columns.size() > col ? l.columns[col] : "",
                        l.columns.size() > col ? Where(path, l.number, l.column_starts[col])
                                               : "");
    }
    // Think tanks (organisation) are tagged as NGOs are: the rules treat
    // both as non-state bodies.
    const int tag = kind == "igo" ? igo : ngo;
    const bool exact = ExactCase(l, 5);
    AddNames({l.columns[1]}, tag, ref, exact);
    if (l.columns.size() > 3) AddNames(SplitValues(l.columns[3]), tag, ref, exact);
  }
  return Status::Ok();
}

// organs.tsv: phrase, organ, code
Status Lexicon::LoadOrgans(const std::string& dir, std::string* contents) {
  const std::string path = dir + "/organs.tsv";
  std::vector<DataLine> lines;
  Status s = ReadDataLines(path, &lines, contents);
  if (!s.ok()) return s;
  const int organ = InternTag("ORGAN");
  for (const DataLine& l : lines) {
    if (!(s = CheckColumns(path, l, 2, "phrase, organ")).ok()) return s;
    const int ref = static_cast<int>(organs_.size());
    organs_.push_back(
        {l.columns[1], l.columns.size() > 2 ? l.columns[2] : ""});
    AddNames({l.columns[0]}, organ, ref, false);
  }
  return Status::Ok();
}

// treaties.tsv: id, name, aliases, year, subjects, head, case, instance
Status Lexicon::LoadTreaties(const std::string& dir, std::string* contents) {
  const std::string path = dir + "/treaties.tsv";
  std::vector<DataLine> lines;
  Status s = ReadDataLines(path, &lines, contents);
  if (!s.ok()) return s;
  const int treaty = InternTag("TREATY");
  for (const DataLine& l : lines) {
    if (!(s = CheckColumns(path, l, 2, "id, name")).ok()) return s;
    const int ref = static_cast<int>(treaties_.size());
    TreatyInfo info{l.columns[0], l.columns[1], 0, {}, {}};
    if (l.columns.size() > 3 && !(s = ParseYear(path, l, 3, &info.year)).ok())
      return s;
    if (l.columns.size() > 4)
      for (const std::string& subject : SplitValues(l.columns[4])) {
        info.subjects.push_back(TokenIds(subject));
        // Before a head noun a plural subject is singular: "microchips"
        // names the "microchip pact", "cluster munitions" the "cluster
        // munition treaty".
        const std::string singular = SingularLastWord(subject);
        if (singular != subject) info.subjects.push_back(TokenIds(singular));
      }
    if (l.columns.size() > 5)
      for (const std::string& head : SplitValues(l.columns[5]))
        info.heads.push_back(Fold(head));
    if (l.columns.size() > 7) info.instance_name = l.columns[7];
    treaties_.push_back(std::move(info));
    const bool exact = ExactCase(l, 6);
    AddNames({l.columns[1]}, treaty, ref, exact);
    if (l.columns.size() > 2) AddNames(SplitValues(l.columns[2]), treaty, ref, exact);
  }
  return Status::Ok();
}

// people.tsv (optional): name, aliases, code, organ, from, to, org
Status Lexicon::LoadPeople(const std::string& dir, std::string* contents) {
  const std::string path = dir + "/people.tsv";
  std::vector<DataLine> lines;
  if (FILE* f = std::fopen(path.c_str(), "r")) {
    std::fclose(f);
    Status s = ReadDataLines(path, &lines, contents);
    if (!s.ok()) return s;
  }
  const int person = InternTag("PERSON");
  for (const DataLine& l : lines) {
    Status s = CheckColumns(path, l, 6, "name, aliases, code, organ, from, to");
    if (!s.ok()) return s;
    PersonInfo info{l.columns[0], l.columns[2], l.columns[3],
                    l.columns.size() > 6 ? l.columns[6] : "", 0, 9999};
    if (!(s = ParseYear(path, l, 4, &info.from)).ok() ||
        !(s = ParseYear(path, l, 5, &info.to)).ok())
      return s;
    if (info.code.empty() && info.org.empty())
      return Status::Error("bad_lexicon", "a person needs a state code or an org",
                           Where(path, l.number, l.column_starts[2]));
    const int ref = static_cast<int>(people_.size());
    people_.push_back(std::move(info));
    // `exact` people match only capitalised as written ("Bush", "Straw").
    std::vector<std::string> names = SplitValues(l.columns[1]);
    names.push_back(l.columns[0]);
    for (const std::string& name : names) {
      LexEntry e{person, ref, ExactCase(l, 7) ? NoSpaces(name) : ""};
      AddPhrase(name, e);
    }
  }
  return Status::Ok();
}

// words/*.txt: one phrase per line, tagged with the file stem.
Status Lexicon::LoadWordLists(const std::string& dir, std::string* contents) {
  const std::string words = dir + "/words";
  for (const std::string& name : ListFiles(words, ".txt")) {
    std::vector<DataLine> lines;
    Status s = ReadDataLines(words + "/" + name, &lines, contents);
    if (!s.ok()) return s;
    const std::string stem = name.substr(0, name.size() - 4);
    const int tag = InternTag(stem);
    for (const DataLine& l : lines) {
      if (l.columns.size() > 1)
        return Status::Error("bad_lexicon",
                             "a word list has one phrase per line, no tabs",
                             Where(words + "/" + name, l.number,
                                   l.column_starts[1] - 1));
      AddPhrase(l.columns[0], {tag, -1, ""});
      if (stem == "abbreviations") abbreviations_.insert(Fold(l.columns[0]));
    }
  }
  return Status::Ok();
}

// Each organisation's charters (organisations.tsv column 7) by treaty id, and
// the body that administers each treaty: its charter's organisation, also for
// the treaty's later instruments (id prefix: "ica" for "ica_1983").
Status Lexicon::LinkCharters(
    const std::vector<std::pair<std::string, std::string>>& charters,
    const std::vector<std::pair<std::string, std::string>>& agreements) {
  for (size_t o = 0; o < charters.size(); ++o) {
    const auto& [ids, where] = charters[o];
    for (const std::string& id : SplitValues(ids)) {
      const size_t before = orgs_[o].charters.size();
      for (size_t t = 0; t < treaties_.size(); ++t)
        if (treaties_[t].id == id)
          orgs_[o].charters.push_back(static_cast<int>(t));
      if (orgs_[o].charters.size() == before)
        return Status::Error("bad_lexicon", "no treaty '" + id + "' in treaties.tsv", where);
    }
  }
  // An organisation's own agreements, and their later instruments.
  for (size_t o = 0; o < agreements.size(); ++o) {
    const auto& [ids, where] = agreements[o];
    for (const std::string& id : SplitValues(ids)) {
      bool found = false;
      for (size_t ti = 0; ti < treaties_.size(); ++ti) {
        TreatyInfo& t = treaties_[ti];
        if (t.id == id) orgs_[o].agreements.push_back(static_cast<int>(ti));
        if (t.id == id || t.id.compare(0, id.size() + 1, id + "_") == 0) {
          t.owner = {orgs_[o].name, orgs_[o].acronym, "igo"};
          found = true;
        }
      }
      if (!found)
        return Status::Error("bad_lexicon", "no treaty '" + id + "' in treaties.tsv", where);
    }
  }
  for (const OrganisationInfo& org : orgs_)
    for (int c : org.charters)
      for (TreatyInfo& t : treaties_) {
        const std::string& id = treaties_[c].id;
        const bool later = t.id.compare(0, id.size() + 1, id + "_") == 0;
        if (t.body.name.empty() && (t.id == id || later))
          t.body = {org.name, org.acronym, "igo"};
        if (later) treaties_[c].renewed = true;
      }
  return Status::Ok();
}

void Lexicon::IndexSubjects() {
  for (size_t t = 0; t < treaties_.size(); ++t)
    for (size_t k = 0; k < treaties_[t].subjects.size(); ++k)
      if (!treaties_[t].subjects[k].empty())
        subjects_by_first_[treaties_[t].subjects[k][0]].push_back(
            {static_cast<int>(t), static_cast<int>(k)});
}

void Lexicon::AddNames(const std::vector<std::string>& names, int tag, int ref,
                       bool exact_caps) {
  for (const std::string& name : names) {
    LexEntry e{tag, ref, ""};
    if (exact_caps && AllCaps(name)) e.exact = NoSpaces(name);
    AddPhrase(name, e);
  }
}

Status Lexicon::Load(const std::string& dir, std::unique_ptr<Lexicon>* out) {
  auto lex = std::make_unique<Lexicon>();
  // Tags the engine adds to units, for rules to use.
  lex->InternTag("ACTOR");
  lex->InternTag("TREATY_PRONOUN");
  lex->InternTag("TALKS");
  lex->InternTag("NEW_TREATY");
  std::string contents;
  std::vector<std::pair<std::string, std::string>> charters, agreements;  // (ids, where)
  Status s;
  if (!(s = lex->LoadStates(dir, &contents)).ok() ||
      !(s = lex->LoadOrganisations(dir, &contents, &charters, &agreements)).ok() ||
      !(s = lex->LoadOrgans(dir, &contents)).ok() ||
      !(s = lex->LoadTreaties(dir, &contents)).ok() ||
      !(s = lex->LoadPeople(dir, &contents)).ok() ||
      !(s = lex->LoadWordLists(dir, &contents)).ok())
    return s;
  FindTreatyParties(lex.get());
  if (!(s = lex->LinkCharters(charters, agreements)).ok()) return s;
  lex->IndexSubjects();
  lex->version_ = HashHex(contents);
  lex->dir_ = dir;
  *out = std::move(lex);
  return Status::Ok();
}

}  // namespace newsevents
