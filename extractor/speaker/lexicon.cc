// WordList and SpeakerLexicon (speaker/speaker.h): word lists loaded from
// lexicons/en/words, matched by folded-token hashes.
#include "speaker/speaker.h"

#include <fstream>

#include "speaker/internal.h"

namespace newsevents {

void WordList::Add(std::string_view phrase) {
  std::vector<QToken> toks = ScanTokens(phrase, nullptr);
  if (toks.empty()) return;
  if (toks.size() == 1) {
    singles_.Set(toks[0].key, 1);
    return;
  }
  std::vector<uint64_t> keys;
  for (const QToken& k : toks) keys.push_back(k.key);
  int at = multi_.Find(keys[0]);
  if (at < 0) {
    at = static_cast<int>(phrases_.size());
    phrases_.emplace_back();
    multi_.Set(keys[0], at);
  }
  phrases_[at].push_back(std::move(keys));
}

Status WordList::Load(const std::string& path) {
  std::ifstream in(path);
  if (!in) return Status::Error("io_error", "cannot read word list", path);
  std::string line;
  int line_no = 0;
  while (std::getline(in, line)) {
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    size_t b = line.find_first_not_of(" \t");
    if (b == std::string::npos || line[b] == '#') continue;
    size_t tab = line.find('\t');
    if (tab != std::string::npos) {
      return Status::Error(
          "bad_word_list",
          "a word list holds one word or phrase per line, found a tab",
          path + ":" + std::to_string(line_no) + ":" +
              std::to_string(tab + 1));
    }
    for (size_t k = 0; k < line.size(); ++k) {
      unsigned char c = line[k];
      if (c < 0x20) {
        return Status::Error("bad_word_list", "control character in line",
                             path + ":" + std::to_string(line_no) + ":" +
                                 std::to_string(k + 1));
      }
    }
    size_t e = line.find_last_not_of(" \t");
    Add(std::string_view(line).substr(b, e - b + 1));
  }
  return Status::Ok();
}

int WordList::MatchAt(const std::vector<QToken>& toks, int i, int end) const {
  if (i < 0 || i >= end) return 0;
  int best = 0;
  const int at = multi_.Find(toks[i].key);
  if (at >= 0) {
    for (const auto& ph : phrases_[at]) {
      int len = static_cast<int>(ph.size());
      if (len <= best || i + len > end) continue;
      bool ok = true;
      for (int k = 1; k < len && ok; ++k) ok = toks[i + k].key == ph[k];
      if (ok) best = len;
    }
  }
  if (best == 0 && singles_.Has(toks[i].key)) best = 1;
  return best;
}

Status SpeakerLexicon::Load(const std::string& dir) {
  const std::string w = dir + "/words/";
  struct Item { WordList* list; const char* file; };
  const Item items[] = {
      {&verbs, "reporting_verbs.txt"},
      {&source_phrases, "source_phrases.txt"},
      {&titles, "person_titles.txt"},
      {&official_titles, "official_titles.txt"},
      {&honorifics, "honorifics.txt"},
      {&male, "male_pronouns.txt"},
      {&female, "female_pronouns.txt"},
      {&group_pronouns, "group_pronouns.txt"},
      {&org_nouns, "org_nouns.txt"},
      {&ngo_nouns, "ngo_nouns.txt"},
      {&org_heads, "org_heads.txt"},
      {&ngo_heads, "ngo_heads.txt"},
      {&government_heads, "government_heads.txt"},
      {&company_heads, "company_heads.txt"},
      {&ngo_excluded_heads, "ngo_excluded_heads.txt"},
      {&union_heads, "union_heads.txt"},
      {&company_nouns, "company_nouns.txt"},
      {&firm_suffixes, "firm_suffixes.txt"},
      {&party_labels, "party_labels.txt"},
      {&epithet_heads, "epithet_heads.txt"},
      {&adverbial_prepositions, "adverbial_prepositions.txt"},
      {&function_words, "function_words.txt"},
      {&function_words, "calendar_words.txt"},
      {&aux, "aux_words.txt"},
      {&determiners, "determiners.txt"},
      {&abbreviations, "abbreviations.txt"},
      {&document_nouns, "document_nouns.txt"},
      {&plural_titles, "plural_titles.txt"},
      {&subordinators, "subordinators.txt"},
      {&conjunctions, "conjunctions.txt"},
      {&subject_pronouns, "subject_pronouns.txt"},
      {&name_modifiers, "name_modifiers.txt"},
      {&sentence_adverbs, "sentence_adverbs.txt"},
      {&person_nouns, "person_nouns.txt"},
      {&indefinite_determiners, "indefinite_determiners.txt"},
      {&relative_pronouns, "relative_pronouns.txt"},
      {&male_names, "male_first_names.txt"},
      {&female_names, "female_first_names.txt"},
      {&name_connectors, "name_connectors.txt"},
      {&affiliation_prepositions, "affiliation_prepositions.txt"},
  };
  for (const Item& it : items) {
    std::string path = w + it.file;
    Status s = it.list->Load(path);
    if (!s.ok()) return s;
  }
  {
    std::ifstream organs(dir + "/organs.tsv");
    std::string line;
    while (std::getline(organs, line)) {
      if (line.empty() || line[0] == '#') continue;
      std::string name = line.substr(0, line.find('\t'));
      for (const QToken& t : ScanTokens(name, nullptr))
        if (t.word()) organ_words.Add(name.substr(t.start, t.end - t.start));
    }
  }
  return Status::Ok();
}

}  // namespace newsevents
