// The database schema as forward migrations, the same SQL on SQLite and
// PostgreSQL (TEXT, INTEGER, BIGINT, DOUBLE PRECISION, composite keys and
// ON DELETE CASCADE mean the same on both).
//
// A database records in schema_version every migration applied to it.
// Opening one applies, in one transaction, each migration newer than its
// last; a database newer than this program is refused, never downgraded.
// To change the schema, append a migration: never edit one that has shipped.
//
// Thread-safety: the list is immutable.
#ifndef NEWSEVENTS_DB_SCHEMA_H_
#define NEWSEVENTS_DB_SCHEMA_H_

#include <string>
#include <vector>

namespace newsevents {

struct Migration {
  int version;              // 1, 2, ... in order
  std::string description;  // stored in schema_version.description
  std::string sql;          // statements separated by ';'
};

// The project's migrations, oldest first.
const std::vector<Migration>& Migrations();

// The schema_version table itself, created before any migration.
extern const char kSchemaVersionTable[];

}  // namespace newsevents

#endif  // NEWSEVENTS_DB_SCHEMA_H_
