// Quotes and speakers: each attribution pattern, the quote-mark styles and
// the traps (scare quotes, titles), and the seed article's four quotes.
#include "quotes/quotes.h"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "test_util.h"

namespace newsevents {
namespace {

const QuoteFinder& Finder() {
  static std::unique_ptr<QuoteFinder> qf = [] {
    std::unique_ptr<QuoteFinder> q;
    Status s = QuoteFinder::Load("lexicons/en", &q);
    REQUIRE_MESSAGE(s.ok(), s.ToString());
    return q;
  }();
  return *qf;
}

// A throwaway sentence splitter for tests: ". " / "? " / "! " (after an
// optional closing quote) before a capital, and line breaks.
std::vector<Mention> Sentences(const std::string& t) {
  std::vector<Mention> out;
  int s = 0;
  const int n = static_cast<int>(t.size());
  for (int i = 0; i < n; ++i) {
    bool stop = t[i] == '\n';
    if (t[i] == '.' || t[i] == '?' || t[i] == '!') {
      int j = i + 1;
      if (t.compare(j, 3, "\xe2\x80\x9d") == 0) j += 3;
      if (j < n && t[j] == '"') ++j;
      if (j + 1 < n && t[j] == ' ' && isupper(static_cast<unsigned char>(t[j + 1]))) {
        std::string prev = t.substr(std::max(0, i - 2), 2);
        if (prev != "Mr" && prev != "Dr") {
          out.push_back({s, j});
          s = j + 1;
        }
      }
    }
    if (stop) {
      if (i > s) out.push_back({s, i});
      s = i + 1;
    }
  }
  if (n > s) out.push_back({s, n});
  return out;
}

std::vector<Quote> Run(const std::string& t,
                       const std::vector<EntityMention>& ents = {}) {
  return Finder().Find(t, Sentences(t), ents);
}

std::string Str(const std::string& t, Mention m) {
  return t.substr(m.start, m.end - m.start);
}

// The only quote of `kind` in t; fails when there is not exactly one.
Quote One(const std::string& t, const std::string& kind,
          const std::vector<EntityMention>& ents = {}) {
  std::vector<Quote> all = Run(t, ents);
  std::vector<Quote> q;
  for (const Quote& x : all)
    if (x.kind == kind) q.push_back(x);
  REQUIRE_MESSAGE(q.size() == 1, t);
  return q[0];
}

EntityMention Ent(const std::string& t, const std::string& surface,
                  const std::string& kind, const std::string& name) {
  EntityMention e;
  int at = static_cast<int>(t.find(surface));
  e.mention = {at, at + static_cast<int>(surface.size())};
  e.kind = kind;
  e.name = name;
  return e;
}

TEST_CASE("quote followed by pronoun and verb: “...,” he said") {
  std::string t =
      "Foreign Secretary Jack Straw spoke on Tuesday. "
      "\xe2\x80\x9cThe talks were hard,\xe2\x80\x9d he said.";
  Quote q = One(t, "direct");
  CHECK(Str(t, q.mention) == "The talks were hard,");
  CHECK(Str(t, q.speaker.mention) == "he");
  CHECK(q.speaker.name == "Jack Straw");
  CHECK(q.speaker.title == "Foreign Secretary");
  CHECK(q.speaker.kind == "official");
  CHECK(Str(t, q.cue) == "said");
}

TEST_CASE("verb before the speaker, apposition after: said X, Y's title") {
  std::string t =
      "\"We will leave the treaty,\" said Karolis Aleksa, Lithuania's deputy "
      "defence minister.";
  std::vector<EntityMention> ents = {Ent(t, "Lithuania", "state", "Lithuania")};
  Quote q = One(t, "direct", ents);
  CHECK(q.speaker.name == "Karolis Aleksa");
  CHECK(q.speaker.title == "deputy defence minister");
  CHECK(q.speaker.affiliation == "Lithuania");
  CHECK(q.speaker.kind == "official");
  CHECK(Str(t, q.speaker.mention) ==
        "Karolis Aleksa, Lithuania's deputy defence minister");
}

TEST_CASE("a title the gazetteer names as an organ, then the name") {
  // "Secretary of State" is one title, and the person follows it.
  std::string t = "\"We are ready,\" said Secretary of State Madeleine Albright.";
  Quote q = One(t, "direct",
                {Ent(t, "Secretary of State", "organ", "United States")});
  CHECK(q.speaker.name == "Madeleine Albright");
  CHECK(q.speaker.title == "Secretary of State");
  CHECK(q.speaker.affiliation == "United States");
}

TEST_CASE("said X's title, Name: the name after a phrase headed by a title") {
  std::string t =
      "\"We are ready,\" said Poland's foreign minister, Bronislaw Geremek.";
  Quote q = One(t, "direct", {Ent(t, "Poland", "state", "Poland")});
  CHECK(q.speaker.name == "Bronislaw Geremek");
  CHECK(q.speaker.affiliation == "Poland");
}

TEST_CASE("speaker then colon: Aleksa said: “...”, surname resolves") {
  std::string t =
      "Karolis Aleksa, the deputy minister, arrived. Aleksa said: "
      "\xe2\x80\x9cWe have no choice.\xe2\x80\x9d";
  Quote q = One(t, "direct");
  CHECK(Str(t, q.speaker.mention) == "Aleksa");
  CHECK(q.speaker.name == "Karolis Aleksa");
}

TEST_CASE("according to and in a statement") {
  std::string t =
      "The ministry of defence published a plan. In a statement, the ministry "
      "said \xe2\x80\x9cthe decision is final.\xe2\x80\x9d";
  Quote q = One(t, "partial");
  CHECK(Str(t, q.speaker.mention) == "the ministry");
  std::string u = "The deal is dead, according to a senior official.";
  Quote i = One(u, "indirect");
  CHECK(Str(u, i.mention) == "The deal is dead");
  CHECK(i.speaker.name == "senior official");
  CHECK(Str(u, i.cue) == "according to");
}

TEST_CASE("the organization warned: resolves to the last organisation") {
  std::string t =
      "Amnesty International published a report. \"This is a disaster for "
      "civilians,\" the organization warned.";
  std::vector<EntityMention> ents = {
      Ent(t, "Amnesty International", "ngo", "Amnesty International")};
  Quote q = One(t, "direct", ents);
  CHECK(Str(t, q.speaker.mention) == "the organization");
  CHECK(q.speaker.name == "Amnesty International");
  CHECK(q.speaker.kind == "ngo");
}

TEST_CASE("partial quote: labeled the move as “disastrous”") {
  std::string t =
      "Amnesty International has labeled the move as "
      "\xe2\x80\x9c" "disastrous,\xe2\x80\x9d while Human Rights Watch has "
      "labeled it \xe2\x80\x9c" "alarming.\xe2\x80\x9d";
  std::vector<Quote> q = Run(t);
  REQUIRE(q.size() == 2);
  CHECK(q[0].kind == "partial");
  CHECK(q[0].speaker.name == "Amnesty International");
  CHECK(Str(t, q[0].mention) == "disastrous,");
  CHECK(q[1].speaker.name == "Human Rights Watch");
}

TEST_CASE("indirect speech: said that, urged X to") {
  std::string t =
      "Karolis Aleksa is the deputy minister. He argued that the weapons "
      "would deter an attack.";
  Quote q = One(t, "indirect");
  CHECK(Str(t, q.mention) == "the weapons would deter an attack");
  CHECK(q.speaker.name == "Karolis Aleksa");
  std::string u =
      "The organization Humanitarian Initiative (HI) urged Lithuania to "
      "reconsider, suggesting a worrying precedent.";
  Quote r = One(u, "indirect");
  CHECK(Str(u, r.mention) == "Lithuania to reconsider");
  CHECK(r.speaker.name == "Humanitarian Initiative");
  CHECK(r.speaker.kind == "ngo");
}

TEST_CASE("quote marks: straight, single, ``wire'' and '' pairs") {
  std::string a = "``We want peace,'' the minister said.";
  CHECK(Str(a, One(a, "direct").mention) == "We want peace,");
  std::string b = "''We want peace,'' said John Smith, a senator.";
  Quote qb = One(b, "direct");
  CHECK(qb.speaker.name == "John Smith");
  CHECK(qb.speaker.kind == "official");
  std::string c = "'We want peace,' said Mr John Smith.";
  CHECK(One(c, "direct").speaker.name == "John Smith");
}

TEST_CASE("nested quotes stay inside the outer quote") {
  std::string t =
      "\xe2\x80\x9cThey call it \xe2\x80\x98the red line\xe2\x80\x99 and "
      "mean it,\xe2\x80\x9d said Jane Doe, a diplomat.";
  Quote q = One(t, "direct");
  CHECK(Str(t, q.mention) ==
        "They call it \xe2\x80\x98the red line\xe2\x80\x99 and mean it,");
  CHECK(q.speaker.name == "Jane Doe");
}

TEST_CASE("a quote running on over paragraphs keeps its speaker") {
  std::string t =
      "Lawyer Louise Christian said: \"They should have acted sooner.\n\n"
      "\"They didn't do that. They colluded with it.\"";
  std::vector<Quote> q = Run(t);
  REQUIRE(q.size() == 2);
  CHECK(Str(t, q[1].mention) == "They didn't do that. They colluded with it.");
  CHECK(q[1].speaker.name == "Louise Christian");
  CHECK(q[1].speaker.title == "Lawyer");
}

TEST_CASE("traps: scare quotes, titles and nicknames give no speaker") {
  std::string t =
      "They were detained as part of the \"war on terror\". The film "
      "\"Dark Waters\" opened in May. Crowds cheered \"the Donald\" in Iowa.";
  CHECK(Run(t).empty());
  std::string u =
      "Mr. Smith told \"Good Morning America\" that the deal was dead.";
  for (const Quote& q : Run(u)) CHECK(q.kind == "indirect");
}

TEST_CASE("he resolves to the last male person named, not a name in a quote") {
  std::string t =
      "The shadow foreign secretary, Michael Ancram, welcomed the return. "
      "\"I spoke to Peter Hain,\" he said. \"We agreed,\" he added.";
  std::vector<Quote> q = Run(t);
  int direct = 0;
  for (const Quote& x : q) {
    if (x.kind != "direct") continue;
    ++direct;
    CHECK(x.speaker.name == "Michael Ancram");
  }
  CHECK(direct == 2);
}

TEST_CASE("seed article: the four quotes and their speaker") {
  std::ifstream in("corpora/seed/lithuania-ccm.txt");
  REQUIRE(in);
  std::stringstream ss;
  ss << in.rdbuf();
  std::string t = ss.str();
  std::vector<EntityMention> ents;
  for (size_t at = t.find("Lithuania"); at != std::string::npos;
       at = t.find("Lithuania", at + 1)) {
    if (t.compare(at, 10, "Lithuanian") == 0) continue;
    EntityMention e;
    e.mention = {static_cast<int>(at), static_cast<int>(at + 9)};
    e.kind = "state";
    e.name = "Lithuania";
    ents.push_back(e);
  }
  std::vector<Quote> q = Run(t, ents);
  std::vector<Quote> marked;
  for (const Quote& x : q)
    if (x.kind != "indirect") marked.push_back(x);
  REQUIRE(marked.size() == 4);
  CHECK(Str(t, marked[0].mention) ==
        "Russia uses all the instruments available in a conventional war,");
  CHECK(marked[0].kind == "direct");
  CHECK(marked[0].speaker.name == "Karolis Aleksa");
  CHECK(marked[0].speaker.title == "Deputy Defence Minister");
  CHECK(marked[0].speaker.affiliation == "Lithuania");
  CHECK(marked[0].speaker.kind == "official");
  CHECK(Str(t, marked[1].mention) == "effective deterrence and defense.");
  CHECK(marked[1].kind == "partial");
  CHECK(marked[1].speaker.name == "Karolis Aleksa");
  CHECK(Str(t, marked[2].mention) == "disastrous,");
  CHECK(marked[2].speaker.name == "Amnesty International");
  CHECK(Str(t, marked[3].mention) == "alarming,");
  CHECK(marked[3].speaker.name == "Human Rights Watch");
  for (size_t i = 0; i < q.size(); ++i)
    CHECK(q[i].id == "q" + std::to_string(i + 1));
  // "He argued that ..." and "Deputy Minister Aleksa assured that ...".
  int aleksa_indirect = 0;
  for (const Quote& x : q)
    if (x.kind == "indirect" && x.speaker.name == "Karolis Aleksa")
      ++aleksa_indirect;
  CHECK(aleksa_indirect >= 2);
}

TEST_CASE("apposition: a title with 'of X' gives the name, title and affiliation") {
  std::string t =
      "\"The wolves are here to stay,\" said Mark Van Putten, president of the "
      "National Wildlife Federation.";
  std::vector<EntityMention> ents = {
      Ent(t, "National Wildlife Federation", "ngo", "National Wildlife Federation")};
  std::vector<Quote> q = Run(t, ents);
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker.name == "Mark Van Putten");
  CHECK(q[0].speaker.title == "president");
  CHECK(q[0].speaker.affiliation == "National Wildlife Federation");
  CHECK(q[0].speaker.kind == "ngo");
}

TEST_CASE("a lead-in phrase is not the speaker; a name with an initial is whole") {
  std::string t =
      "Welcoming the ruling, Maeve Sherlock, chief executive of the Refugee "
      "Council, said: \"It is hugely troubling.\" \"It was common ground,\" "
      "said John D. Podesta, a former chief of staff.";
  // The test splitter breaks after "D." as real splitters do.
  std::vector<Quote> q = Run(t);
  REQUIRE(q.size() == 2);
  CHECK(q[0].speaker.name == "Maeve Sherlock");
  CHECK(q[0].speaker.title == "chief executive");
  CHECK(q[1].speaker.name == "John D. Podesta");
}

TEST_CASE("a document speaks for the organisation it names or the last one") {
  std::string t =
      "Amnesty International issued a report on Tuesday. \"The situation is "
      "critical,\" the Amnesty statement said. \"Killings continue,\" the "
      "report said.";
  std::vector<EntityMention> ents = {
      Ent(t, "Amnesty International", "ngo", "Amnesty International")};
  std::vector<Quote> q = Run(t, ents);
  REQUIRE(q.size() == 2);
  CHECK(q[0].speaker.name == "Amnesty International");
  CHECK(q[1].speaker.name == "Amnesty International");
}

TEST_CASE("'he' prefers the subject who spoke over a person named in passing") {
  std::string t =
      "Senator Mitch McConnell of Kentucky attacked the rules. Mr. Obama, the "
      "president, dismissed the criticism as the voice of a client of Laurence "
      "Tribe. \"You know, I love Larry,\" he said.";
  std::vector<Quote> q = Run(t);
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker.name == "Obama");
}

TEST_CASE("'he' takes the subject just before it, not the last one in the text") {
  // Both men are mentioned again after the quote; the pronoun must look
  // at the mentions before it.
  std::string t =
      "President Bill Adams arrived. Governor Tom Reed met him. Mr. Adams "
      "spoke first. \"We agree on the budget,\" he said. Later, Mr. Reed "
      "left. Reed said nothing. Mr. Adams waved.";
  std::vector<Quote> q = Run(t);
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker.name == "Bill Adams");
  CHECK(Str(t, q[0].speaker.mention) == "he");
}

TEST_CASE("'he' never stands for a description, a group or a place") {
  // "the emotional impact", "several analysts" and "West Berlin is" are
  // not people; the pronoun goes back to the named person.
  std::string t =
      "Trade Minister Jan Novak opened the talks. West Berlin is a sticking "
      "point. Several analysts said that the deal was close. The emotional "
      "impact said nothing. \"We are not there yet,\" he said.";
  std::vector<Quote> q;
  for (const Quote& x : Run(t))
    if (x.kind == "direct") q.push_back(x);
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker.name == "Jan Novak");
}

TEST_CASE("a capitalised determiner opens a description, not a name") {
  std::string t =
      "\"The rules must change,\" another diplomat said. \"It will take "
      "years,\" Another diplomat said.";
  std::vector<Quote> q = Run(t);
  REQUIRE(q.size() == 2);
  CHECK(q[0].speaker.name == "diplomat");
  CHECK(q[1].speaker.name == "diplomat");
}

TEST_CASE("a long subject between the quote and its verb") {
  std::string a =
      "\"Today's speech shows it,\" Adam Green, co-founder of the "
      "Progressive Change Campaign Committee, said in a statement.";
  Quote qa = One(a, "direct");
  CHECK(qa.speaker.name == "Adam Green");
  CHECK(Str(a, qa.cue) == "said");
  std::string b = "\"Our friends no longer trust us,\" former Florida "
                  "governor Jeb Bush said.";
  Quote qb = One(b, "direct");
  CHECK(qb.speaker.name == "Jeb Bush");
  CHECK(qb.speaker.title == "former Florida governor");
  std::string c = "\"Forget about it,\" retired neurosurgeon Ben Carson "
                  "said.";
  Quote qc = One(c, "direct");
  CHECK(qc.speaker.name == "Ben Carson");
  CHECK(qc.speaker.title == "retired neurosurgeon");
  std::string d = "\"We are getting ready for a party,\" Paris, who used to "
                  "work on Capitol Hill, said.";
  Quote qd = One(d, "direct");
  CHECK(qd.speaker.name == "Paris");
  CHECK(Str(d, qd.speaker.mention) == "Paris");
}

TEST_CASE("a clause after a partial quote is not its speaker") {
  // "while Human Rights Watch has labeled it" is the next clause; the
  // first fragment belongs to the subject before it.
  std::string t =
      "Amnesty International has labeled the move as \"disastrous,\" while "
      "Human Rights Watch has labeled it \"alarming.\"";
  std::vector<Quote> q = Run(t);
  REQUIRE(q.size() == 2);
  CHECK(q[0].speaker.name == "Amnesty International");
  CHECK(q[1].speaker.name == "Human Rights Watch");
}

TEST_CASE("a name, then a description with an article, then the verb") {
  std::string t =
      "Weingarten, a longtime Clinton supporter, said that the unions "
      "\xe2\x80\x9chave too often been in a reactive position\xe2\x80\x9d by "
      "waiting.";
  Quote q = One(t, "partial");
  CHECK(q.speaker.name == "Weingarten");
  CHECK(Str(t, q.speaker.mention) == "Weingarten, a longtime Clinton supporter");
}

TEST_CASE("a curly opening mark typed where the quote closes") {
  std::string t =
      "\xe2\x80\x9cThat could create new problems for her here,\xe2\x80\x9c "
      "said Jim Clyburn, a Democratic congressman.";
  Quote q = One(t, "direct");
  CHECK(Str(t, q.mention) == "That could create new problems for her here,");
  CHECK(q.speaker.name == "Jim Clyburn");
}

TEST_CASE("a thing is not a speaker; people and documents are") {
  // "maintains" and "saying" are reporting verbs, but an agreement or a
  // sign does not speak: the fragments are terms, not quotes.
  std::string t =
      "The new agreement also maintains the \"may sell\" and \"must buy\" "
      "points. Lori Bernstein held up a sign saying \"Jews Against Trump - "
      "Because We Have Seen This Before.\"";
  for (const Quote& q : Run(t)) {
    CHECK(q.speaker.name != "new agreement");
    CHECK(q.speaker.name != "sign");
  }
  std::string u =
      "\"We have no complaints,\" a senior Taiwanese trade official said. "
      "\"Prices will fall,\" the study said.";
  // "the study" names no organisation here: it speaks as itself, not as
  // the official.
  std::vector<Quote> q = Run(u);
  REQUIRE(q.size() == 2);
  CHECK(q[0].speaker.name == "senior Taiwanese trade official");
  CHECK(q[1].speaker.name == "study");
}

TEST_CASE("a name does not run on from a headline into the text") {
  std::string t =
      "ANDRIESSEN HAILS MILK PACT, PROMISES FARM AID\n\n"
      "Farm Commissioner Frans Andriessen welcomed the agreement.\n"
      "\"We are now in a favourable position,\" he told a news conference.";
  std::vector<Quote> q = Run(t);
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker.name == "Frans Andriessen");
  CHECK(q[0].speaker.title == "Farm Commissioner");
}

TEST_CASE("capitalised words before a title are not a person") {
  std::string t =
      "Senior Japanese officials open talks today. Makoto Kuroda, vice "
      "minister of trade, will lead them.\n"
      "\"The United States has excessive expectations,\" he said.";
  std::vector<Quote> q = Run(t);
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker.name == "Makoto Kuroda");
}

TEST_CASE("an attribution closing the sentence covers its partial quotes") {
  std::string t =
      "Adam Markham leads the campaign. Climate change is \"getting worse,\" "
      "and it has already produced \"severe\" impacts on species, Markham "
      "noted.";
  std::vector<Quote> q = Run(t);
  int partial = 0;
  for (const Quote& x : q) {
    if (x.kind != "partial") continue;
    ++partial;
    CHECK(x.speaker.name == "Adam Markham");
    CHECK(Str(t, x.cue) == "noted");
  }
  CHECK(partial == 2);
  // A tail that opens new reported speech is not the quote's attribution.
  std::string u =
      "Prices are a \"disaster,\" and the crisis goes on, he said that the "
      "talks would resume in a month or so.";
  for (const Quote& x : Run(u)) CHECK(x.kind == "indirect");
}

TEST_CASE("a colon introduces a quote, also from the paragraph before") {
  std::string t =
      "Reporter Jomana Karadsheh says:\n\n"
      "\"Well, the situation there is a frontline.\"\n\n"
      "Rep. Trey Gowdy (R-S.C.): \"Who told you that figure?\"";
  std::vector<Quote> q = Run(t);
  REQUIRE(q.size() == 2);
  CHECK(q[0].speaker.name == "Jomana Karadsheh");
  CHECK(Str(t, q[0].cue) == "says");
  CHECK(q[1].speaker.name == "Trey Gowdy");
  CHECK(Str(t, q[1].cue) == ":");
}

TEST_CASE("a title and name tagged as an organ of a state are a person") {
  std::string t =
      "King Hussein of Jordan arrived in Washington. President Bush today "
      "denounced the invasion. \"No one should doubt our staying power,\" "
      "he said.";
  std::vector<EntityMention> ents = {
      Ent(t, "President Bush", "organ", "United States")};
  std::vector<Quote> q = Run(t, ents);
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker.name == "Bush");
  CHECK(q[0].speaker.title == "President");
  CHECK(q[0].speaker.kind == "official");
}

TEST_CASE("an honorific's gender picks the right bearer of a surname") {
  std::string t =
      "Hillary Clinton campaigned in Ohio. Former President Bill Clinton "
      "stayed home. Mrs. Clinton said \"we will win the state.\" "
      "Mr. Clinton said \"the polls are close.\"";
  std::vector<Quote> q;
  for (const Quote& x : Run(t))
    if (x.kind != "indirect") q.push_back(x);
  REQUIRE(q.size() == 2);
  CHECK(q[0].speaker.name == "Hillary Clinton");
  CHECK(q[1].speaker.name == "Bill Clinton");
}

TEST_CASE("auxiliaries between the speaker and a phrasal cue") {
  std::string t =
      "\xe2\x80\x9cShould there be a database?\xe2\x80\x9d a reporter can be "
      "heard asking Trump after an event in Iowa.";
  Quote q = One(t, "direct");
  CHECK(q.speaker.name == "reporter");
  CHECK(Str(t, q.cue) == "heard asking");
}

TEST_CASE("apposition: a title of a common-noun group") {
  std::string t =
      "John Maslen, head of the EC delegation, told Reuters as he emerged "
      "from the final session: \"We made some progress.\"";
  Quote q = One(t, "direct");
  CHECK(q.speaker.name == "John Maslen");
  CHECK(Str(t, q.speaker.mention) == "John Maslen, head of the EC delegation");
}

TEST_CASE("a document with no organisation before it speaks as itself") {
  std::string t =
      "Floods damaged 40,000 homes. \"She should come to Louisiana,\" the "
      "editorial read. \"It is a disgrace,\" wrote one commenter. \"We need "
      "help,\" Nate Silver, the polling guru who founded the site, tweeted.";
  std::vector<Quote> q = Run(t);
  REQUIRE(q.size() == 3);
  CHECK(q[0].speaker.name == "editorial");
  CHECK(q[1].speaker.name == "commenter");
  CHECK(q[2].speaker.name == "Nate Silver");
}

TEST_CASE("a quote left open runs on through long paragraphs") {
  std::string t =
      "Dr. Ward stated: \"The department is not about justice anymore.\n\n"
      "\"The latest example is the lawsuit. It was filed on Monday. It names "
      "the state. It asks for an injunction. It will be heard in June.\n\n"
      "\"We will fight it in every court.\"";
  std::vector<Quote> q = Run(t);
  REQUIRE(q.size() == 3);
  for (const Quote& x : q) CHECK(x.speaker.name == "Ward");
  CHECK(Str(t, q[2].mention) == "We will fight it in every court.");
}

TEST_CASE("'it' can be a named organ of a state") {
  std::string t =
      "Human Rights Watch criticised Beijing last week. On Tuesday the State "
      "Department published its annual report. It said that dissidents "
      "\"live in an environment filled with repression.\"";
  std::vector<EntityMention> ents = {
      Ent(t, "Human Rights Watch", "ngo", "Human Rights Watch"),
      Ent(t, "State Department", "organ", "United States")};
  Quote q = One(t, "partial", ents);
  CHECK(Str(t, q.speaker.mention) == "It");
  CHECK(q.speaker.name == "State Department");
}

TEST_CASE("a title to a place is one phrase; a document far from any organisation speaks as itself") {
  std::string t =
      "The Iraqi ambassador to Greece said the foreigners could leave \"as "
      "soon as the threats are eliminated.\"";
  Quote q = One(t, "partial");
  CHECK(q.speaker.name == "Iraqi ambassador to Greece");
  std::string filler;
  for (int i = 0; i < 30; ++i) filler += "The weather was mild again. ";
  std::string u = "Congress met on Monday. " + filler +
                  "\"Species loss is severe,\" the study said.";
  std::vector<EntityMention> ents = {Ent(u, "Congress", "organ", "United States")};
  Quote d = One(u, "direct", ents);
  CHECK(d.speaker.name == "study");
}

TEST_CASE("a gendered title heads a phrase; it is not a pronoun") {
  std::string t =
      "Chrysler Corp and Renault agreed to extend the period. A Chrysler "
      "spokeswoman would not say more. \"That is our definition of the "
      "delay,\" she said. The Chrysler spokeswoman said, \"We are still "
      "working toward a definitive agreement.\"";
  std::vector<Quote> q = Run(t);
  REQUIRE(q.size() == 2);
  CHECK(q[0].speaker.name == "Chrysler spokeswoman");
  CHECK(Str(t, q[1].speaker.mention) == "The Chrysler spokeswoman");
  CHECK(q[1].speaker.name == "Chrysler spokeswoman");
}

TEST_CASE("an unnamed person introduced with an indefinite article is 'he'") {
  std::string t =
      "CHINA LIKELY TO JOIN GATT, DIPLOMATS SAY\n\n"
      "A western diplomat said an official of a major city gave no figures.\n"
      "\"When I asked for the figure, I got nothing,\" he said.";
  std::vector<Quote> q;
  for (const Quote& x : Run(t))
    if (x.kind == "direct") q.push_back(x);
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker.name == "western diplomat");
}

TEST_CASE("a fragment in a sentence whose subject is a named person") {
  std::string t =
      "Senator Ted Cruz campaigned in Albany. Cruz blamed the law on "
      "\"knuckleheaded Democratic politicians.\" Guatemala has proposed the "
      "\"other producers\" group. Under the present agreement the \"may "
      "sell\" price applies.";
  std::vector<Quote> q;
  for (const Quote& x : Run(t))
    if (x.kind != "indirect") q.push_back(x);
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker.name == "Ted Cruz");
  CHECK(Str(t, q[0].mention) == "knuckleheaded Democratic politicians.");
}

TEST_CASE("a sentence-final attribution with an apposition") {
  std::string t =
      "\"Many would consider that an embarrassment\" if she lost, said "
      "David Wasserman, an elections analyst at the Cook Political Report.";
  Quote q = One(t, "direct");
  CHECK(q.speaker.name == "David Wasserman");
  CHECK(Str(t, q.cue) == "said");
}

TEST_CASE("a relative clause or an apposition with a preposition before the verb") {
  std::string t =
      "Sam Solovey, a contestant on the show, said his boss was \"always "
      "kind.\" Marvin Roffman learned that in 1990. Roffman, who estimates "
      "that his costs were \"in the seven figures,\" described the impact "
      "as \"horrendous.\"";
  std::vector<Quote> q;
  for (const Quote& x : Run(t))
    if (x.kind != "indirect") q.push_back(x);
  REQUIRE(q.size() >= 2);
  CHECK(q.front().speaker.name == "Sam Solovey");
  CHECK(Str(t, q.front().speaker.mention) == "Sam Solovey, a contestant on the show");
  CHECK(q.back().speaker.name == "Marvin Roffman");
  CHECK(Str(t, q.back().cue) == "described");
}

TEST_CASE("a family name first resolves to the full name") {
  std::string t =
      "Chinese President Jiang Zemin spoke in Beijing. Jiang delivered a "
      "speech. \"The Western mode must never be copied,\" he said.";
  std::vector<Quote> q = Run(t);
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker.name == "Jiang Zemin");
}

TEST_CASE("an apposition opening with a preposition; a quoted name earlier in the sentence") {
  std::string t =
      "Brad Adams, from the UK's Human Rights Watch, said: \"This is a huge "
      "political signal.\"";
  Quote q = One(t, "direct");
  CHECK(q.speaker.name == "Brad Adams");
  std::string u =
      "Frank Luntz, a Republican expert, said the ''Remain'' camp had failed "
      "to ''personalize, individualize or humanize their campaign.''";
  Quote p = One(u, "partial");
  CHECK(p.speaker.name == "Frank Luntz");
}

TEST_CASE("a quote standing alone after a sentence in which a person spoke") {
  std::string t =
      "Although Judge Sam Sparks upheld the system, he sharply criticized it. "
      "``A flip of the coin would be more merciful than these votes.''";
  Quote q = One(t, "direct");
  CHECK(q.speaker.name == "Sam Sparks");
  CHECK(Str(t, q.cue) == "criticized");
  // No speaker in the sentence before: nothing.
  std::string u =
      "The board met on Monday. ``A flip of the coin would be fairer.''";
  CHECK(Run(u).empty());
}

TEST_CASE("a capitalised modifier is not a name; a titled name inside an organ mention") {
  std::string t =
      "Former Trump campaign manager Corey Lewandowski joined CNN. \"There's "
      "no going back,\" he said.";
  std::vector<Quote> q = Run(t);
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker.name == "Corey Lewandowski");
  std::string u =
      "Groups joined Interior Secretary Bruce Babbitt in the appeal. Babbitt "
      "called the decision \"a ringing endorsement.\"";
  std::vector<EntityMention> ents = {
      Ent(u, "Interior Secretary Bruce Babbitt", "organ", "United States")};
  Quote b = One(u, "partial", ents);
  CHECK(b.speaker.name == "Bruce Babbitt");
}

TEST_CASE("the verb before its speaker, the quote after: said X, “...”") {
  std::string t =
      "Sam Solovey, a contestant, praised his boss. But, said Solovey, "
      "\"I don't want to drum up conflict.\" Said another official who is "
      "not part of the talks: \"There are no glitches.\"";
  std::vector<Quote> q = Run(t);
  REQUIRE(q.size() == 2);
  CHECK(q[0].speaker.name == "Sam Solovey");
  CHECK(Str(t, q[0].speaker.mention) == "Solovey");
  CHECK(q[1].speaker.name == "official");
  CHECK(Str(t, q[1].cue) == "Said");
  std::string u =
      "Said Dorothy Poynter, who grew up with Ali, \"We were all so proud of "
      "him.\"";
  CHECK(One(u, "direct").speaker.name == "Dorothy Poynter");
}

TEST_CASE("a surname named in full only later in the text") {
  std::string t =
      "Grassley spoke first. \"We will hold hearings,\" Grassley said. "
      "Senator Charles Grassley chairs the committee.";
  std::vector<Quote> q = Run(t);
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker.name == "Charles Grassley");
}

TEST_CASE("a party label apposition; a clause opened by a conjunction") {
  std::string t =
      "Sen. Paul Wellstone, D-Minn., said, ``There is considerable "
      "indignation.''";
  Quote q = One(t, "direct");
  CHECK(q.speaker.name == "Paul Wellstone");
  std::string u =
      "Donald Trump spoke to the group. And he seemed to soften his stance, "
      "promising that \"we will send a clear signal.\"";
  Quote p = One(u, "partial");
  CHECK(p.speaker.name == "Donald Trump");
  CHECK(Str(u, p.cue) == "promising");
  // A possessive pronoun is not a subject.
  std::string w =
      "Arash Sigarchi was jailed. His sentence comes a day after an online "
      "\"day of action\" for his release.";
  for (const Quote& x : Run(w)) CHECK(x.kind == "indirect");
}

TEST_CASE("a capitalised common noun is no antecedent; a name after 'after' is a subject") {
  std::string t =
      "James Foley, a State Department spokesman, deplored the terms. Foley "
      "met Chinese President Jiang Zemin. Critics noted that the sentences "
      "came after Jiang delivered a speech in which he made clear that "
      "reform would not come. ``The Western mode must never be copied,'' he "
      "said.";
  std::vector<Quote> q;
  for (const Quote& x : Run(t))
    if (x.kind == "direct") q.push_back(x);
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker.name == "Jiang Zemin");
}

TEST_CASE("an unnamed spokesman with a relative clause, then 'he'") {
  std::string t =
      "Judge Garzon issued a warrant against Pinochet. A British Foreign "
      "Office spokesman, who declined to be identified, said the arrest was "
      "``a judicial matter.'' But he said ``he does not have diplomatic "
      "immunity in this country.''";
  std::vector<Quote> q;
  for (const Quote& x : Run(t))
    if (x.kind != "indirect") q.push_back(x);
  REQUIRE(q.size() == 2);
  CHECK(q[0].speaker.name == "British Foreign Office spokesman");
  CHECK(q[1].speaker.name == "British Foreign Office spokesman");
}

TEST_CASE("a name set off by commas after a titled phrase; a known name after 'and'") {
  std::string t =
      "Brian Deese, an adviser, spoke. At that moment, the French ambassador "
      "to the United Nations, Francois Delattre, uttered a stage whisper. "
      "''One hopes,'' he said.";
  std::vector<Quote> q = Run(t);
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker.name == "Francois Delattre");
  std::string u =
      "Foreign Minister Bronislaw Geremek spoke. President Boris Yeltsin "
      "told Clinton he could live with it. Poland is sensitive, and Geremek "
      "has gone out of his way to reassure Moscow. ``We want our membership "
      "to serve as a catalyst,'' he said.";
  std::vector<Quote> r;
  for (const Quote& x : Run(u))
    if (x.kind == "direct") r.push_back(x);
  REQUIRE(r.size() == 1);
  CHECK(r[0].speaker.name == "Bronislaw Geremek");
}

TEST_CASE("a party label and a relative clause before the verb; a second verb after 'but'") {
  std::string t =
      "Rep. Nancy Pelosi, D-Calif., who has long been among the critics, said "
      "the sentences were ``the clearest demonstration'' of intent.";
  Quote q = One(t, "partial");
  CHECK(q.speaker.name == "Nancy Pelosi");
  std::string u =
      "Harold Koh said Ms. Albright would raise it but cautioned that even "
      "the most ``robust'' dialogue would not lead to change.";
  Quote r = One(u, "partial");
  CHECK(r.speaker.name == "Harold Koh");
  CHECK(Str(u, r.cue) == "cautioned");
}

TEST_CASE("a verb between two names ends the subject; its verb is the cue") {
  std::string t =
      "First, Donald Trump attacked Mitt Romney for being a \"failed "
      "candidate.\"";
  Quote q = One(t, "partial");
  CHECK(q.speaker.name == "Donald Trump");
  CHECK(Str(t, q.speaker.mention) == "Donald Trump");
  CHECK(Str(t, q.cue) == "attacked");
}

TEST_CASE("a party label in parentheses, then a relative clause") {
  std::string t =
      "Rep. Zoe Lofgren (D-Calif.), who introduced a bill this month, said "
      "in a statement that the steps were \"important preliminary steps.\"";
  Quote q = One(t, "partial");
  CHECK(q.speaker.name == "Zoe Lofgren");
  CHECK(q.speaker.title == "Rep.");
}

TEST_CASE("participle and adverb appositions; a description ending in a people noun") {
  std::string t =
      "New Jersey Gov. Chris Christie, hoping to surge in New Hampshire, "
      "called Obama a \"petulant child.\" The two lawmakers, however, argue "
      "that \"there is precedent for prosecution.\" \"He is selling fiction,\" "
      "the paper's editorial board wrote.";
  std::vector<Quote> q = Run(t);
  REQUIRE(q.size() == 3);
  CHECK(q[0].speaker.name == "Chris Christie");
  CHECK(q[1].speaker.name == "lawmakers");
  CHECK(q[2].speaker.name == "paper's editorial board");
}

TEST_CASE("'he' across paragraphs: the last subject, not people named in passing") {
  std::string t =
      "Foreign Minister Karolis Aleksa arrived in Brussels on Monday.\n\n"
      "The talks covered the treaty signed by Ronald Reagan and the plans of "
      "Vladimir Putin for the region.\n\n"
      "Aleksa met his counterparts for three hours.\n\n"
      "Officials from Latvia and Estonia joined later in the day.\n\n"
      "\"We will not change course,\" he said.";
  std::vector<Quote> q;
  for (const Quote& x : Run(t))
    if (x.kind == "direct") q.push_back(x);
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker.name == "Karolis Aleksa");
  CHECK(q[0].speaker.title == "Foreign Minister");
}

TEST_CASE("a signature line after a quote paragraph") {
  std::string t =
      "\"Boeing and GE and other multinationals pay zero taxes.\"\n\n"
      "- Bernie Sanders.\n\n"
      "This is a complex issue.";
  Quote q = One(t, "direct");
  CHECK(q.speaker.name == "Bernie Sanders");
  CHECK(Str(t, q.cue) == "-");
}

TEST_CASE("appositions with a relative clause or after a parenthesis") {
  std::string t =
      "Pete Seat, an Indiana GOP consultant whose firm was retained by the "
      "campaign, said he would be \"shocked\" by it. But Sen. Richard J. "
      "Durbin (D-Ill.), noting the size of his following, said, \"He has a "
      "heck of an email list.\"";
  std::vector<Quote> q = Run(t);
  REQUIRE(q.size() == 2);
  CHECK(q[0].speaker.name == "Pete Seat");
  CHECK(q[1].speaker.name == "Richard J. Durbin");
}

TEST_CASE("an organisation known only by a definite description speaks as itself") {
  std::string t =
      "\"The platform goes further than ever,\" the Democrat convention "
      "committee said. \"We have always sought a balance,\" the company said.";
  std::vector<Quote> q = Run(t);
  REQUIRE(q.size() == 2);
  CHECK(q[0].speaker.name == "Democrat convention committee");
  CHECK(q[0].speaker.kind == "organisation");
  CHECK(q[1].speaker.name == "company");
  // An indefinite one names no one: "a consulting firm called X argues".
  std::string u = "Analysts at a consulting firm argue that \"influence will grow.\"";
  for (const Quote& x : Run(u)) CHECK(x.speaker.name != "firm");
}

TEST_CASE("an age in the apposition; an adverb before a relative clause") {
  std::string t =
      "Ramil Carr, 31, a Philadelphia freelance photographer, said the "
      "convention was the \"perfect opportunity\" to call attention. Bernie "
      "Sanders spoke. Sanders, meanwhile, who has no endorsements, said he "
      "is \"prepared to take on the establishment.\"";
  std::vector<Quote> q;
  for (const Quote& x : Run(t))
    if (x.kind != "indirect") q.push_back(x);
  REQUIRE(q.size() == 2);
  CHECK(q[0].speaker.name == "Ramil Carr");
  CHECK(q[1].speaker.name == "Bernie Sanders");
}

TEST_CASE("a possessive pronoun before a noun names the owner's people") {
  std::string t =
      "Tarla Makaeff sued the school. The case put Makaeff \"through the "
      "wringer,\" according to her lawyers in a court filing.";
  Quote q = One(t, "partial");
  CHECK(q.speaker.name == "Tarla Makaeff's lawyers");
  CHECK(Str(t, q.speaker.mention) == "her lawyers");
}

TEST_CASE("a titled person whose title starts with an organisation's first word") {
  std::string t =
      "The court let the Interior Department keep its program. Groups joined "
      "Interior Secretary Bruce Babbitt in the appeal. Babbitt called the "
      "decision ``a ringing endorsement.''";
  std::vector<EntityMention> ents = {
      Ent(t, "Interior Department", "organ", "United States")};
  Quote q = One(t, "partial", ents);
  CHECK(q.speaker.name == "Bruce Babbitt");
}

TEST_CASE("X quoted Y as saying: the speaker is Y") {
  std::string t =
      "ABC quoted an Iraqi Foreign Ministry official in Baghdad as saying "
      "Americans in Iraq are ``restrictees'' who will stay.";
  Quote q = One(t, "partial");
  CHECK(q.speaker.name == "Iraqi Foreign Ministry official");
  CHECK(Str(t, q.cue) == "quoted");
}

TEST_CASE("a group or a phrase with no name is never a later he or she") {
  // "Republicans who suggest ..." speaks as a group; "in the past
  // described" is no speaker at all: "he" is the man named before.
  std::string t =
      "Senator John Bolton spoke on Monday. Bolton was critical of "
      "Republicans who suggest Clinton might be better. Bolton, who has in "
      "the past described Trump as \u201ca narcissist,\u201d was blunt. "
      "\u201cThat is just Obama reheated,\u201d he said.";
  Quote q = One(t, "direct");
  CHECK(Str(t, q.speaker.mention) == "he");
  CHECK(q.speaker.name == "John Bolton");
}

TEST_CASE("the company: the firm that spoke last, not the one named last") {
  std::string t =
      "Kaypro Corp said it cut prices on computers it sells to Boeing Co "
      "and Loral Inc.\n\"Sales will rise,\" the company said.";
  Quote q = One(t, "direct");
  CHECK(Str(t, q.speaker.mention) == "the company");
  CHECK(q.speaker.name == "Kaypro Corp");
  CHECK(q.speaker.kind == "organisation");
}

TEST_CASE("the company with no firm named before stays a description") {
  std::string t =
      "Prices fell in March. \"Sales will rise,\" the company said.";
  Quote q = One(t, "direct");
  CHECK(q.speaker.name == "company");
}

TEST_CASE("a subordinator or 'Like' at a sentence start is no part of a name") {
  std::string t =
      "Although Scott voted for the bill, the vote was close. "
      "Like Corker, Menendez had doubts. "
      "\u201cIt is a bad law,\u201d Scott said. "
      "\u201cWe will fix it,\u201d Corker said.";
  std::vector<Quote> qs = Run(t);
  REQUIRE(qs.size() == 2);
  CHECK(qs[0].speaker.name == "Scott");
  CHECK(qs[1].speaker.name == "Corker");
}

TEST_CASE("Speaker is a title: House Speaker Paul Ryan is Paul Ryan") {
  std::string t =
      "House Speaker Paul Ryan met the nominee on Thursday. "
      "\u201cWe had a good talk,\u201d Ryan said.";
  Quote q = One(t, "direct");
  CHECK(q.speaker.name == "Paul Ryan");
  CHECK(q.speaker.title == "House Speaker");
}

TEST_CASE("an organisation's name runs on over 'of' after its head") {
  std::string t =
      "The American Federation of Government Employees said the plan was "
      "\u201ca disgrace.\u201d";
  CHECK(One(t, "partial").speaker.name ==
        "American Federation of Government Employees");
  std::string u =
      "The Royal Bank of Canada raised its prime rate.\n"
      "\u201cRates are too high,\u201d the Royal Bank of Canada said.";
  std::vector<EntityMention> ents = {Ent(u, "Canada", "state", "Canada")};
  CHECK(One(u, "direct", ents).speaker.name == "Royal Bank of Canada");
  // Not over a title: the governor is the person.
  std::string v =
      "Bank of Japan Governor Satoshi Sumita spoke on Monday.\n"
      "\u201cThe yen is too strong,\u201d Sumita said.";
  std::vector<EntityMention> ents2 = {Ent(v, "Japan", "state", "Japan")};
  CHECK(One(v, "direct", ents2).speaker.name == "Satoshi Sumita");
}

TEST_CASE("organisation, title, name: the person speaks for the organisation") {
  std::string t =
      "Council of Economic Advisers chairman Beryl Sprinkel said growth was "
      "\u201csolid.\u201d";
  Quote q = One(t, "partial");
  CHECK(q.speaker.name == "Beryl Sprinkel");
  CHECK(q.speaker.title == "chairman");
  CHECK(q.speaker.affiliation == "Council of Economic Advisers");
  std::string u =
      "Bank of Japan governor Satoshi Sumita said the yen was "
      "\u201ctoo strong.\u201d";
  std::vector<EntityMention> ents = {Ent(u, "Japan", "state", "Japan")};
  Quote r = One(u, "partial", ents);
  CHECK(r.speaker.name == "Satoshi Sumita");
  CHECK(r.speaker.affiliation == "Bank of Japan");
}

TEST_CASE("'and' inside an organisation's name, not between two names") {
  std::string t =
      "The Center for Economic and Policy Research said the cuts were "
      "\u201charmful.\u201d";
  CHECK(One(t, "partial").speaker.name ==
        "Center for Economic and Policy Research");
  std::string u =
      "The Securities and Exchange Commission said the filing was "
      "\u201cincomplete.\u201d";
  CHECK(One(u, "partial").speaker.name ==
        "Securities and Exchange Commission");
  std::string v =
      "Texaco Inc and Pennzoil Co said the talks were \u201cuseful.\u201d";
  CHECK(One(v, "partial").speaker.name != "Texaco Inc and Pennzoil Co");
}

TEST_CASE("'Despite' at a sentence start is no part of a name") {
  std::string t =
      "Despite Santilli's doubts, the group went on. "
      "\u201cWe are not leaving,\u201d Santilli said.";
  CHECK(One(t, "direct").speaker.name == "Santilli");
}

TEST_CASE("a party label before a first name is no part of the name") {
  std::string t =
      "Democrat Hillary Clinton said the plan was \u201ca disaster.\u201d\n"
      "The Republican National Committee said it was \u201cready.\u201d";
  std::vector<Quote> qs = Run(t);
  REQUIRE(qs.size() == 2);
  CHECK(qs[0].speaker.name == "Hillary Clinton");
  CHECK(qs[0].speaker.title == "Democrat");
  CHECK(qs[1].speaker.name == "Republican National Committee");
}

TEST_CASE("a name that ends as an organisation's is never a later he") {
  // "the ministry approved" speaks as an organisation: "he" is the
  // spokesman.
  std::string t =
      "The Finance Ministry has accepted a decision to expand the share of "
      "foreign brokers, a ministry spokesman said.\n"
      "Earlier this month, the ministry approved a plan to expand the "
      "industry's share to \"26.2 pct,\" he said.";
  int hes = 0;
  for (const Quote& q : Run(t)) {
    if (Str(t, q.speaker.mention) != "he") continue;
    ++hes;
    CHECK(q.speaker.name == "ministry spokesman");
  }
  CHECK(hes == 1);
}

TEST_CASE("a bad word list stops loading with file:line:col") {
  const testing::TempDir temp("newsevents_quotes_test_lex");
  const std::string& dir = temp.path();
  std::filesystem::copy("lexicons/en/words", dir + "/words",
                        std::filesystem::copy_options::recursive);
  {
    std::ofstream bad(dir + "/words/reporting_verbs.txt", std::ios::app);
    bad << "said\tsays\n";
  }
  std::unique_ptr<QuoteFinder> q;
  Status s = QuoteFinder::Load(dir, &q);
  CHECK_FALSE(s.ok());
  CHECK(s.where().find("reporting_verbs.txt:") != std::string::npos);
  CHECK(s.where().substr(s.where().rfind(':')) == ":5");
}

}  // namespace
TEST_CASE("a family name written first: Minister Lim Keng Yaik ... Lim said") {
  std::string t =
      "Malaysian Primary Industries Minister Lim Keng Yaik spoke on Monday. "
      "\"This will ensure the buffer stock operation is carried out,\" Lim "
      "said.";
  Quote q = One(t, "direct", {});
  CHECK(q.speaker.name == "Lim Keng Yaik");
  // Counter-example: a surname that ends the earlier name stays its own.
  std::string u =
      "Trade Minister John Lim spoke on Monday. \"We will sign,\" Lim said.";
  Quote r = One(u, "direct", {});
  CHECK(r.speaker.name == "John Lim");
}

}  // namespace newsevents
