// Tests for db/: records into rows, the schema and its migrations, and both
// stores against real databases: a SQLite file in a temporary folder, and a
// PostgreSQL server when NEWSEVENTS_TEST_PG names one (.ci/run starts one
// with tools/with_postgres.sh); without it the PostgreSQL cases say they are
// skipped. Command-line behaviour (counts against JSON output, kill and
// resume, the README's queries) is tested by tests/db_test.py.
#include <doctest/doctest.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <functional>
#include <set>

#include "db/loader.h"
#include "db/record_rows.h"
#include "db/store.h"
#include "db/treaty_catalogue.h"
#include "test_util.h"

namespace newsevents {
namespace {

namespace fs = std::filesystem;
using testing::ExtractText;
using testing::SharedExtractor;

const char kLithuania[] =
    "Lithuania has withdrawn from the Convention on Cluster Munitions, the "
    "government said on Thursday. Amnesty International called the decision "
    "\xe2\x80\x9c"
    "disastrous"
    "\xe2\x80\x9d"
    ".";

std::string LithuaniaLine() {
  Record r = ExtractText(kLithuania, "2025-03-07");
  r.doc_id = "lt";
  r.source = "lt.txt";
  return ToJsonLine(r, kLithuania, SharedExtractor().version());
}

size_t Rows(const DocumentRows& rows, Table t) { return rows.rows[t].size(); }

TEST_CASE("a record becomes one document row and a row per fact") {
  const std::string line = LithuaniaLine();
  Record r = ExtractText(kLithuania, "2025-03-07");
  REQUIRE(r.events.size() == 1);
  DocumentRows rows = RecordRows(line, "x.jsonl:1", "2026-01-01T00:00:00Z");
  CHECK(rows.ok);
  CHECK(rows.id == "lt");
  CHECK(rows.content_hash == ContentHash(line));
  REQUIRE(Rows(rows, kDocuments) == 1);
  const Row& doc = rows.rows[kDocuments][0];
  CHECK(doc[1].text == "lt.txt");
  CHECK(doc[2].text == "2025-03-07");
  CHECK(doc[3].text == "ok");
  CHECK(doc[4].is_null());
  CHECK(Rows(rows, kEvents) == r.events.size());
  CHECK(Rows(rows, kQuotes) == r.quotes.size());
  CHECK(Rows(rows, kReactions) == r.reactions.size());
  CHECK(Rows(rows, kTimexes) == r.timexes.size());
  CHECK(Rows(rows, kDocumentEntities) == r.entities.size());
  CHECK(Rows(rows, kEventMentions) == r.events[0].mentions.size());
  // The event points at its canonical actor and treaty, with their spans.
  const Row& event = rows.rows[kEvents][0];
  const TableLayout& layout = Layout(kEvents);
  auto column = [&](const std::string& name) {
    for (size_t i = 0; i < layout.columns.size(); ++i)
      if (layout.columns[i] == name) return event[i];
    FAIL("no column " << name);
    return Value();
  };
  CHECK(column("type").text == "withdraw");
  CHECK(column("actor_id").integer == EntityId("state", "Lithuania"));
  CHECK(column("actor_text").text == "Lithuania");
  CHECK(column("actor_start").integer == 0);
  CHECK(column("actor_end").integer == 9);
  CHECK(column("treaty_id").integer ==
        EntityId("treaty", "Convention on Cluster Munitions"));
  CHECK(column("date_value").text == "2025-03-06");
  CHECK(column("date_text").text == "Thursday");
  CHECK(column("rule").text == r.events[0].rule);
  // Each canonical entity once, the treaty with its lexicon id as code.
  std::set<int64_t> ids;
  bool ccm = false;
  for (const Row& e : rows.rows[kEntities]) {
    CHECK(ids.insert(e[0].integer).second);
    if (e[2].text == "Convention on Cluster Munitions")
      ccm = e[3].text == "ccm";
  }
  CHECK(ccm);
}

TEST_CASE("lines that are not records are error documents, not lost") {
  SUBCASE("an extractor error line keeps its code, message and where") {
    DocumentRows rows = RecordRows(
        ErrorJsonLine(
            "big", "a.jsonl:3",
            Status::Error("too_large", "document of 9 bytes", "a.jsonl:3")),
        "out.jsonl:3", "t");
    CHECK_FALSE(rows.ok);
    CHECK(rows.id == "big");
    const Row& doc = rows.rows[kDocuments][0];
    CHECK(doc[1].text == "a.jsonl:3");
    CHECK(doc[3].text == "error");
    CHECK(doc[4].text == "too_large");
    CHECK(doc[5].text == "document of 9 bytes");
    CHECK(doc[6].text == "a.jsonl:3");
  }
  SUBCASE("not JSON: the line's place is its id") {
    DocumentRows rows = RecordRows("{\"doc\": ", "out.jsonl:7", "t");
    CHECK(rows.id == "out.jsonl:7");
    CHECK(rows.rows[kDocuments][0][4].text == "bad_json");
    CHECK(rows.rows[kDocuments][0][5].text.rfind("not JSON: parse error", 0) ==
          0);
  }
  SUBCASE("a record that breaks the spec names the field, and keeps no facts") {
    std::string line = LithuaniaLine();
    const std::string from = "\"event\":\"e1\"";
    REQUIRE(line.find(from) != std::string::npos);
    line.replace(line.find(from), from.size(), "\"event\":\"e9\"");
    DocumentRows rows = RecordRows(line, "out.jsonl:1", "t");
    CHECK(rows.id == "lt");
    CHECK_FALSE(rows.ok);
    CHECK(rows.rows[kDocuments][0][4].text == "bad_output");
    CHECK(rows.rows[kDocuments][0][5].text ==
          "reactions[0].event 'e9' is not an event of the record");
    for (int t = kEntities; t < kTableCount; ++t) CHECK(rows.rows[t].empty());
  }
  SUBCASE("a wrong type, a missing field, another schema") {
    auto message = [](const std::string& line) {
      return RecordRows(line, "w", "t").rows[kDocuments][0][5].text;
    };
    CHECK(message(R"({"schema":"newsevents/1","status":"ok","doc":{"id":"a"},)"
                  R"("events":[{"id":"e1","type":3}]})") ==
          "events[0].type is not a string");
    CHECK(message(
              R"({"schema":"newsevents/1","status":"ok","doc":{"id":"a"}})") ==
          "record.events is missing");
    CHECK(message(
              R"({"schema":"newsevents/2","status":"ok","doc":{"id":"a"}})") ==
          "unsupported schema 'newsevents/2'; expected newsevents/1");
  }
}

TEST_CASE("hashes are FNV-1a 64, stable across runs and databases") {
  CHECK(ContentHash("") == "cbf29ce484222325");
  CHECK(ContentHash("a") == "af63dc4c8601ec8c");
  CHECK(EntityId("state", "Lithuania") > 0);
  CHECK(EntityId("state", "Lithuania") !=
        EntityId("organisation", "Lithuania"));
}

TEST_CASE("a password never appears in a database's printed name") {
  CHECK(DisplayUrl("postgresql://ann:s3cret@db.example/news") ==
        "postgresql://ann:***@db.example/news");
  CHECK(DisplayUrl(
            "postgres://db/news?user=ann&password=s3cret&sslmode=require") ==
        "postgres://db/news?user=ann&password=***&sslmode=require");
  CHECK(DisplayUrl("postgresql://ann@db/news") == "postgresql://ann@db/news");
  CHECK(DisplayUrl("events.sqlite") == "events.sqlite");
  CHECK(IsPostgresUrl("postgresql://x"));
  CHECK_FALSE(IsPostgresUrl("postgresql.sqlite"));
}

TEST_CASE("the treaty catalogue has each lexicon treaty with its area") {
  std::vector<Row> rows;
  REQUIRE(ReadTreatyCatalogue("lexicons/en", &rows).ok());
  CHECK(rows.size() > 500);
  bool ccm = false;
  for (const Row& r : rows)
    if (r[0].text == "ccm") {
      ccm = true;
      CHECK(r[1].text == "Convention on Cluster Munitions");
      CHECK(r[2].text == "arms_control");
      CHECK(r[3].integer == 2008);
    }
  CHECK(ccm);
  CHECK(ReadTreatyCatalogue("no/such/dir", &rows).code() == "io_error");
}

// ---------------------------------------------------------------------------
// Real databases.

// A database for one test: a SQLite file, or a PostgreSQL database created on
// the server of NEWSEVENTS_TEST_PG and dropped at the end.
class TestDatabase {
 public:
  explicit TestDatabase(bool postgres) {
    static int counter = 0;
    const std::string name = "newsevents_db_test_" + std::to_string(getpid()) +
                             "_" + std::to_string(counter++);
    if (!postgres) {
      dir_ = testing::MakeTempDir(name);
      url_ = (dir_ / "events.sqlite").string();
      return;
    }
    const std::string server = std::getenv("NEWSEVENTS_TEST_PG");
    REQUIRE(OpenPostgresStore(server, &admin_).ok());
    REQUIRE(admin_->Execute("CREATE DATABASE " + name).ok());
    pg_name_ = name;
    url_ = WithDatabase(server, name);
  }
  ~TestDatabase() {
    if (admin_)
      admin_->Execute("DROP DATABASE IF EXISTS " + pg_name_ + " WITH (FORCE)");
    if (!dir_.empty()) fs::remove_all(dir_);
  }
  const std::string& url() const { return url_; }

  // postgresql://u@h:p/db?x -> postgresql://u@h:p/NAME?x
  static std::string WithDatabase(const std::string& url,
                                  const std::string& name) {
    const size_t authority = url.find("://") + 3;
    const size_t slash = url.find('/', authority);
    const size_t query = url.find('?', authority);
    if (slash == std::string::npos ||
        (query != std::string::npos && query < slash))
      return url.substr(0, query) + "/" + name +
             (query == std::string::npos ? "" : url.substr(query));
    return url.substr(0, slash + 1) + name +
           (query == std::string::npos ? "" : url.substr(query));
  }

 private:
  fs::path dir_;
  std::string url_, pg_name_;
  std::unique_ptr<Store> admin_;
};

// Runs `test` on a fresh SQLite database, then on a fresh PostgreSQL one when
// a server is given.
void OnEachDatabase(const std::function<void(const std::string& url)>& test) {
  {
    INFO("SQLite");
    TestDatabase db(false);
    test(db.url());
  }
  if (!std::getenv("NEWSEVENTS_TEST_PG")) {
    MESSAGE(
        "PostgreSQL part skipped: NEWSEVENTS_TEST_PG is not set "
        "(tools/with_postgres.sh sets it)");
    return;
  }
  INFO("PostgreSQL");
  TestDatabase db(true);
  test(db.url());
}

// The rows of another article with the same facts.
DocumentRows Renamed(DocumentRows rows, const std::string& id) {
  rows.id = id;
  for (int t = 0; t < kTableCount; ++t)
    if (t != kEntities)
      for (Row& row : rows.rows[t]) row[0] = Value::Text(id);
  return rows;
}

int64_t Count(Store* store, const std::string& sql) {
  int64_t n = -1;
  Status s = store->QueryInt(sql, &n);
  REQUIRE_MESSAGE(s.ok(), s.ToString());
  return n;
}

TEST_CASE("the tables have the columns the rows are written in") {
  OnEachDatabase([](const std::string& url) {
    std::unique_ptr<Store> store;
    Status s = OpenStore(url, Migrations(), &store);
    REQUIRE_MESSAGE(s.ok(), s.ToString());
    std::vector<TableLayout> layouts = {TreatyLayout()};
    for (int t = 0; t < kTableCount; ++t)
      layouts.push_back(Layout(static_cast<Table>(t)));
    for (const TableLayout& layout : layouts) {
      INFO(layout.name);
      for (size_t i = 0; i < layout.columns.size(); ++i) {
        INFO(layout.columns[i]);
        // The column is there, at its position.
        const std::string sql =
            IsPostgresUrl(url)
                ? "SELECT ordinal_position FROM information_schema.columns "
                  "WHERE "
                  "table_schema = 'public' AND table_name = '" +
                      layout.name + "' AND column_name = '" +
                      layout.columns[i] + "'"
                : "SELECT cid + 1 FROM pragma_table_info('" + layout.name +
                      "') WHERE name = '" + layout.columns[i] + "'";
        CHECK(Count(store.get(), sql) == static_cast<int64_t>(i + 1));
      }
      const std::string all =
          IsPostgresUrl(url)
              ? "SELECT COUNT(*) FROM information_schema.columns WHERE "
                "table_schema = 'public' AND table_name = '" +
                    layout.name + "'"
              : "SELECT COUNT(*) FROM pragma_table_info('" + layout.name + "')";
      CHECK(Count(store.get(), all) ==
            static_cast<int64_t>(layout.columns.size()));
    }
  });
}

TEST_CASE("migrations go forward, once, and a newer database is refused") {
  OnEachDatabase([](const std::string& url) {
    std::vector<Migration> v1 = Migrations();
    {
      std::unique_ptr<Store> store;
      REQUIRE(OpenStore(url, v1, &store).ok());
      CHECK(Count(store.get(), "SELECT MAX(version) FROM schema_version") ==
            v1.back().version);
      Store::BatchCounts counts;
      REQUIRE(
          store->WriteBatch({RecordRows(LithuaniaLine(), "w", "t")}, &counts)
              .ok());
    }
    // Opening again applies nothing.
    {
      std::unique_ptr<Store> store;
      REQUIRE(OpenStore(url, v1, &store).ok());
      CHECK(Count(store.get(), "SELECT COUNT(*) FROM schema_version") ==
            static_cast<int64_t>(v1.size()));
    }
    // A later migration is applied to the database as it is, keeping its rows.
    std::vector<Migration> v2 = v1;
    v2.push_back({v1.back().version + 1, "a note per document",
                  "ALTER TABLE documents ADD COLUMN note TEXT;"
                  "UPDATE documents SET note = 'kept'"});
    {
      std::unique_ptr<Store> store;
      Status s = OpenStore(url, v2, &store);
      REQUIRE_MESSAGE(s.ok(), s.ToString());
      CHECK(Count(store.get(), "SELECT MAX(version) FROM schema_version") ==
            v2.back().version);
      CHECK(Count(store.get(),
                  "SELECT COUNT(*) FROM documents WHERE note = 'kept'") == 1);
      CHECK(Count(store.get(), "SELECT COUNT(*) FROM events") == 1);
    }
    // This database is now newer than a program that knows only v1.
    std::unique_ptr<Store> store;
    Status s = OpenStore(url, v1, &store);
    CHECK(s.code() == "db_error");
    CHECK(s.message() ==
          "database schema version " + std::to_string(v2.back().version) +
              " is newer than this newsevents knows (" +
              std::to_string(v1.back().version) + "); use a newer newsevents");
    CHECK(s.where() == DisplayUrl(url));
  });
}

TEST_CASE("a failing migration changes nothing") {
  OnEachDatabase([](const std::string& url) {
    std::vector<Migration> broken = Migrations();
    broken.push_back({broken.back().version + 1, "broken",
                      "ALTER TABLE documents ADD COLUMN note TEXT;"
                      "ALTER TABLE no_such_table ADD COLUMN x TEXT"});
    std::unique_ptr<Store> store;
    Status s = OpenStore(url, broken, &store);
    CHECK(s.code() == "db_error");
    CHECK(
        s.message().rfind(
            "migration " + std::to_string(broken.back().version) + " failed: ",
            0) == 0);
    REQUIRE(OpenStore(url, Migrations(), &store).ok());
    CHECK(Count(store.get(), "SELECT MAX(version) FROM schema_version") ==
          Migrations().back().version);
  });
}

TEST_CASE("a batch: new, unchanged, replaced, each in one transaction") {
  OnEachDatabase([](const std::string& url) {
    std::unique_ptr<Store> store;
    REQUIRE(OpenStore(url, Migrations(), &store).ok());
    const std::string line = LithuaniaLine();
    const DocumentRows lt = RecordRows(line, "a:1", "t1");
    const size_t events = lt.rows[kEvents].size(),
                 quotes = lt.rows[kQuotes].size();
    Store::BatchCounts counts;
    Status s = store->WriteBatch({lt}, &counts);
    REQUIRE_MESSAGE(s.ok(), s.ToString());
    CHECK(counts.added == 1);
    CHECK(Count(store.get(), "SELECT COUNT(*) FROM events") ==
          static_cast<int64_t>(events));

    // The same record again: nothing is written, not even loaded_at.
    counts = {};
    REQUIRE(store->WriteBatch({RecordRows(line, "a:1", "t2")}, &counts).ok());
    CHECK(counts.unchanged == 1);
    CHECK(Count(store.get(),
                "SELECT COUNT(*) FROM documents WHERE loaded_at = 't1'") == 1);

    // A changed record replaces the article's facts; another article is added.
    Record r = ExtractText("Chile ratified the Kyoto Protocol.", "2002-08-26");
    r.doc_id = "cl";
    const std::string chile =
        ToJsonLine(r, "Chile ratified the Kyoto Protocol.", "v");
    std::string changed = line;
    changed.replace(changed.find("\"source\":\"lt.txt\""), 17,
                    "\"source\":\"lt2.txt\"");
    DocumentRows lt2 = RecordRows(changed, "a:1", "t3");
    lt2.rows[kQuotes].clear();  // the new record has no quotes
    lt2.rows[kReactionQuotes].clear();
    counts = {};
    REQUIRE(
        store->WriteBatch({lt2, RecordRows(chile, "a:2", "t3")}, &counts).ok());
    CHECK(counts.replaced == 1);
    CHECK(counts.added == 1);
    CHECK(Count(store.get(), "SELECT COUNT(*) FROM documents") == 2);
    CHECK(Count(store.get(),
                "SELECT COUNT(*) FROM documents WHERE source = 'lt2.txt'") ==
          1);
    CHECK(Count(store.get(), "SELECT COUNT(*) FROM quotes") == 0);
    CHECK(quotes > 0);
    CHECK(
        Count(store.get(), "SELECT COUNT(*) FROM events WHERE doc_id = 'lt'") ==
        static_cast<int64_t>(events));
    CHECK(
        Count(store.get(), "SELECT COUNT(*) FROM events WHERE doc_id = 'cl'") ==
        static_cast<int64_t>(r.events.size()));

    // A batch that fails midway leaves nothing of itself behind.
    DocumentRows broken = Renamed(RecordRows(chile, "a:3", "t4"), "cl-broken");
    REQUIRE_FALSE(broken.rows[kEvents].empty());
    broken.rows[kEvents][0][2] = Value::Null();  // type is NOT NULL
    DocumentRows fine = Renamed(RecordRows(line, "a:4", "t4"), "lt-copy");
    counts = {};
    s = store->WriteBatch({fine, broken}, &counts);
    CHECK(s.code() == "db_error");
    CHECK(s.where() == DisplayUrl(url));
    CHECK(Count(store.get(), "SELECT COUNT(*) FROM documents") == 2);
    CHECK(Count(store.get(),
                "SELECT COUNT(*) FROM events WHERE doc_id = 'lt-copy'") == 0);
    // The store is still usable after the rollback.
    counts = {};
    REQUIRE(store->WriteBatch({fine}, &counts).ok());
    CHECK(counts.added == 1);
  });
}

TEST_CASE("the loader keeps the last record of an id and counts what it did") {
  OnEachDatabase([](const std::string& url) {
    LoaderOptions options;
    options.batch_documents = 2;
    options.lexicon_dir = "lexicons/en";
    std::unique_ptr<Loader> db;
    Status s = Loader::Open(url, options, &db);
    REQUIRE_MESSAGE(s.ok(), s.ToString());
    CHECK(db->counts().treaties > 500);
    const std::string line = LithuaniaLine();
    REQUIRE(db->Add(line, "a:1").ok());
    REQUIRE(db->Add(line, "a:2").ok());        // same batch, same hash
    REQUIRE(db->Add("not json", "a:3").ok());  // writes the batch
    REQUIRE(db->Add(ErrorJsonLine("lt", "b", Status::Error("too_large", "big")),
                    "a:4")
                .ok());
    REQUIRE(
        db->AddUnreadable("a:5", Status::Error("bad_gzip", "truncated")).ok());
    REQUIRE(db->Finish().ok());
    const LoadCounts& c = db->counts();
    CHECK(c.records == 5);
    CHECK(c.added == 3);  // lt, a:3, a:5
    CHECK(c.unchanged == 1);
    CHECK(c.replaced == 1);  // lt by its error line
    CHECK(c.errors == 3);
    std::unique_ptr<Store> store;
    REQUIRE(OpenStore(url, Migrations(), &store).ok());
    CHECK(Count(store.get(),
                "SELECT COUNT(*) FROM documents WHERE status = 'error'") == 3);
    CHECK(Count(store.get(), "SELECT COUNT(*) FROM events") == 0);
    CHECK(Count(store.get(),
                "SELECT COUNT(*) FROM documents WHERE id = 'a:5' AND "
                "error_code = 'bad_gzip'") == 1);
    CHECK(Count(store.get(), "SELECT year FROM treaties WHERE code = 'ccm'") ==
          2008);
  });
}

TEST_CASE("the loader finds the ids it has committed, not the open batch") {
  OnEachDatabase([](const std::string& url) {
    LoaderOptions options;
    options.batch_documents = 2;
    std::unique_ptr<Loader> db;
    Status s = Loader::Open(url, options, &db);
    REQUIRE_MESSAGE(s.ok(), s.ToString());
    const std::vector<std::string> ids = {"lt", "say \"no\"", "back\\slash,{x}",
                                          "NULL", "absent"};
    std::vector<bool> found;
    REQUIRE(db->Contains(ids, &found).ok());
    CHECK(found == std::vector<bool>(5, false));
    REQUIRE(db->Add(LithuaniaLine(), "a:1").ok());
    REQUIRE(db->Add(ErrorJsonLine(ids[1], "b", Status::Error("too_large", "big")), "a:2")
                .ok());  // the batch of 2 is written
    REQUIRE(db->Add(ErrorJsonLine(ids[2], "b", Status::Error("too_large", "big")), "a:3")
                .ok());  // open
    CHECK(db->committed() == 2);
    REQUIRE(db->Contains(ids, &found).ok());
    CHECK(found == std::vector<bool>{true, true, false, false, false});
    REQUIRE(db->Add(ErrorJsonLine(ids[3], "b", Status::Error("too_large", "big")), "a:4")
                .ok());
    REQUIRE(db->Finish().ok());
    CHECK(db->committed() == 4);
    REQUIRE(db->Contains(ids, &found).ok());
    CHECK(found == std::vector<bool>{true, true, true, true, false});
    REQUIRE(db->Contains({}, &found).ok());
    CHECK(found.empty());
  });
}

TEST_CASE("databases that cannot be opened say which and why") {
  std::unique_ptr<Loader> db;
  Status s =
      Loader::Open("/no/such/folder/events.sqlite", LoaderOptions(), &db);
  CHECK(s.code() == "db_error");
  CHECK(s.ToString() ==
        "/no/such/folder/events.sqlite: error: cannot open database: unable to "
        "open "
        "database file");
  const testing::TempDir temp("newsevents_not_db");
  const std::string not_db = temp / "not_a_database";
  testing::WriteFile(not_db, std::string(4096, 'x'));
  s = Loader::Open(not_db, LoaderOptions(), &db);
  CHECK(s.ToString() ==
        not_db + ": error: cannot open database: file is not a database");
  // Port 1 on loopback: nothing listens there.
  s = Loader::Open("postgresql://ann:s3cret@127.0.0.1:1/news", LoaderOptions(),
                   &db);
  CHECK(s.where() == "postgresql://ann:***@127.0.0.1:1/news");
  CHECK(
      s.message().rfind("cannot connect to the server: connection to server at "
                        "\"127.0.0.1\", port 1 failed: Connection refused",
                        0) == 0);
  CHECK(s.ToString().find("s3cret") == std::string::npos);
}

}  // namespace
}  // namespace newsevents
