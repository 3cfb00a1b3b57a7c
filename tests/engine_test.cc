// Behaviour of the engine between the rules: how treaties, actors and
// dates are resolved. Each case is a construction, not an article.
#include <doctest/doctest.h>

#include "test_util.h"

namespace newsevents {
namespace {

using testing::ExtractText;

// "type modality actor -> treaty" of every event, in order.
std::vector<std::string> Events(const std::string& text, const std::string& dct) {
  std::vector<std::string> out;
  for (const Event& e : ExtractText(text, dct).events)
    out.push_back(e.type + " " + e.modality + " " + e.actor.name + " -> " +
                  e.treaty.name);
  return out;
}

TEST_CASE("a treaty made after the article's date is not meant") {
  // In 1987 "the Paris agreement" was the currency accord of February (the
  // Louvre Accord), not the 2015 one.
  const Record r = ExtractText("Japan signed the Paris Agreement on Monday.", "1987-03-02");
  REQUIRE(r.events.size() == 1);
  CHECK(r.events[0].treaty.id == "louvre_accord");
  CHECK(Events("Japan signed the Paris Agreement on Monday.", "2016-04-22") ==
        std::vector<std::string>{"sign asserted Japan -> Paris Agreement"});
}

TEST_CASE("an agreement called by its full name while it is negotiated is that one") {
  // The TPP was signed in 2016; in 2010 its name was already the talks'.
  CHECK(Events("Japan is weighing whether to join the Trans-Pacific Partnership.",
               "2010-11-09") ==
        std::vector<std::string>{"join considered Japan -> Trans-Pacific Partnership"});
  // More than eight years before, not even its full name is meant.
  for (const Event& e : ExtractText(
           "Japan is weighing whether to join the Trans-Pacific Partnership.",
           "1995-11-09").events)
    CHECK(e.treaty.id != "tpp");
}

TEST_CASE("text without sentence breaks is not read for events or indirect speech") {
  // 2,000 sentences with no space after their periods are one "sentence":
  // each reporting verb would report the rest of it, and the rules' work
  // grows faster than its length.
  std::string text;
  for (int k = 0; k < 2000; ++k)
    text += "Lithuania announced its withdrawal from the Convention on Cluster Munitions.";
  const Record r = ExtractText(text, "2025-03-07");
  CHECK(r.events.empty());
  CHECK(r.quotes.empty());
  REQUIRE(r.warnings.size() == 1);
  CHECK(r.warnings[0].find("not read for events") != std::string::npos);
}

TEST_CASE("a letter typed three times in a row is read as two") {
  CHECK(Events("Japan ratified the Paris Agreeement.", "2016-11-08") ==
        std::vector<std::string>{"ratify asserted Japan -> Paris Agreement"});
}

TEST_CASE("a capital stands for the state it was the capital of then") {
  // Moscow was the Soviet Union's capital until ISO withdrew the code (1992).
  CHECK(Events("Moscow ratified the INF Treaty.", "1988-05-27") ==
        std::vector<std::string>{
            "ratify asserted Soviet Union -> Intermediate-Range Nuclear Forces Treaty"});
  CHECK(Events("Moscow ratified the Chemical Weapons Convention.", "1997-11-05") ==
        std::vector<std::string>{
            "ratify asserted Russia -> Chemical Weapons Convention"});
}

TEST_CASE("an action dated after the article is scheduled") {
  CHECK(Events("Poland joins NATO on March 12.", "1999-03-10") ==
        std::vector<std::string>{"join planned Poland -> North Atlantic Treaty"});
  CHECK(Events("Poland joined NATO on March 12.", "1999-03-15") ==
        std::vector<std::string>{"join asserted Poland -> North Atlantic Treaty"});
}

TEST_CASE("an agreement's administering organisation acts where no actor is named") {
  // The body is the igo whose charter (organisations.tsv) names the
  // agreement or the agreement its id extends (ica_1983 extends ica).
  CHECK(Events("The current international rubber pact expires on October 22.",
               "1987-06-01") ==
        std::vector<std::string>{"terminate planned International Natural Rubber "
                                 "Organization -> International Natural Rubber Agreement"});
  CHECK(Events("Talks on a new coffee agreement broke down.", "1987-03-02") ==
        std::vector<std::string>{"negotiate asserted International Coffee "
                                 "Organization -> International Coffee Agreement"});
  // An agreement no organisation administers has no such actor.
  CHECK(Events("Talks on the Kyoto Protocol broke down.", "2001-03-02").empty());
}

TEST_CASE("descriptive mentions resolve by subject words") {
  CHECK(Events("Lithuania has withdrawn from an international convention "
               "prohibiting cluster bombs.", "2025-03-07") ==
        std::vector<std::string>{
            "withdraw asserted Lithuania -> Convention on Cluster Munitions"});
  // A plural subject (microchips) is singular before the head noun.
  CHECK(Events("Japan violated the microchip pact.", "1987-04-10") ==
        std::vector<std::string>{
            "violate asserted Japan -> U.S.-Japan Semiconductor Agreement"});
}

TEST_CASE("anaphora: the convention is the treaty last named") {
  const auto events = Events(
      "The Ottawa Treaty bans land mines. Japan ratified the convention in 1998.",
      "1999-01-01");
  REQUIRE(events.size() == 1);
  CHECK(events[0] == "ratify asserted Japan -> Anti-Personnel Mine Ban Convention");
}

TEST_CASE("an unknown agreement named by the text") {
  const auto events = Events(
      "Malaysia joined a new International Natural Rubber Agreement on Friday.",
      "1987-03-31");
  REQUIRE(events.size() == 1);
  CHECK(events[0].find("Malaysia -> International Natural Rubber Agreement") !=
        std::string::npos);
}

TEST_CASE("an organisation joined or left stands for its founding agreement") {
  CHECK(Events("Finland joined NATO in 2023.", "2023-04-05") ==
        std::vector<std::string>{"join asserted Finland -> North Atlantic Treaty"});
  // The European Community of 1987 was founded by the Treaty of Rome; the
  // Union of 2016 by the Maastricht Treaty.
  CHECK(Events("Turkey applied to join the European Community.", "1987-04-15") ==
        std::vector<std::string>{
            "join planned Turkey -> Treaty of Rome"});
  CHECK(Events("Britain voted to leave the European Union.", "2016-06-24") ==
        std::vector<std::string>{"withdraw planned United Kingdom -> Treaty on European Union"});
}

TEST_CASE("an agreement named by its field, or by the partner it is made with") {
  CHECK(Events("Japan and China negotiated a new fisheries agreement.", "1987-03-31") ==
        std::vector<std::string>{"negotiate asserted Japan -> new fisheries agreement",
                                 "negotiate asserted China -> new fisheries agreement"});
  // "with China" names the agreement's party, who signs it too; "on Friday"
  // is no part of it.
  CHECK(Events("Japan signed an agreement with China on Friday.", "1987-03-31") ==
        std::vector<std::string>{"sign asserted Japan -> agreement with China",
                                 "sign asserted China -> agreement with China"});
  // A generic modifier alone names no agreement.
  CHECK(Events("Japan wants a new agreement.", "1987-03-31").empty());
}

TEST_CASE("the trade pact is the agreement last named with that field") {
  const auto events = Events(
      "Japan and China signed a new trade agreement in January. "
      "The Japanese parliament approved the trade pact on Friday.", "1988-09-20");
  REQUIRE(events.size() == 3);
  CHECK(events[2] == "ratify asserted Japan -> new trade agreement");
}

TEST_CASE("an unnamed agreement of the sentence's states is theirs in the lexicon") {
  // Its field words are in the name of the lexicon agreement they are
  // parties to; a different field names another agreement.
  CHECK(Events("Canada and the United States signed a free trade agreement in "
               "January.", "1988-09-20") ==
        std::vector<std::string>{
            "sign asserted Canada -> Canada-United States Free Trade Agreement",
            "sign asserted United States -> Canada-United States Free Trade Agreement"});
  CHECK(Events("Canada and the United States signed a new fisheries agreement.",
               "1988-09-20") ==
        std::vector<std::string>{"sign asserted Canada -> new fisheries agreement",
                                 "sign asserted United States -> new fisheries agreement"});
}

TEST_CASE("a preposition's object is not the subject of the verb after it") {
  CHECK(Events("China earned praise from the administration for signing the "
               "Kyoto Protocol.", "2005-01-01") ==
        std::vector<std::string>{});
  // A relative clause or a possessive makes it the agent again.
  CHECK(Events("In Japan, which ratified the Kyoto Protocol, emissions fell.",
               "2005-01-01") ==
        std::vector<std::string>{"ratify asserted Japan -> Kyoto Protocol"});
  CHECK(Events("Tariffs came in retaliation for Japan's failure to honor the "
               "Kyoto Protocol.", "2005-01-01") ==
        std::vector<std::string>{"violate asserted Japan -> Kyoto Protocol"});
}

TEST_CASE("an action noun before 'to' and another action is about that one") {
  CHECK(Events("Malaysia was seeking cabinet approval to join the new "
               "International Natural Rubber Agreement.", "1987-03-31") ==
        std::vector<std::string>{
            "join planned Malaysia -> International Natural Rubber Agreement"});
}

TEST_CASE("a comparison is no object: collapse like the tin agreement") {
  CHECK(Events("Indonesia signed the rubber pact. It was unlikely to collapse "
               "like the tin agreement.", "1987-03-31").size() == 1);
}

TEST_CASE("its: the actor last named") {
  CHECK(Events("Ivory Coast stayed away for years. Its decision to join the "
               "International Cocoa Agreement raised hopes.", "1987-03-31") ==
        std::vector<std::string>{"join planned Côte d'Ivoire -> International Cocoa Agreement"});
}

TEST_CASE("company agreements are not state agreements") {
  CHECK(Events("Japan's Toshiba Corp signed a new supply agreement with Ford.",
               "1987-03-31")
            .empty());
  CHECK(Events("The U.S. government and the company signed a confidentiality "
               "agreement.", "1987-03-31")
            .empty());
}

TEST_CASE("organs and officials act for their state") {
  CHECK(Events("The Lithuanian parliament voted to exit the Convention on "
               "Cluster Munitions.", "2025-03-07") ==
        std::vector<std::string>{
            "withdraw planned Lithuania -> Convention on Cluster Munitions"});
  // People resolve by the article's year: Obama was president in 2015.
  CHECK(Events("Obama signed the Paris Agreement.", "2016-09-03") ==
        std::vector<std::string>{"sign asserted United States -> Paris Agreement"});
  CHECK(Events("Obama signed the Paris Agreement.", "1990-01-01").empty());
}

TEST_CASE("pronouns: it and he") {
  CHECK(Events("The Kyoto Protocol was adopted in 1997. Russia ratified it in 2004.",
               "2005-01-01") ==
        std::vector<std::string>{"ratify asserted Russia -> Kyoto Protocol"});
  // "It" opening a sentence is the subject before, not the state named last.
  CHECK(Events("The Soviet Union bought little U.S. grain under the U.S.-Soviet grain "
               "agreement. It has not lived up to the agreement, Lyng said.",
               "1987-03-04") ==
        std::vector<std::string>{
            "violate asserted Soviet Union -> U.S.-Soviet Long-Term Grain Agreement"});
  // "it" opening a reported clause is the one who reports, not its hearer.
  CHECK(Events("Washington notified Tokyo that it was terminating the U.S.-Japan "
               "semiconductor agreement.",
               "1987-03-04") ==
        std::vector<std::string>{
            "terminate asserted United States -> U.S.-Japan Semiconductor Agreement"});
  // ... and a contracted negation before "lived up to" is the violation.
  CHECK(Events("The Soviet Union hasn't lived up to the U.S.-Soviet grain agreement.",
               "1987-03-04") ==
        std::vector<std::string>{
            "violate asserted Soviet Union -> U.S.-Soviet Long-Term Grain Agreement"});
}

TEST_CASE("a plural phrase can name two treaties") {
  const auto events = Events(
      "China signed two conventions on civil and political rights and on "
      "economic, social and cultural rights.",
      "1999-02-26");
  CHECK(events.size() == 2);
}

TEST_CASE("a bilateral agreement signed without an agent is signed by its parties") {
  const auto events =
      Events("The U.S.-Japanese semiconductor pact, signed in July 1986, failed.",
             "1987-04-01");
  CHECK(events.size() == 2);
}

TEST_CASE("dates attach within the trigger's clause only") {
  const Record r = ExtractText(
      "Japan quit the Kyoto Protocol, which was adopted in 1997.", "2012-12-15");
  REQUIRE(r.events.size() == 1);
  CHECK_FALSE(r.events[0].date.has_value());
  const Record r2 = ExtractText("Japan quit the Kyoto Protocol in 2012.", "2012-12-15");
  REQUIRE(r2.events.size() == 1);
  REQUIRE(r2.events[0].date.has_value());
  CHECK(r2.events[0].date->value == "2012");
}

TEST_CASE("a date after the agreement's own participle is that participle's") {
  const Record r = ExtractText(
      "Japan broke a pact on microchip trade signed last September.", "1987-04-08");
  bool violate = false;
  for (const Event& e : r.events) {
    if (e.type == "violate") {
      violate = true;
      CHECK_FALSE(e.date.has_value());
    } else {  // the signing, by the pact's two parties
      CHECK(e.type == "sign");
      REQUIRE(e.date.has_value());
      CHECK(e.date->value == "1986-09");
    }
  }
  CHECK(violate);
  CHECK(r.events.size() == 3);
}

TEST_CASE("a capital that names an agreement is a place, not a party") {
  // "both sides" are Greece and Turkey, not Switzerland (Berne).
  CHECK(Events("Turkey accused Greece of breaching the 1976 Berne Agreement under which "
               "both sides agreed to preserve the status quo.", "1987-04-01") ==
        std::vector<std::string>{"sign asserted Greece -> Berne Agreement",
                                 "sign asserted Turkey -> Berne Agreement",
                                 "violate asserted Greece -> Berne Agreement"});
}

TEST_CASE("a date right before 'when' dates the clause it opens") {
  const Record r = ExtractText(
      "Prices rose in March 2024 when Japan ratified the Paris Agreement.", "2025-01-10");
  REQUIRE(r.events.size() == 1);
  REQUIRE(r.events[0].date.has_value());
  CHECK(r.events[0].date->value == "2024-03");
}

TEST_CASE("headlines in capitals are skipped; their body is read") {
  CHECK(Events("JAPAN SIGNS KYOTO PROTOCOL\n\nJapan signed the Kyoto Protocol.",
               "1998-04-28")
            .size() == 1);
}

TEST_CASE("a weak head needs a name or a party to be an agreement") {
  CHECK(Events("Germany reached a deal with Facebook on hate speech.", "2016-01-07")
            .empty());
  CHECK(Events("Britain signed a deal on China-UK tourism.", "2005-02-01") ==
        std::vector<std::string>{
            "sign asserted United Kingdom -> deal on China-UK tourism"});
  CHECK(Events("India signed an agreement to sell cars to Hungary.", "1987-04-01")
            .empty());
}

TEST_CASE("talks named by their subject negotiate the agreement it names") {
  // Between the states a lexicon agreement joins, the talks are on it, also
  // before the year it was made (talks come first).
  CHECK(Events("Canada needs a better way to settle disputes in the free trade "
               "negotiations under way with the U.S.",
               "1987-03-10") ==
        std::vector<std::string>{
            "negotiate asserted Canada -> Canada-United States Free Trade Agreement",
            "negotiate asserted United States -> Canada-United States Free Trade "
            "Agreement"});
  // Otherwise they are named as written.
  CHECK(Events("Israel is holding free trade talks with India.", "2016-05-02") ==
        std::vector<std::string>{"negotiate asserted Israel -> free trade talks",
                                 "negotiate asserted India -> free trade talks"});
  // A commodity subject names the agreement its organisation negotiates.
  CHECK(Events("The breakdown of the coffee talks in London hit prices.",
               "1987-03-02") ==
        std::vector<std::string>{"negotiate asserted International Coffee "
                                 "Organization -> International Coffee Agreement"});
  // Talks are no verb's object: the treaty rejected is the one named.
  for (const std::string& e :
       Events("Iraq accepted a border treaty it had rejected in peace talks.",
              "1990-08-15"))
    CHECK(e.find("peace talks") == std::string::npos);
  // A field that names a process, not an agreement, names none.
  CHECK(Events("Trade talks between Japan and the United States resumed.",
               "1987-03-02")
            .empty());
}

TEST_CASE("a cue before the actor governs the clause it opens") {
  CHECK(Events("Russia declined to say whether it will join the Chemical Weapons "
               "Convention.",
               "1999-03-14") ==
        std::vector<std::string>{
            "join considered Russia -> Chemical Weapons Convention"});
}

TEST_CASE("a denial negates the clause after it") {
  CHECK(Events("An official denied a report that Japan will end the U.S.-Japan "
               "semiconductor agreement.",
               "1987-04-01") ==
        std::vector<std::string>{
            "terminate negated Japan -> U.S.-Japan Semiconductor Agreement"});
  // Not across a comma: the second claim is asserted as said.
  CHECK(Events("Japan denied the report, and said it would end the U.S.-Japan "
               "semiconductor agreement.",
               "1987-04-01") ==
        std::vector<std::string>{
            "terminate planned Japan -> U.S.-Japan Semiconductor Agreement"});
}

TEST_CASE("what a state would do on a condition is a threat") {
  CHECK(Events("Japan would end the U.S.-Japan semiconductor agreement if the U.S. "
               "imposed tariffs.",
               "1987-04-01") ==
        std::vector<std::string>{
            "terminate threatened Japan -> U.S.-Japan Semiconductor Agreement"});
  // A plan on a condition stays a plan; "would" alone is planned.
  CHECK(Events("Japan would end the U.S.-Japan semiconductor agreement.", "1987-04-01") ==
        std::vector<std::string>{
            "terminate planned Japan -> U.S.-Japan Semiconductor Agreement"});
}

TEST_CASE("an organisation named before its talks is not joined or left") {
  CHECK(Events("Poland joined NATO talks in Brussels.", "1999-03-14").empty());
  CHECK(Events("The French minister pulled out of the GATT talks.", "1987-04-01")
            .empty());
}

TEST_CASE("the two/three countries are the states last named together") {
  const auto events = Events(
      "Poland, Hungary and the Czech Republic applied. Russia objected. The "
      "three countries signed the documents of accession to NATO.",
      "1999-03-12");
  int signs = 0;
  for (const std::string& e : events) signs += e.rfind("sign asserted", 0) == 0;
  CHECK(signs == 3);
  for (const std::string& e : events) CHECK(e.find("Russia") == std::string::npos);
}

TEST_CASE("an agreement to sign is consent, not an agreement") {
  for (const std::string& e :
       Events("China's agreement to sign the Kyoto Protocol surprised many.",
              "1998-05-01"))
    CHECK(e.find("agreement to sign") == std::string::npos);
}

TEST_CASE("officials: of the events near their words, for their own state") {
  // Geremek speaks next to the event, for Poland only; Albright, of no
  // actor's state, speaks of the accession in another paragraph, for all.
  const Record r = ExtractText(
      "The Czech Republic, Hungary and Poland joined NATO on Friday. "
      "Poland's foreign minister, Bronislaw Geremek, said Poland had returned "
      "where she has always belonged.\n\n"
      "\"Accession to NATO is a guarantee,\" said Secretary of State "
      "Madeleine Albright.\n",
      "1999-03-13");
  REQUIRE(r.events.size() == 3);
  for (const Event& e : r.events) {
    CHECK(e.type == "join");
    const std::vector<std::string> expected =
        e.actor.name == "Poland"
            ? std::vector<std::string>{"Bronislaw Geremek", "Madeleine Albright"}
            : std::vector<std::string>{"Madeleine Albright"};
    CHECK_MESSAGE(e.officials == expected, e.actor.name);
  }
}

TEST_CASE("reactions: to the events of the sentence before, or to none") {
  const Record r = ExtractText(
      "Several countries still refuse to sign the Mine Ban Treaty, including "
      "the United States and Russia. \"It is a little disheartening,\" said "
      "Jane Doe, the coordinator of the U.S. Campaign to Ban Land Mines.\n\n"
      "Amnesty International condemned the arrests of students.\n",
      "1999-09-04");
  REQUIRE(r.reactions.size() == 2);
  const Reaction* campaign = nullptr;
  const Reaction* amnesty = nullptr;
  for (const Reaction& x : r.reactions)
    (x.org.name == "Amnesty International" ? amnesty : campaign) = &x;
  REQUIRE(campaign);
  REQUIRE(amnesty);
  CHECK(campaign->org.name == "U.S. Campaign to Ban Landmines");
  CHECK(campaign->stance == "concern");
  CHECK(amnesty->stance == "oppose");
  CHECK(amnesty->event.empty());
  int linked = 0;
  for (const Event& e : r.events) {
    CHECK(e.reactions == std::vector<std::string>{campaign->id});
    ++linked;
  }
  CHECK(linked == 2);
}

TEST_CASE("officials are persons, each named once") {
  // A ministry is no person; Martonyi, quoted twice, is listed once.
  const Record r = ExtractText(
      "Venezuela signed the Paris Club debt rescheduling agreement on "
      "Friday, the Finance Ministry said.\n\n"
      "Hungary joined NATO on Friday, Hungarian foreign minister Janos "
      "Martonyi said. Martonyi said Hungary understood what membership "
      "meant.\n",
      "1999-03-13");
  // Venezuela and the Paris Club, whose own agreement it is, signed.
  REQUIRE(r.events.size() == 3);
  CHECK(r.events[0].officials.empty());
  CHECK(r.events[2].officials == std::vector<std::string>{"Janos Martonyi"});
}

TEST_CASE("a negation answered by 'but rather' denies the manner, not the act") {
  CHECK(Events("China would not apply for membership of GATT on similar terms, "
               "but rather as a less developed country.", "1987-04-10") ==
        std::vector<std::string>{
            "join planned China -> General Agreement on Tariffs and Trade"});
  // Another agreement after "but rather" is what the act is about instead.
  CHECK(Events("China would not join GATT, but rather the IMF.", "1987-04-10") ==
        std::vector<std::string>{
            "join negated China -> General Agreement on Tariffs and Trade"});
}

TEST_CASE("a participle after its agreement takes its own cues and date") {
  CHECK(Events("The airline plans to begin flights next year following an air "
               "agreement signed between the Egyptian and Canadian governments.",
               "1987-04-13") ==
        std::vector<std::string>{"sign asserted Egypt -> air agreement",
                                 "sign asserted Canada -> air agreement"});
}

TEST_CASE("a bare agreement between the sentence's states is a new one") {
  CHECK(Events("Iraq and Iran signed an agreement. The agreement was violated by Iraq.",
               "1987-04-10") ==
        std::vector<std::string>{"sign asserted Iraq -> agreement",
                                 "sign asserted Iran -> agreement",
                                 "violate asserted Iraq -> agreement"});
  // One state and a company, or a weak head, make none.
  CHECK(Events("Exxon Corp and Nigeria signed an agreement.", "1987-04-10").empty());
  CHECK(Events("Iraq and Iran made a deal.", "1987-04-10").empty());
}

TEST_CASE("denial, opposition and 'not to' negate; keenness plans") {
  CHECK(Events("Russia denies violating the INF Treaty.", "2019-02-10") ==
        std::vector<std::string>{
            "violate negated Russia -> Intermediate-Range Nuclear Forces Treaty"});
  CHECK(Events("The United States decided not to withdraw from the Paris Agreement.",
               "2019-02-10") ==
        std::vector<std::string>{"withdraw negated United States -> Paris Agreement"});
  CHECK(Events("Japan is keen to join the Trans-Pacific Partnership.", "2019-02-10") ==
        std::vector<std::string>{"join planned Japan -> Trans-Pacific Partnership"});
}

TEST_CASE("an agreement described by its parties after 'between'") {
  CHECK(Events("An accord on car exports between Japan and the EC was signed in 1982.",
               "1987-04-10") ==
        std::vector<std::string>{
            "sign asserted Japan -> accord on car exports between Japan and the EC",
            "sign asserted European Community -> accord on car exports between Japan "
            "and the EC"});
  // The description stops at a year and at a verb.
  CHECK(Events("Japan and the EC signed an accord on car exports in 1982.",
               "1987-04-10") ==
        std::vector<std::string>{"sign asserted Japan -> accord on car exports",
                                 "sign asserted European Community -> accord on car exports"});
}

TEST_CASE("two states before a subject word make their own agreement") {
  CHECK(Events("China and the United States signed the U.S.-China textile agreement.",
               "1987-04-10") ==
        std::vector<std::string>{"sign asserted China -> U.S.-China textile agreement",
                                 "sign asserted United States -> U.S.-China textile "
                                 "agreement"});
}

TEST_CASE("'should' and 'must' before the verb demand it") {
  CHECK(Events("The United States should pull out of the WTO, Trump said.", "2016-06-15") ==
        std::vector<std::string>{"withdraw demanded United States -> Marrakesh Agreement "
                                 "Establishing the World Trade Organization"});
  CHECK(Events("Britain must not leave the European Union.", "2016-06-15") ==
        std::vector<std::string>{"withdraw negated United Kingdom -> Treaty on European Union"});
}

TEST_CASE("a date inside a relative clause is the clause's, not the event's") {
  const Record r = ExtractText(
      "Canada, whose trade grew sharply last year, signed the Montreal Protocol.",
      "1987-04-10");
  REQUIRE(r.events.size() == 1);
  CHECK(!r.events[0].date);
}

TEST_CASE("a date right after a reporting verb dates the report") {
  const Record r = ExtractText(
      "The Indonesian government said on Monday it would ratify the International "
      "Natural Rubber Agreement.",
      "1987-04-10");
  REQUIRE(r.events.size() == 1);
  CHECK(!r.events[0].date);
}

}  // namespace
}  // namespace newsevents
