// The `incidents` subcommand: events of many articles merged into incidents
// (incidents/incidents.h), from JSON lines of `extract` or from a database,
// which then keeps them in its incident tables (db/incident_tables.h).
//
//   newsevents incidents events.jsonl > incidents.jsonl
//   newsevents incidents --db events.sqlite            # merge, store
//   newsevents incidents --db events.sqlite --json     # and print them
//
// Exit status: 0 when merged, 1 when the database cannot be opened, read or
// written, or the output cannot be written, 2 for bad usage or an input that
// does not exist or holds a line that is no JSON record (named file:line).
#ifndef NEWSEVENTS_CLI_INCIDENTS_COMMAND_H_
#define NEWSEVENTS_CLI_INCIDENTS_COMMAND_H_

#include <functional>

namespace CLI {
class App;
}

namespace newsevents {

// Adds the `incidents` subcommand; `*run` is set when it is parsed.
void AddIncidentsCommand(CLI::App* app, std::function<int()>* run);

}  // namespace newsevents

#endif  // NEWSEVENTS_CLI_INCIDENTS_COMMAND_H_
