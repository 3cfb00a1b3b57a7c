// The `extract` subcommand: its flags, and the run that reads the inputs,
// extracts batches of articles on the worker threads and writes their lines
// in input order, with progress and a summary on standard error.
//
// Exit status: 0 when every article was processed (error lines included),
// 130 / 143 after SIGINT / SIGTERM stopped the run cleanly (cli/interrupt.h),
// 1 when the output cannot be written, 2 for bad usage or a broken lexicon.
#ifndef NEWSEVENTS_CLI_EXTRACT_COMMAND_H_
#define NEWSEVENTS_CLI_EXTRACT_COMMAND_H_

#include <functional>

namespace CLI {
class App;
}

namespace newsevents {

// Adds the `extract` subcommand. When it is parsed, `*run` is set to a
// function that runs it and returns the exit status.
void AddExtractCommand(CLI::App* app, std::function<int()>* run);

}  // namespace newsevents

#endif  // NEWSEVENTS_CLI_EXTRACT_COMMAND_H_
