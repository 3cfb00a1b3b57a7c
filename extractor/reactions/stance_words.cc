// Stance word files and their generated forms; see reactions/stance_words.h.
#include "reactions/stance_words.h"

#include <algorithm>

#include "base/tsv.h"

namespace newsevents {
namespace {

// The lines of `path` that are not blank or comments (base/tsv.h), with
// their numbers, trimmed, and the column of their first character.
struct Line {
  int number;
  int column;  // 1-based
  std::string text;
};

Status ReadLines(const std::string& path, std::vector<Line>* out) {
  std::vector<DataLine> lines;
  Status s = ReadDataLines(path, &lines);
  if (!s.ok()) return s;
  for (const DataLine& d : lines) {
    const size_t b = d.text.find_first_not_of(" \t");
    const size_t e = d.text.find_last_not_of(" \t");
    // One space between words, lower case, so that forms are built on words.
    std::string norm;
    for (char c : d.text.substr(b, e - b + 1)) {
      if (c == '\t') c = ' ';
      if (c == ' ' && !norm.empty() && norm.back() == ' ') continue;
      norm += c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
    }
    out->push_back({d.number, static_cast<int>(b) + 1, norm});
  }
  return Status::Ok();
}

}  // namespace

Status LoadIrregularVerbs(const std::string& path, IrregularVerbs* out) {
  std::vector<Line> lines;
  Status s = ReadLines(path, &lines);
  if (!s.ok()) return s;
  for (const Line& l : lines) {
    std::vector<std::string> w;
    size_t at = 0;
    while (at <= l.text.size()) {
      size_t sp = l.text.find(' ', at);
      if (sp == std::string::npos) sp = l.text.size();
      w.push_back(l.text.substr(at, sp - at));
      at = sp + 1;
    }
    if (w.size() != 3)
      return Status::Error("bad_word_list",
                           "expected 'lemma past participle', found " +
                               std::to_string(w.size()) + " words",
                           Where(path, l.number, l.column));
    (*out)[w[0]] = {w[1], w[2]};
  }
  return Status::Ok();
}

Status LoadStanceWords(const std::string& path, const IrregularVerbs& irregular,
                       const WordList& prepositions, WordList* out,
                       std::vector<std::string>* forms) {
  std::vector<Line> lines;
  Status s = ReadLines(path, &lines);
  if (!s.ok()) return s;
  auto is_prep = [&](std::string_view w) { return prepositions.Has(FoldKey(w)); };
  std::vector<std::string> all, except;
  for (const Line& l : lines) {
    const size_t sp = l.text.find(' ');
    const std::string pos = l.text.substr(0, sp);
    if (sp == std::string::npos)
      return Status::Error("bad_word_list",
                           "expected a part of speech and a lemma '" + pos + "'",
                           Where(path, l.number, l.column));
    const std::string lemma = l.text.substr(sp + 1);
    std::vector<std::string> got;
    if (pos == "phrase") {
      got.push_back(lemma);
    } else if (pos == "except") {
      except.push_back(lemma);
      continue;
    } else if (pos == "verb" || pos == "noun" || pos == "adj") {
      for (const std::string& v : SpellingVariants(lemma)) {
        std::vector<std::string> f =
            pos == "verb"   ? VerbForms(v, irregular)
            : pos == "noun" ? NounForms(v, is_prep)
                            : AdjectiveForms(v);
        got.insert(got.end(), f.begin(), f.end());
      }
    } else {
      return Status::Error("bad_word_list",
                           "unknown part of speech '" + pos +
                               "'; expected one of: verb, noun, adj, phrase, "
                               "except",
                           Where(path, l.number, l.column));
    }
    for (std::string& g : got)
      if (std::find(all.begin(), all.end(), g) == all.end())
        all.push_back(std::move(g));
  }
  for (const std::string& f : all) {
    if (std::find(except.begin(), except.end(), f) != except.end()) continue;
    out->Add(f);
    if (forms) forms->push_back(f);
  }
  return Status::Ok();
}

}  // namespace newsevents
