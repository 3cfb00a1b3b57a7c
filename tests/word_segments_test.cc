// The ASCII word segmenter against ICU: Tokenize (ASCII loop) and
// TokenizeWithIcuWords must give the same tokens and sentences on tricky
// strings, on random ASCII text and on every article of the corpora (the
// shared evaluation corpora too, when ../shared holds them).
#include <doctest/doctest.h>

#include <filesystem>
#include <random>
#include <string>
#include <vector>

#include "io/input.h"
#include "text/tokenizer.h"
#include "text/word_segments.h"

namespace newsevents {
namespace {

// The first difference between the two tokenizations, or "".
std::string Difference(std::string_view text) {
  const AbbreviationSet abbreviations = {"dr", "no", "jan", "mr", "u.s"};
  TokenizedText fast, icu;
  Tokenize(text, &abbreviations, &fast);
  TokenizeWithIcuWords(text, &abbreviations, &icu);
  if (fast.tokens.size() != icu.tokens.size())
    return std::to_string(fast.tokens.size()) + " tokens, ICU " +
           std::to_string(icu.tokens.size());
  for (size_t i = 0; i < fast.tokens.size(); ++i) {
    const Token &a = fast.tokens[i], &b = icu.tokens[i];
    if (a.start != b.start || a.end != b.end || a.flags != b.flags ||
        a.sentence != b.sentence || fast.Folded(a) != icu.Folded(b))
      return "token " + std::to_string(i) + " '" + std::string(fast.Surface(a)) +
             "' at " + std::to_string(a.start) + ", ICU '" +
             std::string(icu.Surface(b)) + "' at " + std::to_string(b.start);
  }
  if (fast.sentences.size() != icu.sentences.size())
    return std::to_string(fast.sentences.size()) + " sentences, ICU " +
           std::to_string(icu.sentences.size());
  for (size_t s = 0; s < fast.sentences.size(); ++s)
    if (fast.sentences[s].start != icu.sentences[s].start ||
        fast.sentences[s].end != icu.sentences[s].end)
      return "sentence " + std::to_string(s);
  return "";
}

TEST_CASE("ASCII word segments are ICU's on tricky strings") {
  const char* cases[] = {
      "a1.5 1a a1 1a1 ab1 _ __ a_ 1_ _1 _a a1_ 1__ __1 _1_ 1_a_ a1__",
      "a:b 1:2 a'b 1'2 a.b 1.2 1,2 a,b 1;2 U.S. don't O'Neil's 1,000.5",
      "1.a a.1 a1.b 3.5m ## a-b a'' ''a a''b 1.. 1..2 a..b a.'b 1,a .5 5.",
      "x1y2.3 a.b.1 ab_1_c 1_2.3 a_b.c 1.2_ a:1 $5.2 bln 5% @home e-mail",
      "x@y.com 1@2.3 @1 1@ a.@ @.a @ @@ @Reuters's",
      "  x\t\ty\r\nz\n\nDr. Smith said: \"We'll sign.\" Mr. Jones left.\n",
      "``Quoted,'' he said. (Reuters) - U.S. <ACP> & co; 1987-03-04\x01\x7f",
      "", " ", "\n", "a", "'", "_", "'s", "Russia's", "IT'S", "1's",
  };
  for (const char* text : cases)
    CHECK_MESSAGE(Difference(text) == "", std::string(text));
}

TEST_CASE("ASCII word segments are ICU's on random ASCII text") {
  const std::string alphabet = "aZq09_.',;:@- \n\r\t\"()$%&/s";
  std::mt19937 random(11);
  for (int n = 0; n < 3000; ++n) {
    std::string text(random() % 40, ' ');
    for (char& c : text) c = alphabet[random() % alphabet.size()];
    REQUIRE_MESSAGE(Difference(text) == "", text);
  }
}

TEST_CASE("ASCII word segments are ICU's on every corpus article") {
  std::vector<std::string> inputs = {"corpora"};
  for (const char* shared :
       {"../shared/corpora", "../shared/eval/news/reuters21578.jsonl",
        "../shared/eval/news/polnear.jsonl"})
    if (std::filesystem::exists(shared)) inputs.push_back(shared);
  InputReader reader(inputs, InputOptions());
  InputItem item;
  int articles = 0, ascii = 0;
  std::vector<WordSegment> segments;
  while (reader.Next(&item)) {
    if (!item.ok()) continue;
    ++articles;
    if (AsciiWordSegments(item.doc.text, &segments)) ++ascii;
    const std::string difference = Difference(item.doc.text);
    REQUIRE_MESSAGE(difference == "", item.doc.source << ": " << difference);
  }
  MESSAGE(articles << " articles, " << ascii << " of them ASCII");
  CHECK(ascii > 0);
}

}  // namespace
}  // namespace newsevents
