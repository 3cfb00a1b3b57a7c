// Databases on the command line (CLI11): the `load` subcommand, and the
// --db options that `extract` shares.
//
//   newsevents load events.jsonl --db events.sqlite
//   newsevents load events.jsonl.gz --db postgresql://user@host/news
//   newsevents extract archive.jsonl --db events.sqlite [-o events.jsonl]
//
// Exit status of `load`: 0 when every line was stored (error lines and
// unreadable lines included, as error documents), 1 when the database cannot
// be opened or written, 2 for bad usage or an input that does not exist.
#ifndef NEWSEVENTS_CLI_DB_COMMAND_H_
#define NEWSEVENTS_CLI_DB_COMMAND_H_

#include <functional>
#include <memory>
#include <string>

#include "db/loader.h"

namespace CLI {
class App;
}

namespace newsevents {

struct DbFlags {
  std::string url;  // "" = no database
  size_t batch = LoaderOptions().batch_documents;
};

// Adds --db and --db-batch to `extract`.
void AddDbOptions(CLI::App* extract, DbFlags* flags);

// Opens the database of `flags` (lexicons fill its treaty catalogue). On
// failure prints why and returns exit status 1; else 0.
int OpenDatabase(const DbFlags& flags, const std::string& lexicons,
                 std::unique_ptr<Loader>* out);

// Adds one output line; on failure prints why and returns 1.
int AddToDatabase(Loader* db, const std::string& line,
                  const std::string& where);

// Writes the last batch and, unless `quiet`, prints what was loaded; 1 on
// failure.
int FinishDatabase(Loader* db, bool quiet);

// Adds the `load` subcommand. When it is parsed, `*run` is set to a function
// that runs it and returns the exit status.
void AddLoadCommand(CLI::App* app, std::function<int()>* run);

}  // namespace newsevents

#endif  // NEWSEVENTS_CLI_DB_COMMAND_H_
