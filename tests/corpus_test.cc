// The seed article end to end: extract, score against its gold with the
// project's scorer, and hold its figures at 1.0.
#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

#include "eval/score.h"
#include "newsevents/extractor.h"
#include "test_util.h"

namespace newsevents {
namespace {

TEST_CASE("seed article: every event right, with its date") {
  GoldCorpus gold;
  REQUIRE(LoadGoldDir("corpora/seed", &gold).ok());
  std::ifstream in("corpora/seed/lithuania-ccm.txt", std::ios::binary);
  const std::string text((std::istreambuf_iterator<char>(in)), {});
  Record record = testing::ExtractText(text, "2025-03-07");
  record.doc_id = "lithuania-ccm";
  std::istringstream lines(
      ToJsonLine(record, text, testing::SharedExtractor().version()) + "\n");
  Predictions pred;
  REQUIRE(ParsePredictions(lines, "seed", &pred).ok());
  const ScoreReport report = Score(gold, pred);
  CHECK(report.events.f1() == doctest::Approx(1.0));
  CHECK(report.event_dates.value() == doctest::Approx(1.0));
  CHECK(report.event_dates.total == 2);
  CHECK(report.timexes.f1() == doctest::Approx(1.0));
  CHECK(report.timex_values.value() == doctest::Approx(1.0));
}

TEST_CASE("every mention's text is the bytes at its offsets") {
  std::ifstream in("corpora/seed/lithuania-ccm.txt", std::ios::binary);
  const std::string text((std::istreambuf_iterator<char>(in)), {});
  const Record record = testing::ExtractText(text, "2025-03-07");
  REQUIRE(!record.events.empty());
  for (const Event& e : record.events) {
    CHECK(e.actor.mention.end <= static_cast<int>(text.size()));
    CHECK(e.treaty.mention.start < e.treaty.mention.end);
    CHECK(!e.rule.empty());
    for (const EventMention& m : e.mentions) {
      CHECK(m.trigger.start >= m.sentence.start);
      CHECK(m.trigger.end <= m.sentence.end);
    }
  }
}

TEST_CASE("sentences that must yield no event") {
  std::ifstream in("corpora/negative/sentences.txt");
  std::string line;
  int checked = 0;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    CAPTURE(line);
    CHECK(testing::ExtractText(line, "2025-03-07").events.empty());
    ++checked;
  }
  CHECK(checked >= 10);
}

TEST_CASE("bad documents are refused with a code, not a crash") {
  Record record;
  Status s = testing::SharedExtractor().Extract(
      {"bad", std::string("ok \xff\xfe bytes"), "", "bad.txt"}, &record);
  CHECK(s.code() == "invalid_utf8");
  s = testing::SharedExtractor().Extract({"date", "text", "2025-13-45", "d"}, &record);
  CHECK(s.code() == "bad_date");
  s = testing::SharedExtractor().Extract({"empty", "", "", "e"}, &record);
  CHECK(s.ok());
  CHECK(record.events.empty());
}

}  // namespace
}  // namespace newsevents
