// The command line: the subcommands, each in its own file under cli/.
#include <CLI/CLI.hpp>

#include "cli/audit_command.h"
#include "cli/db_command.h"
#include "cli/extract_command.h"
#include "cli/incidents_command.h"

namespace {

constexpr int kExitOk = 0, kExitUsage = 2;

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{
      "newsevents: what states and organisations do to international "
      "agreements, from news text, as JSON lines (one per article).\n\n"
      "Examples:\n"
      "  newsevents extract articles/ > events.jsonl\n"
      "  newsevents extract --dct 2025-03-07 lithuania.txt\n"
      "  newsevents extract archive.jsonl -o events.jsonl\n"
      "  newsevents extract archive.jsonl --db events.sqlite\n"
      "  newsevents load events.jsonl --db postgresql://user@host/news\n"
      "  newsevents incidents --db events.sqlite --json > incidents.jsonl\n"
      "  cat article.txt | newsevents extract --dct 2025-03-07 -\n"
      "  zcat dump.jsonl.gz | newsevents extract - > events.jsonl\n"};
  app.require_subcommand(1);
  std::function<int()> run;  // set by the subcommand that is parsed
  newsevents::AddExtractCommand(&app, &run);
  newsevents::AddAuditCommands(&app, &run);
  newsevents::AddLoadCommand(&app, &run);
  newsevents::AddIncidentsCommand(&app, &run);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e);
    return code == 0 ? kExitOk : kExitUsage;
  }
  return run();
}
