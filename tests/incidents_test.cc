// Tests for incidents/: the grouping rules on invented events, the date
// spans, the fields of an incident, and ids that do not depend on the order
// of the input, on re-runs or on articles added later.
#include "incidents/incidents.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <random>

#include "incidents/date_span.h"

namespace newsevents {
namespace {

EventReport Report(const std::string& doc, const std::string& dct,
                   const std::string& date,
                   const std::string& modality = "asserted",
                   const std::string& actor = "LTU",
                   const std::string& type = "withdraw") {
  EventReport r;
  r.doc_id = doc;
  r.event_id = "e1";
  r.dct = dct;
  r.type = type;
  r.modality = modality;
  r.actor_key = actor;
  r.actor_name = actor == "LTU" ? "Lithuania" : actor;
  r.treaty_key = "ccm";
  r.treaty_name = "Convention on Cluster Munitions";
  r.date = date;
  return r;
}

std::vector<Incident> Merge(const std::vector<EventReport>& reports,
                            MergeOptions options = {}) {
  return MergeIncidents(reports, options, {});
}

// The doc ids of each incident, incidents in output order.
std::vector<std::vector<std::string>> Groups(
    const std::vector<Incident>& incidents) {
  std::vector<std::vector<std::string>> out;
  for (const Incident& i : incidents) {
    std::vector<std::string> docs;
    for (const IncidentMention& m : i.mentions) docs.push_back(m.doc_id);
    out.push_back(docs);
  }
  std::sort(out.begin(), out.end());
  return out;
}

using G = std::vector<std::vector<std::string>>;

TEST_CASE("date values as spans of days, with their precision") {
  struct Case {
    const char* value;
    const char* first;  // "" = not a date
    const char* last;
    const char* precision;
  };
  const Case cases[] = {
      {"2025-03-06", "2025-03-06", "2025-03-06", "day"},
      {"1987-03-02TNI", "1987-03-02", "1987-03-02", "day"},
      {"2025-03", "2025-03-01", "2025-03-31", "month"},
      {"2024-02", "2024-02-01", "2024-02-29", "month"},
      {"2025", "2025-01-01", "2025-12-31", "year"},
      {"1987-W26", "1987-06-22", "1987-06-28", "week"},
      {"1987-W26-WE", "1987-06-27", "1987-06-28", "week"},
      {"2025-W01", "2024-12-30", "2025-01-05", "week"},
      {"1986-SU", "1986-06-01", "1986-08-31", "season"},
      {"1987-WI", "1986-12-01", "1987-02-28", "season"},
      {"2025-Q2", "2025-04-01", "2025-06-30", "quarter"},
      {"2025-H2", "2025-07-01", "2025-12-31", "half"},
      {"PRESENT_REF", "", "", ""},
      {"197", "", "", ""},
      {"2025-13", "", "", ""},
      {"2025-02-30", "", "", ""},
      {"", "", "", ""},
  };
  for (const Case& c : cases) {
    INFO(c.value);
    std::optional<DateSpan> span = ParseDateSpan(c.value);
    if (!*c.first) {
      CHECK(!span);
      continue;
    }
    REQUIRE(span);
    CHECK(span->first == *ParseDay(c.first));
    CHECK(span->last == *ParseDay(c.last));
    CHECK(span->precision == c.precision);
  }
  CHECK(DaysFromCivil(1970, 1, 1) == 0);
  CHECK(DaysFromCivil(2000, 3, 1) - DaysFromCivil(2000, 2, 28) == 2);
}

TEST_CASE("same type, actor and treaty on the same day: one incident") {
  std::vector<Incident> incidents = Merge(
      {Report("a", "2025-03-07", "2025-03-06"),
       Report("b", "2025-03-08", "2025-03-06"),
       Report("c", "2025-03-08", "2025-03-06", "asserted", "EST"),
       Report("d", "2025-03-08", "2025-03-06", "asserted", "LTU", "ratify")});
  CHECK(Groups(incidents) == G{{"a", "b"}, {"c"}, {"d"}});
}

TEST_CASE("dates agree within the precision each gives") {
  SUBCASE("a day, its month and its year join the day") {
    std::vector<Incident> incidents =
        Merge({Report("year", "2025-05-01", "2025"),
               Report("month", "2025-03-20", "2025-03"),
               Report("day", "2025-03-07", "2025-03-06")});
    REQUIRE(incidents.size() == 1);
    CHECK(incidents[0].date == "2025-03-06");
    CHECK(incidents[0].date_precision == "day");
    CHECK(incidents[0].anchor == "2025-03-06");
  }
  SUBCASE("two days apart are two incidents; the month joins the nearer") {
    std::vector<Incident> incidents =
        Merge({Report("early", "2025-03-07", "2025-03-06"),
               Report("late", "2025-03-21", "2025-03-20"),
               Report("month", "2025-03-22", "2025-03")});
    CHECK(Groups(incidents) == G{{"early"}, {"late", "month"}});
  }
  SUBCASE("a day off by one is the same date; by three it is not") {
    CHECK(Merge({Report("a", "2025-03-07", "2025-03-06"),
                 Report("b", "2025-03-07", "2025-03-07")})
              .size() == 1);
    CHECK(Merge({Report("a", "2025-03-07", "2025-03-06"),
                 Report("b", "2025-03-09", "2025-03-09")})
              .size() == 2);
    MergeOptions exact;
    exact.day_slack = 0;
    CHECK(Merge({Report("a", "2025-03-07", "2025-03-06"),
                 Report("b", "2025-03-07", "2025-03-07")},
                exact)
              .size() == 2);
  }
  SUBCASE("months that do not meet are two incidents") {
    CHECK(Merge({Report("a", "2025-03-07", "2025-03"),
                 Report("b", "2025-05-07", "2025-05")})
              .size() == 2);
  }
  SUBCASE("a season meets the month inside it") {
    std::vector<Incident> incidents =
        Merge({Report("a", "1987-03-07", "1986-07"),
               Report("b", "1987-03-09", "1986-SU")});
    REQUIRE(incidents.size() == 1);
    CHECK(incidents[0].date == "1986-07");
    CHECK(incidents[0].date_precision == "month");
  }
}

TEST_CASE("an undated mention joins the nearest dated incident in the window") {
  const std::vector<EventReport> reports = {
      Report("march", "2025-03-07", "2025-03-06"),
      Report("may", "2025-05-20", "2025-05-20"),
      Report("undated-march", "2025-03-25", ""),
      Report("undated-may", "2025-05-02", ""),
      Report("undated-later", "2025-09-01", ""),
      Report("undated-later-2", "2025-09-20", "PRESENT_REF")};
  CHECK(Groups(Merge(reports)) == G{{"march", "undated-march"},
                                    {"may", "undated-may"},
                                    {"undated-later", "undated-later-2"}});
  MergeOptions narrow;
  narrow.window_days = 10;
  CHECK(Groups(Merge(reports, narrow)) == G{{"march"},
                                            {"may"},
                                            {"undated-later"},
                                            {"undated-later-2"},
                                            {"undated-march"},
                                            {"undated-may"}});
}

TEST_CASE("the story goes on while it is reported") {
  // Each report is within the window of the one before, not of the date.
  std::vector<Incident> incidents =
      Merge({Report("dated", "2025-03-07", "2025-03-06"),
             Report("u1", "2025-03-30", ""), Report("u2", "2025-04-25", ""),
             Report("u3", "2025-05-20", ""), Report("far", "2025-08-01", "")});
  CHECK(Groups(incidents) == G{{"dated", "u1", "u2", "u3"}, {"far"}});
}

TEST_CASE(
    "a plan and the happening are stages of one incident; a denial is "
    "apart") {
  std::vector<Incident> incidents =
      Merge({Report("plan", "2025-02-10", "2025-03", "planned"),
             Report("talk", "2025-02-01", "", "considered"),
             Report("done", "2025-03-07", "2025-03-06", "asserted"),
             Report("denial", "2025-03-07", "", "negated")});
  REQUIRE(incidents.size() == 2);
  const Incident& main =
      incidents[0].modality == "negated" ? incidents[1] : incidents[0];
  const Incident& denial =
      incidents[0].modality == "negated" ? incidents[0] : incidents[1];
  CHECK(main.modality == "asserted");
  REQUIRE(main.stages.size() == 3);
  CHECK(main.stages[0].modality == "considered");
  CHECK(main.stages[1].modality == "planned");
  CHECK(main.stages[2].modality == "asserted");
  CHECK(main.stages[2].first_report == "2025-03-07");
  CHECK(main.date == "2025-03-06");
  CHECK(main.first_report == "2025-02-01");
  CHECK(main.last_report == "2025-03-07");
  CHECK(denial.articles == std::vector<std::string>{"denial"});
  CHECK(denial.id != main.id);
  // Only planned so far: the incident is at its planned stage.
  std::vector<Incident> planned =
      Merge({Report("plan", "2025-02-10", "2025-03", "planned")});
  CHECK(planned[0].modality == "planned");
}

TEST_CASE("officials, organisations and articles gathered across reports") {
  EventReport a = Report("b-article", "2025-03-07", "2025-03-06");
  a.officials = {"Gabrielius Landsbergis"};
  a.organisations = {{"Amnesty International", "oppose"}};
  EventReport b = Report("a-article", "2025-03-08", "");
  b.event_id = "e2";
  b.officials = {"Dovile Sakaliene", "Gabrielius Landsbergis"};
  b.organisations = {{"Human Rights Watch", "oppose"},
                     {"Amnesty International", "oppose"}};
  std::vector<Incident> incidents = Merge({a, b});
  REQUIRE(incidents.size() == 1);
  const Incident& i = incidents[0];
  CHECK(i.articles == std::vector<std::string>{"a-article", "b-article"});
  CHECK(i.officials ==
        std::vector<std::string>{"Dovile Sakaliene", "Gabrielius Landsbergis"});
  REQUIRE(i.organisations.size() == 2);
  CHECK(i.organisations[0].first == "Amnesty International");
  CHECK(i.organisations[1].first == "Human Rights Watch");
  REQUIRE(i.mentions.size() == 2);
  CHECK(i.mentions[0].doc_id == "a-article");
  CHECK(i.mentions[0].event_id == "e2");
  CHECK(IncidentJson(i).find("\"officials\":[\"Dovile Sakaliene\"") !=
        std::string::npos);
}

std::vector<EventReport> Archive() {
  std::vector<EventReport> reports;
  const char* actors[] = {"LTU", "EST", "LVA"};
  for (int a = 0; a < 3; ++a)
    for (int d = 1; d <= 28; d += 3) {
      const std::string day = (d < 10 ? "0" : "") + std::to_string(d);
      reports.push_back(Report(std::string(actors[a]) + "-" + day,
                               "2025-03-" + day, d % 2 ? "" : "2025-03-" + day,
                               d % 4 ? "asserted" : "planned", actors[a]));
      reports.push_back(Report(std::string(actors[a]) + "-m" + day,
                               "2025-04-" + day, d % 3 ? "2025-03" : "",
                               "asserted", actors[a]));
    }
  return reports;
}

std::vector<std::string> Lines(const std::vector<Incident>& incidents) {
  std::vector<std::string> out;
  for (const Incident& i : incidents) out.push_back(IncidentJson(i));
  return out;
}

TEST_CASE("ids and output do not depend on the order of the input") {
  const std::vector<EventReport> reports = Archive();
  const std::vector<std::string> expected = Lines(Merge(reports));
  REQUIRE(expected.size() > 3);
  for (unsigned seed : {1u, 2u, 3u, 4u, 5u}) {
    INFO("seed " << seed);
    std::vector<EventReport> shuffled = reports;
    std::shuffle(shuffled.begin(), shuffled.end(), std::mt19937(seed));
    CHECK(Lines(Merge(shuffled)) == expected);
  }
  std::vector<EventReport> reversed(reports.rbegin(), reports.rend());
  CHECK(Lines(Merge(reversed)) == expected);
  // A run again gives the same.
  CHECK(Lines(Merge(reports)) == expected);
}

TEST_CASE("an id comes from the incident's content") {
  std::vector<Incident> one = Merge({Report("a", "2025-03-07", "2025-03-06")});
  std::vector<Incident> other =
      Merge({Report("z", "2025-03-09", "2025-03-06")});
  CHECK(one[0].id == other[0].id);
  CHECK(one[0].id.rfind("inc-", 0) == 0);
  CHECK(one[0].id.size() == 20);
  std::vector<Incident> est =
      Merge({Report("a", "2025-03-07", "2025-03-06", "asserted", "EST")});
  CHECK(est[0].id != one[0].id);
}

TEST_CASE("articles added later join incidents that keep their ids") {
  std::vector<EventReport> first = {Report("a", "2025-03-07", "2025-03-06"),
                                    Report("b", "2025-03-08", "")};
  std::vector<Incident> before = Merge(first);
  REQUIRE(before.size() == 1);
  std::vector<EventReport> more = first;
  more.push_back(Report("c", "2025-03-20", "2025-03"));
  more.push_back(Report("d", "2025-03-21", ""));
  std::vector<Incident> after = Merge(more);
  REQUIRE(after.size() == 1);
  CHECK(after[0].id == before[0].id);
  CHECK(after[0].articles.size() == 4);

  SUBCASE("a finer date changes the anchor; the earlier ids keep it") {
    std::vector<EventReport> vague = {Report("a", "2025-03-20", "2025-03"),
                                      Report("b", "2025-03-21", "")};
    std::vector<Incident> old = Merge(vague);
    REQUIRE(old.size() == 1);
    vague.push_back(Report("c", "2025-03-22", "2025-03-18"));
    std::vector<Incident> fresh = Merge(vague);
    REQUIRE(fresh.size() == 1);
    CHECK(fresh[0].id != old[0].id);  // the content changed
    PreviousIds previous;
    for (const IncidentMention& m : old[0].mentions)
      previous[{m.doc_id, m.event_id}] = old[0].id;
    std::vector<Incident> kept = MergeIncidents(vague, {}, previous);
    REQUIRE(kept.size() == 1);
    CHECK(kept[0].id == old[0].id);
    CHECK(kept[0].date == "2025-03-18");
  }
  SUBCASE("when an incident splits, the bigger part keeps the id") {
    PreviousIds previous = {{{"a", "e1"}, "inc-old"},
                            {{"b", "e1"}, "inc-old"},
                            {{"c", "e1"}, "inc-old"}};
    std::vector<Incident> split =
        MergeIncidents({Report("a", "2025-03-07", "2025-03-06"),
                        Report("b", "2025-03-08", "2025-03-06"),
                        Report("c", "2025-06-08", "2025-06-06")},
                       {}, previous);
    REQUIRE(split.size() == 2);
    CHECK(split[0].id == "inc-old");
    CHECK(split[0].articles.size() == 2);
    CHECK(split[1].id != "inc-old");
  }
}

TEST_CASE("a repeated (doc, event) is merged once") {
  std::vector<Incident> incidents =
      Merge({Report("a", "2025-03-07", "2025-03-06"),
             Report("a", "2025-03-07", "2025-03-06")});
  REQUIRE(incidents.size() == 1);
  CHECK(incidents[0].mentions.size() == 1);
}

TEST_CASE("records become reports with their ids and reactions") {
  Record record;
  record.doc_id = "lt";
  record.dct = "2025-03-07";
  Event e;
  e.id = "e1";
  e.type = "withdraw";
  e.modality = "asserted";
  e.actor.name = "Lithuania";
  e.actor.code = "LTU";
  e.treaty.name = "Convention on Cluster Munitions";
  e.treaty.id = "ccm";
  e.officials = {"Gabrielius Landsbergis"};
  Event unknown = e;
  unknown.id = "e2";
  unknown.actor.code = "";
  unknown.actor.name = "Baltic  Assembly";
  unknown.treaty.id = "";
  unknown.treaty.name = "Some  Pact";
  record.events = {e, unknown};
  Reaction r;
  r.org.name = "Amnesty International";
  r.stance = "oppose";
  r.event = "e1";
  record.reactions = {r};
  std::vector<EventReport> reports;
  AppendReports(record, &reports);
  REQUIRE(reports.size() == 2);
  CHECK(reports[0].actor_key == "LTU");
  CHECK(reports[0].treaty_key == "ccm");
  CHECK(reports[0].organisations.size() == 1);
  CHECK(reports[1].actor_key == "baltic assembly");
  CHECK(reports[1].treaty_key == "some pact");
  CHECK(reports[1].organisations.empty());
}

}  // namespace
}  // namespace newsevents
