// `newsevents load` and extract's --db: flags -> Loader, lines -> rows,
// messages and exit codes.
#include "cli/db_command.h"

#include <unistd.h>

#include <CLI/CLI.hpp>
#include <chrono>
#include <filesystem>
#include <iostream>

#include "io/byte_stream.h"
#include "newsevents/extractor.h"

namespace newsevents {
namespace {

constexpr int kExitOk = 0, kExitDatabase = 1, kExitUsage = 2;
// Longest line read, as the extractor's own limit on a JSONL record.
constexpr size_t kMaxLineBytes = size_t{128} << 20;

int Failed(const Status& s) {
  std::cerr << "newsevents: " << s.ToString() << "\n";
  return kExitDatabase;
}

struct LoadFlags {
  std::vector<std::string> inputs;
  DbFlags db;
  std::string lexicons = Extractor::DefaultLexiconDir();
  bool quiet = false;
};

int RunLoad(const LoadFlags& flags) {
  for (const std::string& input : flags.inputs)
    if (input != "-" && !std::filesystem::exists(input)) {
      std::cerr << "newsevents: " << input << ": no such file\n";
      return kExitUsage;
    }
  std::unique_ptr<Loader> db;
  if (int code = OpenDatabase(flags.db, flags.lexicons, &db)) return code;
  const auto started = std::chrono::steady_clock::now();
  const bool progress = !flags.quiet && isatty(STDERR_FILENO);
  for (const std::string& input : flags.inputs) {
    const std::string name = input == "-" ? "<stdin>" : input;
    Status error;
    std::unique_ptr<ByteStream> stream = ByteStream::Open(input, &error);
    if (!stream) {
      std::cerr << "newsevents: " << name << ": " << error.message() << "\n";
      return kExitUsage;
    }
    LineReader lines(std::move(stream), kMaxLineBytes);
    std::string line;
    for (;;) {
      const LineReader::Result r = lines.Next(&line);
      if (r == LineReader::kEnd) break;
      const std::string where =
          name + ":" + std::to_string(lines.line_number());
      Status s;
      if (r == LineReader::kLine) {
        if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
        s = db->Add(line, where);
      } else {
        const Status problem =
            r == LineReader::kTooLong
                ? Status::Error("too_large", "line longer than " +
                                                 std::to_string(kMaxLineBytes) +
                                                 " bytes")
                : lines.error();
        if (!flags.quiet)
          std::cerr << "newsevents: " << where << ": " << problem.code() << ": "
                    << problem.message() << "\n";
        s = db->AddUnreadable(where, problem);
      }
      if (!s.ok()) return Failed(s);
      if (progress && db->counts().records % 1000 == 0)
        std::cerr << "\r" << db->counts().records << " records" << std::flush;
    }
  }
  if (progress) std::cerr << "\r";
  const int code = FinishDatabase(db.get(), flags.quiet);
  if (code == kExitOk && !flags.quiet) {
    const double seconds = std::chrono::duration<double>(
                               std::chrono::steady_clock::now() - started)
                               .count();
    std::cerr << "newsevents: loaded in " << seconds << " s ("
              << static_cast<long>(db->counts().records /
                                   std::max(seconds, 1e-9))
              << " records/s)\n";
  }
  return code;
}

}  // namespace

void AddDbOptions(CLI::App* extract, DbFlags* flags) {
  extract->add_option(
      "--db", flags->url,
      "Also store the records in a database: a SQLite file "
      "(created when absent) or a postgresql:// URL. JSON lines "
      "are then written only when -o is given");
  extract
      ->add_option("--db-batch", flags->batch,
                   "Articles per database transaction")
      ->capture_default_str()
      ->check(CLI::PositiveNumber);
}

int OpenDatabase(const DbFlags& flags, const std::string& lexicons,
                 std::unique_ptr<Loader>* out) {
  LoaderOptions options;
  options.batch_documents = flags.batch;
  options.lexicon_dir = lexicons;
  Status s = Loader::Open(flags.url, options, out);
  return s.ok() ? kExitOk : Failed(s);
}

int AddToDatabase(Loader* db, const std::string& line,
                  const std::string& where) {
  Status s = db->Add(line, where);
  return s.ok() ? kExitOk : Failed(s);
}

int FinishDatabase(Loader* db, bool quiet) {
  Status s = db->Finish();
  if (!s.ok()) return Failed(s);
  const LoadCounts& c = db->counts();
  if (!quiet)
    std::cerr << "newsevents: " << db->name() << ": " << c.records
              << " records: " << c.added << " new, " << c.replaced
              << " replaced, " << c.unchanged << " unchanged; " << c.errors
              << " error records\n";
  return kExitOk;
}

void AddLoadCommand(CLI::App* app, std::function<int()>* run) {
  auto flags = std::make_shared<LoadFlags>();
  CLI::App* load = app->add_subcommand(
      "load",
      "Store extracted records (JSON lines of `newsevents extract`) in a "
      "database; an article loaded before is replaced only if it changed.");
  load->add_option("INPUT", flags->inputs,
                   "JSONL files written by extract (.gz too), or - for stdin")
      ->required();
  load->add_option("--db", flags->db.url,
                   "A SQLite file (created when absent) or a postgresql:// URL")
      ->required();
  load->add_option("--batch", flags->db.batch, "Articles per transaction")
      ->capture_default_str()
      ->check(CLI::PositiveNumber);
  load->add_option("--lexicons", flags->lexicons,
                   "Lexicon folder whose treaties.tsv fills the treaties table")
      ->capture_default_str();
  load->add_flag("-q,--quiet", flags->quiet,
                 "No progress or summary on stderr");
  load->callback([flags, run] { *run = [flags] { return RunLoad(*flags); }; });
}

}  // namespace newsevents
