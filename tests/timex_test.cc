// Tests of the time-expression tagger: every `example`/`not` line of
// lexicons/en/timex/*.rules, the seed article, the tricky cases of issue 3,
// and loader diagnostics. Run from the repository root.
#include "timex/timex.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>

#include "test_util.h"
#include "timex/rules.h"
#include "timex/scan.h"

namespace newsevents {
namespace {

const char kDir[] = "lexicons/en/timex";

const TimexTagger& Tagger() {
  static std::unique_ptr<TimexTagger> tagger = [] {
    std::unique_ptr<TimexTagger> t;
    Status s = TimexTagger::Load(kDir, &t);
    if (!s.ok()) FAIL(s.ToString());
    return t;
  }();
  return *tagger;
}

// The single timex of `text` (which must contain exactly one).
Timex One(const std::string& text, const std::string& dct) {
  std::vector<Timex> all = Tagger().Tag(text, dct);
  INFO("text: " << text);
  REQUIRE(all.size() == 1);
  return all[0];
}

std::string ValueOf(const std::string& text, const std::string& dct) {
  return One(text, dct).value;
}

}  // namespace

TEST_CASE("timex rule examples") {
  TimexGrammar grammar;
  Status s = LoadTimexGrammar(kDir, &grammar);
  REQUIRE_MESSAGE(s.ok(), s.ToString());
  CHECK(grammar.rules.size() > 40);
  for (const TimexRule& rule : grammar.rules) {
    for (const TimexExample& ex : rule.examples) {
      const std::vector<Timex> found = Tagger().Tag(ex.text, ex.dct);
      const Timex* hit = nullptr;
      for (const Timex& t : found)
        if (t.rule == rule.id && t.mention.start == ex.start &&
            t.mention.end == ex.end)
          hit = &t;
      std::ostringstream got;
      for (const Timex& t : found)
        got << " ["
            << ex.text.substr(t.mention.start, t.mention.end - t.mention.start)
            << "]=" << t.value << " (" << t.rule << ")";
      if (ex.negative) {
        bool any = false;
        for (const Timex& t : found) any = any || t.rule == rule.id;
        CHECK_MESSAGE(!any, ex.where << ": " << rule.id << ": matched '"
                                     << ex.text << "':" << got.str());
        continue;
      }
      CHECK_MESSAGE(hit != nullptr,
                    ex.where << ": " << rule.id << ": example not matched: \""
                             << ex.text << "\"; got" << got.str());
      if (!hit) continue;
      CHECK_MESSAGE(hit->value == ex.value,
                    ex.where << ": " << rule.id << ": value " << hit->value
                             << ", expected " << ex.value);
      if (!ex.type.empty())
        CHECK_MESSAGE(hit->type == ex.type, ex.where << ": type " << hit->type);
      if (!ex.mod.empty())
        CHECK_MESSAGE(hit->mod == ex.mod, ex.where << ": mod '" << hit->mod
                                                   << "', expected " << ex.mod);
    }
  }
}

// Rules run only around trigger words: every example span must contain one,
// else the trigger lines of macros.rules miss a word the rule relies on.
TEST_CASE("timex every rule example contains a trigger") {
  TimexGrammar grammar;
  REQUIRE(LoadTimexGrammar(kDir, &grammar).ok());
  TimexLexicon lexicon;
  std::string error;
  REQUIRE_MESSAGE(BuildTimexLexicon(grammar, &lexicon, &error), error);
  for (const TimexRule& rule : grammar.rules)
    for (const TimexExample& ex : rule.examples) {
      if (ex.negative) continue;
      TimexTriggerScan scan(lexicon, ex.text);
      std::vector<int> starts;
      bool inside = false;
      while (scan.Next(&starts)) {
        const int trigger = starts.back();
        inside = inside || (trigger >= ex.start && trigger < ex.end);
        // The timex start must be among the candidate starts.
        if (trigger >= ex.start && trigger < ex.end)
          CHECK_MESSAGE(
              std::find(starts.begin(), starts.end(), ex.start) != starts.end(),
              ex.where << ": span start not a candidate");
      }
      // (A rule with several values, as 1998-99, is triggered by its first.)
      CHECK_MESSAGE(
          (inside || rule.values.size() > 1),
          ex.where << ": no trigger word in the span of \"" << ex.text << "\"");
    }
}

TEST_CASE("timex trigger scan") {
  TimexGrammar grammar;
  REQUIRE(LoadTimexGrammar(kDir, &grammar).ok());
  TimexLexicon lexicon;
  std::string error;
  REQUIRE(BuildTimexLexicon(grammar, &lexicon, &error));
  auto triggers = [&](const std::string& text) {
    std::vector<std::string> out;
    TimexTriggerScan scan(lexicon, text);
    std::vector<int> starts;
    while (scan.Next(&starts)) {
      const int b = starts.back();
      size_t e = b;
      while (e < text.size() &&
             std::isalnum(static_cast<unsigned char>(text[e])))
        ++e;
      out.push_back(text.substr(b, e - b));
    }
    return out;
  };
  using V = std::vector<std::string>;
  // Case-sensitive month names: "May" triggers, "may" does not.
  CHECK(triggers("Prices may rise in May.") == V{"May"});
  // Years 1000-2099, decades, clock times; other numbers do not.
  CHECK(triggers("In 1998 it sold 5000 cars, 300 in the 1990s.") ==
        V{"1998", "1990s"});
  CHECK(triggers("at 10 a.m. and 3pm") == V{"10", "3pm"});
  CHECK(triggers("nothing here at all") == V{});
  // Lead words before a trigger are candidate starts, left to right.
  const std::string text = "It fell in the very early part of last year.";
  TimexTriggerScan scan(lexicon, text);
  std::vector<int> starts;
  REQUIRE(scan.Next(&starts));
  REQUIRE(starts.size() >= 2);
  CHECK(text.substr(starts.back(), 4) == "year");
  CHECK(text.substr(starts[starts.size() - 2], 4) == "last");
}

TEST_CASE("timex references to the text's last date") {
  const std::vector<Timex> t = Tagger().Tag(
      "He fled in June 1998 and returned later that year.", "2000-01-07");
  REQUIRE(t.size() == 2);
  CHECK(t[1].value == "1998");
  CHECK(t[1].anchor == "text");
  // "a year earlier" after a day shifts the day; after a span, the dct year.
  const std::vector<Timex> d = Tagger().Tag(
      "In the quarter ended Sept. 30, it earned $5, up from $4 a year earlier.",
      "1989-11-02");
  REQUIRE(d.size() >= 2);
  CHECK(d.back().value == "1988-09-30");
  const std::vector<Timex> n = Tagger().Tag(
      "For the nine months, it earned $5, against $4 a year earlier.",
      "1989-11-02");
  REQUIRE(n.size() == 2);
  CHECK(n[1].value == "1988");
  // A clock time takes the day the text named last.
  const std::vector<Timex> c =
      Tagger().Tag("The crash on Oct. 13, 1998 came at 6 a.m.", "1999-04-19");
  REQUIRE(c.size() == 2);
  CHECK(c[1].value == "1998-10-13T06:00");
}

TEST_CASE("timex anaphoric weekdays and days count from the text's last date") {
  // "the previous Friday" is the Friday before the day the text spoke of.
  const std::vector<Timex> p = Tagger().Tag(
      "London shares closed lower Friday, down 4.5% from the previous Friday.",
      "1989-10-30");
  REQUIRE(p.size() == 2);
  CHECK(p[0].value == "1989-10-27");
  CHECK(p[1].value == "1989-10-20");
  CHECK(p[1].anchor == "text");
  // The text date may be far from the dct.
  const std::vector<Timex> f = Tagger().Tag(
      "He was arrested on Oct. 23, 1998, and charged the following Monday.",
      "1999-04-19");
  REQUIRE(f.size() == 2);
  CHECK(f[1].value == "1998-10-26");
  // Without a day in the text, the dct: "the previous Friday" = last Friday.
  CHECK(ValueOf("It rose from the previous Friday.", "1989-10-30") ==
        "1989-10-27");
  // "that same day" after a month: a day of that month, not said.
  const std::vector<Timex> d = Tagger().Tag(
      "Officials met on Thursday. The doctor was killed last October, and his "
      "name was crossed out that same day.",
      "1999-02-06");
  REQUIRE(d.size() == 3);
  CHECK(d[2].value == "1998-10-XX");
}

TEST_CASE("timex durations before after, before and later") {
  const Timex t = One("It came twenty years after the war.", "1998-01-01");
  CHECK(t.type == "DURATION");
  CHECK(t.value == "P20Y");
  CHECK(ValueOf("Just over an hour later, he died.", "") == "PT1H");
}

TEST_CASE("timex seed article gives its six gold timexes") {
  std::ifstream in("corpora/seed/lithuania-ccm.txt", std::ios::binary);
  REQUIRE(in);
  std::stringstream ss;
  ss << in.rdbuf();
  const std::string text = ss.str();
  const std::vector<Timex> found = Tagger().Tag(text, "2025-03-07");
  struct Want {
    const char* text;
    const char* type;
    const char* value;
  };
  const Want want[] = {{"Thursday", "DATE", "2025-03-06"},
                       {"last July", "DATE", "2024-07"},
                       {"nearly six months", "DURATION", "P6M"},
                       {"2008", "DATE", "2008"},
                       {"1997", "DATE", "1997"},
                       {"the previous summer", "DATE", "2024-SU"}};
  REQUIRE(found.size() == 6);
  for (size_t i = 0; i < 6; ++i) {
    const Timex& t = found[i];
    CHECK(text.substr(t.mention.start, t.mention.end - t.mention.start) ==
          want[i].text);
    CHECK(t.type == want[i].type);
    CHECK(t.value == want[i].value);
  }
  CHECK(found[2].mod == "APPROX");
}

TEST_CASE("timex weekday before and after the dct") {
  // dct 2025-03-07 is a Friday.
  CHECK(ValueOf("The talks ended on Thursday.", "2025-03-07") == "2025-03-06");
  CHECK(ValueOf("The talks ended on Monday.", "2025-03-07") == "2025-03-03");
  CHECK(ValueOf("The talks will resume on Monday.", "2025-03-07") ==
        "2025-03-10");
  CHECK(ValueOf("Ministers will meet Thursday.", "2025-03-07") == "2025-03-13");
  CHECK(ValueOf("The vote was held Friday.", "2025-03-07") == "2025-03-07");
  CHECK(ValueOf("last Friday", "2025-03-07") == "2025-02-28");
  CHECK(ValueOf("Thursday", "") == "XXXX-WXX-4");
  // A present-tense verb governing the weekday speaks of a scheduled event.
  CHECK(ValueOf("The meeting is Friday.", "2025-03-05") == "2025-03-07");
  CHECK(ValueOf("Officials meet Tuesday in Geneva.", "2025-03-07") ==
        "2025-03-11");
  // ... but not a present verb of another clause, nor a negated past.
  CHECK(ValueOf("Thursday's closing price is a record.", "2025-03-07") ==
        "2025-03-06");
  CHECK(ValueOf("The envoys did not meet Tuesday.", "2025-03-07") ==
        "2025-03-04");
  // A possessive weekday names a known event: that day or before, even in
  // a future sentence.
  CHECK(ValueOf("They will appeal Wednesday's ruling.", "2025-03-07") ==
        "2025-03-05");
  CHECK(ValueOf("Shares will open below Friday's close.", "2025-03-07") ==
        "2025-03-07");
  // A deadline after a lower-case "until" looks ahead.
  CHECK(ValueOf("The INS extended its deadline until Tuesday.", "2025-03-07") ==
        "2025-03-11");
  // A sentence ends before closing quotes: the "is" of the quote does not
  // reach the weekday of the next sentence.
  CHECK(Tagger()
            .Tag("\"That suggestion is inaccurate.'' White House on Thursday "
                 "denied it.",
                 "1998-02-06")
            .at(0)
            .value == "1998-02-05");
  // Months ignore present verbs and "until": "worth $130 million in
  // October, are worth half that now", "was head of research until January".
  CHECK(ValueOf("Her estates, worth $130 million in October, are worth less.",
                "1998-01-08") == "1997-10");
  CHECK(ValueOf("He was head of research until January.", "1987-03-05") ==
        "1987-01");
  // An infinitive is no present verb: "was to arrive" is told in the past.
  CHECK(ValueOf("Netanyahu was to arrive at the White House on Monday.",
                "2015-11-10") == "2015-11-09");
  // Nor does a present verb reach across a sentence end, however spaced.
  CHECK(Tagger()
            .Tag("Reagan is vacationing.     In his March announcement, "
                 "Reagan said so.",
                 "1987-04-17")
            .at(0)
            .value == "1987-03");
}

TEST_CASE("timex possessive weekdays in previews and after prepositions") {
  // A scheduled event with a future verb: the coming Friday (dct Wednesday).
  CHECK(ValueOf("Friday's employment report will be watched closely.",
                "1998-03-04") == "1998-03-06");
  // An outcome is known already, whatever the verb.
  CHECK(ValueOf("Monday's ruling will be appealed.", "2025-03-05") ==
        "2025-03-03");
  // "ahead of Friday's jobs data": the coming Friday...
  CHECK(ValueOf("Stocks will rise ahead of Friday's jobs data.",
                "1998-03-04") == "1998-03-06");
  // ...but told in the past, the nearer of the two Wednesdays.
  CHECK(ValueOf("Dealers squared positions ahead of Wednesday's meeting.",
                "1987-04-09") == "1987-04-08");
  // "well ahead of Friday's final 71.8": a level, no preview.
  CHECK(ValueOf("It closed at 72.4, well ahead of Friday's final 71.8.",
                "1987-03-09") == "1987-03-06");
  // "following Monday's ruling": the preposition; the timex is "Monday".
  const Timex f =
      One("But following Monday's ruling, Texaco sought protection.",
          "1998-03-04");
  CHECK(f.value == "1998-03-02");
  CHECK(f.mention.end - f.mention.start == 6);
}

TEST_CASE("timex 'ahead of' governs only the phrase after it") {
  // Within its phrase: the coming Monday.
  CHECK(ValueOf("She is in a tight race ahead of the Iowa caucuses on Monday.",
                "2016-01-29") == "2016-02-01");
  // Another clause: the past tense of "fell" decides.
  CHECK(ValueOf("Traders were cautious ahead of the holiday, and on Monday "
                "the index fell.",
                "1998-03-04") == "1998-03-02");
  // Too far, past another noun phrase: "the statement Monday" is past.
  CHECK(ValueOf("Weakness came from shortcovering ahead of the summit rather "
                "than reaction to the White House statement Monday supporting "
                "a stable dollar, analysts said.",
                "1987-04-28") == "1987-04-27");
}

TEST_CASE("timex 'for the month' and 'for the week' name the reported period") {
  // The latest month named up to the dct, not the one compared with.
  const std::vector<Timex> m = Tagger().Tag(
      "Tea exports in January fell 22 pct from January 1986. Exports rose "
      "9.7 pct during the month.",
      "1987-03-13");
  REQUIRE(m.size() == 3);
  CHECK(m[2].value == "1987-01");
  // A week named before, else the dct's week; "the week ended" is no week.
  const std::vector<Timex> w = Tagger().Tag(
      "Drilling slowed last week. A total of 77 rigs were active during the "
      "week.",
      "1987-03-09");
  REQUIRE(w.size() == 2);
  CHECK(w[1].value == "1987-W10");
  CHECK(ValueOf("For the week, the Dow rose 2 pct.", "1989-10-27") ==
        "1989-W43");
  // Published on a Monday: the week just ended.
  CHECK(ValueOf("For the week, the Dow rose 2 pct.", "1989-10-30") ==
        "1989-W43");
  CHECK(ValueOf("Arrivals for the week ended February 22 were 155,221 bags.",
                "1987-02-26") == "1987-02-22");
  // "that week" with no week before it stays untagged.
  CHECK(Tagger().Tag("That week was hard.", "1987-03-09").empty());
}

TEST_CASE("timex words that only look like dates in news") {
  // The modal verb in an upper-case headline; the month after a preposition.
  CHECK(Tagger().Tag("S/P MAY DOWNGRADE MACK TRUCKS <MACK> DEBT", "1987-03-02")
            .empty());
  CHECK(ValueOf("OPEC OUTPUT IN MAY ROSE", "1987-06-10") == "1987-05");
  // A surname; a newspaper; a decline.
  CHECK(Tagger().Tag("Mrs. May met Obama.", "2016-09-09").empty());
  CHECK(Tagger().Tag("The Sunday Express said so.", "1987-03-01").empty());
  CHECK(Tagger().Tag("Profits were hit by the fall in oil prices.",
                     "1987-03-02")
            .empty());
  // A wire clock is a time of the day, not the year 1430.
  const Timex c = One("Houses may borrow at 1430 GMT.", "1987-03-02");
  CHECK(c.type == "TIME");
  CHECK(c.value == "1987-03-02T14:30");
  CHECK(c.mod.empty());
  // A live report's time stamp is on the publication day.
  const std::vector<Timex> stamp = Tagger().Tag(
      "Biden will speak Wednesday.  ___.  12:50 p.m.  Cruz says so.",
      "2016-01-05");
  REQUIRE(stamp.size() == 2);
  CHECK(stamp[1].value == "2016-01-05T12:50");
  // Super Tuesday is the first Tuesday of March, not the nearest Tuesday.
  CHECK(ValueOf("He is heading to the Super Tuesday contests.",
                "2016-02-20") == "2016-03-01");
}

TEST_CASE("timex year boundaries") {
  CHECK(ValueOf("last December", "2025-01-15") == "2024-12");
  CHECK(ValueOf("next January", "2024-12-20") == "2025-01");
  CHECK(ValueOf("It will open in January.", "2024-12-20") == "2025-01");
  CHECK(ValueOf("It closed in December.", "2025-01-03") == "2024-12");
  CHECK(ValueOf("It closed on Dec. 30.", "2025-01-03") == "2024-12-30");
  CHECK(ValueOf("last week", "2025-01-01") == "2024-W52");
  CHECK(ValueOf("this week", "2024-12-31") == "2025-W01");
  CHECK(ValueOf("yesterday", "2025-01-01") == "2024-12-31");
  CHECK(ValueOf("last July", "") == "XXXX-07");
}

TEST_CASE("timex last versus past") {
  CHECK(One("last year", "2025-03-07").type == "DATE");
  CHECK(ValueOf("last year", "2025-03-07") == "2024");
  // TimeBank: "the past year" is the previous calendar year (DATE), "the past
  // two months" a duration.
  CHECK(ValueOf("over the past year", "1989-10-30") == "1988");
  const Timex past = One("in the past two months", "1989-10-30");
  CHECK(past.type == "DURATION");
  CHECK(past.value == "P2M");
  CHECK(ValueOf("the last three years", "2025-03-07") == "P3Y");
}

TEST_CASE("timex seasons") {
  CHECK(ValueOf("since the previous summer", "2025-03-07") == "2024-SU");
  // Winter 2024/25 is 2024-WI, so in March 2025 "last winter" is that one.
  CHECK(ValueOf("last winter", "2025-03-07") == "2024-WI");
  CHECK(ValueOf("last winter", "2025-11-20") == "2024-WI");
  CHECK(ValueOf("this summer", "2025-03-07") == "2025-SU");
  CHECK(ValueOf("the winter of 1994", "2025-03-07") == "1994-WI");
}

TEST_CASE("timex quarters and fiscal years") {
  CHECK(ValueOf("the third quarter of 1999", "2000-01-10") == "1999-Q3");
  CHECK(ValueOf("fiscal third-quarter results", "1999-11-10") == "1999-Q3");
  CHECK(ValueOf("fiscal 1999", "2000-01-10") == "1999");
  CHECK(ValueOf("the current quarter", "1999-11-10") == "1999-Q4");
}

TEST_CASE("timex ranges") {
  const std::vector<Timex> r = Tagger().Tag("in 1998-99", "2025-03-07");
  REQUIRE(r.size() == 2);
  CHECK(r[0].value == "1998");
  CHECK(r[1].value == "1999");
}

TEST_CASE("timex numbers that are not years") {
  CHECK(Tagger().Tag("The army sent 2008 soldiers.", "2025-03-07").empty());
  CHECK(Tagger().Tag("The motion got 1997 votes.", "2025-03-07").empty());
  CHECK(Tagger()
            .Tag("It has 112 state parties and 12 signatories.", "2025-03-07")
            .empty());
  CHECK(Tagger()
            .Tag("The index rose 2082.1 points, or 1.5%.", "2025-03-07")
            .empty());
}

TEST_CASE("timex durations, sets and references") {
  CHECK(ValueOf("a decade", "") == "P10Y");
  CHECK(ValueOf("24 hours", "") == "PT24H");
  CHECK(ValueOf("a three-year plan", "") == "P3Y");
  CHECK(One("every year", "").type == "SET");
  CHECK(ValueOf("annually", "") == "P1Y");
  CHECK(ValueOf("now", "2025-03-07") == "PRESENT_REF");
  CHECK(ValueOf("today", "2025-03-07") == "2025-03-07");
  CHECK(ValueOf("the 1990s", "") == "199");
  const Timex early = One("early next year", "2025-03-07");
  CHECK(early.value == "2026");
  CHECK(early.mod == "START");
  CHECK(ValueOf("3 p.m. Friday", "2025-03-07") == "2025-03-07T15:00");
}

TEST_CASE("timex results are sorted and do not overlap") {
  const std::string text =
      "On Thursday, March 6, 2025, officials said that last July and 2008 "
      "mattered; in the past two months, every week, now.";
  const std::vector<Timex> all = Tagger().Tag(text, "2025-03-07");
  REQUIRE(all.size() >= 5);
  for (size_t i = 1; i < all.size(); ++i)
    CHECK(all[i - 1].mention.end <= all[i].mention.start);
}

TEST_CASE("timex loader reports file:line:col") {
  const testing::TempDir temp("newsevents_timex_bad_rules");
  const std::string& dir = temp.path();
  {
    std::ofstream out(dir + "/bad.rules");
    out << "# a rule with an unknown macro\n"
           "rule timex.bad\n"
           "type DATE\n"
           "pattern in {MONTHS}\n"
           "value date\n"
           "example \"in May\" => XXXX-05\n";
  }
  std::unique_ptr<TimexTagger> t;
  Status s = TimexTagger::Load(dir, &t);
  CHECK_FALSE(s.ok());
  CHECK(s.where() == dir + "/bad.rules:4:12");
  CHECK(s.message() == "unknown macro '{MONTHS}'");
}

TEST_CASE("timex an amount too large for a date makes no value (fuzzing)") {
  // Was undefined behaviour: the amount cast to int (UBSan: 1e+60 is outside
  // the range of int). tests/fuzz/regressions/timex/huge_amount_days_ago.
  const std::string nines(60, '9');
  for (const Timex& t : Tagger().Tag(nines + " days ago", "2025-03-07"))
    CHECK(t.value.find("-") == std::string::npos);
  CHECK(ValueOf("3 days ago", "2025-03-07") == "2025-03-04");
}

}  // namespace newsevents
