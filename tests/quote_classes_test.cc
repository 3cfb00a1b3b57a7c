// Quote classes that held on articles nobody tuned for, one construction a
// test case, each through the whole extractor (gazetteer, sentences) on
// invented sentences, with a counter-example where the construction has a
// look-alike.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "test_util.h"

namespace newsevents {
namespace {

// The speakers of the direct and partial quotes of `text`, in text order.
std::vector<std::string> Speakers(const std::string& text) {
  Record r = testing::ExtractText(text, "2020-05-04");
  std::vector<std::string> out;
  for (const Quote& q : r.quotes)
    if (q.kind != "indirect") out.push_back(q.speaker.name);
  return out;
}

std::string OnlySpeaker(const std::string& text) {
  std::vector<std::string> s = Speakers(text);
  REQUIRE_MESSAGE(s.size() == 1, text);
  return s[0];
}

TEST_CASE("an epithet stands for the person who spoke last") {
  // "the Colorado Democrat", "the two-term governor": a definite role noun
  // with a modifier, after a named person spoke.
  CHECK(OnlySpeaker("Senator Jane Holloway spoke in Denver on Monday.\n\n"
                    "\"We will not back down on this bill,\" the Colorado "
                    "Democrat said.") == "Jane Holloway");
  CHECK(OnlySpeaker("Governor Tom Albrecht said the budget was final.\n\n"
                    "\"Nobody will pay more,\" the two-term governor told "
                    "reporters.") == "Tom Albrecht");
  // Counter-examples: a role that a modifier gives to someone else, and a
  // plural party label, are no epithet for the last speaker.
  CHECK(OnlySpeaker("Senator Jane Holloway spoke in Denver on Monday.\n\n"
                    "\"We will win,\" the Holloway campaign chairman "
                    "said.") != "Jane Holloway");
  CHECK(Speakers("Senator Jane Holloway spoke in Denver on Monday.\n\n"
                 "\"We will win this,\" the Colorado Democrats said.") !=
        std::vector<std::string>{"Jane Holloway"});
}

TEST_CASE("party labels and organ words before a first name are no part of it") {
  CHECK(OnlySpeaker("House Republican Thomas Whitford said the bill \"goes "
                    "too far.\"") == "Thomas Whitford");
  // After a connector, organ words end the ministry's name.
  CHECK(OnlySpeaker("Indonesian Minister of Mines and Energy Wiranto spoke "
                    "on Monday.\n\n\"Prices will hold this year,\" "
                    "Wiranto said.") == "Wiranto");
  // Counter-example: such words before a word that is no first name stay
  // in the name.
  CHECK(OnlySpeaker("\"We will open ten stores this year,\" Home Depot "
                    "said.") == "Home Depot");
}

}  // namespace
}  // namespace newsevents
