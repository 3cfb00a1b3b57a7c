// `newsevents incidents`: flags -> reports -> MergeIncidents -> JSON lines
// or the database's incident tables.
#include "cli/incidents_command.h"

#include <CLI/CLI.hpp>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>

#include "db/incident_tables.h"
#include "eval/predictions.h"
#include "incidents/incidents.h"

namespace newsevents {
namespace {

constexpr int kExitOk = 0, kExitFailed = 1, kExitUsage = 2;

struct IncidentsFlags {
  std::vector<std::string> inputs;
  std::string db;
  bool json = false;
  std::string output;
  MergeOptions merge;
  bool quiet = false;
};

int Report(const Status& s, int code) {
  std::cerr << "newsevents: " << s.ToString() << "\n";
  return code;
}

int ReadJsonl(const IncidentsFlags& flags, std::vector<EventReport>* reports,
              size_t* articles) {
  Predictions predictions;
  for (const std::string& input : flags.inputs) {
    Status s;
    if (input == "-") {
      s = ParsePredictions(std::cin, "<stdin>", &predictions);
    } else if (!std::filesystem::exists(input)) {
      std::cerr << "newsevents: " << input << ": no such file\n";
      return kExitUsage;
    } else {
      s = LoadPredictionsFile(input, &predictions);
    }
    if (!s.ok()) return Report(s, kExitUsage);
  }
  if (!flags.quiet)
    for (const std::string& w : predictions.warnings)
      std::cerr << "newsevents: " << w << "\n";
  for (const auto& [id, record] : predictions.records)
    AppendReports(record, reports);
  *articles = predictions.records.size();
  return kExitOk;
}

int WriteJson(const IncidentsFlags& flags,
              const std::vector<Incident>& incidents) {
  std::ofstream file;
  if (!flags.output.empty()) {
    file.open(flags.output, std::ios::binary);
    if (!file) {
      std::cerr << "newsevents: " << flags.output
                << ": error: cannot write the output\n";
      return kExitFailed;
    }
  }
  std::ostream& out = flags.output.empty() ? std::cout : file;
  for (const Incident& i : incidents) out << IncidentJson(i) << "\n";
  out.flush();
  if (!out) {
    std::cerr << "newsevents: error: cannot write the output\n";
    return kExitFailed;
  }
  return kExitOk;
}

int RunIncidents(const IncidentsFlags& flags) {
  if (flags.db.empty() == flags.inputs.empty()) {
    std::cerr << "newsevents: incidents: give JSONL inputs or --db, not both"
                 " and not neither (see newsevents incidents --help)\n";
    return kExitUsage;
  }
  std::vector<EventReport> reports;
  std::vector<Incident> incidents;
  std::string from;
  if (flags.db.empty()) {
    size_t articles = 0;
    if (int code = ReadJsonl(flags, &reports, &articles)) return code;
    incidents = MergeIncidents(reports, flags.merge, {});
    from = std::to_string(articles) + " articles";
  } else {
    std::unique_ptr<IncidentTables> db;
    PreviousIds previous;
    Status s = IncidentTables::Open(flags.db, &db);
    if (s.ok()) s = db->ReadReports(&reports);
    if (s.ok()) s = db->ReadPrevious(&previous);
    if (!s.ok()) return Report(s, kExitFailed);
    incidents = MergeIncidents(reports, flags.merge, previous);
    s = db->Replace(incidents);
    if (!s.ok()) return Report(s, kExitFailed);
    size_t kept = 0;
    for (const Incident& i : incidents)
      for (const IncidentMention& m : i.mentions) {
        auto it = previous.find({m.doc_id, m.event_id});
        if (it != previous.end() && it->second == i.id) {
          ++kept;
          break;
        }
      }
    from = db->name() + " (" + std::to_string(kept) + " incidents kept, " +
           std::to_string(incidents.size() - kept) + " new)";
  }
  if (!flags.quiet)
    std::cerr << "newsevents: " << reports.size() << " events of " << from
              << " in " << incidents.size() << " incidents\n";
  if (flags.db.empty() || flags.json || !flags.output.empty())
    return WriteJson(flags, incidents);
  return kExitOk;
}

}  // namespace

void AddIncidentsCommand(CLI::App* app, std::function<int()>* run) {
  auto flags = std::make_shared<IncidentsFlags>();
  CLI::App* cmd = app->add_subcommand(
      "incidents",
      "Merge the events that many articles report about one happening into "
      "incidents with stable ids: same type, actor and treaty; the stages of "
      "one happening (planned, then asserted, ...) together, negated apart; "
      "dates that agree at the precision each gives; an undated mention "
      "joins the nearest dated incident within --window days of its "
      "publication date.\n\n"
      "  newsevents incidents events.jsonl > incidents.jsonl\n"
      "  newsevents incidents --db events.sqlite          # merge into its "
      "tables\n"
      "  newsevents incidents --db events.sqlite --json   # and print them\n");
  cmd->add_option("INPUT", flags->inputs,
                  "JSON lines written by extract, or - for stdin");
  cmd->add_option("--db", flags->db,
                  "Merge the events of this database (a SQLite file or a "
                  "postgresql:// URL) and store the incidents in its tables "
                  "(incidents, incident_events, ...); a new run keeps the ids");
  cmd->add_flag("--json", flags->json,
                "With --db, also print the incidents as JSON lines (-o "
                "implies it)");
  cmd->add_option("-o,--output", flags->output,
                  "Write the JSON lines to this file instead of stdout");
  cmd->add_option("--window", flags->merge.window_days,
                  "Days between an undated mention's publication date and "
                  "the dates of the incident it joins")
      ->capture_default_str()
      ->check(CLI::NonNegativeNumber);
  cmd->add_option("--day-slack", flags->merge.day_slack,
                  "Days two reports' dates of one happening may differ by "
                  "(time zones, overnight sessions)")
      ->capture_default_str()
      ->check(CLI::NonNegativeNumber);
  cmd->add_flag("-q,--quiet", flags->quiet, "No summary on stderr");
  cmd->callback(
      [flags, run] { *run = [flags] { return RunIncidents(*flags); }; });
}

}  // namespace newsevents
