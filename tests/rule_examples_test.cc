// Runs every `example` and `not` line of lexicons/en/rules/*.rules: an
// example must yield an event from its rule with the fields it names; a
// `not` sentence must yield no event from its rule.
#include <doctest/doctest.h>

#include <fstream>

#include "base/tsv.h"
#include "events/rule_parser.h"
#include "newsevents/extractor.h"
#include "test_util.h"

namespace newsevents {
namespace {

// The event field an example names, as extracted.
std::string Field(const Event& e, const std::string& key) {
  if (key == "actor") return e.actor.name;
  if (key == "treaty") return e.treaty.name;
  if (key == "modality") return e.modality;
  if (key == "type") return e.type;
  if (key == "date") return e.date ? e.date->value : "";
  return "<unknown field " + key + ">";
}

bool FromRule(const Event& e, const std::string& rule) {
  for (const EventMention& m : e.mentions)
    if (m.rule == rule) return true;
  return false;
}

TEST_CASE("rule examples") {
  const std::string dir = Extractor::DefaultLexiconDir() + "/rules";
  RuleFile file;
  for (const std::string& name : ListFiles(dir, ".rules")) {
    std::ifstream in(dir + "/" + name);
    std::string text((std::istreambuf_iterator<char>(in)), {});
    REQUIRE(ParseRules(dir + "/" + name, text, &file).ok());
  }
  int examples = 0;
  for (const Rule& rule : file.rules) {
    for (const RuleExample& ex : rule.examples) {
      ++examples;
      CAPTURE(ex.where);
      CAPTURE(ex.sentence);
      const Record record = testing::ExtractText(ex.sentence, "2025-03-07");
      if (!ex.positive) {
        for (const Event& e : record.events) CHECK_FALSE(FromRule(e, rule.id));
        continue;
      }
      // Some event of this rule must carry every expected field.
      bool found = false;
      std::string seen;
      for (const Event& e : record.events) {
        if (!FromRule(e, rule.id)) continue;
        bool all = true;
        for (const auto& [key, value] : ex.expect) all &= Field(e, key) == value;
        found |= all;
        seen += e.type + "/" + e.modality + " " + e.actor.name + " -> " +
                e.treaty.name + "; ";
      }
      CHECK_MESSAGE(found, "rule " << rule.id << " extracted: " << seen);
    }
  }
  CHECK(examples >= 20);
}

}  // namespace
}  // namespace newsevents
