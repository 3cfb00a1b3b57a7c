// Tests of the audit: pairing of findings with gold and predicted items, the
// nearest rule to a miss, the baseline diff, thresholds, the aligned table,
// the JSON, and the HTML page's highlighting and escaping.
#include "eval/audit.h"

#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <regex>
#include <sstream>
#include <string>

#include "test_util.h"

namespace newsevents {
namespace {

using Json = nlohmann::json;

const std::string kText =
    "Lithuania has withdrawn from the Convention on Cluster Munitions. "
    "Amnesty International called it \"a disaster for civilians,\" said "
    "Ana Perez. Estonia will sign the Ottawa Treaty.";

Mention At(const std::string& text, const std::string& words) {
  size_t at = text.find(words);
  REQUIRE(at != std::string::npos);
  return {static_cast<int>(at), static_cast<int>(at + words.size())};
}

GoldCorpus Gold() {
  const char* json = R"({
    "doc": "d1", "dct": "2025-03-07",
    "events": [
      {"type": "withdraw", "modality": "asserted",
       "actor": {"name": "Lithuania", "code": "LTU"},
       "treaty": {"name": "Convention on Cluster Munitions"}},
      {"type": "sign", "modality": "planned",
       "actor": {"name": "Estonia", "code": "EST"},
       "treaty": {"name": "Ottawa Treaty"}}],
    "quotes": [{"kind": "direct", "speaker": "Ana Perez",
                "text": "a disaster for civilians,"}]
  })";
  GoldCorpus gold;
  REQUIRE(ParseGoldDoc(json, kText, "d1.gold.json", &gold).ok());
  return gold;
}

Event MakeEvent(const std::string& id, const std::string& type,
                const std::string& modality, const std::string& actor,
                const std::string& treaty, const std::string& trigger) {
  Event e;
  e.id = id;
  e.type = type;
  e.modality = modality;
  e.actor.name = actor;
  e.actor.mention = At(kText, actor);
  e.treaty.name = treaty;
  e.treaty.mention = At(kText, treaty);
  e.trigger = At(kText, trigger);
  e.rule = type + ".test";
  e.mentions.push_back({At(kText, kText.substr(0, 65)), e.trigger, e.rule});
  return e;
}

// Lithuania's withdrawal found, Estonia's signature missed, a false
// positive (Lithuania signs), the quote found.
Predictions Pred() {
  Record r;
  r.doc_id = "d1";
  r.events.push_back(MakeEvent("e1", "withdraw", "asserted", "Lithuania",
                               "Convention on Cluster Munitions", "withdrawn"));
  r.events.push_back(MakeEvent("e2", "sign", "asserted", "Lithuania",
                               "Convention on Cluster Munitions", "withdrawn"));
  Quote q;
  q.id = "q1";
  q.kind = "direct";
  q.mention = At(kText, "a disaster for civilians,");
  q.speaker.name = "Ana Perez";
  q.speaker.mention = At(kText, "Ana Perez");
  q.rule = "quotes.test";
  r.quotes.push_back(q);
  Predictions p;
  p.records["d1"] = r;
  return p;
}

const AuditItem* Find(const std::vector<AuditItem>& items,
                      const std::string& name_part) {
  for (const AuditItem& i : items)
    if (i.name.find(name_part) != std::string::npos) return &i;
  return nullptr;
}

TEST_CASE("items are paired with the scorer's findings") {
  Audit a = AuditOf(Gold(), Pred(), nullptr);
  REQUIRE(a.docs.size() == 1);
  const DocAudit& d = a.docs[0];
  CHECK(a.total.events.f1() == doctest::Approx(0.5));
  REQUIRE(d.gold.size() == 3);
  CHECK(Find(d.gold, "Lithuania")->status == ItemStatus::kMatched);
  CHECK(Find(d.gold, "Estonia")->status == ItemStatus::kMiss);
  CHECK(Find(d.gold, "Ana Perez")->status == ItemStatus::kMatched);
  REQUIRE(d.predicted.size() == 3);
  CHECK(d.predicted[0].status == ItemStatus::kMatched);
  CHECK(d.predicted[1].id == "e2");
  CHECK(d.predicted[1].status == ItemStatus::kFalsePositive);
  CHECK(d.predicted[1].rule == "sign.test");
  CHECK(d.predicted[2].status == ItemStatus::kMatched);
  // One miss and one false positive, each a finding.
  int misses = 0;
  for (const AuditFinding& f : d.findings) {
    if (f.finding.kind != Finding::kMiss) continue;
    ++misses;
    // The miss is located at "Ottawa Treaty", 30 bytes from the quote.
    CHECK(f.nearest.find("quotes.test") != std::string::npos);
    CHECK(f.nearest.find("bytes away") != std::string::npos);
  }
  CHECK(misses == 1);
}

TEST_CASE("a wrong value marks both the gold and the predicted item") {
  Predictions p = Pred();
  Timex date;
  date.value = "2024-01-01";
  date.mention = At(kText, "Lithuania");
  GoldCorpus g = Gold();
  g.docs[0].events[0].date = "2025-03-06";
  Audit a = AuditOf(g, p, nullptr);
  const DocAudit& d = a.docs[0];
  const AuditItem* gold = Find(d.gold, "Lithuania");
  CHECK(gold->status == ItemStatus::kWrongValue);
  CHECK(gold->detail == "date: gold 2025-03-06, predicted none");
  CHECK(d.predicted[0].status == ItemStatus::kWrongValue);
  CHECK(d.predicted[0].detail == gold->detail);
}

TEST_CASE("a document without a prediction is all misses") {
  Audit a = AuditOf(Gold(), Predictions(), nullptr);
  const DocAudit& d = a.docs[0];
  CHECK(d.error == "no prediction");
  for (const AuditItem& i : d.gold) CHECK(i.status == ItemStatus::kMiss);
  CHECK(d.predicted.empty());
}

TEST_CASE("baseline: facts that appeared, disappeared or changed") {
  Predictions before = Pred(), after = Pred();
  Record& r = after.records["d1"];
  r.events.erase(r.events.begin() + 1);  // the false positive disappears
  Timex date;
  date.type = "DATE";
  date.value = "2025-03-06";
  date.mention = At(kText, "Lithuania");
  r.events[0].date = date;  // a date appears on e1
  r.quotes[0].speaker.name = "Amnesty International";  // speaker changes
  Timex t = date;
  r.timexes.push_back(t);  // a timex appears
  Audit a = AuditOf(Gold(), after, &before);
  REQUIRE(a.has_baseline);
  const std::vector<FactChange>& c = a.docs[0].changes;
  REQUIRE(c.size() == 4);
  CHECK(c[0].kind == FactChange::kChanged);
  CHECK(c[0].detail == "date none -> 2025-03-06");
  CHECK(c[1].kind == FactChange::kDisappeared);
  CHECK(c[1].what == "sign/asserted Lithuania -> Convention on Cluster Munitions");
  CHECK(c[2].kind == FactChange::kChanged);
  CHECK(c[2].category == "quotes");
  CHECK(c[2].detail == "speaker Ana Perez -> Amnesty International");
  CHECK(c[3].kind == FactChange::kAppeared);
  CHECK(c[3].category == "timexes");
  // Events F1 went from 0.5 to 0.667 (the fp is gone); quotes from 1 to 0.
  bool events = false;
  for (const FigureChange& f : a.figure_changes) {
    if (f.name == "events") {
      events = true;
      CHECK(f.before == doctest::Approx(0.5));
      CHECK(f.after == doctest::Approx(2.0 / 3));
    }
    if (f.name == "quotes") CHECK(f.after - f.before == doctest::Approx(-1));
  }
  CHECK(events);
  std::string text = AuditText(a, true);
  CHECK(text.find("events F1                   0.500    0.667   +0.167") !=
        std::string::npos);
  CHECK(text.find("  - events     sign/asserted Lithuania") != std::string::npos);
}

TEST_CASE("thresholds") {
  std::map<std::string, double> t;
  CHECK(ParseThresholds("events=0.7,quotes=0.9", &t).ok());
  CHECK(t["events"] == 0.7);
  CHECK(t["quotes"] == 0.9);
  Status s = ParseThresholds("evnts=0.7", &t);
  CHECK(s.code() == "bad_threshold");
  CHECK(s.message().find("unknown figure 'evnts'") == 0);
  CHECK(ParseThresholds("events=1.5", &t).code() == "bad_threshold");
  CHECK(ParseThresholds("events=", &t).code() == "bad_threshold");
  CHECK(ParseThresholds("events=x", &t).code() == "bad_threshold");
  Audit a = AuditOf(Gold(), Pred(), nullptr);
  std::vector<std::string> below =
      BelowThresholds(a.total, {{"events", 0.7}, {"quotes", 0.9}});
  REQUIRE(below.size() == 1);
  CHECK(below[0] == "events F1 0.500 < 0.700");
  // Reactions are not annotated: undefined counts as 0.
  below = BelowThresholds(a.total, {{"reactions", 0.1}});
  REQUIRE(below.size() == 1);
  CHECK(below[0] == "reactions F1 undefined < 0.100");
}

TEST_CASE("the table is aligned and the JSON parses") {
  Audit a = AuditOf(Gold(), Pred(), nullptr);
  a.title = "t";
  std::string text = AuditText(a, true);
  std::istringstream in(text);
  std::string line;
  size_t f1_column = std::string::npos;
  int rows = 0;
  while (std::getline(in, line)) {
    if (line.rfind("figure ", 0) == 0) f1_column = line.size();
    if (f1_column == std::string::npos || line.empty()) continue;
    if (line.rfind("audit", 0) == 0) break;
    // Every row of the table ends in the F1 column (or says why not).
    if (line.find("not annotated") == std::string::npos)
      CHECK(line.size() == f1_column);
    ++rows;
  }
  CHECK(rows >= 10);
  CHECK(text.find("events                       1     2     2     1     1     1  "
                  "0.500  0.500  0.500") != std::string::npos);
  CHECK(text.find("MISS  events     sign/planned Estonia -> Ottawa Treaty") !=
        std::string::npos);
  CHECK(text.find("nearest rule that fired: quotes.test") != std::string::npos);

  Json j = Json::parse(AuditJson(a));
  CHECK(j["figures"]["events"] == doctest::Approx(0.5));
  CHECK(j["figures"]["reactions"].is_null());
  CHECK(j["categories"]["events"]["fn"] == 1);
  CHECK(j["docs"][0]["predicted"][1]["status"] == "false_positive");
  CHECK(j["docs"][0]["findings"].size() == 2);
}

TEST_CASE("HtmlEscape") {
  CHECK(HtmlEscape("<a href=\"x\">Tom's & Jerry</a>") ==
        "&lt;a href=&quot;x&quot;&gt;Tom&#39;s &amp; Jerry&lt;/a&gt;");
  CHECK(HtmlEscape("Paris – “ok”") == "Paris – “ok”");
}

// The marks of a page: "role start end" -> the text inside, nested marks
// included and the pieces of a split span joined (the DOM's textContent).
std::map<std::string, std::string> Marks(const std::string& html) {
  std::map<std::string, std::string> out;
  std::regex mark(
      "<mark class=\"[^\"]*\" data-role=\"([a-z]+)\" data-start=\"([0-9]+)\" "
      "data-end=\"([0-9]+)\"[^>]*>");
  for (auto it = std::sregex_iterator(html.begin(), html.end(), mark);
       it != std::sregex_iterator(); ++it) {
    std::string text;
    int depth = 1;
    for (size_t i = it->position() + it->length(); depth > 0 && i < html.size();) {
      if (html[i] == '<') {
        depth += html.compare(i, 7, "</mark>") == 0 ? -1 : 1;
        i = html.find('>', i) + 1;
      } else {
        text += html[i++];
      }
    }
    out[(*it)[1].str() + " " + (*it)[2].str() + " " + (*it)[3].str()] += text;
  }
  return out;
}

TEST_CASE("the page highlights each role at its offsets and escapes text") {
  const std::string text =
      "<script>document.title='pwned'</script> Lithuania has withdrawn from "
      "the \"><img src=x onerror=alert(1)> Convention on Cluster Munitions.";
  Record r;
  Event e;
  e.id = "e1";
  e.type = "withdraw";
  e.modality = "asserted";
  e.actor = {"Lithuania", "state", "LTU", "", At(text, "Lithuania")};
  e.treaty = {"Convention on Cluster Munitions", "ccm",
              At(text, "Convention on Cluster Munitions")};
  e.trigger = At(text, "withdrawn");
  e.rule = "withdraw.active";
  // A quote that crosses the end of the actor: split, not lost.
  Quote q;
  q.id = "q1";
  q.kind = "partial";
  q.mention = At(text, "ania has");
  q.speaker.name = "X";
  q.rule = "quotes.test";
  r.events.push_back(e);
  r.quotes.push_back(q);
  Audit a;
  a.title = "<b>t</b>";
  DocAudit d;
  d.doc = Document{"d\"1", text, "2025-03-07", "x"};
  d.record = r;
  d.predicted.push_back({"events", "e1", "withdraw", "withdraw.active", "",
                         ItemStatus::kUnscored});
  a.docs.push_back(d);
  std::string html = AuditHtml(a);

  // One script element: ours, at the end.
  size_t first = html.find("<script");
  CHECK(first == html.rfind("<script"));
  CHECK(html.find("<img") == std::string::npos);
  CHECK(html.find("&lt;script&gt;document.title=&#39;pwned&#39;&lt;/script&gt;") !=
        std::string::npos);
  CHECK(html.find("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;") !=
        std::string::npos);
  CHECK(html.find("<title>newsevents audit: &lt;b&gt;t&lt;/b&gt;</title>") !=
        std::string::npos);
  CHECK(html.find("id=\"doc-d&quot;1\"") != std::string::npos);
  CHECK(html.find("default-src 'none'") != std::string::npos);

  std::map<std::string, std::string> marks = Marks(html);
  auto span = [&](const char* role, const Mention& m) {
    return std::string(role) + " " + std::to_string(m.start) + " " +
           std::to_string(m.end);
  };
  CHECK(marks[span("actor", e.actor.mention)] == "Lithuania");
  CHECK(marks[span("trigger", e.trigger)] == "withdrawn");
  CHECK(marks[span("treaty", e.treaty.mention)] ==
        "Convention on Cluster Munitions");
  CHECK(marks[span("quote", q.mention)] == "ania has");
  // Rule id and normalised values on hover.
  CHECK(html.find("title=\"actor of e1 withdraw/asserted [unscored]\nactor: "
                  "Lithuania (LTU)") != std::string::npos);
  CHECK(html.find("rule: withdraw.active") != std::string::npos);
}

TEST_CASE("marks at offsets that are not on a character are dropped") {
  const std::string text = "Zürich signed.";
  Record r;
  Timex t;
  t.type = "DATE";
  t.value = "2025";
  t.mention = {1, 2};  // the middle of ü
  r.timexes.push_back(t);
  Audit a;
  DocAudit d;
  d.doc = Document{"z", text, "", "z"};
  d.record = r;
  a.docs.push_back(d);
  std::string html = AuditHtml(a);
  CHECK(html.find("data-role=\"date\"") == std::string::npos);
  CHECK(html.find("Zürich signed.") != std::string::npos);
}

TEST_CASE("the seed corpus audit pairs every finding") {
  AuditOptions options;
  options.gold_dir = "corpora/seed";
  Audit a;
  Status s = BuildAudit(options, &testing::SharedExtractor(), &a);
  REQUIRE(s.ok());
  REQUIRE(a.docs.size() == 1);
  const DocAudit& d = a.docs[0];
  CHECK(d.error.empty());
  // Every gold miss and predicted false positive is one finding.
  int misses = 0, fps = 0, miss_findings = 0, fp_findings = 0;
  for (const AuditItem& i : d.gold) misses += i.status == ItemStatus::kMiss;
  for (const AuditItem& i : d.predicted)
    fps += i.status == ItemStatus::kFalsePositive;
  for (const AuditFinding& f : d.findings) {
    miss_findings += f.finding.kind == Finding::kMiss;
    fp_findings += f.finding.kind == Finding::kFalsePositive;
  }
  CHECK(misses == miss_findings);
  CHECK(fps == fp_findings);
  CHECK(a.total.events.fn() + a.total.quotes.fn() + a.total.reactions.fn() +
            a.total.timexes.fn() ==
        misses);
  std::string html = AuditHtml(a);
  CHECK(html.find("lithuania-ccm") != std::string::npos);
  CHECK(html.find("<svg class=\"chart\"") != std::string::npos);
}

}  // namespace
}  // namespace newsevents
