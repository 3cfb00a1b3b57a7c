// Reactions: NGO stances from cue words and quoted words, their events, and
// the officials of events; the seed article's three reactions.
#include "reactions/reactions.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <fstream>
#include <sstream>

#include "quotes/quotes.h"

namespace newsevents {
namespace {

struct Finders {
  std::unique_ptr<QuoteFinder> q;
  std::unique_ptr<ReactionFinder> r;
};

const Finders& F() {
  static Finders f = [] {
    Finders x;
    Status s = QuoteFinder::Load("lexicons/en", &x.q);
    REQUIRE_MESSAGE(s.ok(), s.ToString());
    s = ReactionFinder::Load("lexicons/en", &x.r);
    REQUIRE_MESSAGE(s.ok(), s.ToString());
    return x;
  }();
  return f;
}

// Sentences at ". " before a capital, and at line breaks.
std::vector<Mention> Sentences(const std::string& t) {
  std::vector<Mention> out;
  int s = 0;
  const int n = static_cast<int>(t.size());
  for (int i = 0; i < n; ++i) {
    if (t[i] == '\n') {
      if (i > s) out.push_back({s, i});
      s = i + 1;
    } else if (t[i] == '.' && i + 2 < n && t[i + 1] == ' ' &&
               isupper(static_cast<unsigned char>(t[i + 2]))) {
      out.push_back({s, i + 1});
      s = i + 2;
    }
  }
  if (n > s) out.push_back({s, n});
  return out;
}

std::vector<EntityMention> Ents(const std::string& t,
                                const std::vector<std::vector<std::string>>& spec) {
  std::vector<EntityMention> out;
  for (const auto& sp : spec) {  // surface, kind, name
    for (size_t at = t.find(sp[0]); at != std::string::npos;
         at = t.find(sp[0], at + 1)) {
      EntityMention e;
      e.mention = {static_cast<int>(at), static_cast<int>(at + sp[0].size())};
      e.kind = sp[1];
      e.name = sp[2];
      out.push_back(e);
    }
  }
  std::sort(out.begin(), out.end(), [](const EntityMention& a, const EntityMention& b) {
    return a.mention.start < b.mention.start;
  });
  return out;
}

Event MakeEvent(const std::string& t, const std::string& id,
                const std::string& modality, const std::string& trigger,
                const std::vector<Mention>& sents) {
  Event e;
  e.id = id;
  e.type = "withdraw";
  e.modality = modality;
  e.actor.name = "Lithuania";
  e.actor.kind = "state";
  int at = static_cast<int>(t.find(trigger));
  REQUIRE(at >= 0);
  e.trigger = {at, at + static_cast<int>(trigger.size())};
  for (const Mention& s : sents)
    if (s.start <= at && at < s.end) e.mentions.push_back({s, e.trigger, "test"});
  REQUIRE(!e.mentions.empty());
  return e;
}

std::vector<Reaction> Run(const std::string& t, const std::vector<EntityMention>& ents,
                          std::vector<Event>* events, std::vector<Quote>* quotes = nullptr) {
  std::vector<Mention> sents = Sentences(t);
  std::vector<Quote> q = F().q->Find(t, sents, ents);
  if (quotes) *quotes = q;
  return F().r->Find(t, sents, ents, q, events);
}

TEST_CASE("stances: oppose, support, concern, urge") {
  struct Case { const char* text; const char* stance; };
  const Case cases[] = {
      {"Amnesty International condemned the withdrawal.", "oppose"},
      {"Amnesty International has labeled the move as \"disastrous.\"", "oppose"},
      {"Amnesty International welcomed the ratification.", "support"},
      {"Amnesty International expressed deep concern over the decision.", "concern"},
      {"Amnesty International urged Lithuania to reconsider.", "urge"},
      {"The withdrawal was criticised by rights watchdog Amnesty International.", "oppose"},
  };
  for (const Case& c : cases) {
    std::string t = c.text;
    auto ents = Ents(t, {{"Amnesty International", "ngo", "Amnesty International"},
                         {"Lithuania", "state", "Lithuania"}});
    std::vector<Event> events;
    std::vector<Reaction> r = Run(t, ents, &events);
    REQUIRE_MESSAGE(r.size() == 1, t);
    CHECK_MESSAGE(r[0].stance == c.stance, t);
    CHECK(r[0].org.name == "Amnesty International");
    CHECK(r[0].org.kind == "ngo");
    CHECK(r[0].id == "r1");
  }
}

TEST_CASE("a call makes concern give way; an object NGO takes no stance") {
  std::string t =
      "The organization Humanitarian Initiative (HI) urged Lithuania to "
      "reconsider, suggesting a worrying precedent.";
  std::vector<Event> events;
  std::vector<Reaction> r = Run(t, {}, &events);
  REQUIRE(r.size() == 1);
  CHECK(r[0].stance == "urge");
  CHECK(r[0].org.name == "Humanitarian Initiative");
  std::string u = "Officials met members of Amnesty International and condemned nothing.";
  auto ents = Ents(u, {{"Amnesty International", "ngo", "Amnesty International"}});
  CHECK(Run(u, ents, &events).empty());
  std::string v = "The European Union welcomed the treaty.";
  auto igo = Ents(v, {{"European Union", "igo", "European Union"}});
  CHECK(Run(v, igo, &events).empty());
}

TEST_CASE("constructions that give a stance, and those that give none") {
  struct Case { const char* text; const char* org; const char* stance; };
  const Case cases[] = {
      // A spokesperson's words are the organisation's.
      {"\"It is a little disheartening,\" said Jane Doe, the coordinator of "
       "the U.S. Campaign to Ban Land Mines.",
       "U.S. Campaign to Ban Landmines", "concern"},
      // A passive agent set off by a comma.
      {"China has been accused of blocking access to the site by the media "
       "watchdog, Reporters Without Borders.",
       "Reporters Without Borders", "oppose"},
      // What a call calls for is not the caller's stance.
      {"Amnesty International demanded a probe into camps run by groups "
       "opposed to the rebels.",
       "Amnesty International", "urge"},
      {"Amnesty International asks court to block swift Pinochet departure.",
       "Amnesty International", "urge"},
      // A possessive before a name that is still the subject.
      {"Britain's Amnesty International has condemned the ruling.",
       "Amnesty International", "oppose"},
      {"Israel's Amnesty International group criticized the plan.",
       "Amnesty International", "oppose"},
      // The constructions news uses: an evaluative adjective or noun of the
      // organisation's clause, a spokesperson's judgement, a call.
      {"Amnesty International said the move was disastrous.",
       "Amnesty International", "oppose"},
      {"Amnesty International called the agreement a step in the right "
       "direction.",
       "Amnesty International", "support"},
      {"Jane Doe, a spokeswoman for Amnesty International, said the decision "
       "was a step backwards.",
       "Amnesty International", "oppose"},
      {"Amnesty International warned that the decision would cost lives.",
       "Amnesty International", "concern"},
      {"Amnesty International has been calling on China to reconsider.",
       "Amnesty International", "urge"},
      // A document by the organisation speaks for it.
      {"A statement by Amnesty International called the withdrawal shameful.",
       "Amnesty International", "oppose"},
      // A source phrase gives it the clause after it.
      {"According to Amnesty International, the withdrawal is illegal.",
       "Amnesty International", "oppose"},
      // A lead-in clause with a cue before the organisation.
      {"Welcoming the ruling, Amnesty International said it would help.",
       "Amnesty International", "support"},
      {"Disputing the government's account, Amnesty International said "
       "the camps were full.",
       "Amnesty International", "oppose"},
  };
  for (const Case& c : cases) {
    std::string t = c.text;
    auto ents = Ents(t, {{"Amnesty International", "ngo", "Amnesty International"},
                         {"U.S. Campaign to Ban Land Mines", "ngo",
                          "U.S. Campaign to Ban Landmines"},
                         {"Reporters Without Borders", "ngo",
                          "Reporters Without Borders"},
                         {"China", "state", "China"}});
    std::vector<Event> events;
    std::vector<Reaction> r = Run(t, ents, &events);
    REQUIRE_MESSAGE(r.size() == 1, t);
    CHECK_MESSAGE(r[0].org.name == c.org, t);
    CHECK_MESSAGE(r[0].stance == c.stance, t);
  }
  // No stance: a phrase that only contains a cue word, a name that
  // modifies a noun, an object, and a university's department.
  const char* none[] = {
      "Amnesty International backed out of the talks.",
      "Amnesty International did not respond to a request for comment.",
      "Trump's Amnesty International appearance served as a test of support.",
      "That letter, on Amnesty International letterhead, demanded an apology.",
      // Counter-examples of the constructions: the organisation is spoken
      // to; a document about it, not by it; a lead-in without a cue; a
      // participle that describes the group.
      "Officials told Amnesty International that the move was disastrous.",
      "In a meeting, Amnesty International said the talks were held in Geneva.",
      "Amnesty International, the rights group supporting the detainees, met "
      "in London.",
  };
  for (const char* text : none) {
    std::string t = text;
    auto ents = Ents(t, {{"Amnesty International", "ngo", "Amnesty International"}});
    std::vector<Event> events;
    CHECK_MESSAGE(Run(t, ents, &events).empty(), t);
  }
  std::string u =
      "Yang Shu, director of the Institute of Central Asian Studies at "
      "Lanzhou University, calls the project a mistake.";
  std::vector<Event> events;
  CHECK(Run(u, {}, &events).empty());
}

TEST_CASE("unseen news: cue words that name things take no stance") {
  // Each sentence has an NGO and a cue word that is no stance of it.
  const char* none[] = {
      // "press" of the media, "support" and "demand" of markets.
      "Amnesty International told a press conference in Geneva that it had "
      "no comment.",
      "The National Farmers Union said oilseed support prices would fall.",
      "The National Farmers Union said domestic demand was rising.",
      "The National Farmers Union said the plan was very much in demand.",
      // A cue followed by "by" is the agent's.
      "The National Farmers Union said the plan was backed by the government.",
      // An NGO spoken to.
      "Dole told the National Farmers Union that he opposed the plan.",
      // Denied, asked about, or only possible.
      "The National Farmers Union does not support the ban.",
      "The National Farmers Union didn't support the ban.",
      "The National Farmers Union will decide whether to endorse the treaty.",
      "The National Farmers Union may well endorse the treaty.",
      // Names of things.
      "The National Farmers Union said the farmer died of a heart attack.",
      // Another's stance: a possessor's, a past verb's object.
      "The National Farmers Union met as China's demands grew.",
      "The National Farmers Union met Jane Doe, noting her support for it.",
      "Jane Doe, who co-founded the National Farmers Union, accused the "
      "minister of lying.",
  };
  for (const char* text : none) {
    std::string t = text;
    auto ents = Ents(t, {{"Amnesty International", "ngo", "Amnesty International"},
                         {"National Farmers Union", "ngo",
                          "National Farmers' Union"}});
    std::vector<Event> events;
    std::vector<Reaction> r = Run(t, ents, &events);
    CHECK_MESSAGE(r.empty(), t);
  }
  // The same NGO with a cue that is its stance; its own possessive, or a
  // pronoun subject, keeps it.
  for (const char* text : {"The National Farmers Union renewed the union's "
                           "demands for a ban.",
                           "Kimmelman, director of the National Farmers "
                           "Union, said he opposed the ban."}) {
    std::string u = text;
    std::vector<Event> ev;
    std::vector<Reaction> r = Run(
        u, Ents(u, {{"National Farmers Union", "ngo", "National Farmers' Union"}}),
        &ev);
    CHECK_MESSAGE(r.size() == 1, u);
  }
  std::string t = "The National Farmers Union strongly opposed the ban.";
  std::vector<Event> events;
  std::vector<Reaction> r = Run(
      t, Ents(t, {{"National Farmers Union", "ngo", "National Farmers' Union"}}),
      &events);
  REQUIRE(r.size() == 1);
  CHECK(r[0].stance == "oppose");
}

TEST_CASE("unseen news: bodies that are no NGO, and names that are none") {
  const char* none[] = {
      // Committees of a legislature or a party.
      "The Senate Finance Committee urged the administration to retaliate.",
      "The House Ways and Means Committee opposed the tax increase.",
      "The Republican National Committee welcomed the ruling.",
      // Firms and lenders by their names.
      "Guarantee Savings and Loan Association welcomed the ruling.",
      // A title-case headline introduces no organisation.
      "Top Climate Group Will Run Ads Demanding Candidates Address Clean "
      "Energy",
  };
  for (const char* text : none) {
    std::string t = text;
    std::vector<Event> events;
    CHECK_MESSAGE(Run(t, {}, &events).empty(), t);
  }
  // A committee without such a word is an NGO.
  std::string t = "The Committee to Protect Journalists condemned the arrests.";
  std::vector<Event> events;
  std::vector<Reaction> r = Run(
      t, Ents(t, {{"Committee to Protect Journalists", "ngo",
                   "Committee to Protect Journalists"}}),
      &events);
  REQUIRE(r.size() == 1);
  CHECK(r[0].stance == "oppose");
  // A gazetteer name in lower case is the common word.
  std::string u = "Congress debated an amnesty and condemned the plan.";
  CHECK(Run(u, Ents(u, {{"amnesty", "ngo", "Amnesty International"}}), &events)
            .empty());
  // "The group" after a committee of a legislature is that committee.
  std::string z =
      "A majority of the Senate Agriculture Committee met on Monday. The "
      "group, led by committee chairman Patrick Leahy, urged Reagan to act.";
  CHECK(Run(z, Ents(z, {{"Senate", "organ", "United States"}}), &events)
            .empty());
  // A committee of an IGO is no NGO.
  std::string y = "The IMF's Interim Committee criticised the banks.";
  CHECK(Run(y, Ents(y, {{"IMF", "igo", "International Monetary Fund"}}),
            &events)
            .empty());
  // A think tank of the gazetteer (kind organisation) takes a stance, as
  // the blind train gold has it (Cato, Fraser, Atlantic Council).
  std::string w = "The Brookings Institution criticised the plan.";
  CHECK(Run(w, Ents(w, {{"Brookings Institution", "organisation",
                         "Brookings Institution"}}),
            &events)
            .size() == 1);
  // A name the text only gives, with a head word of ngo_excluded_heads.txt
  // ("policy"), is still none.
  std::string x = "The Economic Policy Institute criticised the plan.";
  CHECK(Run(x, {}, &events).empty());
  // "The group" after an IGO is that IGO.
  std::string v = "OPEC ministers met in Vienna. The group criticised Britain.";
  CHECK(Run(v, Ents(v, {{"OPEC", "igo",
                         "Organization of the Petroleum Exporting Countries"}}),
            &events)
            .empty());
}

TEST_CASE("unseen news: a name the text treats as a firm's is no NGO") {
  const char* firms[] = {
      // A firm's suffix after the name, or past a parenthesis.
      "Allegheny International Inc agreed to merge. Allegheny International "
      "said the agreement calls for a tender offer.",
      "The court dismissed the appeal by York International (Cyprus) Ltd. "
      "York International said it welcomed the ruling.",
      // The name without its last word before a ticker.
      "Gillette said Revlon <REV> made an offer for its shares. Revlon Group "
      "said it welcomed the ruling.",
      // What is done to firms, before the shorter name.
      "TWA applied to take control of USAir. USAir Group urged the "
      "department to dismiss the application.",
      // A party.
      "The National Front party met in Paris. The National Front welcomed "
      "the ruling.",
      // An apposition that says what it is.
      "Felicia Wong, president of the Roosevelt Institute, a progressive "
      "think tank, applauded the ruling.",
      "Andover Group, a two-man general partnership, welcomed the ruling.",
  };
  for (const char* text : firms) {
    std::string t = text;
    std::vector<Event> events;
    CHECK_MESSAGE(Run(t, {}, &events).empty(), t);
  }
  // Without such marks the same names are NGOs' ("<UAW>" holds initials).
  const char* ngos[] = {
      "Allegheny International agreed to merge. Allegheny International "
      "said the agreement calls for a tender offer.",
      "Gillette said Revlon made an offer for its shares. Revlon Group said "
      "it welcomed the ruling.",
      "Andover Group, a trade group of investment firms, welcomed the "
      "ruling.",
  };
  for (const char* text : ngos) {
    std::string t = text;
    std::vector<Event> events;
    CHECK_MESSAGE(Run(t, {}, &events).size() == 1, t);
  }
  std::string u = "The United Auto Workers <UAW> union said it welcomed the ruling.";
  std::vector<Event> no_events;
  CHECK(Run(u, Ents(u, {{"United Auto Workers", "ngo", "United Auto Workers"}}),
            &no_events)
            .size() == 1);
  std::string t =
      "Minority Rights Group International welcomed the ruling. The group "
      "has offices in London.";
  std::vector<Event> events;
  std::vector<Reaction> r = Run(t, {}, &events);
  REQUIRE(r.size() == 1);
  CHECK(r[0].org.name == "Minority Rights Group International");
  CHECK(r[0].stance == "support");
}

TEST_CASE("an NGO after a preposition and its determiners is its object") {
  std::vector<Event> events;
  const std::vector<std::vector<std::string>> nam = {
      {"National Association of Manufacturers", "ngo",
       "National Association of Manufacturers"}};
  std::string t =
      "Speaking to the National Association of Manufacturers, Proxmire "
      "criticised the plan.";
  CHECK(Run(t, Ents(t, nam), &events).empty());
  std::string u =
      "Speaking at an American Chamber of Commerce lunch, he warned of more "
      "to come.";
  CHECK(Run(u, Ents(u, {{"American Chamber of Commerce", "ngo",
                         "American Chamber of Commerce"}}),
            &events)
            .empty());
  // After "of" the whole acts; a possessor is no object.
  std::string v =
      "Members of the National Association of Manufacturers rejected the "
      "plan.";
  std::vector<Reaction> r = Run(v, Ents(v, nam), &events);
  REQUIRE(r.size() == 1);
  CHECK(r[0].stance == "oppose");
  std::string w =
      "The National Association of Manufacturers met Lyng. Lyng was "
      "unresponsive to the group's request.";
  r = Run(w, Ents(w, nam), &events);
  REQUIRE(r.size() == 1);
  CHECK(r[0].stance == "urge");
}

TEST_CASE("an NGO that reports repression opposes it") {
  std::vector<Event> events;
  const std::vector<std::vector<std::string>> absdf = {
      {"All Burma Students Democratic Front", "ngo",
       "All Burma Students Democratic Front"}};
  std::string t =
      "The All Burma Students Democratic Front, an exiles group, said the "
      "junta had arrested more than 300 students since June.";
  std::vector<Reaction> r = Run(t, Ents(t, absdf), &events);
  REQUIRE(r.size() == 1);
  CHECK(r[0].stance == "oppose");
  CHECK(t.substr(r[0].cue.start, r[0].cue.end - r[0].cue.start) ==
        "arrested");
  // No report, or no repression in it: no stance.
  std::string u =
      "The All Burma Students Democratic Front said the junta had visited "
      "the camps.";
  CHECK(Run(u, Ents(u, absdf), &events).empty());
  std::string v =
      "Police arrested members of the All Burma Students Democratic Front.";
  CHECK(Run(v, Ents(v, absdf), &events).empty());
}

TEST_CASE("before an agent, a past verb has its own subject") {
  std::vector<Event> events;
  std::string t =
      "The department rejected a request by the Teamsters Union to require "
      "protections for workers.";
  std::vector<Reaction> r = Run(
      t, Ents(t, {{"Teamsters Union", "ngo", "Teamsters"}}), &events);
  REQUIRE(r.size() == 1);
  CHECK(r[0].stance == "urge");
  // A cue far before the agent is another's.
  std::string w =
      "Calling for a switch to other crops, the minister said a low price "
      "would be paid this year for half the amount of maize bought by "
      "the Teamsters Union.";
  CHECK(Run(w, Ents(w, {{"Teamsters Union", "ngo", "Teamsters"}}), &events)
            .empty());
  std::string u = "The plan was criticised and condemned by Amnesty.";
  r = Run(u, Ents(u, {{"Amnesty", "ngo", "Amnesty International"}}), &events);
  REQUIRE(r.size() == 1);
  CHECK(r[0].stance == "oppose");
}

TEST_CASE("an actor with its own verb after the NGO starts another clause") {
  std::vector<Event> events;
  std::string t =
      "The American Soybean Association is confident the U.S. Congress will "
      "support its trade complaint.";
  const std::vector<std::vector<std::string>> spec = {
      {"American Soybean Association", "ngo", "American Soybean Association"},
      {"U.S. Congress", "organ", "United States"}};
  CHECK(Run(t, Ents(t, spec), &events).empty());
  // A person's relative clause after the NGO is the person's.
  std::string v =
      "She won the endorsement of the American Soybean Association, a coup "
      "over her rival, Bernie Sanders, who has long opposed the tax.";
  CHECK(Run(v, Ents(v, spec), &events).empty());
  // Spoken to, the actor takes no verb: the call is the NGO's.
  std::string u =
      "The American Soybean Association urged the U.S. Congress to reject "
      "the tax.";
  std::vector<Reaction> r = Run(u, Ents(u, spec), &events);
  REQUIRE(r.size() == 1);
  CHECK(r[0].stance == "urge");
}

TEST_CASE("a warning that tells its object what not to do is a call") {
  struct Case { const char* text; const char* stance; };
  const Case cases[] = {
      {"Amnesty International Warns Israel against Interrogation Torture",
       "urge"},
      {"Amnesty International warned the government not to sign the deal.",
       "urge"},
      {"Amnesty International warned of worse to come.", "concern"},
      // A stance noun before "from" and the NGO; a phrasal stance.
      {"The plan drew sharp criticism from Amnesty International.", "oppose"},
      {"But Amnesty International came out in opposition on Tuesday.",
       "oppose"},
      // After a cue of feeling, "by" names the cause, not an agent.
      {"Amnesty International was deeply disappointed by the withdrawal.",
       "oppose"},
      {"Amnesty International said it was alarmed by the decision.",
       "concern"},
      // "movement" is an NGO noun: "Israel's Peace Now movement" speaks.
      {"Israel's Peace Now movement condemned the plan.", "oppose"},
  };
  for (const Case& c : cases) {
    std::string t = c.text;
    auto ents = Ents(t, {{"Amnesty International", "ngo", "Amnesty International"},
                         {"Peace Now", "ngo", "Peace Now"},
                         {"Israel", "state", "Israel"}});
    std::vector<Event> events;
    std::vector<Reaction> r = Run(t, ents, &events);
    REQUIRE_MESSAGE(r.size() == 1, t);
    CHECK_MESSAGE(r[0].stance == c.stance, t);
  }
}

TEST_CASE("NGOs named together share a stance that comes before them") {
  std::string t =
      "Britain has condemned the arrests, as have human rights groups "
      "Amnesty International and Human Rights Watch.";
  auto ents = Ents(t, {{"Amnesty International", "ngo", "Amnesty International"},
                       {"Human Rights Watch", "ngo", "Human Rights Watch"}});
  std::vector<Event> events;
  std::vector<Reaction> r = Run(t, ents, &events);
  REQUIRE(r.size() == 2);
  std::vector<std::string> orgs = {r[0].org.name, r[1].org.name};
  std::sort(orgs.begin(), orgs.end());
  CHECK(orgs == std::vector<std::string>{"Amnesty International",
                                         "Human Rights Watch"});
  CHECK(r[0].stance == "oppose");
  CHECK(r[1].stance == "oppose");
}

// An event of `actor` with trigger `trigger`, mentioned in its sentence.
Event ActorEvent(const std::string& t, const std::string& id,
                 const std::string& type, const std::string& actor,
                 const std::string& trigger, const std::vector<Mention>& sents) {
  Event e = MakeEvent(t, id, "asserted", trigger, sents);
  e.type = type;
  e.actor.name = actor;
  e.treaty.name = "Anti-Personnel Mine Ban Convention";
  return e;
}

TEST_CASE("a reaction is linked to the events it follows, or to none") {
  // The sentence before, in its paragraph: every actor of that mention.
  std::string t =
      "Several countries still refuse to adopt the treaty, including the "
      "United States and Russia. \"It is a little disheartening,\" said Jane "
      "Doe, the coordinator of the U.S. Campaign to Ban Land Mines.";
  auto ents = Ents(t, {{"U.S. Campaign to Ban Land Mines", "ngo",
                        "U.S. Campaign to Ban Landmines"}});
  std::vector<Mention> sents = Sentences(t);
  std::vector<Event> events = {
      ActorEvent(t, "e1", "reject", "United States", "refuse", sents),
      ActorEvent(t, "e2", "reject", "Russia", "refuse", sents)};
  std::vector<Reaction> r = Run(t, ents, &events);
  REQUIRE(r.size() == 1);
  CHECK(r[0].event == "e1");
  CHECK(events[0].reactions == std::vector<std::string>{"r1"});
  CHECK(events[1].reactions == std::vector<std::string>{"r1"});
  // A reaction to something else (arrests) in another paragraph: none.
  std::string u =
      "Lithuania has withdrawn from the convention.\n\n"
      "Students marched in Vilnius on Friday.\n\n"
      "Amnesty International condemned the arrests of students.";
  auto ents2 = Ents(u, {{"Amnesty International", "ngo", "Amnesty International"}});
  std::vector<Mention> sents2 = Sentences(u);
  std::vector<Event> events2 = {
      MakeEvent(u, "e1", "asserted", "withdrawn", sents2)};
  r = Run(u, ents2, &events2);
  REQUIRE(r.size() == 1);
  CHECK(r[0].event.empty());
  CHECK(events2[0].reactions.empty());
  // "the move" refers back to the latest event.
  std::string v =
      "Lithuania has withdrawn from the convention.\n\n"
      "Amnesty International condemned the move.";
  std::vector<Mention> sents3 = Sentences(v);
  std::vector<Event> events3 = {
      MakeEvent(v, "e1", "asserted", "withdrawn", sents3)};
  r = Run(v, Ents(v, {{"Amnesty International", "ngo", "Amnesty International"}}),
          &events3);
  REQUIRE(r.size() == 1);
  CHECK(r[0].event == "e1");
}

TEST_CASE("seed article: three reactions to the withdrawal, and its official") {
  std::ifstream in("corpora/seed/lithuania-ccm.txt");
  REQUIRE(in);
  std::stringstream ss;
  ss << in.rdbuf();
  std::string t = ss.str();
  auto ents = Ents(t, {{"Amnesty International", "ngo", "Amnesty International"},
                       {"Human Rights Watch", "ngo", "Human Rights Watch"},
                       {"HI", "ngo", "Humanity & Inclusion"},
                       {"Lithuania", "state", "Lithuania"}});
  // Drop the "Lithuania" inside "Lithuanian".
  ents.erase(std::remove_if(ents.begin(), ents.end(), [&](const EntityMention& e) {
               return t.compare(e.mention.start, 10, "Lithuanian") == 0;
             }), ents.end());
  std::vector<Mention> sents = Sentences(t);
  std::vector<Event> events = {
      MakeEvent(t, "e1", "asserted", "officially withdrawn", sents),
      MakeEvent(t, "e2", "planned", "voted to exit", sents),
      MakeEvent(t, "e3", "considered", "contemplating a similar exit", sents)};
  Event more = MakeEvent(t, "e1", "asserted", "decision to withdraw", sents);
  events[0].mentions.push_back(more.mentions[0]);
  std::vector<Quote> quotes;
  std::vector<Reaction> r = Run(t, ents, &events, &quotes);
  REQUIRE(r.size() == 3);
  CHECK(r[0].org.name == "Amnesty International");
  CHECK(r[0].stance == "oppose");
  CHECK(r[1].org.name == "Human Rights Watch");
  CHECK(r[1].stance == "oppose");
  CHECK(r[2].org.name == "Humanity & Inclusion");
  CHECK(r[2].stance == "urge");
  for (const Reaction& x : r) {
    CHECK(x.event == "e1");
    CHECK(!x.quotes.empty());
    CHECK(t.substr(x.cue.start, x.cue.end - x.cue.start).size() > 0);
  }
  CHECK(events[0].reactions == std::vector<std::string>{"r1", "r2", "r3"});
  CHECK(events[1].reactions.empty());
  CHECK(events[0].officials == std::vector<std::string>{"Karolis Aleksa"});
  CHECK(events[1].officials.empty());
  CHECK(events[2].officials.empty());
}

}  // namespace
}  // namespace newsevents
