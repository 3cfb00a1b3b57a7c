// Incidents: the events that many articles report about one real-world
// happening, merged into one incident with a stable id.
//
//   std::vector<newsevents::EventReport> reports;     // from records or a db
//   for (const newsevents::Record& r : records) AppendReports(r, &reports);
//   newsevents::MergeOptions options;                  // window_days = 45
//   std::vector<newsevents::Incident> incidents =
//       newsevents::MergeIncidents(reports, options, /*previous=*/{});
//
// The rules (README.md, "Incidents"):
//   - Events are grouped by type, actor and treaty (their normalised ids:
//     the state's code, the treaty's lexicon id; the folded name when there
//     is none).
//   - Modality: asserted, planned, considered, threatened and demanded
//     mentions of the same happening are stages of one incident (the plan to
//     withdraw and the withdrawal); negated mentions ("will not ratify") form
//     incidents of their own, since they deny the happening the others report.
//   - Dates: a dated mention joins the incident whose anchor span meets its
//     own (a day may lie `day_slack` days off the other's date); mentions are
//     placed finest first (a day, a week, a month, ..., a year), so "March 6"
//     anchors an incident that "in March" and "this year" then join. Among
//     several, the one nearest the article's publication date wins.
//   - An undated mention (taken in order of publication) joins the incident
//     whose date lies nearest its publication date within `window_days`;
//     failing that, the incident last reported nearest it within
//     `window_days` (a story goes on while it is reported); failing that, it
//     starts an incident of its own.
//   - Id: "inc-" and 16 hex digits of a hash (FNV-1a, mixed) of type, actor,
//     treaty, the family (negated or not) and the anchor (the anchor date at
//     its precision, or "~" and the first publication date of an undated
//     one): the same whatever the order of the input. When `previous`
//     assigns mentions to ids (a database merged before), an incident keeps
//     the id most of its mentions had, so adding articles never renames one.
//
// Thread-safety: plain functions and data.
#ifndef NEWSEVENTS_INCIDENTS_INCIDENTS_H_
#define NEWSEVENTS_INCIDENTS_INCIDENTS_H_

#include <map>
#include <string>
#include <utility>
#include <vector>

#include "newsevents/record.h"

namespace newsevents {

// One event of one article, as the merging sees it.
struct EventReport {
  std::string doc_id, event_id;
  std::string dct;  // publication date, YYYY-MM-DD, or ""
  std::string type, modality;
  std::string actor_key, actor_name;    // key: ISO code, else the name
  std::string treaty_key, treaty_name;  // key: lexicon id, else the name
  std::string date;                     // TIMEX3 value, or ""
  std::vector<std::string> officials;
  std::vector<std::pair<std::string, std::string>> organisations;  // stance
};

struct IncidentMention {
  std::string doc_id, event_id, modality, date, dct;
};

struct IncidentStage {
  std::string modality;  // considered, threatened, demanded, planned, ...
  size_t mentions = 0;
  std::string first_report, last_report;
};

struct Incident {
  std::string id;
  std::string type;
  std::string modality;  // the furthest stage reached: asserted > planned ...
  std::string actor_key, actor_name, treaty_key, treaty_name;
  std::string anchor;          // what the id was made from (see above)
  std::string date;            // best date, "" when no mention gives one
  std::string date_precision;  // day, week, month, ..., year; "" when none
  std::string first_report, last_report;  // publication dates
  std::vector<std::string> articles;      // doc ids, sorted
  std::vector<IncidentMention> mentions;  // sorted by doc id, event id
  std::vector<IncidentStage> stages;      // in the order of kStageOrder
  std::vector<std::string> officials;     // sorted, distinct
  std::vector<std::pair<std::string, std::string>> organisations;  // + stance
};

// Options, with their defaults and command-line flags:
//   window_days  45   --window: how far (days) an undated mention's
//                     publication date may lie from an incident's dates, or
//                     from its reports (follow-up stories come weeks later;
//                     README "Incidents" has the figures for 30 to 365)
//   day_slack    1    --day-slack: how far (days) two days may lie apart and
//                     still be one date (time zones, overnight sessions:
//                     "early on Monday" is Sunday's news elsewhere)
struct MergeOptions {
  int window_days = 45;
  int day_slack = 1;
};

// (doc id, event id) -> incident id, from an earlier merge.
using PreviousIds = std::map<std::pair<std::string, std::string>, std::string>;

// Merges `reports` into incidents, sorted by first report, then id. The
// result depends only on the set of reports and `previous`, not their order.
// A report whose (doc id, event id) repeats an earlier one is dropped.
std::vector<Incident> MergeIncidents(std::vector<EventReport> reports,
                                     const MergeOptions& options,
                                     const PreviousIds& previous);

// Appends the events of `record` (officials and the organisations whose
// reactions point at the event included).
void AppendReports(const Record& record, std::vector<EventReport>* out);

// The key of a name without an id: case-folded (ASCII), spaces collapsed.
std::string NameKey(const std::string& name);

// One incident as a JSON line (no newline), the `incidents --json` format.
std::string IncidentJson(const Incident& incident);

}  // namespace newsevents

#endif  // NEWSEVENTS_INCIDENTS_INCIDENTS_H_
