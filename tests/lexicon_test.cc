#include "lexicon/lexicon.h"

#include <doctest/doctest.h>

#include <filesystem>

#include "newsevents/extractor.h"
#include "test_util.h"

namespace newsevents {
namespace {

namespace fs = std::filesystem;

std::unique_ptr<Lexicon> LoadProjectLexicon() {
  std::unique_ptr<Lexicon> lexicon;
  Status s = Lexicon::Load(Extractor::DefaultLexiconDir(), &lexicon);
  REQUIRE_MESSAGE(s.ok(), s.ToString());
  return lexicon;
}

// The names of what `text` holds, in order.
std::vector<std::string> Found(const Lexicon& lexicon, const std::string& text,
                               const std::string& tag) {
  TokenizedText t;
  Tokenize(text, nullptr, &t);
  std::vector<LexMatch> matches;
  lexicon.Match(t, &matches);
  std::vector<std::string> names;
  for (const LexMatch& m : matches)
    for (int e : m.entries) {
      const LexEntry& entry = lexicon.entries()[e];
      if (lexicon.TagName(entry.tag) != tag) continue;
      if (tag == "STATE" || tag == "STATE_ADJ" || tag == "CAPITAL")
        names.push_back(lexicon.states()[entry.ref].name);
      else if (tag == "TREATY")
        names.push_back(lexicon.treaties()[entry.ref].name);
      else if (tag == "IGO" || tag == "NGO")
        names.push_back(lexicon.organisations()[entry.ref].name);
    }
  return names;
}

TEST_CASE("the shipped lexicons load and are large enough") {
  auto lexicon = LoadProjectLexicon();
  CHECK(lexicon->states().size() >= 195);
  CHECK(lexicon->treaties().size() >= 200);
  int ngos = 0;
  for (const auto& o : lexicon->organisations()) ngos += o.kind == "ngo";
  CHECK(ngos >= 150);
  CHECK(lexicon->version().size() == 12);
}

TEST_CASE("states by name, alias, adjective and capital") {
  auto lexicon = LoadProjectLexicon();
  CHECK(Found(*lexicon, "The U.S. and Britain met.", "STATE") ==
        std::vector<std::string>{"United States", "United Kingdom"});
  CHECK(Found(*lexicon, "Lithuanian troops", "STATE_ADJ") ==
        std::vector<std::string>{"Lithuania"});
  // Moscow names Russia and the Soviet Union; the article's year decides
  // between them (engine_test).
  CHECK(Found(*lexicon, "Moscow said", "CAPITAL") ==
        std::vector<std::string>{"Russia", "Soviet Union"});
  // "us" the pronoun is not the United States.
  CHECK(Found(*lexicon, "He told us so.", "STATE").empty());
}

TEST_CASE("treaties and organisations by alias, longest match first") {
  auto lexicon = LoadProjectLexicon();
  CHECK(Found(*lexicon, "the Ottawa Treaty", "TREATY") ==
        std::vector<std::string>{"Anti-Personnel Mine Ban Convention"});
  CHECK(Found(*lexicon, "Human Rights Watch said", "NGO") ==
        std::vector<std::string>{"Human Rights Watch"});
}

// A lexicon folder in `temp` with one broken file; the rest minimal but
// valid.
std::string BrokenLexicon(const testing::TempDir& temp, const std::string& file,
                          const std::string& text) {
  const fs::path dir = temp.path();
  fs::create_directories(dir / "words");
  testing::WriteFile((dir / "states.tsv").string(), "LTU\tLithuania\n");
  testing::WriteFile((dir / "organisations.tsv").string(), "un\tUnited Nations\tigo\n");
  testing::WriteFile((dir / "organs.tsv").string(), "parliament\tparliament\n");
  testing::WriteFile((dir / "treaties.tsv").string(), "ccm\tConvention on Cluster Munitions\n");
  testing::WriteFile((dir / file).string(), text);
  return dir.string();
}

TEST_CASE("a broken lexicon file names file:line:col") {
  struct Case {
    std::string file, text, where_suffix, message_part;
  };
  const Case cases[] = {
      {"states.tsv", "# comment\nLTU\tLithuania\nlt\tLatvia\n", "states.tsv:3:1",
       "3 upper-case"},
      {"states.tsv", "LTU\n", "states.tsv:1:4", "expected 2"},
      {"organisations.tsv", "hrw\tHuman Rights Watch\tcharity\n",
       "organisations.tsv:1:24", "igo, ngo or organisation"},
      {"treaties.tsv", "ccm\tCCM\t\t08\n", "treaties.tsv:1:10", "4 digits"},
      {"words/x.txt", "one\ttwo\n", "x.txt:1:4", "one phrase per line"},
      // Columns count code points: "é" is one.
      {"words/x.txt", "ok\n\xc3\xa9t\xe9\n", "x.txt:2:3", "invalid UTF-8 byte 0xE9"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    std::unique_ptr<Lexicon> lexicon;
    const testing::TempDir temp("newsevents_bad_lexicon");
    Status s = Lexicon::Load(BrokenLexicon(temp, c.file, c.text), &lexicon);
    REQUIRE_FALSE(s.ok());
    CHECK(s.where().size() >= c.where_suffix.size());
    CHECK(s.where().substr(s.where().size() - c.where_suffix.size()) == c.where_suffix);
    CHECK(s.message().find(c.message_part) != std::string::npos);
  }
}

TEST_CASE("a missing lexicon folder is an error, not a crash") {
  std::unique_ptr<Lexicon> lexicon;
  Status s = Lexicon::Load("/nonexistent/lexicons", &lexicon);
  CHECK_FALSE(s.ok());
  CHECK(s.code() == "io_error");
}

TEST_CASE("a word list the engine needs but no file defines stops loading") {
  // One list each read by the units (CoreTags), the modality cues and the
  // rule set; none of them is named in a rule file, so only C++ asks for it.
  for (const std::string name : {"description_ends", "date_not_event", "clause_break"}) {
    CAPTURE(name);
    const testing::TempDir temp("newsevents_missing_list");
    const fs::path dir = fs::path(temp.path()) / "en";
    fs::copy(Extractor::DefaultLexiconDir(), dir, fs::copy_options::recursive);
    fs::remove(dir / "words" / (name + ".txt"));
    Extractor::Options options;
    options.lexicon_dir = dir.string();
    std::unique_ptr<Extractor> x;
    Status s = Extractor::Load(options, &x);
    REQUIRE_FALSE(s.ok());
    CHECK(s.where() == (dir / "words" / (name + ".txt")).string() + ":1:1");
    CHECK(s.message().find("'" + name + "'") != std::string::npos);
  }
}

}  // namespace
}  // namespace newsevents
