// Tests for db/incident_tables: the events of a database merged into its
// incident tables, incrementally (new articles join incidents that keep
// their ids), on SQLite and, when NEWSEVENTS_TEST_PG names a server, on
// PostgreSQL; and the errors for a missing or broken database.
#include <doctest/doctest.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <functional>

#include "db/incident_tables.h"
#include "db/loader.h"
#include "db/store.h"
#include "test_util.h"

namespace newsevents {
namespace {

namespace fs = std::filesystem;

const char kWithdrawn[] =
    "Lithuania has withdrawn from the Convention on Cluster Munitions, the "
    "government said on Thursday.";
const char kEstonia[] =
    "Estonia has withdrawn from the Convention on Cluster Munitions, the "
    "government said on Thursday.";

std::string Line(const std::string& text, const std::string& id,
                 const std::string& dct) {
  Record r = testing::ExtractText(text, dct);
  r.doc_id = id;
  r.source = id + ".txt";
  return ToJsonLine(r, text, testing::SharedExtractor().version());
}

void Load(const std::string& url, const std::vector<std::string>& lines) {
  std::unique_ptr<Loader> loader;
  Status s = Loader::Open(url, LoaderOptions(), &loader);
  REQUIRE_MESSAGE(s.ok(), s.ToString());
  for (const std::string& line : lines) REQUIRE(loader->Add(line, "t").ok());
  REQUIRE(loader->Finish().ok());
}

std::vector<Incident> MergeDb(const std::string& url) {
  std::unique_ptr<IncidentTables> db;
  Status s = IncidentTables::Open(url, &db);
  REQUIRE_MESSAGE(s.ok(), s.ToString());
  std::vector<EventReport> reports;
  PreviousIds previous;
  REQUIRE(db->ReadReports(&reports).ok());
  REQUIRE(db->ReadPrevious(&previous).ok());
  std::vector<Incident> incidents =
      MergeIncidents(reports, MergeOptions(), previous);
  s = db->Replace(incidents);
  REQUIRE_MESSAGE(s.ok(), s.ToString());
  return incidents;
}

int64_t Count(const std::string& url, const std::string& sql) {
  std::unique_ptr<Store> store;
  REQUIRE(OpenStore(url, Migrations(), &store).ok());
  int64_t n = -1;
  Status s = store->QueryInt(sql, &n);
  REQUIRE_MESSAGE(s.ok(), s.ToString());
  return n;
}

// Runs `test` on a new SQLite file, then on a new PostgreSQL database when
// NEWSEVENTS_TEST_PG names a server.
void OnEachDatabase(const std::function<void(const std::string&)>& test) {
  static int counter = 0;
  const std::string name = "newsevents_incidents_test_" +
                           std::to_string(getpid()) + "_" +
                           std::to_string(counter++);
  {
    INFO("SQLite");
    testing::TempDir dir(name);
    test((fs::path(dir.path()) / "events.sqlite").string());
  }
  const char* server = std::getenv("NEWSEVENTS_TEST_PG");
  if (!server) {
    MESSAGE("PostgreSQL part skipped: NEWSEVENTS_TEST_PG is not set");
    return;
  }
  INFO("PostgreSQL");
  std::unique_ptr<Store> admin;
  REQUIRE(OpenPostgresStore(server, &admin).ok());
  REQUIRE(admin->Execute("CREATE DATABASE " + name).ok());
  // postgresql://u@h:p/db?x -> postgresql://u@h:p/NAME?x
  std::string url = server;
  const size_t authority = url.find("://") + 3;
  const size_t query = url.find('?', authority);
  const std::string tail = query == std::string::npos ? "" : url.substr(query);
  url = url.substr(0, query);
  const size_t slash = url.find('/', authority);
  url = (slash == std::string::npos ? url : url.substr(0, slash)) + "/" + name +
        tail;
  test(url);
  admin->Execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
}

TEST_CASE(
    "a database's events merged into its incident tables, "
    "incrementally") {
  OnEachDatabase([](const std::string& url) {
    Load(url, {Line(kWithdrawn, "lt-1", "2025-03-07"),
               Line(kEstonia, "ee-1", "2025-03-07")});
    std::vector<Incident> first = MergeDb(url);
    REQUIRE(first.size() == 2);
    CHECK(Count(url, "SELECT COUNT(*) FROM incidents") == 2);
    CHECK(Count(url, "SELECT COUNT(*) FROM incident_events") == 2);
    CHECK(Count(url, "SELECT COUNT(*) FROM incident_stages") == 2);
    CHECK(Count(url,
                "SELECT COUNT(*) FROM incidents WHERE actor_key = 'LTU' AND "
                "treaty_key = 'ccm' AND date_value = '2025-03-06' AND "
                "date_precision = 'day' AND articles = 1") == 1);
    const std::string lt_id =
        first[0].actor_key == "LTU" ? first[0].id : first[1].id;

    // A new article about the same withdrawal joins it; one months later is
    // an incident of its own.
    Load(url, {Line(kWithdrawn, "lt-2", "2025-03-08"),
               Line(kWithdrawn, "lt-3", "2025-09-05")});
    std::vector<Incident> second = MergeDb(url);
    REQUIRE(second.size() == 3);
    CHECK(Count(url,
                "SELECT COUNT(*) FROM incident_events WHERE "
                "incident_id = '" +
                    lt_id + "'") == 2);
    CHECK(Count(url, "SELECT articles FROM incidents WHERE id = '" + lt_id +
                         "'") == 2);
    CHECK(Count(url, "SELECT COUNT(*) FROM incidents") == 3);

    // Merging again changes nothing.
    std::vector<Incident> third = MergeDb(url);
    REQUIRE(third.size() == second.size());
    for (size_t i = 0; i < third.size(); ++i)
      CHECK(IncidentJson(third[i]) == IncidentJson(second[i]));
    CHECK(Count(url, "SELECT COUNT(*) FROM incident_events") == 4);
    CHECK(Count(url, "SELECT MAX(version) FROM schema_version") ==
          Migrations().back().version);
  });
}

TEST_CASE("a database that is missing or no database is named") {
  testing::TempDir dir("newsevents_incidents_errors");
  std::unique_ptr<IncidentTables> db;
  const std::string missing = (fs::path(dir.path()) / "none.sqlite").string();
  Status s = IncidentTables::Open(missing, &db);
  CHECK(s.code() == "db_error");
  CHECK(s.where() == missing);
  CHECK(s.message().rfind("no such database", 0) == 0);
  CHECK(!fs::exists(missing));  // not created

  const std::string text = (fs::path(dir.path()) / "text.sqlite").string();
  testing::WriteFile(text, "this is not a database, only some text\n");
  s = IncidentTables::Open(text, &db);
  CHECK(s.code() == "db_error");
  CHECK(s.ToString().find("cannot open database") != std::string::npos);
}

}  // namespace
}  // namespace newsevents
