// The time budget of one Extract() call: an article past it stops at the
// next check and gets a time_budget error; without a budget it runs out.
#include <doctest/doctest.h>

#include <memory>

#include "newsevents/extractor.h"
#include "test_util.h"

namespace newsevents {
namespace {

std::unique_ptr<Extractor> WithBudget(int64_t ms) {
  Extractor::Options options;
  options.time_budget_ms = ms;
  std::unique_ptr<Extractor> x;
  Status s = Extractor::Load(options, &x);
  if (!s.ok()) throw std::runtime_error(s.ToString());
  return x;
}

// About 400 KB of sentences with treaty events: far more than 1 ms of work.
std::string LongArticle() {
  std::string text;
  for (int i = 0; i < 4000; ++i)
    text += "Lithuania withdrew from the Convention on Cluster Munitions on "
            "Thursday, the foreign minister said. ";
  return text;
}

TEST_CASE("an article over its time budget gets a time_budget error") {
  const std::unique_ptr<Extractor> x = WithBudget(1);
  Record record;
  const Document doc{"long", LongArticle(), "2025-03-07", "long.txt"};
  const Status s = x->Extract(doc, &record);
  CHECK(s.code() == "time_budget");
  CHECK(s.where() == "long.txt");
  CHECK(s.message().find("1 ms") != std::string::npos);
  CHECK(record.doc_id == "long");
  CHECK(record.events.empty());
  CHECK(record.timexes.empty());
}

TEST_CASE("without a budget (0, the library's default) the article runs out") {
  CHECK(Extractor::Options().time_budget_ms == 0);
  const std::unique_ptr<Extractor> x = WithBudget(0);
  Record record;
  const Document doc{"long", LongArticle(), "2025-03-07", "long.txt"};
  REQUIRE(x->Extract(doc, &record).ok());
  CHECK(!record.events.empty());
}

}  // namespace
}  // namespace newsevents
