// Organisations the gazetteer does not know (speaker/organisations.cc): a
// capitalised name with an organisation head is one, its acronym in
// parentheses and "the group" name it again, and a company, a state organ
// or a body of states is never an NGO; on invented sentences, one
// counter-example per construction.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "speaker/speaker.h"
#include "test_util.h"

namespace newsevents {
namespace {

const SpeakerLexicon& Lex() {
  static SpeakerLexicon lex = [] {
    SpeakerLexicon l;
    Status s = l.Load("lexicons/en");
    REQUIRE_MESSAGE(s.ok(), s.ToString());
    return l;
  }();
  return lex;
}

// Recognises the whole of `name` (tokens up to the first "(" or the end)
// as an organisation, with `entities` (surface, kind) tagged in it.
OrgName Recognise(const std::string& text,
                  const std::vector<std::pair<std::string, std::string>>&
                      entities = {},
                  bool introduced = false) {
  std::vector<QToken> toks = ScanTokens(text, &Lex().abbreviations);
  std::vector<EntityMention> ents;
  std::vector<int> entity_of_tok(toks.size(), -1);
  for (const auto& [surface, kind] : entities) {
    EntityMention e;
    const int at = static_cast<int>(text.find(surface));
    REQUIRE(at >= 0);
    e.mention = {at, at + static_cast<int>(surface.size())};
    e.kind = kind;
    e.name = surface;
    for (size_t k = 0; k < toks.size(); ++k)
      if (toks[k].start >= e.mention.start && toks[k].end <= e.mention.end)
        entity_of_tok[k] = static_cast<int>(ents.size());
    ents.push_back(e);
  }
  int end = 0;
  while (end < static_cast<int>(toks.size()) &&
         toks[end].key != FoldKey("("))
    ++end;
  return RecogniseOrganisation(text, toks, 0, end, introduced, entity_of_tok, ents,
                               Lex());
}

std::string Span(const std::string& text, const Mention& m) {
  return text.substr(m.start, m.end - m.start);
}

TEST_CASE("a capitalised name with an NGO head is an NGO, with span and rule") {
  const std::string t = "Friends of the Earth International";
  OrgName o = Recognise(t);
  CHECK(o.kind == "ngo");
  CHECK(o.rule == "organisations.ngo_head");
  CHECK(Span(t, o.mention) == t);
  CHECK(o.name == t);
  // Counter-example: an organisation head that is no NGO's ("Movement").
  OrgName p = Recognise("Green Liberty Movement");
  CHECK(p.kind == "organisation");
  CHECK(p.rule == "organisations.org_head");
}

TEST_CASE("the acronym in parentheses is the organisation's") {
  const std::string t = "National Association of Wheat Growers (NAWG)";
  OrgName o = Recognise(t);
  CHECK(o.kind == "ngo");
  CHECK(Span(t, o.alias) == "NAWG");
  CHECK(o.alias_key == FoldKey("NAWG"));
  // Counter-example: a parenthesis of several words is no acronym.
  OrgName p = Recognise("National Association of Wheat Growers (in Kansas)");
  CHECK(p.alias.empty());
  CHECK(p.alias_key == 0);
}

TEST_CASE("a company, a state organ or a body of states is no NGO") {
  OrgName firm = Recognise("Acme Holdings Inc");
  CHECK(firm.kind == "company");
  CHECK(firm.rule == "organisations.company");
  // A company's name with an NGO head is still a company's.
  CHECK(Recognise("Wheat Growers Union Corp").kind == "company");
  OrgName ministry = Recognise("Ministry of Agriculture and Fisheries");
  CHECK(ministry.kind == "government");
  CHECK(ministry.rule == "organisations.state_organ");
  OrgName council = Recognise("Council of the European Union",
                              {{"European Union", "igo"}});
  CHECK(council.kind == "igo");
  CHECK(council.rule == "organisations.body_of_states");
  // Counter-example: a name an NGO noun introduces ("the lobby group ...")
  // is an NGO's whatever its head.
  OrgName lobby = Recognise("Guantanamo Human Rights Commission", {}, true);
  CHECK(lobby.kind == "ngo");
  CHECK(lobby.rule == "organisations.ngo_noun");
  CHECK(Recognise("Guantanamo Human Rights Commission").kind == "government");
  // Counter-example: a state named before the head is no body of states.
  CHECK(Recognise("American Federation of Wheat Growers", {{"American", "state"}})
            .kind == "ngo");
}

// The full pipeline on an invented article: the reactions and the speakers
// of its quotes.
struct Extracted {
  std::vector<Reaction> reactions;
  std::vector<Quote> quotes;
};

Extracted Run(const std::string& text) {
  Record r = testing::ExtractText(text, "2025-03-07");
  return {r.reactions, r.quotes};
}

TEST_CASE("later uses of the acronym and 'the group' are the same NGO") {
  Extracted x = Run(
      "The National Association of Wheat Growers (NAWG) welcomed the "
      "agreement on Tuesday.\n\n"
      "\"This is a good day for farmers,\" NAWG said in a statement.\n\n"
      "\"We will keep working with both governments,\" the group said.\n");
  REQUIRE(x.reactions.size() == 1);
  CHECK(x.reactions[0].org.name == "National Association of Wheat Growers");
  CHECK(x.reactions[0].org.kind == "ngo");
  CHECK(x.reactions[0].stance == "support");
  REQUIRE(x.quotes.size() == 2);
  CHECK(x.quotes[0].speaker.name == "National Association of Wheat Growers");
  CHECK(x.quotes[1].speaker.name == "National Association of Wheat Growers");
}

TEST_CASE("'the group' refers to the last organisation named") {
  Extracted x = Run(
      "The Wheat Growers Federation met the Fisheries Alliance Network on "
      "Monday.\n\n"
      "The Coalition for Clean Rivers condemned the deal.\n\n"
      "\"It is a disaster,\" the group said.\n");
  REQUIRE(x.quotes.size() == 1);
  CHECK(x.quotes[0].speaker.name == "Coalition for Clean Rivers");
  // Counter-example: "the group" with no organisation before it names none.
  Extracted y = Run("\"It is a disaster,\" the group said.\n");
  for (const Reaction& r : y.reactions) CHECK(r.org.name != "group");
  for (const Quote& q : y.quotes) CHECK(q.speaker.kind != "ngo");
}

TEST_CASE("a company or a ministry takes no NGO reaction") {
  CHECK(Run("Acme Holdings Inc welcomed the agreement on Tuesday.\n")
            .reactions.empty());
  CHECK(Run("The Ministry of Agriculture and Fisheries welcomed the agreement "
            "on Tuesday.\n")
            .reactions.empty());
  // The same construction with an NGO's name takes one.
  CHECK(Run("The Wheat Growers Federation welcomed the agreement on Tuesday.\n")
            .reactions.size() == 1);
}

TEST_CASE("a union of people is an NGO; a union of states or a firm's is not") {
  struct Case {
    const char* name;
    const char* kind;
    const char* rule;
  };
  const Case cases[] = {
      {"Iowa Farmers Union", "ngo", "organisations.trade_union"},
      {"International Union of Electronic Workers", "ngo",
       "organisations.trade_union"},
      {"Union of Concerned Scientists", "ngo", "organisations.trade_union"},
      {"National Union of Mineworkers", "ngo", "organisations.trade_union"},
      // Counter-examples: no members named.
      {"Eurasian Economic Union", "organisation", "organisations.org_head"},
      {"Union Pacific Railroad", "organisation", "organisations.org_head"},
  };
  for (const Case& c : cases) {
    OrgName o = Recognise(c.name);
    CHECK_MESSAGE(o.kind == c.kind, c.name);
    CHECK_MESSAGE(o.rule == c.rule, c.name);
  }
}

// Checks that `text` gives one reaction, of `org` with `stance`.
void CheckOneReaction(const std::string& text, const std::string& org,
                      const std::string& stance) {
  Extracted x = Run(text);
  REQUIRE_MESSAGE(x.reactions.size() == 1, text);
  CHECK_MESSAGE(x.reactions[0].org.name == org, text);
  CHECK_MESSAGE(x.reactions[0].stance == stance, text);
}

TEST_CASE("unions in the text: a trade union reacts, a union of states not") {
  CheckOneReaction(
      "The International Union of Electronic Workers welcomed the agreement "
      "on Tuesday.\n",
      "International Union of Electronic Workers", "support");
  CHECK(Run("The Eurasian Economic Union welcomed the agreement on Tuesday.\n")
            .reactions.empty());
  CHECK(Run("The European Union welcomed the agreement on Tuesday.\n")
            .reactions.empty());
  CHECK(Run("The Soviet Union rejected the agreement on Tuesday.\n")
            .reactions.empty());
}

TEST_CASE("a nationality adjective is the first word of the name") {
  CheckOneReaction(
      "\"We are very pleased with the agreement,\" said Max Oesch, a senior "
      "official of the Swiss Lawyers Federation.\n",
      "Swiss Lawyers Federation", "support");
  CheckOneReaction("The Malaysian Rubber Producers Council condemned the pact.\n",
                   "Malaysian Rubber Producers Council", "oppose");
  // Counter-example: a state's name or acronym before the run is no
  // adjective of the name ("Japan" as the subject of the sentence).
  Extracted z = Run(
      "In Japan Wheat Growers Federation members condemned the pact.\n");
  for (const Reaction& r : z.reactions)
    CHECK(r.org.name == "Wheat Growers Federation");
}

}  // namespace
}  // namespace newsevents
