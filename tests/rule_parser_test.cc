// Each tests/bad_rules/*.rules file holds one deliberate mistake and, on its
// first line, "# expect: LINE:COL: part of the message".
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "base/tsv.h"
#include "events/rule_set.h"
#include "lexicon/lexicon.h"
#include "newsevents/extractor.h"
#include "test_util.h"

namespace newsevents {
namespace {

namespace fs = std::filesystem;

TEST_CASE("every bad rule file fails at the position it names") {
  std::unique_ptr<Lexicon> lexicon;
  REQUIRE(Lexicon::Load(Extractor::DefaultLexiconDir(), &lexicon).ok());
  const std::vector<std::string> names = ListFiles("tests/bad_rules", ".rules");
  REQUIRE(names.size() >= 8);
  for (const std::string& name : names) {
    CAPTURE(name);
    std::ifstream in("tests/bad_rules/" + name);
    std::string first;
    std::getline(in, first);
    REQUIRE(first.rfind("# expect: ", 0) == 0);
    const std::string expect = first.substr(10);
    const size_t second_colon = expect.find(':', expect.find(':') + 1);
    const std::string position = expect.substr(0, second_colon);
    const std::string message = expect.substr(second_colon + 2);

    const testing::TempDir temp("newsevents_bad_rules");
    const fs::path dir = temp.path();
    fs::copy_file("tests/bad_rules/" + name, dir / name);
    std::unique_ptr<RuleSet> rules;
    Status s = RuleSet::Load(dir.string(), *lexicon, &rules);
    REQUIRE_FALSE(s.ok());
    CHECK(s.where() == (dir / name).string() + ":" + position);
    CHECK_MESSAGE(s.message().find(message) != std::string::npos, s.message());
  }
}

TEST_CASE("the shipped rules compile") {
  CHECK(testing::SharedExtractor().rule_count() >= 15);
}

}  // namespace
}  // namespace newsevents
