#include "db/incident_tables.h"

#include <filesystem>
#include <map>

#include "db/schema.h"
#include "db/store.h"

namespace newsevents {
namespace {

// Rows per INSERT statement.
constexpr size_t kRowsPerInsert = 200;

std::string Literal(const std::string& text) {
  std::string out = "'";
  for (char c : text) {
    out += c;
    if (c == '\'') out += '\'';
  }
  return out + "'";
}

std::string NullableLiteral(const std::string& text) {
  return text.empty() ? "NULL" : Literal(text);
}

// Collects VALUES tuples and turns them into INSERT statements.
class Inserts {
 public:
  explicit Inserts(std::string head) : head_(std::move(head)) {}
  void Add(const std::string& tuple) {
    if (count_ % kRowsPerInsert == 0) {
      if (count_) sql_ += ";\n";
      sql_ += head_ + " VALUES ";
    } else {
      sql_ += ", ";
    }
    sql_ += "(" + tuple + ")";
    ++count_;
  }
  const std::string& sql() const { return sql_; }

 private:
  std::string head_, sql_;
  size_t count_ = 0;
};

}  // namespace

IncidentTables::~IncidentTables() = default;

Status IncidentTables::Open(const std::string& url,
                            std::unique_ptr<IncidentTables>* out) {
  if (!IsPostgresUrl(url) && !std::filesystem::exists(url))
    return Status::Error("db_error",
                         "no such database; load articles into it first "
                         "(newsevents extract ... --db, newsevents load)",
                         url);
  std::unique_ptr<IncidentTables> tables(new IncidentTables());
  tables->name_ = DisplayUrl(url);
  Status s = OpenStore(url, Migrations(), &tables->store_);
  if (!s.ok()) return s;
  *out = std::move(tables);
  return Status::Ok();
}

Status IncidentTables::ReadReports(std::vector<EventReport>* reports) {
  std::vector<std::vector<std::string>> rows;
  Status s = store_->Query(
      "SELECT e.doc_id, e.id, d.dct, e.type, e.modality, a.code, a.name, "
      "t.code, t.name, e.date_value "
      "FROM events e JOIN documents d ON d.id = e.doc_id "
      "JOIN entities a ON a.id = e.actor_id "
      "JOIN entities t ON t.id = e.treaty_id WHERE d.status = 'ok'",
      &rows);
  if (!s.ok()) return s;
  std::map<std::pair<std::string, std::string>, size_t> index;
  reports->clear();
  for (const std::vector<std::string>& row : rows) {
    EventReport r;
    r.doc_id = row[0];
    r.event_id = row[1];
    r.dct = row[2];
    r.type = row[3];
    r.modality = row[4];
    r.actor_key = row[5].empty() ? NameKey(row[6]) : row[5];
    r.actor_name = row[6];
    r.treaty_key = row[7].empty() ? NameKey(row[8]) : row[7];
    r.treaty_name = row[8];
    r.date = row[9];
    index[{r.doc_id, r.event_id}] = reports->size();
    reports->push_back(std::move(r));
  }
  s = store_->Query("SELECT doc_id, event_id, name FROM event_officials",
                    &rows);
  if (!s.ok()) return s;
  for (const std::vector<std::string>& row : rows) {
    auto it = index.find({row[0], row[1]});
    if (it != index.end()) (*reports)[it->second].officials.push_back(row[2]);
  }
  s = store_->Query(
      "SELECT r.doc_id, r.event_id, o.name, r.stance FROM reactions r "
      "JOIN entities o ON o.id = r.org_id WHERE r.event_id IS NOT NULL",
      &rows);
  if (!s.ok()) return s;
  for (const std::vector<std::string>& row : rows) {
    auto it = index.find({row[0], row[1]});
    if (it != index.end())
      (*reports)[it->second].organisations.push_back({row[2], row[3]});
  }
  return Status::Ok();
}

Status IncidentTables::ReadPrevious(PreviousIds* previous) {
  std::vector<std::vector<std::string>> rows;
  Status s = store_->Query(
      "SELECT doc_id, event_id, incident_id FROM incident_events", &rows);
  if (!s.ok()) return s;
  previous->clear();
  for (const std::vector<std::string>& row : rows)
    (*previous)[{row[0], row[1]}] = row[2];
  return Status::Ok();
}

Status IncidentTables::Replace(const std::vector<Incident>& incidents) {
  const std::string now = Literal(UtcTimestamp());
  Inserts heads(
      "INSERT INTO incidents (id, type, modality, actor_key, actor_name, "
      "treaty_key, treaty_name, anchor, date_value, date_precision, "
      "first_report, last_report, articles, mentions, merged_at)");
  Inserts events(
      "INSERT INTO incident_events (doc_id, event_id, incident_id, modality)");
  Inserts stages(
      "INSERT INTO incident_stages (incident_id, modality, mentions, "
      "first_report, last_report)");
  Inserts officials("INSERT INTO incident_officials (incident_id, name)");
  Inserts organisations(
      "INSERT INTO incident_organisations (incident_id, name, stance)");
  for (const Incident& i : incidents) {
    const std::string id = Literal(i.id);
    heads.Add(id + ", " + Literal(i.type) + ", " + Literal(i.modality) + ", " +
              Literal(i.actor_key) + ", " + Literal(i.actor_name) + ", " +
              Literal(i.treaty_key) + ", " + Literal(i.treaty_name) + ", " +
              Literal(i.anchor) + ", " + NullableLiteral(i.date) + ", " +
              NullableLiteral(i.date_precision) + ", " +
              NullableLiteral(i.first_report) + ", " +
              NullableLiteral(i.last_report) + ", " +
              std::to_string(i.articles.size()) + ", " +
              std::to_string(i.mentions.size()) + ", " + now);
    for (const IncidentMention& m : i.mentions)
      events.Add(Literal(m.doc_id) + ", " + Literal(m.event_id) + ", " + id +
                 ", " + Literal(m.modality));
    for (const IncidentStage& s : i.stages)
      stages.Add(id + ", " + Literal(s.modality) + ", " +
                 std::to_string(s.mentions) + ", " +
                 NullableLiteral(s.first_report) + ", " +
                 NullableLiteral(s.last_report));
    for (const std::string& name : i.officials)
      officials.Add(id + ", " + Literal(name));
    for (const auto& [name, stance] : i.organisations)
      organisations.Add(id + ", " + Literal(name) + ", " + Literal(stance));
  }
  Status s = store_->BeginExclusive();
  if (!s.ok()) return s;
  s = store_->Execute(
      "DELETE FROM incident_organisations; DELETE FROM incident_officials; "
      "DELETE FROM incident_stages; DELETE FROM incident_events; "
      "DELETE FROM incidents");
  for (const Inserts* insert :
       {&heads, &events, &stages, &officials, &organisations})
    if (s.ok() && !insert->sql().empty()) s = store_->Execute(insert->sql());
  if (s.ok()) s = store_->Execute("COMMIT");
  if (!s.ok()) store_->Execute("ROLLBACK");
  return s;
}

}  // namespace newsevents
