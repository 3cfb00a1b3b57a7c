// The lexicon's trie: phrases are folded token ids along edges, matched
// longest-first and left to right over a document's tokens; tags and token
// ids are interned once at load (load.cc reads the files).
#include "lexicon/lexicon.h"

#include <cctype>
#include <algorithm>
#include <cstdio>
#include <dirent.h>
#include <fstream>
#include <sstream>

#include "base/strings.h"
#include "base/tsv.h"

namespace newsevents {

int Lexicon::Intern(std::string_view folded) {
  auto it = vocab_.find(folded);
  if (it != vocab_.end()) return it->second;
  vocab_words_.emplace_back(folded);
  const int id = static_cast<int>(vocab_.size());
  vocab_.emplace(vocab_words_.back(), id);
  return id;
}

int Lexicon::TokenId(std::string_view folded) const {
  auto it = vocab_.find(folded);
  return it == vocab_.end() ? -1 : it->second;
}

int Lexicon::InternTag(std::string_view name) {
  auto [it, added] =
      tag_ids_.emplace(std::string(name), static_cast<int>(tags_.size()));
  if (added) tags_.emplace_back(name);
  return it->second;
}

int Lexicon::TagId(std::string_view name) const {
  auto it = tag_ids_.find(std::string(name));
  return it == tag_ids_.end() ? -1 : it->second;
}

int Lexicon::RequireTag(std::string_view name, Status* status) const {
  const int tag = TagId(name);
  if (tag < 0 && status->ok()) {
    const bool word_list = !name.empty() && std::islower(static_cast<unsigned char>(name[0]));
    *status = Status::Error(
        "bad_lexicon",
        "the engine needs the " + std::string(word_list ? "word list" : "tag") +
            " '" + std::string(name) + "', which no lexicon file defines",
        word_list ? dir_ + "/words/" + std::string(name) + ".txt:1:1" : dir_);
  }
  return tag;
}

int Lexicon::Child(int node, int token) const {
  return edges_.Find(static_cast<uint64_t>(node) << 32 |
                     static_cast<uint32_t>(token));
}

std::vector<int> Lexicon::TokenIds(std::string_view phrase) {
  TokenizedText t;
  Tokenize(phrase, nullptr, &t);
  std::vector<int> ids;
  for (const Token& token : t.tokens) ids.push_back(Intern(t.Folded(token)));
  return ids;
}

void Lexicon::AddPhrase(std::string_view phrase, LexEntry entry) {
  std::vector<int> ids = TokenIds(phrase);
  if (ids.empty()) return;
  if (node_entries_.empty()) node_entries_.emplace_back();  // the root
  int node = 0;
  for (int id : ids) {
    int child = Child(node, id);
    if (child < 0) {
      child = static_cast<int>(node_entries_.size());
      node_entries_.emplace_back();
      edges_.Set(static_cast<uint64_t>(node) << 32 | static_cast<uint32_t>(id),
                 child);
    }
    node = child;
  }
  // The same phrase may be listed twice under one tag: keep one entry.
  for (int e : node_entries_[node])
    if (entries_[e].tag == entry.tag && entries_[e].ref == entry.ref) return;
  entries_.push_back(std::move(entry));
  node_entries_[node].push_back(static_cast<int>(entries_.size()) - 1);
}

static std::string WithoutSpaces(std::string_view s) {
  std::string out;
  for (char c : s)
    if (c != ' ') out.push_back(c);
  return out;
}

namespace {

// "Agreeement" is "agreement": no English word has a letter three times in
// a row, so a typed third one is dropped. Empty when the word has none.
std::string WithoutTripledLetters(std::string_view word) {
  bool tripled = false;
  for (size_t k = 2; k < word.size() && !tripled; ++k)
    tripled = word[k] == word[k - 1] && word[k] == word[k - 2] &&
              std::isalpha(static_cast<unsigned char>(word[k]));
  std::string out;
  if (!tripled) return out;
  for (char c : word)
    if (!(out.size() >= 2 && c == out.back() && c == out[out.size() - 2]))
      out.push_back(c);
  return out;
}

}  // namespace

bool TreatyExisted(const TreatyInfo& t, int year, std::string_view surface) {
  constexpr int kYearsNegotiated = 8;
  return !year || t.year <= year ||
         (t.year - year <= kYearsNegotiated && AsciiLower(surface) == AsciiLower(t.name));
}

void Lexicon::Match(const TokenizedText& text, std::vector<int>* token_ids,
                    std::vector<LexMatch>* out, int year) const {
  const int treaty = TagId("TREATY");
  out->clear();
  const int n = static_cast<int>(text.tokens.size());
  token_ids->resize(n);
  for (int i = 0; i < n; ++i) {
    const std::string_view folded = text.Folded(text.tokens[i]);
    int id = TokenId(folded);
    if (id < 0) {
      const std::string repaired = WithoutTripledLetters(folded);
      if (!repaired.empty()) id = TokenId(repaired);
    }
    (*token_ids)[i] = id;
  }
  if (node_entries_.empty()) return;
  std::vector<int> valid;
  for (int i = 0; i < n;) {
    int node = 0, best_end = -1;
    LexMatch best;
    for (int j = i; j < n; ++j) {
      const int id = (*token_ids)[j];
      if (id < 0 || (node = Child(node, id)) < 0) break;
      if (node_entries_[node].empty()) continue;
      valid.clear();
      for (int e : node_entries_[node]) {
        const std::string& exact = entries_[e].exact;
        if (!exact.empty() &&
            WithoutSpaces(text.text.substr(
                text.tokens[i].start,
                text.tokens[j].end - text.tokens[i].start)) != exact)
          continue;
        const std::string_view surface = text.text.substr(
            text.tokens[i].start, text.tokens[j].end - text.tokens[i].start);
        if (year && entries_[e].tag == treaty &&
            !TreatyExisted(treaties_[entries_[e].ref], year, surface))
          continue;
        valid.push_back(e);
      }
      if (valid.empty()) continue;
      best_end = j + 1;
      best.first = i;
      best.end = j + 1;
      best.entries = valid;
    }
    if (best_end < 0) {
      ++i;
      continue;
    }
    out->push_back(std::move(best));
    i = best_end;
  }
}

}  // namespace newsevents
