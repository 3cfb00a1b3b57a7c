// The SQLite store: the SQLite C library's only user. WAL journal (readers
// never block the loader, and a killed process loses only its open batch),
// synchronous=NORMAL (durable at checkpoints; safe from corruption), foreign
// keys on (ON DELETE CASCADE replaces an article's rows), one prepared
// statement per table, one transaction per batch.
#include <sqlite3.h>

#include "db/store.h"

namespace newsevents {
namespace {

std::string InsertSql(const TableLayout& layout) {
  std::string columns, params;
  for (const std::string& c : layout.columns) {
    columns += (columns.empty() ? "" : ", ") + c;
    params += params.empty() ? "?" : ", ?";
  }
  return "INSERT INTO " + layout.name + " (" + columns + ") VALUES (" + params +
         ")";
}

class SqliteStore : public Store {
 public:
  SqliteStore(sqlite3* db, std::string path)
      : db_(db), path_(std::move(path)) {}

  ~SqliteStore() override {
    for (sqlite3_stmt* s : insert_) sqlite3_finalize(s);
    sqlite3_finalize(select_hash_);
    sqlite3_finalize(delete_document_);
    sqlite3_finalize(upsert_treaty_);
    sqlite3_close(db_);
  }

  Status Execute(const std::string& sql) override {
    char* message = nullptr;
    if (sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &message) == SQLITE_OK)
      return Status::Ok();
    std::string m = message ? message : sqlite3_errmsg(db_);
    sqlite3_free(message);
    return Status::Error("db_error", m, path_);
  }

  Status QueryInt(const std::string& sql, int64_t* value) override {
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(db_, sql.c_str(), -1, &stmt, nullptr) != SQLITE_OK)
      return Error("cannot prepare a query");
    *value = 0;
    const int rc = sqlite3_step(stmt);
    if (rc == SQLITE_ROW) *value = sqlite3_column_int64(stmt, 0);
    sqlite3_finalize(stmt);
    return rc == SQLITE_ROW || rc == SQLITE_DONE ? Status::Ok()
                                                 : Error("query failed");
  }

  Status Query(const std::string& sql,
               std::vector<std::vector<std::string>>* rows) override {
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(db_, sql.c_str(), -1, &stmt, nullptr) != SQLITE_OK)
      return Error("cannot prepare a query");
    rows->clear();
    int rc;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
      std::vector<std::string> row;
      for (int i = 0; i < sqlite3_column_count(stmt); ++i) {
        const unsigned char* text = sqlite3_column_text(stmt, i);
        row.emplace_back(text ? reinterpret_cast<const char*>(text) : "");
      }
      rows->push_back(std::move(row));
    }
    sqlite3_finalize(stmt);
    return rc == SQLITE_DONE ? Status::Ok() : Error("query failed");
  }

  Status BeginExclusive() override { return Execute("BEGIN IMMEDIATE"); }

  Status Prepare() override {
    for (int t = 0; t < kTableCount; ++t) {
      std::string sql = InsertSql(Layout(static_cast<Table>(t)));
      // Entities are shared by all articles: the first code known stays.
      if (t == kEntities)
        sql +=
            " ON CONFLICT (kind, name) DO UPDATE SET code = excluded.code"
            " WHERE entities.code IS NULL AND excluded.code IS NOT NULL";
      Status s = PrepareOne(sql, &insert_[t]);
      if (!s.ok()) return s;
    }
    Status s = PrepareOne("SELECT content_hash FROM documents WHERE id = ?",
                          &select_hash_);
    if (s.ok())
      s = PrepareOne("DELETE FROM documents WHERE id = ?", &delete_document_);
    if (s.ok())
      s = PrepareOne(
          InsertSql(TreatyLayout()) +
              " ON CONFLICT (code) DO UPDATE SET name = excluded.name,"
              " area = excluded.area, year = excluded.year"
              " WHERE treaties.name IS NOT excluded.name"
              " OR treaties.area IS NOT excluded.area"
              " OR treaties.year IS NOT excluded.year",
          &upsert_treaty_);
    return s;
  }

  Status WriteBatch(const std::vector<DocumentRows>& batch,
                    BatchCounts* counts) override {
    Status s = Execute("BEGIN IMMEDIATE");
    if (!s.ok()) return s;
    BatchCounts c;
    for (const DocumentRows& doc : batch) {
      s = WriteDocument(doc, &c);
      if (!s.ok()) break;
    }
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
    for (size_t i = 0; i < ids.size(); ++i) {
      sqlite3_bind_text(select_hash_, 1, ids[i].data(),
                        static_cast<int>(ids[i].size()), SQLITE_STATIC);
      const int rc = sqlite3_step(select_hash_);
      sqlite3_reset(select_hash_);
      if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        return Error("cannot read documents");
      (*found)[i] = rc == SQLITE_ROW;
    }
    return Status::Ok();
  }

  Status PutTreaties(const std::vector<Row>& rows) override {
    Status s = Execute("BEGIN IMMEDIATE");
    for (const Row& row : rows) {
      if (!s.ok()) break;
      s = Step(upsert_treaty_, row, "treaties");
    }
    if (s.ok()) return Execute("COMMIT");
    Execute("ROLLBACK");
    return s;
  }

 private:
  Status Error(const std::string& what) const {
    return Status::Error("db_error", what + ": " + sqlite3_errmsg(db_), path_);
  }

  Status PrepareOne(const std::string& sql, sqlite3_stmt** stmt) {
    if (sqlite3_prepare_v3(db_, sql.c_str(), -1, SQLITE_PREPARE_PERSISTENT,
                           stmt, nullptr) != SQLITE_OK)
      return Error("cannot prepare '" + sql + "'");
    return Status::Ok();
  }

  // Binds `row` to `stmt`, runs it and resets it.
  Status Step(sqlite3_stmt* stmt, const Row& row, const std::string& table) {
    for (size_t i = 0; i < row.size(); ++i) {
      const Value& v = row[i];
      const int n = static_cast<int>(i + 1);
      switch (v.type) {
        case Value::Type::kNull:
          sqlite3_bind_null(stmt, n);
          break;
        case Value::Type::kInt:
          sqlite3_bind_int64(stmt, n, v.integer);
          break;
        case Value::Type::kReal:
          sqlite3_bind_double(stmt, n, v.real);
          break;
        case Value::Type::kText:
          sqlite3_bind_text(stmt, n, v.text.data(),
                            static_cast<int>(v.text.size()), SQLITE_STATIC);
          break;
      }
    }
    const int rc = sqlite3_step(stmt);
    sqlite3_reset(stmt);
    sqlite3_clear_bindings(stmt);
    if (rc != SQLITE_DONE) return Error("cannot write " + table);
    return Status::Ok();
  }

  Status WriteDocument(const DocumentRows& doc, BatchCounts* counts) {
    sqlite3_bind_text(select_hash_, 1, doc.id.data(),
                      static_cast<int>(doc.id.size()), SQLITE_STATIC);
    int rc = sqlite3_step(select_hash_);
    const bool exists = rc == SQLITE_ROW;
    const bool same =
        exists && doc.content_hash == reinterpret_cast<const char*>(
                                          sqlite3_column_text(select_hash_, 0));
    sqlite3_reset(select_hash_);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
      return Error("cannot read documents");
    if (same) {
      ++counts->unchanged;
      return Status::Ok();
    }
    if (exists) {
      Status s = Step(delete_document_, {Value::Text(doc.id)}, "documents");
      if (!s.ok()) return s;
      ++counts->replaced;
    } else {
      ++counts->added;
    }
    for (int t = 0; t < kTableCount; ++t)
      for (const Row& row : doc.rows[t]) {
        Status s = Step(insert_[t], row, Layout(static_cast<Table>(t)).name);
        if (!s.ok()) return s;
      }
    return Status::Ok();
  }

  sqlite3* db_;
  std::string path_;
  sqlite3_stmt* insert_[kTableCount] = {};
  sqlite3_stmt* select_hash_ = nullptr;
  sqlite3_stmt* delete_document_ = nullptr;
  sqlite3_stmt* upsert_treaty_ = nullptr;
};

}  // namespace

Status OpenSqliteStore(const std::string& path, std::unique_ptr<Store>* out) {
  sqlite3* db = nullptr;
  const int rc = sqlite3_open_v2(
      path.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
  if (rc != SQLITE_OK) {
    std::string m = db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
    sqlite3_close(db);
    return Status::Error("db_error", "cannot open database: " + m, path);
  }
  sqlite3_busy_timeout(db, 10000);
  auto store = std::make_unique<SqliteStore>(db, path);
  // The first statement reads the file: a file that is not a database fails
  // here.
  Status s = store->Execute("PRAGMA journal_mode = WAL");
  if (s.ok()) s = store->Execute("PRAGMA synchronous = NORMAL");
  if (s.ok()) s = store->Execute("PRAGMA foreign_keys = ON");
  if (!s.ok())
    return Status::Error("db_error", "cannot open database: " + s.message(),
                         path);
  *out = std::move(store);
  return Status::Ok();
}

}  // namespace newsevents
