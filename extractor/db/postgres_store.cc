// The PostgreSQL store: libpq's only user. Each batch is one transaction:
// its documents are COPYed into a staging table and compared there with the
// documents already loaded (same id and hash: left alone, and its facts are
// not sent; another hash: the old document is deleted, its facts with it by
// ON DELETE CASCADE), its entities are COPYed into a second staging table and
// merged into the shared entities table, and the facts of the new and changed
// articles, all new rows by then, are COPYed straight into their tables.
#include <libpq-fe.h>

#include <cstdio>
#include <cstdlib>
#include <map>
#include <set>

#include "db/store.h"

namespace newsevents {
namespace {

constexpr size_t kCopyChunk = 1 << 20;
// Taken by the transaction that migrates, so that two loaders starting
// together do not both create the tables.
constexpr const char* kMigrationLock =
    "SELECT pg_advisory_xact_lock(5316861270)";

// libpq's messages end with a newline and continue lines with a tab.
std::string OneLine(const char* message) {
  std::string m = message ? message : "";
  while (!m.empty() && (m.back() == '\n' || m.back() == ' ')) m.pop_back();
  std::string out;
  for (size_t i = 0; i < m.size(); ++i) {
    if (m[i] == '\n') {
      out += "; ";
      while (i + 1 < m.size() && (m[i + 1] == '\t' || m[i + 1] == ' ')) ++i;
    } else {
      out += m[i];
    }
  }
  return out;
}

// Appends `v` in COPY's text format.
void AppendCopyValue(const Value& v, std::string* out) {
  switch (v.type) {
    case Value::Type::kNull:
      *out += "\\N";
      break;
    case Value::Type::kInt:
      *out += std::to_string(v.integer);
      break;
    case Value::Type::kReal: {
      char buf[32];
      std::snprintf(buf, sizeof buf, "%.17g", v.real);
      *out += buf;
      break;
    }
    case Value::Type::kText:
      for (char c : v.text) {
        switch (c) {
          case '\\':
            *out += "\\\\";
            break;
          case '\n':
            *out += "\\n";
            break;
          case '\r':
            *out += "\\r";
            break;
          case '\t':
            *out += "\\t";
            break;
          default:
            *out += c;
        }
      }
      break;
  }
}

std::string ColumnList(const TableLayout& layout) {
  std::string columns;
  for (const std::string& c : layout.columns)
    columns += (columns.empty() ? "" : ", ") + c;
  return columns;
}

class PostgresStore : public Store {
 public:
  PostgresStore(PGconn* conn, std::string name)
      : conn_(conn), name_(std::move(name)) {}
  ~PostgresStore() override { PQfinish(conn_); }

  Status Execute(const std::string& sql) override {
    PGresult* r = PQexec(conn_, sql.c_str());
    Status s = Check(r, "");
    PQclear(r);
    return s;
  }

  Status QueryInt(const std::string& sql, int64_t* value) override {
    PGresult* r = PQexec(conn_, sql.c_str());
    Status s = Check(r, "");
    *value = 0;
    if (s.ok() && PQntuples(r) > 0 && !PQgetisnull(r, 0, 0))
      *value = std::strtoll(PQgetvalue(r, 0, 0), nullptr, 10);
    PQclear(r);
    return s;
  }

  Status Query(const std::string& sql,
               std::vector<std::vector<std::string>>* rows) override {
    PGresult* r = PQexec(conn_, sql.c_str());
    Status s = Check(r, "");
    rows->clear();
    if (s.ok())
      for (int i = 0; i < PQntuples(r); ++i) {
        std::vector<std::string> row;
        for (int c = 0; c < PQnfields(r); ++c)
          row.emplace_back(PQgetisnull(r, i, c) ? "" : PQgetvalue(r, i, c));
        rows->push_back(std::move(row));
      }
    PQclear(r);
    return s;
  }

  Status BeginExclusive() override {
    Status s = Execute("BEGIN");
    return s.ok() ? Execute(kMigrationLock) : s;
  }

  Status Prepare() override {
    return Execute(
        "CREATE TEMP TABLE stage_documents (LIKE documents) ON COMMIT DELETE "
        "ROWS;"
        "CREATE TEMP TABLE stage_entities (LIKE entities) ON COMMIT DELETE "
        "ROWS;"
        "CREATE TEMP TABLE stage_treaties (LIKE treaties) ON COMMIT DELETE "
        "ROWS");
  }

  Status WriteBatch(const std::vector<DocumentRows>& batch,
                    BatchCounts* counts) override {
    BatchCounts c;
    Status s = Execute("BEGIN");
    if (s.ok()) s = WriteInTransaction(batch, &c);
    if (s.ok()) s = Execute("COMMIT");
    if (!s.ok()) {
      Execute("ROLLBACK");
      return s;
    }
    counts->added += c.added;
    counts->replaced += c.replaced;
    counts->unchanged += c.unchanged;
    return s;
  }

  Status FindDocuments(const std::vector<std::string>& ids,
                       std::vector<bool>* found) override {
    found->assign(ids.size(), false);
    if (ids.empty()) return Status::Ok();
    // One parameter, a text[] literal: {"id1","id2"} with " and \ escaped.
    std::string array = "{";
    std::map<std::string, std::vector<size_t>> where;
    for (size_t i = 0; i < ids.size(); ++i) {
      where[ids[i]].push_back(i);
      array += i ? ",\"" : "\"";
      for (char c : ids[i]) {
        if (c == '"' || c == '\\') array += '\\';
        array += c;
      }
      array += '"';
    }
    array += '}';
    const char* values[1] = {array.c_str()};
    PGresult* r = PQexecParams(
        conn_, "SELECT id FROM documents WHERE id = ANY($1::text[])", 1,
        nullptr, values, nullptr, nullptr, 0);
    Status s = Check(r, "cannot read documents");
    if (s.ok())
      for (int row = 0; row < PQntuples(r); ++row) {
        auto it = where.find(PQgetvalue(r, row, 0));
        if (it != where.end())
          for (size_t i : it->second) (*found)[i] = true;
      }
    PQclear(r);
    return s;
  }

  Status PutTreaties(const std::vector<Row>& rows) override {
    const std::string columns = ColumnList(TreatyLayout());
    Status s = Execute("BEGIN");
    if (s.ok()) s = Copy("stage_treaties", columns, {&rows});
    if (s.ok())
      s = Execute(
          "INSERT INTO treaties (" + columns + ") SELECT " + columns +
          " FROM stage_treaties ON CONFLICT (code) DO UPDATE SET"
          " name = EXCLUDED.name, area = EXCLUDED.area, year = EXCLUDED.year"
          " WHERE (treaties.name, treaties.area, treaties.year)"
          " IS DISTINCT FROM (EXCLUDED.name, EXCLUDED.area, EXCLUDED.year)");
    if (s.ok()) return Execute("COMMIT");
    Execute("ROLLBACK");
    return s;
  }

 private:
  // The error of a failed result (or of a lost connection), else ok.
  Status Check(PGresult* r, const std::string& what) const {
    const ExecStatusType st = r ? PQresultStatus(r) : PGRES_FATAL_ERROR;
    if (st == PGRES_COMMAND_OK || st == PGRES_TUPLES_OK || st == PGRES_COPY_IN)
      return Status::Ok();
    std::string m =
        OneLine(r ? PQresultErrorMessage(r) : PQerrorMessage(conn_));
    if (m.empty()) m = OneLine(PQerrorMessage(conn_));
    if (PQstatus(conn_) == CONNECTION_BAD) m = "lost the connection: " + m;
    return Status::Error("db_error", what.empty() ? m : what + ": " + m, name_);
  }

  // COPYs the rows of `parts` (each a list of rows) into `table`.
  Status Copy(const std::string& table, const std::string& columns,
              const std::vector<const std::vector<Row>*>& parts) {
    PGresult* r = PQexec(
        conn_, ("COPY " + table + " (" + columns + ") FROM STDIN").c_str());
    Status s = Check(r, "cannot copy into " + table);
    PQclear(r);
    if (!s.ok()) return s;
    std::string buffer;
    bool sent = true;
    for (const std::vector<Row>* rows : parts)
      for (const Row& row : *rows) {
        for (size_t i = 0; i < row.size(); ++i) {
          if (i) buffer += '\t';
          AppendCopyValue(row[i], &buffer);
        }
        buffer += '\n';
        if (buffer.size() >= kCopyChunk) {
          sent =
              sent && PQputCopyData(conn_, buffer.data(), buffer.size()) == 1;
          buffer.clear();
        }
      }
    if (!buffer.empty())
      sent = sent && PQputCopyData(conn_, buffer.data(), buffer.size()) == 1;
    sent =
        PQputCopyEnd(conn_, sent ? nullptr : "newsevents: copy failed") == 1 &&
        sent;
    // The COPY's result, then nothing.
    while ((r = PQgetResult(conn_)) != nullptr) {
      Status rs = Check(r, "cannot copy into " + table);
      if (s.ok()) s = rs;
      PQclear(r);
    }
    if (s.ok() && !sent)
      s = Status::Error(
          "db_error",
          "cannot copy into " + table + ": " + OneLine(PQerrorMessage(conn_)),
          name_);
    return s;
  }

  Status WriteInTransaction(const std::vector<DocumentRows>& batch,
                            BatchCounts* counts) {
    const std::string doc_columns = ColumnList(Layout(kDocuments));
    std::vector<const std::vector<Row>*> documents;
    for (const DocumentRows& doc : batch)
      documents.push_back(&doc.rows[kDocuments]);
    Status s = Copy("stage_documents", doc_columns, documents);
    if (!s.ok()) return s;

    // Same id, same hash: nothing to do for that article.
    PGresult* r =
        PQexec(conn_,
               "DELETE FROM stage_documents s USING documents d"
               " WHERE s.id = d.id AND s.content_hash = d.content_hash"
               " RETURNING s.id");
    s = Check(r, "cannot compare documents");
    std::set<std::string> unchanged;
    if (s.ok())
      for (int i = 0; i < PQntuples(r); ++i)
        unchanged.insert(PQgetvalue(r, i, 0));
    PQclear(r);
    if (!s.ok()) return s;

    // Same id, another hash: the old article and its facts go.
    r = PQexec(
        conn_,
        "DELETE FROM documents d USING stage_documents s WHERE d.id = s.id");
    s = Check(r, "cannot replace documents");
    const size_t replaced =
        s.ok() ? std::strtoul(PQcmdTuples(r), nullptr, 10) : 0;
    PQclear(r);
    if (s.ok())
      s = Execute("INSERT INTO documents (" + doc_columns + ") SELECT " +
                  doc_columns + " FROM stage_documents");
    if (!s.ok()) return s;

    std::vector<const DocumentRows*> changed;
    for (const DocumentRows& doc : batch)
      if (!unchanged.count(doc.id)) changed.push_back(&doc);

    // The batch's entities, once each (a code wins over none), merged.
    std::map<int64_t, const Row*> entities;
    for (const DocumentRows* doc : changed)
      for (const Row& row : doc->rows[kEntities]) {
        auto [it, added] = entities.emplace(row[0].integer, &row);
        if (!added && it->second->at(3).is_null()) it->second = &row;
      }
    std::vector<Row> entity_rows;
    for (const auto& [id, row] : entities) entity_rows.push_back(*row);
    const std::string entity_columns = ColumnList(Layout(kEntities));
    s = Copy("stage_entities", entity_columns, {&entity_rows});
    if (s.ok())
      s = Execute("INSERT INTO entities (" + entity_columns + ") SELECT " +
                  entity_columns +
                  " FROM stage_entities ON CONFLICT (kind, name) DO UPDATE"
                  " SET code = EXCLUDED.code"
                  " WHERE entities.code IS NULL AND EXCLUDED.code IS NOT NULL");

    for (int t = kEntities + 1; s.ok() && t < kTableCount; ++t) {
      std::vector<const std::vector<Row>*> parts;
      size_t n = 0;
      for (const DocumentRows* doc : changed) {
        parts.push_back(&doc->rows[t]);
        n += doc->rows[t].size();
      }
      const TableLayout& layout = Layout(static_cast<Table>(t));
      if (n > 0) s = Copy(layout.name, ColumnList(layout), parts);
    }
    if (!s.ok()) return s;
    counts->unchanged += unchanged.size();
    counts->replaced += replaced;
    counts->added += changed.size() - replaced;
    return s;
  }

  PGconn* conn_;
  std::string name_;
};

void IgnoreNotice(void*, const char*) {}

}  // namespace

Status OpenPostgresStore(const std::string& url, std::unique_ptr<Store>* out) {
  const std::string name = DisplayUrl(url);
  PGconn* conn = PQconnectdb(url.c_str());
  if (!conn || PQstatus(conn) != CONNECTION_OK) {
    std::string m = conn ? OneLine(PQerrorMessage(conn)) : "out of memory";
    PQfinish(conn);
    return Status::Error("db_error", "cannot connect to the server: " + m,
                         name);
  }
  PQsetNoticeProcessor(conn, IgnoreNotice, nullptr);
  if (PQsetClientEncoding(conn, "UTF8") != 0) {
    std::string m = OneLine(PQerrorMessage(conn));
    PQfinish(conn);
    return Status::Error("db_error", "cannot use UTF-8: " + m, name);
  }
  *out = std::make_unique<PostgresStore>(conn, name);
  return Status::Ok();
}

}  // namespace newsevents
