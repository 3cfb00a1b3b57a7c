// Building the audit: extraction over a gold folder (or a finished run),
// scoring with eval/score.h, pairing findings with items, the nearest rule to each
// miss, and the comparison with a baseline run.
#include "eval/audit.h"
#include "eval/score_text.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <map>

namespace newsevents {
namespace {

// Misses farther than this from every predicted item get no nearest rule.
constexpr int kNearestMaxBytes = 400;

// The span the scorer gives a predicted event's findings (EventSpan in
// eval/score.cc): the trigger, else a mention's trigger, else the treaty.
Mention EventSpan(const Event& e) {
  if (!e.trigger.empty()) return e.trigger;
  for (const EventMention& m : e.mentions)
    if (!m.trigger.empty()) return m.trigger;
  return e.treaty.mention;
}

std::string EventRule(const Event& e) {
  if (!e.rule.empty() || e.mentions.empty()) return e.rule;
  return e.mentions.front().rule;
}

// The findings of one document, each claimed by at most one item.
class FindingPool {
 public:
  explicit FindingPool(const std::vector<Finding>& findings) {
    for (const Finding& f : findings) left_.push_back(&f);
  }
  // Takes the first finding of `kind` in `category` named `what`, or, when
  // `span` is given, at that span.
  const Finding* Take(Finding::Kind kind, const std::string& category,
                      const std::string& what, const Mention* span = nullptr) {
    for (auto it = left_.begin(); it != left_.end(); ++it) {
      const Finding& f = **it;
      if (f.kind != kind || f.category != category) continue;
      if (span ? (f.span.start != span->start || f.span.end != span->end)
               : f.what != what)
        continue;
      left_.erase(it);
      return &f;
    }
    return nullptr;
  }

 private:
  std::vector<const Finding*> left_;
};

template <typename G>
void AddGold(const std::vector<G>& gold, const char* category,
             FindingPool* pool, std::vector<AuditItem>* out) {
  for (const G& g : gold) {
    AuditItem item;
    item.category = category;
    item.name = ItemName(g);
    if (pool->Take(Finding::kMiss, category, item.name)) {
      item.status = ItemStatus::kMiss;
    } else {
      // An event can be wrong in several fields: one finding each.
      while (const Finding* f =
                 pool->Take(Finding::kWrongValue, category, item.name)) {
        item.status = ItemStatus::kWrongValue;
        item.detail += (item.detail.empty() ? "" : "; ") + f->detail;
      }
    }
    out->push_back(std::move(item));
  }
}

// A predicted item: a false positive when the scorer named it so, wrong when
// a wrong-value finding sits at its span, unscored when the category has no
// gold, else matched.
AuditItem PredItem(const char* category, std::string id, std::string name,
                   std::string rule, Mention span, bool annotated,
                   FindingPool* pool) {
  AuditItem item;
  item.category = category;
  item.id = std::move(id);
  item.name = std::move(name);
  item.rule = std::move(rule);
  if (!annotated) {
    item.status = ItemStatus::kUnscored;
  } else if (pool->Take(Finding::kFalsePositive, category, item.name)) {
    item.status = ItemStatus::kFalsePositive;
  } else {
    while (const Finding* f =
               pool->Take(Finding::kWrongValue, category, "", &span)) {
      item.status = ItemStatus::kWrongValue;
      item.detail += (item.detail.empty() ? "" : "; ") + f->detail;
    }
  }
  return item;
}

void PairItems(const GoldDoc* gold, DocAudit* d) {
  const Record& r = d->record;
  const std::string& text = d->doc.text;
  const bool events = gold && gold->has_events,
             quotes = gold && gold->has_quotes,
             reactions = gold && gold->has_reactions,
             timexes = gold && gold->has_timexes;
  // Gold claims its findings first (wrong values name the gold event); the
  // predicted side then sees the same wrong values again at its spans.
  std::vector<Finding> all = d->score.findings;
  FindingPool gold_pool(all), pred_pool(all);
  if (events) AddGold(gold->events, "events", &gold_pool, &d->gold);
  if (quotes) AddGold(gold->quotes, "quotes", &gold_pool, &d->gold);
  if (reactions) AddGold(gold->reactions, "reactions", &gold_pool, &d->gold);
  if (timexes) AddGold(gold->timexes, "timexes", &gold_pool, &d->gold);
  for (const Event& e : r.events)
    d->predicted.push_back(PredItem("events", e.id, ItemName(e), EventRule(e),
                                    EventSpan(e), events, &pred_pool));
  for (const Quote& q : r.quotes) {
    AuditItem item = PredItem("quotes", q.id, ItemName(q, text), q.rule,
                              q.mention, quotes && q.kind != "indirect",
                              &pred_pool);
    d->predicted.push_back(std::move(item));
  }
  for (const Reaction& x : r.reactions)
    d->predicted.push_back(PredItem("reactions", x.id, ItemName(x), x.rule,
                                    x.cue.empty() ? x.org.mention : x.cue,
                                    reactions, &pred_pool));
  for (size_t i = 0; i < r.timexes.size(); ++i) {
    const Timex& t = r.timexes[i];
    d->predicted.push_back(PredItem("timexes", "t" + std::to_string(i + 1),
                                    ItemName(t, text), t.rule, t.mention,
                                    timexes, &pred_pool));
  }
}

// A predicted span with the rule that made it, for the nearest-rule search.
struct Fired {
  Mention span, sentence;
  std::string rule, what;
};

std::vector<Fired> FiredRules(const Record& r, const std::string& text) {
  std::vector<Fired> out;
  for (const Event& e : r.events)
    for (const EventMention& m : e.mentions)
      out.push_back({m.trigger, m.sentence, m.rule,
                     e.id + " " + e.type + "/" + e.modality});
  for (const Quote& q : r.quotes)
    out.push_back({q.mention, {}, q.rule, q.id + " " + q.kind + " quote"});
  for (const Reaction& x : r.reactions)
    out.push_back({x.cue.empty() ? x.org.mention : x.cue, {}, x.rule,
                   x.id + " " + x.org.name + " " + x.stance});
  for (const Timex& t : r.timexes)
    out.push_back({t.mention, {}, t.rule,
                   "timex \"" + SpanText(t.mention, text) + "\""});
  return out;
}

int Distance(const Mention& a, const Mention& b) {
  if (a.end <= b.start) return b.start - a.end;
  if (b.end <= a.start) return a.start - b.end;
  return 0;
}

// The rule that fired nearest to a missed item: one whose event sentence
// holds it, else the closest span of the same category, else of any.
std::string Nearest(const Finding& f, const std::vector<Fired>& fired,
                     const std::string& text) {
  if (!ValidSpan(f.span, text) || fired.empty()) return "";
  for (const Fired& x : fired)
    if (!x.rule.empty() && x.sentence.start <= f.span.start &&
        f.span.end <= x.sentence.end && !x.sentence.empty())
      return x.rule + " (" + x.what + ", same sentence)";
  const Fired* best = nullptr;
  for (const Fired& x : fired)
    if (!x.rule.empty() && ValidSpan(x.span, text) &&
        (!best || Distance(x.span, f.span) < Distance(best->span, f.span)))
      best = &x;
  if (!best || Distance(best->span, f.span) > kNearestMaxBytes)
    return "no rule fired within " + std::to_string(kNearestMaxBytes) +
           " bytes";
  return best->rule + " (" + best->what + ", " +
         std::to_string(Distance(best->span, f.span)) + " bytes away)";
}

void AddFindings(DocAudit* d) {
  std::vector<Fired> fired = FiredRules(d->record, d->doc.text);
  for (const Finding& f : d->score.findings) {
    AuditFinding a{f, ""};
    if (f.kind == Finding::kMiss && d->error.empty())
      a.nearest = Nearest(f, fired, d->doc.text);
    d->findings.push_back(std::move(a));
  }
}

// ----------------------------------------------------------- baseline diff

// A fact reduced to its identity (key) and the values that may change.
struct Fact {
  std::string category, key;
  std::map<std::string, std::string> values;
};

std::string Join(const std::vector<std::string>& v) {
  std::string s;
  for (const std::string& x : v) s += (s.empty() ? "" : ", ") + x;
  return s;
}

std::vector<Fact> Facts(const Record& r, const std::string& text) {
  std::vector<Fact> out;
  std::map<std::string, std::string> reaction_names;
  for (const Reaction& x : r.reactions)
    reaction_names[x.id] = x.org.name + " " + x.stance;
  for (const Event& e : r.events) {
    Fact f{"events",
           e.type + "/" + e.modality + " " + e.actor.name + " -> " +
               e.treaty.name,
           {}};
    f.values["date"] = e.date ? e.date->value : "none";
    f.values["organ"] = e.actor.organ.empty() ? "none" : e.actor.organ;
    f.values["officials"] = "[" + Join(e.officials) + "]";
    std::vector<std::string> rs;
    for (const std::string& id : e.reactions) rs.push_back(reaction_names[id]);
    f.values["reactions"] = "[" + Join(rs) + "]";
    f.values["rule"] = EventRule(e);
    out.push_back(std::move(f));
  }
  for (const Quote& q : r.quotes) {
    Fact f{"quotes", "\"" + CollapseSpaces(SpanText(q.mention, text)) + "\"", {}};
    f.values["speaker"] = q.speaker.name;
    f.values["kind"] = q.kind;
    out.push_back(std::move(f));
  }
  for (const Reaction& x : r.reactions) {
    Fact f{"reactions", x.org.name, {}};
    f.values["stance"] = x.stance;
    out.push_back(std::move(f));
  }
  for (const Timex& t : r.timexes) {
    Fact f{"timexes",
           "\"" + SpanText(t.mention, text) + "\" at " +
               std::to_string(t.mention.start),
           {}};
    f.values["value"] = t.type + " " + t.value;
    out.push_back(std::move(f));
  }
  // The k-th fact with the same key is a distinct fact.
  std::map<std::string, int> seen;
  for (Fact& f : out) {
    int n = ++seen[f.category + "\t" + f.key];
    if (n > 1) f.key += " #" + std::to_string(n);
  }
  return out;
}

}  // namespace

const char* ItemStatusName(ItemStatus status) {
  switch (status) {
    case ItemStatus::kMatched:
      return "matched";
    case ItemStatus::kMiss:
      return "miss";
    case ItemStatus::kFalsePositive:
      return "false_positive";
    case ItemStatus::kWrongValue:
      return "wrong_value";
    case ItemStatus::kUnscored:
      return "unscored";
  }
  return "?";
}

const char* FactChangeKindName(FactChange::Kind kind) {
  switch (kind) {
    case FactChange::kAppeared:
      return "appeared";
    case FactChange::kDisappeared:
      return "disappeared";
    case FactChange::kChanged:
      return "changed";
  }
  return "?";
}

std::vector<Figure> Figures(const ScoreReport& r) {
  auto f1 = [](const char* name, const char* label, const Counts& c,
               bool annotated) {
    return Figure{name, label, c.f1(), annotated && c.gold + c.pred > 0};
  };
  auto acc = [](const char* name, const char* label, const Accuracy& a) {
    return Figure{name, label, a.value(), a.total > 0};
  };
  std::vector<Figure> out = {
      f1("events", "events F1", r.events, r.events.docs > 0),
      f1("quotes", "quotes F1", r.quotes, r.quotes.docs > 0),
      f1("reactions", "reactions F1", r.reactions, r.reactions.docs > 0),
      f1("timexes", "timexes F1", r.timexes, r.timexes.docs > 0),
      f1("attributions", "attributions F1", r.attributions,
         r.attributions.docs > 0),
      acc("event_dates", "event date accuracy", r.event_dates),
      f1("event_officials", "event officials F1", r.event_officials,
         r.events.docs > 0),
      f1("event_reactions", "event reactions F1", r.event_reactions,
         r.events.docs > 0),
      acc("timex_values", "timex value accuracy", r.timex_values),
      f1("timex_strict", "timex strict F1", r.timex_strict,
         r.timexes.docs > 0),
  };
  return out;
}

std::vector<FactChange> CompareRecords(const Record& before,
                                       const std::string& before_text,
                                       const Record& after,
                                       const std::string& after_text) {
  std::vector<Fact> a = Facts(before, before_text), b = Facts(after, after_text);
  std::vector<FactChange> out;
  auto find = [](const std::vector<Fact>& v, const Fact& f) -> const Fact* {
    for (const Fact& x : v)
      if (x.category == f.category && x.key == f.key) return &x;
    return nullptr;
  };
  for (const Fact& f : a) {
    const Fact* g = find(b, f);
    if (!g) {
      out.push_back({FactChange::kDisappeared, f.category, f.key, ""});
      continue;
    }
    std::string detail;
    for (const auto& [field, value] : f.values) {
      auto it = g->values.find(field);
      std::string now = it == g->values.end() ? "" : it->second;
      if (now != value)
        detail += (detail.empty() ? "" : "; ") + field + " " + value + " -> " +
                  now;
    }
    if (!detail.empty())
      out.push_back({FactChange::kChanged, f.category, f.key, detail});
  }
  for (const Fact& f : b)
    if (!find(a, f))
      out.push_back({FactChange::kAppeared, f.category, f.key, ""});
  return out;
}

Audit AuditOf(const GoldCorpus& gold, const Predictions& pred,
              const Predictions* baseline) {
  Audit audit;
  audit.has_gold = true;
  audit.total = Score(gold, pred);
  if (baseline) {
    audit.has_baseline = true;
    audit.baseline = Score(gold, *baseline);
    std::vector<Figure> before = Figures(audit.baseline),
                        after = Figures(audit.total);
    for (size_t i = 0; i < after.size(); ++i)
      audit.figure_changes.push_back(
          {after[i].name, after[i].label, before[i].value, after[i].value,
           before[i].defined && after[i].defined});
  }
  for (const GoldDoc& g : gold.docs) {
    DocAudit d;
    d.doc = Document{g.id, g.text, g.dct, g.id};
    d.has_gold = true;
    auto it = pred.records.find(g.id);
    if (it != pred.records.end()) {
      d.record = it->second;
      if (!d.record.source.empty()) d.doc.source = d.record.source;
    } else {
      auto err = pred.errors.find(g.id);
      d.error =
          err == pred.errors.end() ? "no prediction" : "error: " + err->second;
    }
    GoldCorpus one;
    one.docs.push_back(g);
    d.score = Score(one, pred);
    PairItems(&g, &d);
    AddFindings(&d);
    if (baseline) {
      auto b = baseline->records.find(g.id);
      static const Record kEmpty;
      d.changes = CompareRecords(
          b == baseline->records.end() ? kEmpty : b->second, g.text, d.record,
          g.text);
    }
    audit.docs.push_back(std::move(d));
  }
  return audit;
}

Status BuildAudit(const AuditOptions& options, const Extractor* extractor,
                  Audit* audit) {
  GoldCorpus gold;
  Status s = LoadGoldDir(options.gold_dir, &gold);
  if (!s.ok()) return s;
  Predictions pred;
  std::string predictions;
  if (!options.pred_path.empty()) {
    s = LoadPredictionsFile(options.pred_path, &pred);
    if (!s.ok()) return s;
    predictions = options.pred_path;
  } else {
    std::string dir = options.gold_dir;
    if (!dir.empty() && dir.back() != '/') dir += '/';
    for (const GoldDoc& g : gold.docs) {
      Document doc{g.id, g.text, g.dct, dir + g.id + ".txt"};
      Record record;
      Status e = extractor->Extract(doc, &record);
      if (e.ok()) {
        pred.records[g.id] = std::move(record);
      } else {
        pred.errors[g.id] = e.code() + ": " + e.message();
      }
    }
    predictions = "extracted now (lexicons " + extractor->version() + ")";
  }
  Predictions before;
  if (!options.baseline_path.empty()) {
    s = LoadPredictionsFile(options.baseline_path, &before);
    if (!s.ok()) return s;
  }
  *audit = AuditOf(gold, pred,
                   options.baseline_path.empty() ? nullptr : &before);
  audit->title = options.gold_dir;
  audit->predictions = predictions;
  audit->baseline_path = options.baseline_path;
  return Status::Ok();
}

void AddShownDocument(const Extractor& extractor, const Document& doc,
                      Audit* audit) {
  DocAudit d;
  d.doc = doc;
  Status s = extractor.Extract(doc, &d.record);
  if (!s.ok()) {
    d.error = "error: " + s.code() + ": " + s.message();
    d.record = Record();
  }
  PairItems(nullptr, &d);
  audit->docs.push_back(std::move(d));
}

Status ParseThresholds(const std::string& spec,
                       std::map<std::string, double>* thresholds) {
  std::vector<Figure> known = Figures(ScoreReport());
  size_t at = 0;
  while (at <= spec.size()) {
    size_t comma = spec.find(',', at);
    if (comma == std::string::npos) comma = spec.size();
    std::string item = spec.substr(at, comma - at);
    at = comma + 1;
    if (item.empty()) continue;
    size_t eq = item.find('=');
    std::string name = item.substr(0, eq);
    bool ok = std::any_of(known.begin(), known.end(),
                          [&](const Figure& f) { return f.name == name; });
    if (!ok) {
      std::string names;
      for (const Figure& f : known) names += (names.empty() ? "" : ", ") + f.name;
      return Status::Error("bad_threshold",
                           "unknown figure '" + name + "'; expected one of: " +
                               names,
                           "--min-f1");
    }
    std::string number = eq == std::string::npos ? "" : item.substr(eq + 1);
    char* end = nullptr;
    double v = number.empty() ? -1 : std::strtod(number.c_str(), &end);
    if (number.empty() || *end != '\0' || v < 0 || v > 1)
      return Status::Error("bad_threshold",
                           "expected " + name + "=NUMBER in [0,1], not '" +
                               item + "'",
                           "--min-f1");
    (*thresholds)[name] = v;
  }
  return Status::Ok();
}

std::vector<std::string> BelowThresholds(
    const ScoreReport& report, const std::map<std::string, double>& thresholds) {
  std::vector<std::string> out;
  for (const Figure& f : Figures(report)) {
    auto it = thresholds.find(f.name);
    if (it == thresholds.end()) continue;
    double v = f.defined ? f.value : 0;
    if (v < it->second)
      out.push_back(f.label + " " + (f.defined ? Fixed(v) : "undefined") +
                    " < " + Fixed(it->second));
  }
  return out;
}

}  // namespace newsevents
