// Tokenizer: ICU word and sentence breaking over the original UTF-8 bytes.
// Every token and sentence keeps byte offsets into the document text, and
// every token carries its folded form (lower case, no diacritics) for lookup.
#ifndef NEWSEVENTS_TEXT_TOKENIZER_H_
#define NEWSEVENTS_TEXT_TOKENIZER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace newsevents {

struct Token {
  int start = 0, end = 0;  // bytes in the text
  int fold_start = 0;      // the folded form is folded_[fold_start, +fold_len)
  int fold_len = 0;
  int sentence = 0;        // index of its sentence
  uint8_t flags = 0;
  enum : uint8_t { kWord = 1, kCapitalized = 2, kNumber = 4, kPunct = 8,
                   kAllCaps = 16, kParagraphStart = 32 };
};

struct Sentence {
  int start = 0, end = 0;              // bytes, trailing white space excluded
  int first_token = 0, end_token = 0;  // token index range [first, end)
};

// The tokens and sentences of one text. Reusable between documents to avoid
// reallocations: Tokenize() clears and refills.
struct TokenizedText {
  std::string_view text;
  std::vector<Token> tokens;
  std::vector<Sentence> sentences;
  std::string folded;  // the folded forms of all tokens, back to back

  std::string_view Folded(const Token& t) const {
    return std::string_view(folded).substr(t.fold_start, t.fold_len);
  }
  std::string_view Surface(const Token& t) const {
    return text.substr(t.start, t.end - t.start);
  }
};

// Folded abbreviations after which a period never ends a sentence ("dr",
// "no", "jan"); ICU's own list misses some. Loaded from the lexicons.
using AbbreviationSet = std::unordered_set<std::string>;

// Splits `text` (valid UTF-8) into tokens and sentences. Possessive 's and ’s
// are split off as their own token. Thread-safe; keeps no global state.
// `abbreviations` may be null.
void Tokenize(std::string_view text, const AbbreviationSet* abbreviations,
              TokenizedText* out);
// The same with ICU's word breaking for ASCII text too, which Tokenize
// leaves to a faster loop that must agree with it (the tokenizer test).
void TokenizeWithIcuWords(std::string_view text,
                          const AbbreviationSet* abbreviations,
                          TokenizedText* out);

// Case folding and diacritic removal as applied to tokens: "Škoda" -> "skoda".
std::string Fold(std::string_view utf8);

}  // namespace newsevents

#endif  // NEWSEVENTS_TEXT_TOKENIZER_H_
