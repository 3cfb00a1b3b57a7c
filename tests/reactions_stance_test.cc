// StanceCues: the stance a region of tokens gives, table-driven.
#include "reactions/stance.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace newsevents {
namespace {

const StanceCues& Cues() {
  static StanceCues c = [] {
    StanceCues x;
    Status s = x.Load("lexicons/en");
    REQUIRE_MESSAGE(s.ok(), s.ToString());
    return x;
  }();
  return c;
}

// The stances of the whole of `text`, as "oppose:condemned" items.
std::vector<std::string> Stances(const std::string& text,
                                 bool passive_agent = false) {
  static const char* const kNames[] = {"oppose", "support", "concern", "urge"};
  std::vector<QToken> toks = ScanTokens(text, nullptr);
  std::vector<char> none(toks.size(), 0);
  StanceDoc doc{&toks, &none, &none};
  std::vector<StanceHit> hits;
  Cues().Scan(doc, 0, static_cast<int>(toks.size()), false, passive_agent,
              &hits);
  std::vector<std::string> out;
  for (const StanceHit& h : hits)
    out.push_back(std::string(kNames[h.stance]) + ":" +
                  text.substr(toks[h.first].start,
                              toks[h.last].end - toks[h.first].start));
  return out;
}

TEST_CASE("stance cues, and the words that change them") {
  struct Case {
    const char* text;
    std::vector<std::string> want;
  };
  const Case cases[] = {
      {"condemned the decision", {"oppose:condemned"}},
      {"expressed deep concern", {"concern:concern"}},
      // A call ends the scan.
      {"urged them to stop groups opposed to it", {"urge:urged"}},
      // Blockers: the media, markets, names of things.
      {"told a press conference", {}},
      {"oilseed support prices fell", {}},
      {"domestic demand rose", {}},
      {"died of a heart attack", {}},
      // Cancellers.
      {"does not support the ban", {}},
      {"didn't support the ban", {}},
      {"will decide whether to endorse it", {}},
      {"there is no cause for undue alarm", {}},
      // Another's: the agent after "by", a possessor.
      {"a request by the company", {}},
      {"China's demands grew", {}},
      {"noting her support", {}},
      {"Labour, whose own support fell", {}},
      // A call on private addressees, and what it calls for: no stance.
      {"will press companies to boycott it to protest the plan", {}},
      {"urged its shareholders not to sign", {}},
      {"urged Chinese people not to rush", {}},
      {"urged the government to protest", {"urge:urged"}},
      // A passive without its agent; a feeling stays.
      {"confident the tax would be rejected", {}},
      {"the photographer was attacked", {}},
      {"was pleased with the ruling", {"support:pleased"}},
      // A capitalised cue after a word in lower case is part of a name.
      {"about the TV show Scandal", {}},
      {"UAW OPPOSES FARM BILL", {"oppose:OPPOSES"}},
      // Support measured in polls.
      {"Conservative support had fallen to 36 pct", {}},
      {"will pick up support among tech people", {}},
      // After "the", a noun names a thing, unless its agent follows.
      {"would need the support of the Commission", {}},
      {"The fear is greater here", {}},
      {"joined in the criticism", {}},
      {"one of the major fears for the economy", {}},
      {"The current fears about AIDS are unfounded", {}},
      {"agricultural support policies", {}},
      {"assuage public outrage", {}},
      {"was reviewing a request from the Soviet Union", {}},
      {"voiced strong support for the ban", {"support:support"}},
      // After a feeling, "by" names the cause.
      {"alarmed by the decision", {"concern:alarmed"}},
      // A warning that tells its object what not to do is a call.
      {"warns Israel against torture", {"urge:warns"}},
      {"warned of worse to come", {"concern:warned"}},
      // Generated forms: US and British spellings, -ing, phrasal verbs.
      {"criticizing the deal", {"oppose:criticizing"}},
      {"is backing the ban", {"support:backing"}},
      {"came out in favor of the pact", {"support:came out in favor of"}},
      {"has been calling on Japan to sign", {"urge:calling on"}},
      // Forms the stance files except: an adverb, a question, a group.
      {"back in 1990", {}},
      {"asked whether it would sign", {}},
      {"the farm lobby met", {}},
      // A participle after an NGO noun says what the group is.
      {"the peace organization supporting the process", {}},
      {"the group opposing nuclear power", {}},
  };
  for (const Case& c : cases)
    CHECK_MESSAGE(Stances(c.text) == c.want, c.text);
  // When the organisation is the agent after the region, "by" is its.
  CHECK(Stances("the plan was criticised by", true) ==
        std::vector<std::string>{"oppose:criticised"});
  CHECK(Stances("the plan was rejected by", true) ==
        std::vector<std::string>{"oppose:rejected"});
  CHECK(Stances("drew the criticism from", true) ==
        std::vector<std::string>{"oppose:criticism"});
  CHECK(Stances("the criticism by", true) ==
        std::vector<std::string>{"oppose:criticism"});
}

TEST_CASE("CueAt gives the length of the cue at a token") {
  std::vector<QToken> toks = ScanTokens("they came out against it", nullptr);
  const int n = static_cast<int>(toks.size());
  CHECK(Cues().CueAt(toks, 0, n) == 0);
  CHECK(Cues().CueAt(toks, 1, n) == 3);
}

}  // namespace
}  // namespace newsevents
