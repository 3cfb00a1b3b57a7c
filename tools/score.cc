// score: gold corpus vs extractor output, with the matching rules of the
// shared spec gold.md; prints the figures and an audit of every miss and
// false positive. All scoring is in extractor/score.h; this file only parses
// flags and prints.
//
//   score --gold corpora/seed out.jsonl            table + audit
//   score --gold ../shared/corpora/dev out.jsonl --json
//
// Exit status: 0 when scored, 2 on bad usage or unreadable input.
#include "eval/score.h"
#include "eval/score_text.h"

#include <CLI/CLI.hpp>
#include <cstdio>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <string>

namespace {

using newsevents::Accuracy;
using newsevents::Clip;
using newsevents::Counts;
using newsevents::Finding;
using newsevents::Fixed;
using newsevents::ScoreReport;
using newsevents::ScoreRow;
using newsevents::ScoreRows;

// Corpora up to this size get the audit by default; larger ones need
// --details (the audit of a 1,000-document corpus is not read on a terminal).
constexpr int kDetailsByDefaultMaxDocs = 100;


void PrintTable(const ScoreReport& r) {
  std::printf("%-13s %5s %6s %6s %6s %6s %6s %7s %7s %7s\n", "category", "docs",
              "gold", "pred", "tp", "fp", "fn", "P", "R", "F1");
  for (const ScoreRow& row : ScoreRows(r)) {
    const Counts& c = *row.counts;
    if (c.docs == 0) {
      std::printf(
          "%-13s %5d %6s %6s %6s %6s %6s %7s %7s %7s  (not annotated)\n",
          row.name, 0, "-", "-", "-", "-", "-", "-", "-", "-");
      continue;
    }
    std::printf("%-13s %5d %6d %6d %6d %6d %6d %7s %7s %7s\n", row.name, c.docs,
                c.gold, c.pred, c.tp_gold, c.fp(), c.fn(),
                Fixed(c.precision()).c_str(), Fixed(c.recall()).c_str(),
                Fixed(c.f1()).c_str());
  }
}

void PrintAccuracy(const char* name, const Accuracy& a) {
  std::printf("  %-28s %7s  (%d/%d)\n", name,
              a.total ? Fixed(a.value()).c_str() : "-", a.correct, a.total);
}

void PrintF1(const char* name, const Counts& c) {
  bool any = c.gold + c.pred > 0;
  std::printf("  %-28s %7s  (tp %d, fp %d, fn %d)\n", name,
              any ? Fixed(c.f1()).c_str() : "-", c.tp_gold, c.fp(), c.fn());
}

void PrintFields(const ScoreReport& r) {
  std::printf("\nfield accuracies\n");
  if (r.events.docs > 0) {
    PrintAccuracy("event date accuracy", r.event_dates);
    PrintF1("event officials F1", r.event_officials);
    PrintF1("event reactions F1", r.event_reactions);
  }
  if (r.timexes.docs > 0) {
    PrintAccuracy("timex value accuracy", r.timex_values);
    PrintF1("timex strict F1", r.timex_strict);
    PrintF1("timex relaxed F1", r.timexes);
    std::printf("  %-28s %7s  (relaxed F1 x value accuracy)\n",
                "timex value F1", Fixed(r.timex_value_f1()).c_str());
    PrintAccuracy("timex type accuracy", r.timex_types);
  }
  if (r.attributions.docs > 0) {
    PrintAccuracy("attribution source accuracy", r.attribution_sources);
    std::printf("  %-28s %7d  (unmatched quotes in marks other than \" “ ”, "
                "which the gold leaves out)\n",
                "attribution quotes set aside", r.attributions_set_aside);
  }
}

void PrintDetails(const ScoreReport& r) {
  std::map<std::string, std::string> missing;
  for (const auto& m : r.missing_docs) missing[m.doc] = m.reason;
  std::string doc;
  for (const Finding& f : r.findings) {
    if (f.doc != doc) {
      doc = f.doc;
      auto it = missing.find(doc);
      std::printf(
          "\n== %s%s\n", doc.c_str(),
          it == missing.end() ? "" : ("  (" + it->second + ")").c_str());
    }
    const char* kind = f.kind == Finding::kMiss            ? "MISS "
                       : f.kind == Finding::kFalsePositive ? "FP   "
                                                           : "WRONG";
    std::printf("  %s %-12s %s", kind, f.category.c_str(),
                Clip(f.what, 160).c_str());
    if (!f.rule.empty()) std::printf("  [%s]", f.rule.c_str());
    std::printf("\n");
    if (!f.detail.empty() && !missing.count(doc))
      std::printf("        %s\n", f.detail.c_str());
    if (!f.sentence.empty())
      std::printf("        | %s\n", Clip(f.sentence, 300).c_str());
  }
}

nlohmann::json CountsJson(const Counts& c) {
  return {{"docs", c.docs},       {"gold", c.gold},
          {"pred", c.pred},       {"tp", c.tp_gold},
          {"tp_pred", c.tp_pred}, {"fp", c.fp()},
          {"fn", c.fn()},         {"precision", c.precision()},
          {"recall", c.recall()}, {"f1", c.f1()}};
}

nlohmann::json AccuracyJson(const Accuracy& a) {
  return {{"correct", a.correct}, {"total", a.total}, {"accuracy", a.value()}};
}

nlohmann::json ReportJson(const ScoreReport& r, bool details) {
  nlohmann::json j;
  j["gold_docs"] = r.gold_docs;
  j["ignored_docs"] = r.ignored_docs;
  j["missing_docs"] = nlohmann::json::array();
  for (const auto& m : r.missing_docs)
    j["missing_docs"].push_back({{"doc", m.doc}, {"reason", m.reason}});
  for (const ScoreRow& row : ScoreRows(r))
    j["categories"][row.name] = CountsJson(*row.counts);
  nlohmann::json& fields = j["fields"];
  fields["event_dates"] = AccuracyJson(r.event_dates);
  fields["event_officials"] = CountsJson(r.event_officials);
  fields["event_reactions"] = CountsJson(r.event_reactions);
  fields["timex_values"] = AccuracyJson(r.timex_values);
  fields["timex_types"] = AccuracyJson(r.timex_types);
  fields["timex_strict"] = CountsJson(r.timex_strict);
  fields["timex_relaxed"] = CountsJson(r.timexes);
  fields["timex_value_f1"] = r.timex_value_f1();
  if (r.attributions.docs > 0) {
    fields["attribution_sources"] = AccuracyJson(r.attribution_sources);
    fields["attributions_set_aside"] = r.attributions_set_aside;
  }
  j["warnings"] = r.warnings;
  if (details) {
    j["findings"] = nlohmann::json::array();
    for (const Finding& f : r.findings) {
      nlohmann::json x = {{"kind", newsevents::FindingKindName(f.kind)},
                          {"category", f.category},
                          {"doc", f.doc},
                          {"what", f.what},
                          {"sentence", f.sentence}};
      if (!f.detail.empty()) x["detail"] = f.detail;
      if (!f.rule.empty()) x["rule"] = f.rule;
      if (!f.span.empty()) x["span"] = {f.span.start, f.span.end};
      j["findings"].push_back(x);
    }
  }
  return j;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{
      "Scores extractor output (JSON Lines, one record per document, shared "
      "spec output.md) against a gold corpus folder (NAME.txt beside "
      "NAME.gold.json, shared spec gold.md).\n\n"
      "Names match after case folding, diacritic removal and dropping a "
      "leading \"the\"; a predicted name may equal the gold name, code or an "
      "accepted alias. Events match on type, modality, actor and treaty; "
      "quotes on speaker and word overlap (Jaccard >= 0.5); reactions on "
      "organisation and stance; timexes on overlapping spans. Optional gold "
      "items and indirect quotes are neither credited nor penalised. Gold "
      "documents without a prediction (or with a \"status\":\"error\" line) "
      "count all their gold as misses; predictions for other documents are "
      "ignored. PolNeAR-style \"attributions\" gold is scored against "
      "direct and partial quotes.\n\n"
      "Example:\n"
      "  score --gold corpora/seed /tmp/out.jsonl      # table and audit\n"
      "  score --gold ../shared/corpora/dev out.jsonl --json --no-details\n\n"
      "Exit status: 0 when scored, 2 on bad usage or unreadable input."};
  std::string gold_dir, pred_path;
  bool json = false;
  bool details = false;
  app.add_option("--gold", gold_dir,
                 "Gold corpus folder (NAME.txt + NAME.gold.json)")
      ->required();
  app.add_option("predictions", pred_path,
                 "Extractor output, JSON Lines; '-' reads standard input")
      ->required();
  app.add_flag("--json", json,
               "Print the figures as one JSON object instead of a table");
  CLI::Option* details_opt = app.add_flag(
      "--details,!--no-details", details,
      "List every miss, false positive and wrong value by document, with its "
      "sentence and rule (default: on for corpora of at most 100 documents)");
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? 0 : 2;
  }

  newsevents::GoldCorpus gold;
  newsevents::Status s = newsevents::LoadGoldDir(gold_dir, &gold);
  newsevents::Predictions pred;
  if (s.ok()) {
    s = pred_path == "-"
            ? newsevents::ParsePredictions(std::cin, "<stdin>", &pred)
            : newsevents::LoadPredictionsFile(pred_path, &pred);
  }
  if (!s.ok()) {
    std::fprintf(stderr, "score: %s\n", s.ToString().c_str());
    return 2;
  }
  ScoreReport report = newsevents::Score(gold, pred);
  if (details_opt->count() == 0)
    details = report.gold_docs <= kDetailsByDefaultMaxDocs;

  if (json) {
    nlohmann::json j = ReportJson(report, details);
    j["gold"] = gold_dir;
    j["predictions"] = pred_path;
    std::printf("%s\n", j.dump(2).c_str());
    return 0;
  }
  std::printf(
      "gold %s: %d documents, %zu without a usable prediction; "
      "predictions %s (%d for documents without gold, ignored)\n\n",
      gold_dir.c_str(), report.gold_docs, report.missing_docs.size(),
      pred_path.c_str(), report.ignored_docs);
  PrintTable(report);
  PrintFields(report);
  for (const std::string& w : report.warnings)
    std::printf("warning: %s\n", w.c_str());
  if (!report.missing_docs.empty()) {
    std::printf("\nmissing documents (%zu): all their gold counts as misses\n",
                report.missing_docs.size());
    for (const auto& m : report.missing_docs)
      std::printf("  %s: %s\n", m.doc.c_str(), m.reason.c_str());
  }
  if (details) {
    std::printf("\naudit (%zu findings)\n", report.findings.size());
    PrintDetails(report);
  } else if (!report.findings.empty()) {
    std::printf("\n%zu findings not shown; add --details to list them\n",
                report.findings.size());
  }
  return 0;
}
