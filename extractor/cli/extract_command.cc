// `newsevents extract`: flags -> Options, inputs -> JSON lines.
#include "cli/extract_command.h"

#include <unistd.h>

#include <fstream>
#include <iostream>
#include <memory>
#include <thread>

#include <CLI/CLI.hpp>

#include "base/text.h"
#include "cli/batch_extract.h"
#include "cli/db_command.h"
#include "cli/interrupt.h"
#include "cli/progress.h"
#include "io/input.h"
#include "newsevents/extractor.h"

namespace newsevents {
namespace {

constexpr int kExitOk = 0, kExitOutputError = 1, kExitUsage = 2;

// The number of cores, or 1 when it is unknown.
int DefaultThreads() {
  const unsigned n = std::thread::hardware_concurrency();
  return n == 0 ? 1 : static_cast<int>(n);
}

struct ExtractFlags {
  std::vector<std::string> inputs;
  std::string output;  // "" = stdout, or nothing when only --db is given
  std::string lexicons = Extractor::DefaultLexiconDir();
  InputOptions input;
  std::string stdin_format = "auto";  // --stdin-format, into input.stdin_format
  bool explain = false, quiet = false, progress = false;
  int threads = DefaultThreads();
  DbFlags db;
  int64_t time_budget_ms = 10000;
};

int RunExtract(const ExtractFlags& flags) {
  if (!flags.input.default_dct.empty() && !IsValidDate(flags.input.default_dct)) {
    std::cerr << "newsevents: --dct must be a date YYYY-MM-DD, not '"
              << flags.input.default_dct << "'\n";
    return kExitUsage;
  }
  Extractor::Options options;
  options.lexicon_dir = flags.lexicons;
  options.max_bytes = flags.input.max_bytes;
  options.time_budget_ms = flags.time_budget_ms;
  std::unique_ptr<Extractor> extractor;
  Status s = Extractor::Load(options, &extractor);
  if (!s.ok()) {
    std::cerr << s.ToString() << "\n";
    return kExitUsage;
  }
  std::unique_ptr<Loader> db;
  if (!flags.db.url.empty()) {
    if (int code = OpenDatabase(flags.db, flags.lexicons, &db)) return code;
  }
  std::ofstream file;
  std::ostream* out = db && flags.output.empty() ? nullptr : &std::cout;
  if (!flags.output.empty() && flags.output != "-") {
    file.open(flags.output, std::ios::binary);
    if (!file) {
      std::cerr << "newsevents: cannot write " << flags.output << "\n";
      return kExitOutputError;
    }
    out = &file;
  }
  Progress progress(!flags.quiet && (flags.progress || isatty(STDERR_FILENO)),
                    TotalInputBytes(flags.inputs));
  InputReader reader(flags.inputs, flags.input);
  // Articles in flight: read a batch, extract it on the worker threads, write
  // it in input order. Memory is bounded by the batch, not by the input.
  const size_t batch_size = 64 * static_cast<size_t>(flags.threads);
  std::vector<InputItem> batch;
  std::vector<BatchResult> results;
  RunCounts counts;
  CatchInterrupts();
  for (bool more = true; more && !Interrupted();) {
    batch.clear();
    while (batch.size() < batch_size) {
      if (Interrupted()) {  // stop reading; what is read still runs below
        more = false;
        break;
      }
      batch.emplace_back();
      if (!reader.Next(&batch.back())) {
        batch.pop_back();
        more = false;
        break;
      }
    }
    // On a signal, the articles not yet started are dropped: they were
    // never written, so a resumed run does them.
    const size_t done = ExtractBatch(*extractor, batch, flags.threads,
                                     flags.explain, &results, &Interrupted);
    for (size_t i = 0; i < done; ++i) {
      const InputItem& item = batch[i];
      const BatchResult& r = results[i];
      ++counts.articles;
      if (r.status.ok()) {
        counts.events += r.events;
      } else {
        ++counts.errors;
        if (!flags.quiet)
          progress.Message("newsevents: " +
                           (item.doc.source.empty() ? item.doc.id : item.doc.source) +
                           ": " + r.status.code() + ": " + r.status.message());
      }
      if (out) *out << r.line << '\n';
      if (db) {
        if (int code = AddToDatabase(db.get(), r.line, item.doc.source)) return code;
      }
    }
    if (out && !*out) {
      std::cerr << "newsevents: write failed\n";
      return kExitOutputError;
    }
    counts.bytes = reader.bytes_read();
    progress.Update(counts);
  }
  if (out) out->flush();
  if (out && !*out) {
    std::cerr << "newsevents: write failed\n";
    return kExitOutputError;
  }
  const int signal = InterruptSignal();
  if (!flags.quiet) progress.Finish(counts, signal);
  if (db) {
    if (int code = FinishDatabase(db.get(), flags.quiet)) return code;
  }
  return signal != 0 ? 128 + signal : kExitOk;
}

}  // namespace

void AddExtractCommand(CLI::App* app, std::function<int()>* run) {
  auto flags = std::make_shared<ExtractFlags>();
  CLI::App* extract = app->add_subcommand(
      "extract",
      "Extract events, dates, quotes and reactions; one JSON line per article "
      "(or an error line for an article that cannot be read).");
  extract
      ->add_option("INPUT", flags->inputs,
                   "A .txt file (one article, id = file name), a .jsonl file "
                   "(one article a line: id, text, date), .gz of either, a "
                   "directory (every .txt/.jsonl below it), or - for stdin")
      ->required();
  extract->add_option("--dct", flags->input.default_dct,
                      "Publication date YYYY-MM-DD for articles that give none; "
                      "relative dates (Thursday, last July) resolve against it");
  extract->add_option("-o,--output", flags->output, "Write here instead of stdout");
  AddDbOptions(extract, &flags->db);
  extract->add_option("--text-field", flags->input.text_field, "JSONL field with the text")
      ->capture_default_str();
  extract->add_option("--id-field", flags->input.id_field, "JSONL field with the id")
      ->capture_default_str();
  extract->add_option("--date-field", flags->input.date_field,
                      "JSONL field with the publication date")
      ->capture_default_str();
  extract
      ->add_option("--stdin-format", flags->stdin_format,
                   "How - (standard input) is read: jsonl (one article a line), "
                   "text (one article), or auto: JSONL when the first byte that "
                   "is not blank is '{', else text. gzip on stdin is "
                   "decompressed either way: zcat is not needed")
      ->check(CLI::IsMember({"auto", "text", "jsonl"}))
      ->capture_default_str();
  extract->add_option("--lexicons", flags->lexicons,
                      "Folder of gazetteers, word lists and rules")
      ->capture_default_str();
  extract->add_option("--max-bytes", flags->input.max_bytes,
                      "Largest article accepted (default 5 MB); larger ones get a too_large "
                      "error line")
      ->capture_default_str();
  extract
      ->add_option("--time-budget-ms", flags->time_budget_ms,
                   "Time budget per article in milliseconds (0 = none). The "
                   "stages look at the clock between stages and once per "
                   "sentence; an article past its budget stops there and gets a "
                   "time_budget error line, and the run goes on")
      ->check(CLI::Range(int64_t{0}, int64_t{86400000}))
      ->capture_default_str();
  extract->add_flag("--explain", flags->explain,
                    "Add each event mention's sentence text to its rule id");
  extract->add_option("-j,--jobs", flags->threads,
                      "Worker threads (default: the number of cores); output "
                      "stays in input order")
      ->check(CLI::Range(1, 1024))
      ->capture_default_str();
  CLI::Option* quiet = extract->add_flag(
      "-q,--quiet", flags->quiet,
      "Nothing on stderr but fatal errors: no progress, no error lines, no summary");
  extract
      ->add_flag("--progress", flags->progress,
                 "Draw the progress line (articles, MB, articles/s, MB/s, errors, "
                 "ETA) even when stderr is not a terminal; it is drawn on a "
                 "terminal anyway. The summary line at the end "
                 "('newsevents: summary articles=... events=... errors=... "
                 "seconds=... mb_per_s=...') is printed unless --quiet")
      ->excludes(quiet);
  extract->callback([flags, run] {
    flags->input.stdin_format = flags->stdin_format == "text"    ? StdinFormat::kText
                                : flags->stdin_format == "jsonl" ? StdinFormat::kJsonl
                                                                 : StdinFormat::kAuto;
    *run = [flags] { return RunExtract(*flags); };
  });
}

}  // namespace newsevents
