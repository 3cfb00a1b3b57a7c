// `newsevents extract`: flags -> Options, inputs -> JSON lines.
#include "cli/extract_command.h"

#include <unistd.h>

#include <deque>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <thread>
#include <unordered_set>

#include <CLI/CLI.hpp>

#include "base/text.h"
#include "cli/batch_extract.h"
#include "cli/db_command.h"
#include "cli/interrupt.h"
#include "cli/progress.h"
#include "cli/resume.h"
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
  bool resume = false;
  std::string manifest;  // --manifest FILE, "" = none
  int64_t time_budget_ms = 10000;
};

// What a resumed run writes for one input item: nothing (skip), or its
// line to the output and/or the database, whichever lacks it.
struct Plan {
  bool skip = false;
  bool listed = false;  // in the manifest already
  bool out = false, db = false;
};

// A finished item waiting for its manifest line: written once the output is
// flushed and, when it went to the database, its batch is committed.
struct Pending {
  ManifestEntry entry;
  size_t db_record;  // the loader's record number, or kNotInDb
};
constexpr size_t kNotInDb = static_cast<size_t>(-1);

bool SamePath(const std::string& a, const std::string& b) {
  std::error_code error;
  return a == b || std::filesystem::equivalent(a, b, error);
}

// Usage errors of --resume and --manifest; 0 when the flags make sense.
int CheckResumeFlags(const ExtractFlags& flags) {
  const bool out_file = !flags.output.empty() && flags.output != "-";
  if (flags.resume && flags.db.url.empty() && flags.manifest.empty() && !out_file) {
    std::cerr << "newsevents: --resume needs a record of what is finished: "
                 "--db URL, --manifest FILE or -o FILE (standard output cannot "
                 "be read back)\n";
    return kExitUsage;
  }
  if (flags.manifest == "-") {
    std::cerr << "newsevents: --manifest needs a file, not standard output\n";
    return kExitUsage;
  }
  if (!flags.manifest.empty() && out_file && SamePath(flags.manifest, flags.output)) {
    std::cerr << "newsevents: --manifest and -o name the same file, "
              << flags.output << "\n";
    return kExitUsage;
  }
  return kExitOk;
}

int Fail(const Status& s, int code) {
  std::cerr << "newsevents: " << s.ToString() << "\n";
  return code;
}

int RunExtract(const ExtractFlags& flags) {
  if (!flags.input.default_dct.empty() && !IsValidDate(flags.input.default_dct)) {
    std::cerr << "newsevents: --dct must be a date YYYY-MM-DD, not '"
              << flags.input.default_dct << "'\n";
    return kExitUsage;
  }
  if (int code = CheckResumeFlags(flags)) return code;
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
  // What an earlier run finished: the manifest's ids, the -o file's lines.
  std::unordered_set<std::string> listed;
  OutputPrefix prefix;
  std::ofstream manifest;
  if (!flags.manifest.empty()) {
    uint64_t size = 0;
    if (flags.resume) {
      s = ReadManifest(flags.manifest, &listed, &size);
      if (s.ok()) s = CutHalfLine(flags.manifest, &size);
      if (!s.ok()) return Fail(s, kExitUsage);
    }
    manifest.open(flags.manifest,
                  std::ios::binary | (flags.resume ? std::ios::app : std::ios::trunc));
    if (!manifest) {
      std::cerr << "newsevents: cannot write " << flags.manifest << "\n";
      return kExitOutputError;
    }
  }
  std::ofstream file;
  std::ostream* out = db && flags.output.empty() ? nullptr : &std::cout;
  const bool out_file = !flags.output.empty() && flags.output != "-";
  if (out_file) {
    if (flags.resume) {
      // A killed run may have left half a line: the file ends at its last
      // whole record, and the run appends after it.
      uint64_t size = 0;
      s = CutHalfLine(flags.output, &size);
      if (s.ok()) s = prefix.Open(flags.output, size);
      if (!s.ok()) return Fail(s, kExitOutputError);
    }
    file.open(flags.output,
              std::ios::binary | (flags.resume ? std::ios::app : std::ios::trunc));
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
  std::vector<InputItem> batch, todo;
  std::vector<BatchResult> results;
  std::vector<Plan> plans;
  std::vector<ManifestEntry> entries;
  std::deque<Pending> pending;
  std::vector<std::string> lookup;
  std::vector<size_t> lookup_at;
  std::vector<bool> found;
  uint64_t ordinal = 0;  // of the next item read, over all inputs
  RunCounts counts;
  // Writes the manifest lines of the finished items whose output is
  // flushed and whose database batch, if any, is committed.
  auto write_manifest = [&](size_t committed) {
    if (flags.manifest.empty()) return kExitOk;
    for (; !pending.empty(); pending.pop_front()) {
      const Pending& p = pending.front();
      if (p.db_record != kNotInDb && p.db_record >= committed) break;
      manifest << ManifestLine(p.entry) << '\n';
    }
    manifest.flush();
    if (!manifest) {
      std::cerr << "newsevents: cannot write " << flags.manifest << "\n";
      return kExitOutputError;
    }
    return kExitOk;
  };
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
    // Which items go where. A resumed run skips an item listed in the
    // manifest, or one that every sink it can read back (the -o file, the
    // database) holds already; an item that only some hold is extracted
    // again and written only where it is missing.
    plans.assign(batch.size(), Plan());
    entries.resize(batch.size());
    lookup.clear();
    lookup_at.clear();
    for (size_t i = 0; i < batch.size(); ++i) {
      Plan& p = plans[i];
      const std::string& id = batch[i].doc.id;
      entries[i] = {id, batch[i].doc.source, ordinal++};
      p.out = out != nullptr;
      p.db = db != nullptr;
      if (!flags.resume) continue;
      if (prefix.more()) {
        if (!(s = prefix.Match(id)).ok()) return Fail(s, kExitUsage);
        p.out = false;
      }
      if (listed.count(id)) {
        p.listed = p.skip = true;
      } else if (db) {
        lookup.push_back(id);
        lookup_at.push_back(i);
      }
    }
    if (!lookup.empty()) {
      if (!(s = db->Contains(lookup, &found)).ok()) return Fail(s, kExitOutputError);
      for (size_t k = 0; k < lookup.size(); ++k)
        if (found[k]) plans[lookup_at[k]].db = false;
    }
    todo.clear();
    for (size_t i = 0; i < batch.size(); ++i) {
      Plan& p = plans[i];
      if (flags.resume && !p.listed && (out_file || db))
        p.skip = !(out_file && p.out) && !(db && p.db);
      if (!p.skip) todo.push_back(std::move(batch[i]));
    }
    // On a signal, the articles not yet started are dropped: they were
    // never written, so a resumed run does them.
    const size_t done = ExtractBatch(*extractor, todo, flags.threads,
                                     flags.explain, &results, &Interrupted);
    for (size_t i = 0, j = 0; i < batch.size(); ++i) {
      const Plan& p = plans[i];
      if (p.skip) {
        ++counts.skipped;
        if (!p.listed && manifest.is_open()) pending.push_back({entries[i], kNotInDb});
        continue;
      }
      if (j == done) break;  // interrupted: this one and the rest not done
      const InputItem& item = todo[j];
      const BatchResult& r = results[j++];
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
      if (p.out) *out << r.line << '\n';
      size_t db_record = kNotInDb;
      if (p.db) {
        db_record = db->counts().records;
        if (int code = AddToDatabase(db.get(), r.line, item.doc.source)) return code;
      }
      if (manifest.is_open()) pending.push_back({entries[i], db_record});
    }
    // Every batch is flushed whole, so the manifest may list it.
    if (out) out->flush();
    if (out && !*out) {
      std::cerr << "newsevents: write failed\n";
      return kExitOutputError;
    }
    if (int code = write_manifest(db ? db->committed() : 0)) return code;
    counts.bytes = reader.bytes_read();
    progress.Update(counts);
  }
  if (out) out->flush();
  if (out && !*out) {
    std::cerr << "newsevents: write failed\n";
    return kExitOutputError;
  }
  const int signal = InterruptSignal();
  if (prefix.more() && signal == 0 && !flags.quiet)
    progress.Message("newsevents: " + flags.output + ": warning: holds more records than "
                     "the inputs gave (" + std::to_string(prefix.lines()) +
                     " matched); the rest are kept as they are");
  if (!flags.quiet) progress.Finish(counts, signal);
  if (db) {
    if (int code = FinishDatabase(db.get(), flags.quiet)) return code;
  }
  if (int code = write_manifest(db ? db->committed() : 0)) return code;
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
  extract
      ->add_flag("--resume", flags->resume,
                 "Restart a run that was killed or stopped: skip the articles "
                 "already finished, that is listed in the --manifest, or "
                 "already in the --db and in the -o file (its half-written "
                 "last line is cut, then it is appended to). Give the same "
                 "inputs in the same order; skipped ones are counted as "
                 "skipped= in the summary");
  extract->add_option(
      "--manifest", flags->manifest,
      "Append a line {\"id\",\"source\",\"record\"} here for each finished "
      "article, once its output line is flushed and its database batch "
      "committed; with --resume, the ids listed are skipped (without "
      "--resume the file is started afresh)");
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
