// Audit: what was extracted from a gold corpus (or one article), how it
// scores, every miss and false positive with the rule that fired nearby, and
// what changed since a baseline run. This is the data behind
// `newsevents audit` and `newsevents show`; three printers render it:
//
//   Audit audit;
//   AuditOptions options;  options.gold_dir = "corpora/seed";
//   Status s = BuildAudit(options, extractor.get(), &audit);  // extract+score
//   std::cout << AuditText(audit);       // aligned table and findings
//   std::string json = AuditJson(audit); // the same for machines
//   std::string page = AuditHtml(audit); // one self-contained HTML page
//   BelowThresholds(audit.total, {{"events", 0.7}});  // CI gate
//
// Scoring is extractor/score.h (Score, Findings); nothing here re-implements
// a matching rule. Per-document figures are Score() over that document alone.
// Plain data and pure functions: nothing prints, nothing exits.
// Thread-safety: reentrant, no shared mutable state.
#ifndef NEWSEVENTS_EVAL_AUDIT_H_
#define NEWSEVENTS_EVAL_AUDIT_H_

#include <map>
#include <string>
#include <vector>

#include "eval/score.h"
#include "newsevents/extractor.h"
#include "newsevents/record.h"
#include "newsevents/status.h"

namespace newsevents {

// How a gold or predicted item fared in scoring.
enum class ItemStatus {
  kMatched,        // gold found / prediction correct (or optional in gold)
  kMiss,           // gold item not found
  kFalsePositive,  // predicted item not in gold
  kWrongValue,     // matched, but a value (date, officials, ...) differs
  kUnscored,       // no gold for this category (or an indirect quote)
};
const char* ItemStatusName(ItemStatus status);  // "matched", "miss", ...

// One row of the side-by-side view of gold and predicted facts.
struct AuditItem {
  std::string category;  // events, quotes, reactions, timexes
  std::string id;        // e1, q2, r1, t3 for predicted items; "" for gold
  std::string name;      // ItemName(): "withdraw/asserted Lithuania -> CCM"
  std::string rule;      // the rule that produced a predicted item
  std::string detail;    // what differs, for kWrongValue
  ItemStatus status = ItemStatus::kMatched;
};

// A finding of the scorer, with the rule that fired nearest to a miss.
struct AuditFinding {
  Finding finding;
  std::string nearest;  // "withdraw.active (e1 ..., same sentence)" or ""
};

// A fact that appeared, disappeared or changed since the baseline run.
struct FactChange {
  enum Kind { kAppeared, kDisappeared, kChanged };
  Kind kind = kAppeared;
  std::string category;  // events, quotes, reactions, timexes
  std::string what;      // the fact, e.g. "withdraw/asserted Lithuania -> CCM"
  std::string detail;    // for kChanged: "date 2024-07 -> 2025-03-06"
};
const char* FactChangeKindName(FactChange::Kind kind);  // "appeared", ...

struct DocAudit {
  Document doc;           // id, text, dct, source
  bool has_gold = false;  // false for `show`
  std::string error;      // why there is no record: "no prediction", ...
  Record record;          // empty when `error` is set
  ScoreReport score;      // this document alone (has_gold only)
  std::vector<AuditItem> gold, predicted;
  std::vector<AuditFinding> findings;
  std::vector<FactChange> changes;  // vs the baseline (has_baseline only)
};

// A named figure of a ScoreReport: an F1 or an accuracy in [0, 1].
struct Figure {
  std::string name;   // events, quotes, ..., event_dates, timex_values, ...
  std::string label;  // "events F1", "event date accuracy", ...
  double value = 0;
  bool defined = false;  // false when nothing was annotated or counted
};
// The figures of `report` in a fixed order: the category F1s, then the
// field figures of gold.md (event dates, officials, reactions; timex values).
std::vector<Figure> Figures(const ScoreReport& report);

struct FigureChange {
  std::string name, label;
  double before = 0, after = 0;
  bool defined = false;  // defined in both runs
};

struct Audit {
  std::string title;        // the gold folder, or the article(s) shown
  std::string predictions;  // "extracted (lexicons <version>)" or a path
  bool has_gold = false;
  ScoreReport total;  // the whole corpus
  std::vector<DocAudit> docs;
  bool has_baseline = false;
  std::string baseline_path;
  ScoreReport baseline;  // the baseline run, scored the same way
  std::vector<FigureChange> figure_changes;
};

struct AuditOptions {
  std::string gold_dir;       // NAME.txt + NAME.gold.json
  std::string pred_path;      // a finished run (JSONL); "" = extract now
  std::string baseline_path;  // an earlier run (JSONL) to compare; optional
};

// Loads the gold folder, extracts every article with `extractor` (or reads
// options.pred_path), scores, and compares with the baseline when given.
// REQUIRES: extractor != nullptr when options.pred_path is empty.
Status BuildAudit(const AuditOptions& options, const Extractor* extractor,
                  Audit* audit);

// The audit of loaded data; `baseline` may be null. BuildAudit calls it.
Audit AuditOf(const GoldCorpus& gold, const Predictions& pred,
              const Predictions* baseline);

// Adds one article without gold (for `show`): extracts it with `extractor`.
// A document that cannot be processed is kept with its `error` set.
void AddShownDocument(const Extractor& extractor, const Document& doc,
                      Audit* audit);

// The facts that differ between two records of one document.
std::vector<FactChange> CompareRecords(const Record& before,
                                       const std::string& before_text,
                                       const Record& after,
                                       const std::string& after_text);

// Parses "events=0.7,quotes=0.9" (names of Figures()). Fails with code
// bad_threshold naming the unknown figure or the bad number.
Status ParseThresholds(const std::string& spec,
                       std::map<std::string, double>* thresholds);
// One line per figure below its threshold ("events F1 0.650 < 0.700"); an
// undefined figure counts as 0.
std::vector<std::string> BelowThresholds(
    const ScoreReport& report, const std::map<std::string, double>& thresholds);

// ------------------------------------------------------------- printers
// eval/audit_text.cc: the figures as an aligned table, then the findings and the
// baseline changes; `details` adds the findings.
std::string AuditText(const Audit& audit, bool details);
// eval/audit_text.cc: the same as one JSON object (figures, findings, changes).
std::string AuditJson(const Audit& audit);
// eval/audit_html.cc: one self-contained page (inline CSS and JS, no network).
std::string AuditHtml(const Audit& audit);
// eval/audit_html.cc: `text` with <, >, &, " and ' escaped for HTML.
std::string HtmlEscape(const std::string& text);

}  // namespace newsevents

#endif  // NEWSEVENTS_EVAL_AUDIT_H_
