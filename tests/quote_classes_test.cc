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

TEST_CASE("a person of a state is the person, the state the affiliation") {
  Record r = testing::ExtractText(
      "Chancellor Hanna Berger of Austria condemned \"such a cowardly "
      "attack\" on Sunday.",
      "2020-05-04");
  REQUIRE(r.quotes.size() == 1);
  CHECK(r.quotes[0].speaker.name == "Hanna Berger");
  CHECK(r.quotes[0].speaker.affiliation == "Austria");
  CHECK(OnlySpeaker("Foreign Minister Tomas Reiter of Austria said the "
                    "plan was \"dead on arrival.\"") == "Tomas Reiter");
}

TEST_CASE("a phrase after a preposition opening the sentence is no apposition") {
  // "In the Senate, Republican member X said": X speaks, not the Senate.
  CHECK(OnlySpeaker("In the Senate, Republican member Paul Hardy branded "
                    "the ruling \"a disgrace\" on Monday.") == "Paul Hardy");
  CHECK(OnlySpeaker("After a long debate in the upper house, Sen. Paul "
                    "Hardy (R-Ohio), said: \"This is a disgrace.\"") ==
        "Paul Hardy");
  // Counter-examples: a name, then a title in apposition, is one speaker;
  // "of" gives the name before it an affiliation, it opens no adverbial.
  CHECK(OnlySpeaker("Paul Hardy, a Republican senator, called the ruling "
                    "\"a disgrace\" on Monday.") == "Paul Hardy");
  CHECK(OnlySpeaker("Rep. Anna Miles of Ohio, an ally of the leadership, "
                    "said the bill was \"a mistake.\"") == "Anna Miles");
}

TEST_CASE("a subject inside reported speech is not the later he") {
  // The speaker of the sentence, not the one his words are about.
  CHECK(Speakers("Trade Secretary Walter Brandt said he hopes Prime "
                 "Minister Kenji Mori will make proposals this week.\n\n"
                 "\"We have been very specific,\" he told reporters.")
            .back() == "Walter Brandt");
  // Counter-example: after the comma a name before its verb is the main
  // subject again.
  CHECK(OnlySpeaker("Prime Minister Kenji Mori met the press on Monday. "
                    "When a reporter asked about the plan, Mori smiled.\n\n"
                    "\"You tell me,\" he said.") == "Kenji Mori");
}

TEST_CASE("a title's department, then the name: Secretary of Commerce X") {
  Record r = testing::ExtractText(
      "U.S. Secretary of Commerce Walter Brandt said the talks were "
      "\"very productive.\"",
      "2020-05-04");
  REQUIRE(r.quotes.size() == 1);
  CHECK(r.quotes[0].speaker.name == "Walter Brandt");
  CHECK(r.quotes[0].speaker.affiliation == "Commerce");
  CHECK(OnlySpeaker("Chairman of Global Freight Anna Cole said the deal was "
                    "\"a good start.\"") == "Anna Cole");
}

}  // namespace
}  // namespace newsevents
