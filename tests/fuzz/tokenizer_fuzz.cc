// libFuzzer target: the ICU tokenizer and sentence splitter (text/) on
// arbitrary valid UTF-8, with the shipped abbreviations, and Fold(). Besides
// crashes it checks what the rest of the pipeline relies on: tokens in
// order, inside the text, not overlapping, each with its folded form inside
// `folded`; sentences in order, covering their tokens, and every token's
// sentence index right. A broken invariant aborts, so the fuzzer reports it.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string_view>

#include "base/text.h"
#include "lexicon/lexicon.h"
#include "newsevents/extractor.h"
#include "text/tokenizer.h"

namespace {

const newsevents::AbbreviationSet& Abbreviations() {
  static std::unique_ptr<newsevents::Lexicon> lexicon = [] {
    std::unique_ptr<newsevents::Lexicon> l;
    if (!newsevents::Lexicon::Load(newsevents::Extractor::DefaultLexiconDir(), &l).ok())
      abort();
    return l;
  }();
  return lexicon->abbreviations();
}

void Require(bool ok, const char* what) {
  if (ok) return;
  std::fprintf(stderr, "tokenizer invariant broken: %s\n", what);
  abort();
}

void Check(std::string_view text, const newsevents::TokenizedText& t) {
  const int size = static_cast<int>(text.size());
  int last_end = 0;
  for (const newsevents::Token& k : t.tokens) {
    Require(k.start >= last_end && k.start < k.end && k.end <= size,
            "tokens in order, non-empty, inside the text");
    Require(k.fold_start >= 0 && k.fold_len >= 0 &&
                k.fold_start + k.fold_len <= static_cast<int>(t.folded.size()),
            "folded form inside folded");
    Require(k.sentence >= 0 &&
                k.sentence < static_cast<int>(t.sentences.size()),
            "token's sentence index");
    last_end = k.end;
  }
  int last_token = 0;
  for (size_t i = 0; i < t.sentences.size(); ++i) {
    const newsevents::Sentence& s = t.sentences[i];
    Require(s.first_token == last_token && s.first_token < s.end_token &&
                s.end_token <= static_cast<int>(t.tokens.size()),
            "sentences cover the tokens in order");
    Require(s.start == t.tokens[s.first_token].start &&
                s.end == t.tokens[s.end_token - 1].end,
            "sentence bytes are its tokens'");
    for (int k = s.first_token; k < s.end_token; ++k)
      Require(t.tokens[k].sentence == static_cast<int>(i),
              "token's sentence is the one holding it");
    last_token = s.end_token;
  }
  Require(last_token == static_cast<int>(t.tokens.size()),
          "every token in a sentence");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > 1 << 16) return 0;
  std::string_view text(reinterpret_cast<const char*>(data), size);
  // REQUIRES of Tokenize and Fold: valid UTF-8 (the readers check it).
  if (!newsevents::IsValidUtf8(text, nullptr)) return 0;
  newsevents::TokenizedText t;
  newsevents::Tokenize(text, &Abbreviations(), &t);
  Check(text, t);
  newsevents::Tokenize(text, nullptr, &t);
  Check(text, t);
  (void)newsevents::Fold(text);
  return 0;
}
