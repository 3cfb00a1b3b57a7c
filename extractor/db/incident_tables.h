// IncidentTables: the events of a database read as incident reports, and
// the incidents merged from them written back (tables incidents,
// incident_events, incident_stages, incident_officials,
// incident_organisations; schema.cc, migration 2). The merging itself is
// incidents/incidents.h; this file only moves rows.
//
//   std::unique_ptr<newsevents::IncidentTables> db;
//   Status s = newsevents::IncidentTables::Open("events.sqlite", &db);
//   std::vector<EventReport> reports;  PreviousIds previous;
//   if (s.ok()) s = db->ReadReports(&reports);
//   if (s.ok()) s = db->ReadPrevious(&previous);
//   ... incidents = MergeIncidents(reports, options, previous);
//   if (s.ok()) s = db->Replace(incidents);   // one transaction
//
// Errors have code db_error and name the database (password hidden).
// Thread-safety: used by one thread at a time.
#ifndef NEWSEVENTS_DB_INCIDENT_TABLES_H_
#define NEWSEVENTS_DB_INCIDENT_TABLES_H_

#include <memory>
#include <string>
#include <vector>

#include "incidents/incidents.h"
#include "newsevents/status.h"

namespace newsevents {

class Store;

class IncidentTables {
 public:
  // Opens the database at `url` (a SQLite file that must exist, or a
  // postgresql:// URL) and adds the incident tables when it lacks them.
  static Status Open(const std::string& url,
                     std::unique_ptr<IncidentTables>* out);
  ~IncidentTables();
  IncidentTables(const IncidentTables&) = delete;
  IncidentTables& operator=(const IncidentTables&) = delete;

  // The events of every article loaded with status ok.
  Status ReadReports(std::vector<EventReport>* reports);
  // The incident each event was placed in by the last merge.
  Status ReadPrevious(PreviousIds* previous);
  // Replaces the incident tables' rows by `incidents`, in one transaction.
  Status Replace(const std::vector<Incident>& incidents);

  const std::string& name() const { return name_; }

 private:
  IncidentTables() = default;
  std::unique_ptr<Store> store_;
  std::string name_;
};

}  // namespace newsevents

#endif  // NEWSEVENTS_DB_INCIDENT_TABLES_H_
