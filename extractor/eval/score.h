// Score: compares extractor output with gold annotations, following the
// shared spec gold.md to the letter, and says what was missed and what was
// wrongly found, so that a person can audit it.
//
//   GoldCorpus gold;                                    // eval/gold.h
//   Status s = LoadGoldDir("corpora/seed", &gold);        // NAME.txt + NAME.gold.json
//   Predictions pred;                                   // eval/predictions.h
//   if (s.ok()) s = LoadPredictionsFile("out.jsonl", &pred);
//   ScoreReport report = Score(gold, pred);
//   report.events.f1(); report.findings;   // figures, then every miss and FP
//
// Predictions for documents that have no gold are ignored; gold documents with
// no prediction, or with a "status":"error" line, count all their gold as
// misses and are listed in `missing_docs`.
//
// Everything here is plain data and pure functions: nothing prints, nothing
// exits. Predictions are read into the `newsevents/record.h` structs, so a caller that
// runs the extractor in process can score its Records without JSON.
// Thread-safety: all functions are reentrant; no shared mutable state.
#ifndef NEWSEVENTS_EVAL_SCORE_H_
#define NEWSEVENTS_EVAL_SCORE_H_

#include <string>
#include <vector>

#include "eval/gold.h"
#include "eval/predictions.h"
#include "newsevents/record.h"

namespace newsevents {

// ------------------------------------------------------------------ figures

// Counts for one category. For one-to-one matching tp_gold == tp_pred; the
// attribution figures count found gold and correct predictions separately.
struct Counts {
  int docs = 0;     // documents annotated for this category
  int gold = 0;     // gold items (optional ones excluded)
  int pred = 0;     // predicted items that take part in scoring
  int tp_gold = 0;  // gold items matched
  int tp_pred = 0;  // predicted items matched
  int fp() const { return pred - tp_pred; }
  int fn() const { return gold - tp_gold; }
  double precision() const { return pred ? double(tp_pred) / pred : 0; }
  double recall() const { return gold ? double(tp_gold) / gold : 0; }
  double f1() const;
  void Add(const Counts& other);
};

struct Accuracy {
  int correct = 0, total = 0;
  double value() const { return total ? double(correct) / total : 0; }
};

// One line of the audit: a gold item not found, a predicted item not matched,
// or a matched item whose value is wrong.
struct Finding {
  enum Kind { kMiss, kFalsePositive, kWrongValue };
  Kind kind = kMiss;
  std::string category;  // events, quotes, reactions, timexes, attributions
  std::string doc;
  std::string what;      // the item, e.g. "withdraw/asserted Lithuania -> CCM"
  std::string detail;    // for kWrongValue: "gold X, predicted Y"; else notes
  std::string sentence;  // best effort; empty when not found
  std::string rule;      // predicted items only
  Mention span;          // where `what` is in the text, when known
};
const char* FindingKindName(
    Finding::Kind kind);  // "miss", "false_positive", ...

struct MissingDoc {
  std::string doc;
  std::string reason;  // "no prediction" or "error: code: message"
};

struct ScoreReport {
  Counts events, quotes, reactions, timexes, attributions;

  // Matched events: a date counts when gold or prediction gives one, and is
  // correct when both give the same value.
  Accuracy event_dates;
  // Officials by name, micro over matched events; a gold official also
  // accepts the accept_speaker aliases of that person's gold quotes.
  Counts event_officials;
  // Reactions (the predicted event's reaction ids, resolved in its record)
  // by org and stance, micro over matched events; the gold org also accepts
  // the aliases given for it in the document's `reactions`.
  Counts event_reactions;

  // Timexes in TempEval-3 terms: `timexes` is the relaxed (overlap) match.
  Counts timex_strict;    // exact span
  Accuracy timex_values;  // over relaxed matches, exact string
  Accuracy timex_types;
  double timex_value_f1() const { return timexes.f1() * timex_values.value(); }

  // Attributions: a gold one is found when a predicted direct or partial
  // quote overlaps its content; its source is right when that quote's
  // speaker mention overlaps the source, or the speaker name ends with the
  // source's last word.
  Accuracy attribution_sources;
  // Unmatched predicted quotes in other marks than " “ ” (‘...’, ''...''),
  // left out of the attribution figures: the gold keeps only content that
  // holds a double quotation mark.
  int attributions_set_aside = 0;

  int gold_docs = 0;     // documents in the gold corpus
  int ignored_docs = 0;  // predictions for documents without gold
  std::vector<MissingDoc> missing_docs;
  std::vector<Finding> findings;  // grouped by document, in gold order
  std::vector<std::string> warnings;
};

// Scores `pred` against `gold` with the matching rules of gold.md. Events:
// each predicted event, in record order, takes the first unmatched gold event
// (gold file order) with the same type and modality whose actor matches by
// name or code and whose treaty matches by name or lexicon id. Quotes: each
// predicted direct/partial quote takes the unmatched gold quote of a matching
// speaker with the highest word Jaccard (>= 0.5); quote text is read from the
// article at the quote's mention. Predictions that match only optional gold
// are left out of `pred`.
ScoreReport Score(const GoldCorpus& gold, const Predictions& pred);

// The categories of a report in table order; attributions only when the
// corpus has them.
struct ScoreRow {
  const char* name;
  const Counts* counts;
};
std::vector<ScoreRow> ScoreRows(const ScoreReport& r);

// ------------------------------------------------- matching rules, exposed

// Case folding, diacritic removal, no leading "the", single spaces.
std::string NormalizeName(const std::string& name);
// True when `predicted` equals gold name, code or an accept alias (normalized).
bool NameMatches(const std::string& predicted, const GoldName& gold);
// Jaccard overlap of lower-cased word sets, punctuation dropped.
double WordJaccard(const std::string& a, const std::string& b);


// ------------------------------------------ item names (for the audit)
// The name a Finding gives an item in `what`, so that a caller holding the
// gold and predicted items (eval/audit.cc) can tell which of them a finding is
// about. `text` is the article, for items named by their words.
std::string ItemName(const GoldEvent& e);
std::string ItemName(const Event& e);
std::string ItemName(const GoldQuote& q);
std::string ItemName(const Quote& q, const std::string& text);
std::string ItemName(const GoldReaction& r);
std::string ItemName(const Reaction& r);
std::string ItemName(const GoldTimex& t);
std::string ItemName(const Timex& t, const std::string& text);

}  // namespace newsevents

#endif  // NEWSEVENTS_EVAL_SCORE_H_
