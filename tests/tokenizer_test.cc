#include "text/tokenizer.h"

#include <doctest/doctest.h>

namespace newsevents {
namespace {

std::vector<std::string> Sentences(const std::string& text,
                                   const AbbreviationSet* abbreviations) {
  TokenizedText t;
  Tokenize(text, abbreviations, &t);
  std::vector<std::string> out;
  for (const Sentence& s : t.sentences)
    out.push_back(text.substr(s.start, s.end - s.start));
  return out;
}

TEST_CASE("tokens keep byte offsets into the original text") {
  const std::string text = "Łukasz met Škoda’s chief in “Vilnius”.";
  TokenizedText t;
  Tokenize(text, nullptr, &t);
  for (const Token& token : t.tokens)
    CHECK(text.substr(token.start, token.end - token.start) == t.Surface(token));
  REQUIRE(t.tokens.size() >= 8);
  CHECK(t.Surface(t.tokens[0]) == "Łukasz");
  CHECK(t.Folded(t.tokens[0]) == "lukasz");
  CHECK(t.Folded(t.tokens[2]) == "skoda");
  CHECK(t.Folded(t.tokens[3]) == "'s");  // possessive split, curly folded
  CHECK((t.tokens[0].flags & Token::kCapitalized));
}

TEST_CASE("folding removes case and diacritics") {
  CHECK(Fold("Taslidzan") == "taslidzan");
  CHECK(Fold("ŠKODA") == "skoda");
  CHECK(Fold("Düsseldorf") == "dusseldorf");
  CHECK(Fold("Łódź") == "lodz");
}

TEST_CASE("hyphenated names split into parts and a hyphen") {
  TokenizedText t;
  Tokenize("the Anti-Personnel convention", nullptr, &t);
  REQUIRE(t.tokens.size() == 5);
  CHECK(t.Folded(t.tokens[2]) == "-");
}

TEST_CASE("sentences survive abbreviations") {
  AbbreviationSet abbreviations = {"dr", "no", "jan", "mr"};
  auto s = Sentences(
      "The U.S. envoy met Dr. Smith on Jan. 5 at No. 10 Downing Street. "
      "Mr. Jones left.",
      &abbreviations);
  REQUIRE(s.size() == 2);
  CHECK(s[1] == "Mr. Jones left.");
}

TEST_CASE("quotes close their sentence") {
  auto s = Sentences("He said “we will sign.” The talks ended.", nullptr);
  REQUIRE(s.size() == 2);
  CHECK(s[0] == "He said “we will sign.”");
}

TEST_CASE("a wrapped line does not end a sentence; a blank line does") {
  auto s = Sentences("China's application to join the General\n"
                     "Agreement on Tariffs and Trade is a test.\n\nNEXT HEADLINE\n\nBody.",
                     nullptr);
  REQUIRE(s.size() == 3);
  CHECK(s[0].find("General\nAgreement") != std::string::npos);
}

TEST_CASE("empty text gives no tokens") {
  TokenizedText t;
  Tokenize("", nullptr, &t);
  CHECK(t.tokens.empty());
  CHECK(t.sentences.empty());
}

}  // namespace
}  // namespace newsevents
