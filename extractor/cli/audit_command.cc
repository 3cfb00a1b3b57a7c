// `newsevents audit` and `newsevents show`: flags -> BuildAudit /
// AddShownDocument -> the table, JSON or HTML; threshold exit codes.
#include "cli/audit_command.h"

#include <CLI/CLI.hpp>
#include <fstream>
#include <iostream>
#include <memory>

#include "base/text.h"
#include "eval/audit.h"
#include "io/input.h"
#include "newsevents/extractor.h"

namespace newsevents {
namespace {

constexpr int kExitOk = 0, kExitWrite = 1, kExitUsage = 2, kExitBelow = 3;
// Corpora up to this size list their findings on the terminal by default.
constexpr int kDetailsByDefaultMaxDocs = 100;

struct AuditFlags {
  AuditOptions options;
  std::string html, min_f1;
  std::string lexicons = Extractor::DefaultLexiconDir();
  bool json = false, details = false, details_set = false;
};

struct ShowFlags {
  std::vector<std::string> inputs;
  std::string html, dct;
  std::string lexicons = Extractor::DefaultLexiconDir();
};

int Load(const std::string& lexicons, std::unique_ptr<Extractor>* out) {
  Extractor::Options options;
  options.lexicon_dir = lexicons;
  Status s = Extractor::Load(options, out);
  if (!s.ok()) std::cerr << s.ToString() << "\n";
  return s.ok() ? kExitOk : kExitUsage;
}

int WriteFile(const std::string& path, const std::string& content) {
  std::ofstream out(path, std::ios::binary);
  out << content;
  out.close();
  if (!out) {
    std::cerr << "newsevents: cannot write " << path << "\n";
    return kExitWrite;
  }
  std::cerr << "newsevents: wrote " << path << "\n";
  return kExitOk;
}

int RunAudit(const AuditFlags& flags) {
  std::map<std::string, double> thresholds;
  Status s = ParseThresholds(flags.min_f1, &thresholds);
  if (!s.ok()) {
    std::cerr << "newsevents: " << s.ToString() << "\n";
    return kExitUsage;
  }
  std::unique_ptr<Extractor> extractor;
  if (flags.options.pred_path.empty()) {
    int code = Load(flags.lexicons, &extractor);
    if (code != kExitOk) return code;
  }
  Audit audit;
  s = BuildAudit(flags.options, extractor.get(), &audit);
  if (!s.ok()) {
    std::cerr << "newsevents: " << s.ToString() << "\n";
    return kExitUsage;
  }
  bool details = flags.details_set
                     ? flags.details
                     : audit.total.gold_docs <= kDetailsByDefaultMaxDocs;
  std::cout << (flags.json ? AuditJson(audit) : AuditText(audit, details));
  std::cout.flush();
  if (!flags.html.empty()) {
    int code = WriteFile(flags.html, AuditHtml(audit));
    if (code != kExitOk) return code;
  }
  std::vector<std::string> below = BelowThresholds(audit.total, thresholds);
  for (const std::string& b : below)
    std::cerr << "newsevents: below threshold: " << b << "\n";
  return below.empty() ? kExitOk : kExitBelow;
}

int RunShow(const ShowFlags& flags) {
  std::unique_ptr<Extractor> extractor;
  int code = Load(flags.lexicons, &extractor);
  if (code != kExitOk) return code;
  InputOptions input;
  input.default_dct = flags.dct;
  InputReader reader(flags.inputs, input);
  InputItem item;
  Audit audit;
  for (const std::string& in : flags.inputs)
    audit.title += (audit.title.empty() ? "" : " ") + in;
  while (reader.Next(&item)) {
    if (item.ok()) {
      AddShownDocument(*extractor, item.doc, &audit);
    } else {
      DocAudit d;
      d.doc = item.doc;
      d.error = "error: " + item.error.code() + ": " + item.error.message();
      audit.docs.push_back(std::move(d));
    }
  }
  std::cout << AuditText(audit, true);
  if (!flags.html.empty()) return WriteFile(flags.html, AuditHtml(audit));
  return kExitOk;
}

}  // namespace

void AddAuditCommands(CLI::App* app, std::function<int()>* run) {
  auto audit_flags = std::make_shared<AuditFlags>();
  CLI::App* audit = app->add_subcommand(
      "audit",
      "Extract a gold corpus (or read a finished run), score it with the "
      "matching rules of gold.md, and report every figure, miss and false "
      "positive; optionally as one HTML page, and compared with a baseline "
      "run.\n\n"
      "Examples:\n"
      "  newsevents audit --gold corpora/seed\n"
      "  newsevents audit --gold DIR --pred events.jsonl --html report.html\n"
      "  newsevents audit --gold DIR --baseline before.jsonl\n"
      "  newsevents audit --gold DIR --min-f1 events=0.7,quotes=0.9   # CI "
      "gate\n\n"
      "Exit status: 0 done, 3 a figure below --min-f1, 2 bad usage or input, "
      "1 a file cannot be written.");
  audit->add_option("--gold", audit_flags->options.gold_dir,
                    "Gold corpus folder: NAME.txt beside NAME.gold.json")
      ->required();
  audit->add_option("--pred", audit_flags->options.pred_path,
                    "Score this finished run (JSON Lines) instead of "
                    "extracting now");
  audit->add_option("--baseline", audit_flags->options.baseline_path,
                    "An earlier run (JSON Lines): list the facts that "
                    "appeared, disappeared or changed, and each figure's "
                    "change");
  audit->add_option("--html", audit_flags->html,
                    "Also write the report as one self-contained HTML page");
  audit->add_flag("--json", audit_flags->json,
                  "Print the report as JSON instead of a table");
  audit->add_option("--min-f1", audit_flags->min_f1,
                    "Exit 3 when a figure is below its threshold, e.g. "
                    "events=0.7,quotes=0.9 (figures: events, quotes, "
                    "reactions, timexes, attributions, event_dates, "
                    "event_officials, event_reactions, timex_values, "
                    "timex_strict)");
  CLI::Option* details = audit->add_flag(
      "--details,!--no-details", audit_flags->details,
      "List every miss, false positive and wrong value on the terminal "
      "(default: on for corpora of at most 100 documents)");
  audit->add_option("--lexicons", audit_flags->lexicons,
                    "Folder of gazetteers, word lists and rules")
      ->capture_default_str();
  audit->callback([audit_flags, details, run] {
    audit_flags->details_set = details->count() > 0;
    *run = [audit_flags] { return RunAudit(*audit_flags); };
  });

  auto show_flags = std::make_shared<ShowFlags>();
  CLI::App* show = app->add_subcommand(
      "show",
      "Extract articles without gold and show the facts: a list on the "
      "terminal, or with --html a page with every span highlighted.\n\n"
      "Example:\n"
      "  newsevents show --dct 2025-03-07 article.txt --html a.html");
  show->add_option("INPUT", show_flags->inputs,
                   "Articles, as for extract (.txt, .jsonl, a folder, -)")
      ->required();
  show->add_option("--dct", show_flags->dct,
                   "Publication date YYYY-MM-DD for articles that give none")
      ->check([](const std::string& v) {
        return IsValidDate(v) ? std::string()
                              : "--dct must be a date YYYY-MM-DD, not '" + v +
                                    "'";
      });
  show->add_option("--html", show_flags->html, "Write the page here");
  show->add_option("--lexicons", show_flags->lexicons,
                   "Folder of gazetteers, word lists and rules")
      ->capture_default_str();
  show->callback([show_flags, run] {
    *run = [show_flags] { return RunShow(*show_flags); };
  });
}

}  // namespace newsevents
