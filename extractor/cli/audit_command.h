// The `audit` and `show` subcommands of the newsevents command line (CLI11).
//
//   std::function<int()> run;
//   newsevents::AddAuditCommands(&app, &run);
//   app.parse(argc, argv);
//   if (run) return run();  // audit or show was chosen
//
// Exit status of both: 0 done, 2 bad usage or unreadable input, 1 when a
// file cannot be written, 3 when a figure is below its --min-f1 threshold.
#ifndef NEWSEVENTS_EVAL_AUDIT_COMMAND_H_
#define NEWSEVENTS_EVAL_AUDIT_COMMAND_H_

#include <functional>

namespace CLI {
class App;
}

namespace newsevents {

// Adds the subcommands to `app`. When one of them is parsed, `*run` is set to
// a function that runs it and returns the exit status.
void AddAuditCommands(CLI::App* app, std::function<int()>* run);

}  // namespace newsevents

#endif  // NEWSEVENTS_EVAL_AUDIT_COMMAND_H_
