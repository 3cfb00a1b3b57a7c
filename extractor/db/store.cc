// Picking a store by its URL, and the migrations both stores share.
#include "db/store.h"

#include <ctime>

namespace newsevents {

bool IsPostgresUrl(const std::string& url) {
  return url.rfind("postgresql://", 0) == 0 || url.rfind("postgres://", 0) == 0;
}

std::string DisplayUrl(const std::string& url) {
  if (!IsPostgresUrl(url)) return url;
  std::string shown = url;
  // postgresql://user:secret@host -> postgresql://user:***@host
  const size_t authority = shown.find("://") + 3;
  const size_t at = shown.find('@', authority);
  const size_t slash = shown.find('/', authority);
  if (at != std::string::npos && (slash == std::string::npos || at < slash)) {
    const size_t colon = shown.find(':', authority);
    if (colon != std::string::npos && colon < at)
      shown.replace(colon + 1, at - colon - 1, "***");
  }
  // ...?password=secret&... -> ...?password=***&...
  for (size_t p = shown.find("password="); p != std::string::npos;
       p = shown.find("password=", p + 1)) {
    const size_t start = p + 9;
    const size_t end = std::min(shown.find('&', start), shown.size());
    shown.replace(start, end - start, "***");
  }
  return shown;
}

Status OpenStore(const std::string& url,
                 const std::vector<Migration>& migrations,
                 std::unique_ptr<Store>* out) {
  std::unique_ptr<Store> store;
  Status s = IsPostgresUrl(url) ? OpenPostgresStore(url, &store)
                                : OpenSqliteStore(url, &store);
  if (s.ok()) s = Migrate(store.get(), migrations, DisplayUrl(url));
  if (s.ok()) s = store->Prepare();
  if (s.ok()) *out = std::move(store);
  return s;
}

std::string UtcTimestamp() {
  std::time_t now = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&now, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

namespace {

std::string Quoted(const std::string& s) {
  std::string q = "'";
  for (char c : s) q += c == '\'' ? std::string("''") : std::string(1, c);
  return q + "'";
}

}  // namespace

Status Migrate(Store* store, const std::vector<Migration>& migrations,
               const std::string& name) {
  Status s = store->BeginExclusive();
  if (!s.ok()) return s;
  int64_t version = 0;
  s = store->Execute(kSchemaVersionTable);
  if (s.ok())
    s = store->QueryInt("SELECT MAX(version) FROM schema_version", &version);
  const int latest = migrations.empty() ? 0 : migrations.back().version;
  if (s.ok() && version > latest)
    s = Status::Error("db_error",
                      "database schema version " + std::to_string(version) +
                          " is newer than this newsevents knows (" +
                          std::to_string(latest) + "); use a newer newsevents",
                      name);
  for (const Migration& m : migrations) {
    if (!s.ok()) break;
    if (m.version <= version) continue;
    s = store->Execute(m.sql);
    if (s.ok())
      s = store->Execute(
          "INSERT INTO schema_version VALUES (" + std::to_string(m.version) +
          ", " + Quoted(m.description) + ", " + Quoted(UtcTimestamp()) + ")");
    if (!s.ok())
      s = Status::Error(
          "db_error",
          "migration " + std::to_string(m.version) + " failed: " + s.message(),
          name);
  }
  if (s.ok()) return store->Execute("COMMIT");
  store->Execute("ROLLBACK");
  return s;
}

}  // namespace newsevents
