// Store: the database behind a Loader, SQLite (sqlite_store.cc) or
// PostgreSQL (postgres_store.cc). Internal to the db library; the loader and
// the tests use it.
//
// A store writes whole batches of articles, each batch in one transaction:
// an article already there with the same content hash is left alone; one
// there with another hash has its rows deleted (ON DELETE CASCADE) and the
// new ones written; a new one is written. So a batch that fails, or a process
// killed during one, leaves the database as it was before the batch.
//
// Thread-safety: a store is used by one thread at a time.
#ifndef NEWSEVENTS_DB_STORE_H_
#define NEWSEVENTS_DB_STORE_H_

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "db/rows.h"
#include "db/schema.h"
#include "newsevents/status.h"

namespace newsevents {

class Store {
 public:
  struct BatchCounts {
    size_t added = 0, replaced = 0, unchanged = 0;
  };

  virtual ~Store() = default;

  // Writes `batch` in one transaction and adds what happened to `*counts`.
  // REQUIRES: the ids in `batch` are distinct.
  virtual Status WriteBatch(const std::vector<DocumentRows>& batch,
                            BatchCounts* counts) = 0;
  // Sets (*found)[i] to whether a document with id ids[i] is in the
  // database (committed; what another transaction has not committed is not
  // seen). One query per call on PostgreSQL, one indexed lookup per id on
  // SQLite.
  virtual Status FindDocuments(const std::vector<std::string>& ids,
                               std::vector<bool>* found) = 0;
  // Upserts the treaty catalogue (TreatyLayout() rows), in one transaction;
  // rows that are already the same are not touched.
  virtual Status PutTreaties(const std::vector<Row>& rows) = 0;

  // Runs statements that return no rows (migrations, tests).
  virtual Status Execute(const std::string& sql) = 0;
  // Runs a query and returns the first column of its first row as an
  // integer (0 for NULL or no row).
  virtual Status QueryInt(const std::string& sql, int64_t* value) = 0;
  // Runs a query and returns all its rows, each value as text ("" for
  // NULL).
  virtual Status Query(const std::string& sql,
                       std::vector<std::vector<std::string>>* rows) = 0;
  // Starts the transaction a migration runs in, excluding other writers.
  virtual Status BeginExclusive() = 0;
  // Prepares statements (and PostgreSQL's staging tables) once the schema
  // is there.
  virtual Status Prepare() = 0;
};

// True for a postgresql:// (or postgres://) URL; anything else names a
// SQLite file.
bool IsPostgresUrl(const std::string& url);

// `url` fit to print: a password in it is replaced by "***".
std::string DisplayUrl(const std::string& url);

// Opens (creating a SQLite file when needed) the database at `url`, applies
// the `migrations` it lacks and prepares it. Errors have code db_error and a
// message naming the database.
Status OpenStore(const std::string& url,
                 const std::vector<Migration>& migrations,
                 std::unique_ptr<Store>* out);

// Applies the migrations newer than the database's schema_version, in one
// transaction. Fails, changing nothing, when the database is newer than the
// last of `migrations`.
Status Migrate(Store* store, const std::vector<Migration>& migrations,
               const std::string& name);

// The time now in UTC, "2026-11-01T10:00:00Z" (documents.loaded_at,
// schema_version.applied_at).
std::string UtcTimestamp();

// The stores; OpenStore picks one by the URL.
Status OpenSqliteStore(const std::string& path, std::unique_ptr<Store>* out);
Status OpenPostgresStore(const std::string& url, std::unique_ptr<Store>* out);

}  // namespace newsevents

#endif  // NEWSEVENTS_DB_STORE_H_
