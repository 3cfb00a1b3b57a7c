// Tests of the scorer's matching rules (shared spec gold.md), on small gold
// and prediction documents written here.
#include "eval/score.h"

#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

namespace newsevents {
namespace {

using Json = nlohmann::json;

const char* kText =
    "Lithuania has withdrawn from the Convention on Cluster Munitions on "
    "Monday. Amnesty International called the move \"disastrous and "
    "reckless,\" said Ana Pérez. The minister said on Monday that the "
    "decision was final. Finland is reviewing the Ottawa Treaty.";

// A mention of the `nth` occurrence of `words` in `text`.
Json At(const std::string& text, const std::string& words, int nth = 0) {
  size_t at = text.find(words);
  for (int i = 0; i < nth && at != std::string::npos; ++i)
    at = text.find(words, at + 1);
  REQUIRE(at != std::string::npos);
  return {{"text", words}, {"start", at}, {"end", at + words.size()}};
}

Json Event(const std::string& type, const std::string& modality,
           const std::string& actor, const std::string& code,
           const std::string& treaty) {
  Json e = {{"type", type},
            {"modality", modality},
            {"actor", {{"name", actor}, {"kind", "state"}}},
            {"treaty", {{"name", treaty}}},
            {"rule", "test.rule"}};
  if (!code.empty()) e["actor"]["code"] = code;
  return e;
}

Json Quote(const std::string& kind, const std::string& speaker,
           const std::string& words) {
  return {{"kind", kind},
          {"mention", At(kText, words)},
          {"speaker", {{"name", speaker}}},
          {"rule", "quotes.test"}};
}

Json Record(const std::string& id) {
  return {{"schema", "newsevents/1"}, {"status", "ok"},
          {"doc", {{"id", id}}},      {"events", Json::array()},
          {"quotes", Json::array()},  {"reactions", Json::array()},
          {"timexes", Json::array()}};
}

// The gold of kText: one event, quotes, a reaction and two timexes.
Json Gold() {
  return Json::parse(R"({
    "doc": "d1", "dct": "2025-03-07",
    "events": [{"type": "withdraw", "modality": "asserted",
                "actor": {"name": "Lithuania", "code": "LTU"},
                "treaty": {"name": "Convention on Cluster Munitions",
                           "accept": ["CCM", "Oslo Convention"]},
                "date": "2025-03-03", "officials": ["Ana Pérez"]}],
    "optional_events": [{"type": "withdraw", "modality": "considered",
                "actor": {"name": "Finland", "code": "FIN"},
                "treaty": {"name": "Anti-Personnel Mine Ban Convention",
                           "accept": ["Ottawa Treaty"]}}],
    "quotes": [{"kind": "partial", "speaker": "Ana Pérez",
                "accept_speaker": ["Pérez"], "text": "disastrous and reckless,"}],
    "optional_quotes": [{"kind": "indirect", "speaker": "the minister",
                "text": "the decision was final"}],
    "reactions": [{"org": "Amnesty International", "accept": ["AI"],
                   "stance": "oppose"}],
    "timexes": [{"text": "Monday", "type": "DATE", "value": "2025-03-03"},
                {"text": "Monday", "type": "DATE", "value": "2025-03-03"}]
  })");
}

GoldCorpus Corpus(const Json& gold, const std::string& text = kText) {
  GoldCorpus corpus;
  Status s = ParseGoldDoc(gold.dump(), text, "d1.gold.json", &corpus);
  REQUIRE_MESSAGE(s.ok(), s.ToString());
  return corpus;
}

Predictions Lines(const std::string& jsonl) {
  Predictions p;
  std::istringstream in(jsonl);
  Status s = ParsePredictions(in, "pred.jsonl", &p);
  REQUIRE_MESSAGE(s.ok(), s.ToString());
  return p;
}

Predictions One(const Json& record) { return Lines(record.dump() + "\n"); }

int CountFindings(const ScoreReport& r, Finding::Kind kind,
                  const std::string& category) {
  int n = 0;
  for (const Finding& f : r.findings)
    n += f.kind == kind && f.category == category;
  return n;
}

TEST_CASE("NormalizeName folds case, diacritics, a leading 'the' and spaces") {
  CHECK(NormalizeName("The  Ottawa\tTreaty ") == "ottawa treaty");
  CHECK(NormalizeName("TÜRKİYE") == NormalizeName("Turkiye"));
  CHECK(NormalizeName("Ana Pérez") == "ana perez");
  CHECK(NormalizeName("Côte d'Ivoire") == "cote d'ivoire");
  CHECK(NormalizeName("Straße") == "strasse");
  CHECK(NormalizeName("Theatre Group") == "theatre group");  // not "the" + atre
  CHECK(NormalizeName("Lithuania") != NormalizeName("Latvia"));
}

TEST_CASE("NameMatches accepts the gold name, its code and its aliases") {
  GoldName g{"Convention on Cluster Munitions", "", {"CCM", "Oslo Convention"}};
  CHECK(NameMatches("convention on cluster munitions", g));
  CHECK(NameMatches("the Oslo  Convention", g));
  CHECK(NameMatches("ccm", g));
  CHECK_FALSE(NameMatches("Ottawa Treaty", g));
  CHECK_FALSE(NameMatches("", g));
  GoldName state{"Lithuania", "LTU", {}};
  CHECK(NameMatches("LTU", state));
  CHECK_FALSE(NameMatches("LT", state));
}

TEST_CASE("WordJaccard compares lower-cased word sets without punctuation") {
  CHECK(WordJaccard("Disastrous, and reckless!", "disastrous and reckless") ==
        doctest::Approx(1.0));
  CHECK(WordJaccard("a b c d", "a b") == doctest::Approx(0.5));
  CHECK(WordJaccard("a b c d e", "a b") == doctest::Approx(0.4));
  CHECK(WordJaccard("", "") == 0);
}

TEST_CASE("a perfect prediction scores 1 everywhere") {
  Json rec = Record("d1");
  Json e = Event("withdraw", "asserted", "Lithuania", "LTU", "CCM");
  e["date"] = {{"value", "2025-03-03"}, {"mention", At(kText, "Monday")}};
  e["officials"] = {"Ana Perez"};  // diacritics do not matter
  rec["events"].push_back(e);
  rec["quotes"].push_back(
      Quote("partial", "Pérez", "disastrous and reckless,"));
  rec["reactions"].push_back(
      {{"id", "r1"}, {"org", {{"name", "AI"}}}, {"stance", "oppose"}});
  rec["timexes"].push_back({{"type", "DATE"},
                            {"value", "2025-03-03"},
                            {"mention", At(kText, "Monday", 0)}});
  rec["timexes"].push_back({{"type", "DATE"},
                            {"value", "2025-03-03"},
                            {"mention", At(kText, "Monday", 1)}});
  ScoreReport r = Score(Corpus(Gold()), One(rec));
  for (const Counts* c : {&r.events, &r.quotes, &r.reactions, &r.timexes}) {
    CHECK(c->precision() == 1.0);
    CHECK(c->recall() == 1.0);
  }
  CHECK(r.event_dates.correct == 1);
  CHECK(r.event_dates.total == 1);
  CHECK(r.event_officials.f1() == 1.0);
  CHECK(r.timex_strict.f1() == 1.0);
  CHECK(r.timex_value_f1() == 1.0);
  CHECK(r.findings.empty());
  CHECK(r.missing_docs.empty());
}

TEST_CASE("events: actor by code, treaty by alias after 'the' and case") {
  Json rec = Record("d1");
  rec["events"].push_back(Event("withdraw", "asserted", "Republic of Lithuania",
                                "LTU", "the oslo CONVENTION"));
  ScoreReport r = Score(Corpus(Gold()), One(rec));
  CHECK(r.events.tp_gold == 1);
  CHECK(r.events.fp() == 0);
  // Date absent on the prediction, present in gold: counted and wrong.
  CHECK(r.event_dates.total == 1);
  CHECK(r.event_dates.correct == 0);
  CHECK(CountFindings(r, Finding::kWrongValue, "events") >= 1);
}

TEST_CASE("events: each gold event is matched once, type and modality count") {
  Json rec = Record("d1");
  rec["events"].push_back(
      Event("withdraw", "asserted", "Lithuania", "", "CCM"));
  rec["events"].push_back(Event("withdraw", "asserted", "LTU", "", "CCM"));
  rec["events"].push_back(
      Event("withdraw", "planned", "Lithuania", "LTU", "CCM"));
  ScoreReport r = Score(Corpus(Gold()), One(rec));
  CHECK(r.events.pred == 3);
  CHECK(r.events.tp_gold == 1);
  CHECK(r.events.fp() == 2);
  CHECK(r.events.fn() == 0);
  CHECK(CountFindings(r, Finding::kFalsePositive, "events") == 2);
  for (const Finding& f : r.findings)
    if (f.kind == Finding::kFalsePositive) CHECK(f.rule == "test.rule");
}

TEST_CASE("events: a prediction matching an optional event is not penalised") {
  Json rec = Record("d1");
  rec["events"].push_back(
      Event("withdraw", "considered", "Finland", "FIN", "Ottawa Treaty"));
  ScoreReport r = Score(Corpus(Gold()), One(rec));
  CHECK(r.events.pred == 0);
  CHECK(r.events.fp() == 0);
  CHECK(r.events.fn() == 1);  // the gold event is still missed
  CHECK(CountFindings(r, Finding::kMiss, "events") == 1);
  CHECK(CountFindings(r, Finding::kFalsePositive, "events") == 0);
}

TEST_CASE("a gold miss carries the sentence where its treaty is named") {
  ScoreReport r = Score(Corpus(Gold()), One(Record("d1")));
  REQUIRE(CountFindings(r, Finding::kMiss, "events") == 1);
  for (const Finding& f : r.findings) {
    if (f.category != "events") continue;
    CHECK(f.doc == "d1");
    CHECK(f.sentence ==
          "Lithuania has withdrawn from the Convention on Cluster Munitions "
          "on Monday.");
  }
}

TEST_CASE("gold text is found across hard line wraps, sentences kept whole") {
  std::string text =
      "    Talks resumed in Geneva. Mr. Brown said \"we are\nclose to a "
      "deal\" on\nMonday.\n    Nothing else happened.\n";
  Json gold = Json::parse(R"({"doc": "d1", "dct": "1987-03-02",
      "quotes": [{"kind": "direct", "speaker": "Brown",
                  "text": "we are close to a deal"}],
      "timexes": [{"text": "on Monday", "type": "DATE", "value": "1987-03-02"}]})");
  GoldCorpus corpus = Corpus(gold, text);
  const Mention& t = corpus.docs[0].timexes[0].span;
  CHECK(text.substr(t.start, t.end - t.start) == "on\nMonday");
  ScoreReport r = Score(corpus, Predictions());
  REQUIRE(r.findings.size() == 2);
  for (const Finding& f : r.findings)
    CHECK(f.sentence == "Mr. Brown said \"we are close to a deal\" on Monday.");
}

TEST_CASE("quotes: indirect predictions never count as false positives") {
  Json rec = Record("d1");
  rec["quotes"].push_back(
      Quote("indirect", "the minister", "the decision was final"));
  rec["quotes"].push_back(Quote("indirect", "Nobody", "Finland is reviewing"));
  ScoreReport r = Score(Corpus(Gold()), One(rec));
  CHECK(r.quotes.pred == 0);
  CHECK(r.quotes.fp() == 0);
  CHECK(r.quotes.fn() == 1);  // the partial quote; optional ones never miss
}

TEST_CASE("quotes: speaker and a Jaccard of at least 0.5 are both needed") {
  SUBCASE("overlap below 0.5 is a false positive and a miss") {
    Json rec = Record("d1");
    // {disastrous} vs {disastrous, and, reckless}: 1/3.
    rec["quotes"].push_back(Quote("partial", "Ana Pérez", "disastrous"));
    ScoreReport r = Score(Corpus(Gold()), One(rec));
    CHECK(r.quotes.tp_gold == 0);
    CHECK(r.quotes.fp() == 1);
    CHECK(r.quotes.fn() == 1);
    REQUIRE(CountFindings(r, Finding::kFalsePositive, "quotes") == 1);
    for (const Finding& f : r.findings)
      if (f.kind == Finding::kFalsePositive) {
        CHECK(f.rule == "quotes.test");
        CHECK(f.sentence.find("Amnesty International called") == 0);
      }
  }
  SUBCASE("overlap of exactly 0.5 matches") {
    Json rec = Record("d1");
    // {and, reckless, said} vs {disastrous, and, reckless}: 2/4.
    rec["quotes"].push_back(Quote("partial", "Perez", "and reckless,\" said"));
    ScoreReport r = Score(Corpus(Gold()), One(rec));
    CHECK(r.quotes.tp_gold == 1);
  }
  SUBCASE("the wrong speaker does not match") {
    Json rec = Record("d1");
    rec["quotes"].push_back(
        Quote("partial", "Amnesty International", "disastrous and reckless,"));
    ScoreReport r = Score(Corpus(Gold()), One(rec));
    CHECK(r.quotes.tp_gold == 0);
    CHECK(r.quotes.fp() == 1);
  }
}

TEST_CASE("reactions match on organisation alias and stance") {
  Json rec = Record("d1");
  rec["reactions"].push_back(
      {{"org", {{"name", "AI"}}}, {"stance", "concern"}});
  rec["reactions"].push_back(
      {{"org", {{"name", "amnesty  international"}}}, {"stance", "oppose"}});
  ScoreReport r = Score(Corpus(Gold()), One(rec));
  CHECK(r.reactions.tp_gold == 1);
  CHECK(r.reactions.fp() == 1);
  CHECK(r.reactions.fn() == 0);
}

TEST_CASE(
    "timexes: k-th gold text maps to k-th occurrence; overlap is relaxed") {
  GoldCorpus gold = Corpus(Gold());
  REQUIRE(gold.docs[0].timexes.size() == 2);
  Json first = At(kText, "Monday", 0), second = At(kText, "Monday", 1);
  CHECK(gold.docs[0].timexes[0].span.start == first["start"].get<int>());
  CHECK(gold.docs[0].timexes[1].span.start == second["start"].get<int>());

  Json rec = Record("d1");
  // "on Monday" overlaps the first; the second gets a wrong value.
  rec["timexes"].push_back({{"type", "DATE"},
                            {"value", "2025-03-03"},
                            {"mention", At(kText, "on Monday", 0)}});
  rec["timexes"].push_back(
      {{"type", "DATE"}, {"value", "2025-03-10"}, {"mention", second}});
  rec["timexes"].push_back({{"type", "DATE"},
                            {"value", "PRESENT_REF"},
                            {"mention", At(kText, "is reviewing")}});
  ScoreReport r = Score(gold, One(rec));
  CHECK(r.timexes.tp_gold == 2);
  CHECK(r.timexes.fp() == 1);
  CHECK(r.timex_strict.tp_gold == 1);
  CHECK(r.timex_values.correct == 1);
  CHECK(r.timex_values.total == 2);
  CHECK(r.timex_value_f1() == doctest::Approx(r.timexes.f1() * 0.5));
  CHECK(CountFindings(r, Finding::kWrongValue, "timexes") == 1);
}

TEST_CASE(
    "a gold document without a prediction counts all its gold as missed") {
  GoldCorpus gold = Corpus(Gold());
  Json other = Gold();
  other["doc"] = "d2";
  REQUIRE(ParseGoldDoc(other.dump(), kText, "d2.gold.json", &gold).ok());
  Json error = {{"schema", "newsevents/1"},
                {"status", "error"},
                {"doc", {{"id", "d2"}}},
                {"error", {{"code", "invalid_utf8"}, {"message", "bad byte"}}}};
  ScoreReport r = Score(
      gold, Lines(Record("elsewhere").dump() + "\n" + error.dump() + "\n"));
  REQUIRE(r.missing_docs.size() == 2);
  CHECK(r.missing_docs[0].reason == "no prediction");
  CHECK(r.missing_docs[1].reason == "error: invalid_utf8: bad byte");
  CHECK(r.ignored_docs == 1);
  CHECK(r.events.gold == 2);
  CHECK(r.events.recall() == 0);
  CHECK(r.quotes.fn() == 2);
  CHECK(r.timexes.fn() == 4);
  CHECK(CountFindings(r, Finding::kMiss, "reactions") == 2);
}

TEST_CASE("a category is scored only where the gold file annotates it") {
  Json gold = Json::parse(R"({"doc": "d1", "dct": null,
      "timexes": [{"text": "Monday", "type": "DATE", "value": "2025-03-03"}]})");
  Json rec = Record("d1");
  rec["events"].push_back(
      Event("withdraw", "asserted", "Lithuania", "", "CCM"));
  ScoreReport r = Score(Corpus(gold), One(rec));
  CHECK(r.events.docs == 0);
  CHECK(r.events.pred == 0);
  CHECK(r.timexes.docs == 1);
  CHECK(r.timexes.fn() == 1);
}

TEST_CASE("attributions: content overlap, source by span or last word") {
  std::string text = "Smith said \"we will win\" and Jones said \"no\".";
  auto span = [&](const std::string& w) { return At(text, w); };
  Json gold = {{"doc", "d1"},
               {"dct", "2016-01-01"},
               {"attributions",
                {{{"content", span("\"we will win\"")},
                  {"source", span("Smith")},
                  {"cue", span("said")}},
                 {{"content", span("\"no\"")},
                  {"source", span("Jones")},
                  {"cue", nullptr}}}}};
  Json rec = Record("d1");
  auto quote = [&](const std::string& words, const std::string& name) {
    return Json{{"kind", "direct"},
                {"mention", At(text, words)},
                {"speaker", {{"name", name}}}};
  };
  rec["quotes"].push_back(quote("we will win", "John Smith"));
  rec["quotes"].push_back(quote("no", "Mary Brown"));
  rec["quotes"].push_back(quote("and Jones", "Jones"));
  rec["quotes"].push_back(
      {{"kind", "indirect"}, {"mention", At(text, "Smith")}});
  ScoreReport r = Score(Corpus(gold, text), One(rec));
  CHECK(r.attributions.gold == 2);
  CHECK(r.attributions.pred == 3);
  CHECK(r.attributions.tp_gold == 2);
  CHECK(r.attributions.tp_pred == 2);
  CHECK(r.attribution_sources.total == 2);
  CHECK(r.attribution_sources.correct == 1);
}

TEST_CASE("attributions: an unmatched quote in marks other than \" “ ” is set aside") {
  // The gold keeps only attributions whose content holds a double mark.
  std::string text =
      "Smith called it \xE2\x80\x98" "awful\xE2\x80\x99. Jones said "
      "\"we lost 'badly' today\" and called it 'sad' later. ''Sorry,'' "
      "he said.";
  Json gold = {{"doc", "d1"},
               {"dct", "2016-01-01"},
               {"attributions",
                {{{"content", At(text, "\"we lost 'badly' today\"")},
                  {"source", At(text, "Jones")},
                  {"cue", nullptr}}}}};
  Json rec = Record("d1");
  for (const char* words : {"awful", "badly", "sad", "Sorry,"})
    rec["quotes"].push_back({{"kind", "partial"},
                             {"mention", At(text, words)},
                             {"speaker", {{"name", "Jones"}}}});
  ScoreReport r = Score(Corpus(gold, text), One(rec));
  CHECK(r.attributions.pred == 1);     // 'badly' matches inside the content
  CHECK(r.attributions.tp_pred == 1);
  CHECK(r.attributions_set_aside == 3);  // 'awful', 'sad' and ''Sorry,''
  CHECK(r.attributions.fp() == 0);
}

TEST_CASE("a broken prediction line is an error naming file and line") {
  Predictions p;
  std::istringstream in(Record("d1").dump() + "\n{\"doc\": \n");
  Status s = ParsePredictions(in, "out.jsonl", &p);
  CHECK_FALSE(s.ok());
  CHECK(s.code() == "bad_json");
  CHECK(s.where().rfind("out.jsonl:2:", 0) == 0);  // file:line:column
  std::istringstream no_id("{\"status\": \"ok\"}\n");
  s = ParsePredictions(no_id, "out.jsonl", &p);
  CHECK(s.where() == "out.jsonl:1");
}

TEST_CASE("a gold file missing a required field is rejected with its path") {
  Json gold = Gold();
  gold["events"][0]["treaty"].erase("name");
  GoldCorpus corpus;
  Status s = ParseGoldDoc(gold.dump(), kText, "d1.gold.json", &corpus);
  CHECK_FALSE(s.ok());
  CHECK(s.message().find("events[0].treaty.name") != std::string::npos);
}

}  // namespace
}  // namespace newsevents
