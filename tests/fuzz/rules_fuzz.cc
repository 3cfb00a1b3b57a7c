// libFuzzer target: the rule-file loaders on arbitrary bytes. The first
// byte picks the grammar; the rest is one *.rules file:
//   even: an event rule file (events/rule_parser), parsed in memory and, when
//         it parses, compiled by RuleSet::Load beside the shipped
//         macros.rules and against the shipped lexicon (events/pattern);
//   odd:  a time-expression rule file (timex/rules), loaded and compiled by
//         TimexTagger::Load beside the shipped timex tables and macros.rules,
//         then run on a sentence of dates.
// Any input must give ok or an error with file:line:col, never a crash.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>

#include "events/rule_parser.h"
#include "events/rule_set.h"
#include "lexicon/lexicon.h"
#include "newsevents/extractor.h"
#include "scratch_dir.h"
#include "timex/timex.h"

namespace {

namespace fs = std::filesystem;
using newsevents::fuzz::ScratchDir;

const newsevents::Lexicon& SharedLexicon() {
  static std::unique_ptr<newsevents::Lexicon> lexicon = [] {
    std::unique_ptr<newsevents::Lexicon> l;
    if (!newsevents::Lexicon::Load(newsevents::Extractor::DefaultLexiconDir(), &l).ok())
      abort();
    return l;
  }();
  return *lexicon;
}

// ScratchDir()/events and /timex: the shipped macros (and timex tables),
// copied once; the fuzzed file is written beside them as fuzz.rules.
void PrepareDirs() {
  static bool done = [] {
    const fs::path lex = newsevents::Extractor::DefaultLexiconDir();
    const fs::path events = fs::path(ScratchDir()) / "events";
    const fs::path timex = fs::path(ScratchDir()) / "timex";
    fs::create_directories(events);
    fs::create_directories(timex);
    fs::copy_file(lex / "rules" / "macros.rules", events / "macros.rules");
    for (const auto& e : fs::directory_iterator(lex / "timex"))
      if (e.path().extension() == ".tsv" || e.path().filename() == "macros.rules")
        fs::copy_file(e.path(), timex / e.path().filename());
    return true;
  }();
  (void)done;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0 || size > 1 << 16) return 0;
  PrepareDirs();
  const std::string text(reinterpret_cast<const char*>(data) + 1, size - 1);
  if (data[0] % 2 == 0) {
    newsevents::RuleFile file;
    if (!newsevents::ParseRules("fuzz.rules", text, &file).ok()) return 0;
    newsevents::fuzz::WriteScratch("events/fuzz.rules", text);
    std::unique_ptr<newsevents::RuleSet> rules;
    (void)newsevents::RuleSet::Load(ScratchDir() + "/events", SharedLexicon(), &rules);
  } else {
    newsevents::fuzz::WriteScratch("timex/fuzz.rules", text);
    std::unique_ptr<newsevents::TimexTagger> tagger;
    if (newsevents::TimexTagger::Load(ScratchDir() + "/timex", &tagger).ok())
      (void)tagger->Tag("On Thursday, March 6, 2025, two weeks ago, in the 1990s.",
                        "2025-03-07");
  }
  return 0;
}
