// The command line: flags -> Options, inputs -> JSON lines, exit codes.
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <thread>

#include <CLI/CLI.hpp>

#include "base/text.h"
#include "cli/audit_command.h"
#include "cli/batch_extract.h"
#include "cli/db_command.h"
#include "io/input.h"
#include "newsevents/extractor.h"

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
  std::string lexicons = newsevents::Extractor::DefaultLexiconDir();
  newsevents::InputOptions input;
  bool explain = false, quiet = false;
  int threads = DefaultThreads();
  newsevents::DbFlags db;
};

int RunExtract(const ExtractFlags& flags) {
  newsevents::Extractor::Options options;
  options.lexicon_dir = flags.lexicons;
  options.max_bytes = flags.input.max_bytes;
  std::unique_ptr<newsevents::Extractor> extractor;
  newsevents::Status s = newsevents::Extractor::Load(options, &extractor);
  if (!s.ok()) {
    std::cerr << s.ToString() << "\n";
    return kExitUsage;
  }
  std::unique_ptr<newsevents::Loader> db;
  if (!flags.db.url.empty()) {
    if (int code = newsevents::OpenDatabase(flags.db, flags.lexicons, &db)) return code;
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
  const bool progress = !flags.quiet && isatty(STDERR_FILENO);
  const auto started = std::chrono::steady_clock::now();
  newsevents::InputReader reader(flags.inputs, flags.input);
  // Articles in flight: read a batch, extract it on the worker threads, write
  // it in input order. Memory is bounded by the batch, not by the input.
  const size_t batch_size = 64 * static_cast<size_t>(flags.threads);
  std::vector<newsevents::InputItem> batch;
  std::vector<newsevents::BatchResult> results;
  size_t documents = 0, errors = 0, events = 0, bytes = 0;
  for (bool more = true; more;) {
    batch.clear();
    while (batch.size() < batch_size) {
      batch.emplace_back();
      if (!reader.Next(&batch.back())) {
        batch.pop_back();
        more = false;
        break;
      }
    }
    newsevents::ExtractBatch(*extractor, batch, flags.threads, flags.explain,
                             &results);
    for (size_t i = 0; i < batch.size(); ++i) {
      const newsevents::InputItem& item = batch[i];
      const newsevents::BatchResult& r = results[i];
      ++documents;
      if (r.status.ok()) {
        events += r.events;
        bytes += item.doc.text.size();
      } else {
        ++errors;
        if (!flags.quiet)
          std::cerr << "newsevents: "
                    << (item.doc.source.empty() ? item.doc.id : item.doc.source)
                    << ": " << r.status.code() << ": " << r.status.message() << "\n";
      }
      if (out) *out << r.line << '\n';
      if (db) {
        if (int code = newsevents::AddToDatabase(db.get(), r.line, item.doc.source))
          return code;
      }
      if (progress && documents % 1000 == 0)
        std::cerr << "\r" << documents << " documents, " << errors << " errors"
                  << std::flush;
    }
    if (out && !*out) {
      std::cerr << "newsevents: write failed\n";
      return kExitOutputError;
    }
  }
  if (out) out->flush();
  if (out && !*out) {
    std::cerr << "newsevents: write failed\n";
    return kExitOutputError;
  }
  const double seconds = std::chrono::duration<double>(
                             std::chrono::steady_clock::now() - started).count();
  if (!flags.quiet)
    std::cerr << (progress ? "\r" : "") << documents << " documents: "
              << documents - errors << " ok, " << errors << " errors, "
              << events << " events; " << bytes / 1e6 << " MB in " << seconds
              << " s\n";
  if (db) return newsevents::FinishDatabase(db.get(), flags.quiet);
  return kExitOk;
}

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
      "  cat article.txt | newsevents extract --dct 2025-03-07 -\n"
      "  zcat dump.jsonl.gz | newsevents extract - > events.jsonl\n"};
  app.require_subcommand(1);
  ExtractFlags flags;
  CLI::App* extract = app.add_subcommand(
      "extract",
      "Extract events, dates, quotes and reactions; one JSON line per article "
      "(or an error line for an article that cannot be read).");
  extract
      ->add_option("INPUT", flags.inputs,
                   "A .txt file (one article, id = file name), a .jsonl file "
                   "(one article a line: id, text, date), .gz of either, a "
                   "directory (every .txt/.jsonl below it), or - for stdin")
      ->required();
  extract->add_option("--dct", flags.input.default_dct,
                      "Publication date YYYY-MM-DD for articles that give none; "
                      "relative dates (Thursday, last July) resolve against it");
  extract->add_option("-o,--output", flags.output, "Write here instead of stdout");
  newsevents::AddDbOptions(extract, &flags.db);
  extract->add_option("--text-field", flags.input.text_field, "JSONL field with the text")
      ->capture_default_str();
  extract->add_option("--id-field", flags.input.id_field, "JSONL field with the id")
      ->capture_default_str();
  extract->add_option("--date-field", flags.input.date_field,
                      "JSONL field with the publication date")
      ->capture_default_str();
  extract->add_option("--lexicons", flags.lexicons,
                      "Folder of gazetteers, word lists and rules")
      ->capture_default_str();
  extract->add_option("--max-bytes", flags.input.max_bytes,
                      "Largest article accepted (default 5 MB); larger ones get a too_large "
                      "error line")
      ->capture_default_str();
  const std::map<std::string, newsevents::StdinFormat> stdin_formats = {
      {"auto", newsevents::StdinFormat::kAuto},
      {"text", newsevents::StdinFormat::kText},
      {"jsonl", newsevents::StdinFormat::kJsonl}};
  extract
      ->add_option("--stdin-format", flags.input.stdin_format,
                   "How - (standard input) is read: jsonl (one article a line), "
                   "text (one article), or auto: JSONL when the first byte that "
                   "is not blank is '{', else text. gzip on stdin is "
                   "decompressed either way: zcat is not needed")
      ->transform(CLI::CheckedTransformer(stdin_formats, CLI::ignore_case))
      ->default_str("auto");
  extract->add_flag("--explain", flags.explain,
                    "Add each event mention's sentence text to its rule id");
  extract->add_option("-j,--jobs", flags.threads,
                      "Worker threads (default: the number of cores); output "
                      "stays in input order")
      ->check(CLI::Range(1, 1024))
      ->capture_default_str();
  extract->add_flag("-q,--quiet", flags.quiet, "No progress or summary on stderr");
  std::function<int()> run_audit;  // set when `audit` or `show` is parsed
  newsevents::AddAuditCommands(&app, &run_audit);
  std::function<int()> run_load;  // set when `load` is parsed
  newsevents::AddLoadCommand(&app, &run_load);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e);
    return code == 0 ? kExitOk : kExitUsage;
  }
  if (run_audit) return run_audit();
  if (run_load) return run_load();
  if (!flags.input.default_dct.empty() &&
      !newsevents::IsValidDate(flags.input.default_dct)) {
    std::cerr << "newsevents: --dct must be a date YYYY-MM-DD, not '"
              << flags.input.default_dct << "'\n";
    return kExitUsage;
  }
  return RunExtract(flags);
}
