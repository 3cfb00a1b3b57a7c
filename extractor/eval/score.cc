// Scoring of extractor output against gold (shared spec gold.md): the
// matching rules of every category and the audit lines they leave.
//
// Longer than 500 lines because it holds the matching rules of gold.md end to
// end; the readers of both inputs are eval/gold.cc and eval/predictions.cc.
#include "eval/score.h"

#include <algorithm>
#include <cctype>
#include <set>

#include "eval/score_text.h"
#include "text/tokenizer.h"

namespace newsevents {
namespace {

// ---------------------------------------------------------- descriptions

std::string Describe(const GoldEvent& e) {
  std::string s = e.type + "/" + e.modality + " " + e.actor.name;
  if (!e.organ.empty()) s += " (" + e.organ + ")";
  s += " -> " + e.treaty.name;
  if (!e.date.empty()) s += " @" + e.date;
  return s;
}

std::string Describe(const Event& e) {
  std::string s = e.type + "/" + e.modality + " " + e.actor.name;
  if (!e.actor.organ.empty()) s += " (" + e.actor.organ + ")";
  s += " -> " + e.treaty.name;
  if (e.date) s += " @" + e.date->value;
  return s;
}

std::string Quoted(const std::string& speaker, const std::string& kind,
                   const std::string& text) {
  return speaker + " [" + kind + "]: \"" + text + "\"";
}

std::string JoinNames(const std::vector<std::string>& names) {
  std::string s;
  for (const std::string& n : names) s += (s.empty() ? "" : ", ") + n;
  return "[" + s + "]";
}

// ----------------------------------------------------------- per document

// Scores one document; `rec` is null when the prediction is missing.
class DocScorer {
 public:
  // `missing` says why there is no record ("no prediction", "error: ...").
  DocScorer(const GoldDoc& gold, const Record* rec, std::string missing,
            ScoreReport* report)
      : gold_(gold), rec_(rec), missing_(std::move(missing)), report_(report) {}

  void Run() {
    if (gold_.has_events) ScoreEvents();
    if (gold_.has_quotes) ScoreQuotes();
    if (gold_.has_reactions) ScoreReactions();
    if (gold_.has_timexes) ScoreTimexes();
    if (gold_.has_attributions) ScoreAttributions();
  }

 private:
  void Add(Finding::Kind kind, const char* category, std::string what,
           Mention span, std::string sentence, std::string rule = "",
           std::string detail = "") {
    Finding f;
    f.kind = kind;
    f.category = category;
    f.doc = gold_.id;
    f.what = std::move(what);
    f.span = span;
    f.sentence = sentence.empty() ? SentenceAround(gold_.text, span)
                                  : CollapseSpaces(sentence);
    f.rule = std::move(rule);
    f.detail = std::move(detail);
    report_->findings.push_back(std::move(f));
  }

  // Where a gold event is talked about: the treaty's first mention, else
  // the actor's.
  Mention GoldEventSpan(const GoldEvent& e) const {
    std::vector<std::string> names = e.treaty.accept;
    names.push_back(e.treaty.name);
    Mention m = FindFirstOf(lower(), names);
    if (m.start >= 0) return m;
    names = e.actor.accept;
    names.push_back(e.actor.name);
    return FindFirstOf(lower(), names);
  }

  static bool EventMatches(const Event& p, const GoldEvent& g) {
    if (p.type != g.type || p.modality != g.modality) return false;
    bool actor = NameMatches(p.actor.name, g.actor) ||
                 (!p.actor.code.empty() && NameMatches(p.actor.code, g.actor));
    bool treaty = NameMatches(p.treaty.name, g.treaty) ||
                  (!p.treaty.id.empty() && NameMatches(p.treaty.id, g.treaty));
    return actor && treaty;
  }

  std::string EventSentence(const Event& e) const {
    for (const EventMention& m : e.mentions)
      if (ValidSpan(m.sentence, gold_.text))
        return SpanText(m.sentence, gold_.text);
    return "";
  }

  static Mention EventSpan(const Event& e) {
    if (!e.trigger.empty()) return e.trigger;
    for (const EventMention& m : e.mentions)
      if (!m.trigger.empty()) return m.trigger;
    return e.treaty.mention;
  }

  static std::string EventRule(const Event& e) {
    if (!e.rule.empty() || e.mentions.empty()) return e.rule;
    return e.mentions.front().rule;
  }

  // The gold name of an official, with the speaker aliases of gold quotes.
  GoldName OfficialName(const std::string& name) const {
    GoldName g{name, "", {}};
    std::string n = NormalizeName(name);
    for (const auto* list : {&gold_.quotes, &gold_.optional_quotes})
      for (const GoldQuote& q : *list)
        if (NormalizeName(q.speaker.name) == n)
          g.accept.insert(g.accept.end(), q.speaker.accept.begin(),
                          q.speaker.accept.end());
    return g;
  }

  GoldName OrgName(const std::string& org) const {
    GoldName g{org, "", {}};
    std::string n = NormalizeName(org);
    for (const GoldReaction& r : gold_.reactions)
      if (NormalizeName(r.org.name) == n)
        g.accept.insert(g.accept.end(), r.org.accept.begin(),
                        r.org.accept.end());
    return g;
  }

  // Compares the officials and reactions of a matched event pair.
  void ScoreEventFields(const Event& p, const GoldEvent& g) {
    Accuracy& dates = report_->event_dates;
    std::string pdate = p.date ? p.date->value : "";
    if (!g.date.empty() || !pdate.empty()) {
      ++dates.total;
      if (g.date == pdate) {
        ++dates.correct;
      } else {
        Add(Finding::kWrongValue, "events", Describe(g), EventSpan(p),
            EventSentence(p), EventRule(p),
            "date: gold " + (g.date.empty() ? "none" : g.date) +
                ", predicted " + (pdate.empty() ? "none" : pdate));
      }
    }
    // Officials by normalized name, once each.
    Counts off;
    off.gold = g.officials.size();
    off.pred = p.officials.size();
    std::vector<bool> used(g.officials.size(), false);
    for (const std::string& name : p.officials) {
      for (size_t i = 0; i < g.officials.size(); ++i) {
        if (used[i] || !NameMatches(name, OfficialName(g.officials[i])))
          continue;
        used[i] = true;
        ++off.tp_gold, ++off.tp_pred;
        break;
      }
    }
    report_->event_officials.Add(off);
    if (off.fp() || off.fn())
      Add(Finding::kWrongValue, "events", Describe(g), EventSpan(p),
          EventSentence(p), EventRule(p),
          "officials: gold " + JoinNames(g.officials) + ", predicted " +
              JoinNames(p.officials));
    // Reactions by org and stance, once each.
    Counts rea;
    rea.gold = g.reactions.size();
    std::vector<bool> taken(g.reactions.size(), false);
    std::vector<std::string> pred_names, gold_names;
    for (const GoldReaction& r : g.reactions)
      gold_names.push_back(r.org.name + " " + r.stance);
    for (const std::string& id : p.reactions) {
      const Reaction* r = nullptr;
      for (const Reaction& x : rec().reactions)
        if (x.id == id) r = &x;
      ++rea.pred;
      if (!r) {
        pred_names.push_back(id + "?");
        continue;
      }
      pred_names.push_back(r->org.name + " " + r->stance);
      for (size_t i = 0; i < g.reactions.size(); ++i) {
        if (taken[i] || r->stance != g.reactions[i].stance ||
            !NameMatches(r->org.name, OrgName(g.reactions[i].org.name)))
          continue;
        taken[i] = true;
        ++rea.tp_gold, ++rea.tp_pred;
        break;
      }
    }
    report_->event_reactions.Add(rea);
    if (rea.fp() || rea.fn())
      Add(Finding::kWrongValue, "events", Describe(g), EventSpan(p),
          EventSentence(p), EventRule(p),
          "reactions: gold " + JoinNames(gold_names) + ", predicted " +
              JoinNames(pred_names));
  }

  void ScoreEvents() {
    Counts& c = report_->events;
    ++c.docs;
    c.gold += gold_.events.size();
    std::vector<bool> matched(gold_.events.size(), false);
    for (const Event& p : rec().events) {
      int hit = -1;
      for (size_t i = 0; i < gold_.events.size() && hit < 0; ++i)
        if (!matched[i] && EventMatches(p, gold_.events[i])) hit = i;
      if (hit >= 0) {
        matched[hit] = true;
        ++c.pred, ++c.tp_gold, ++c.tp_pred;
        ScoreEventFields(p, gold_.events[hit]);
        continue;
      }
      bool optional = std::any_of(
          gold_.optional_events.begin(), gold_.optional_events.end(),
          [&](const GoldEvent& g) { return EventMatches(p, g); });
      if (optional) continue;
      ++c.pred;
      Add(Finding::kFalsePositive, "events", Describe(p), EventSpan(p),
          EventSentence(p), EventRule(p));
    }
    for (size_t i = 0; i < gold_.events.size(); ++i)
      if (!matched[i])
        Add(Finding::kMiss, "events", Describe(gold_.events[i]),
            GoldEventSpan(gold_.events[i]), "", "", MissReason());
  }

  std::string MissReason() const { return missing_; }
  const Record& rec() const { return rec_ ? *rec_ : empty_; }

  // The article lower-cased and with white space collapsed, made on demand.
  const LooseText& lower() const {
    if (lower_.at.empty()) lower_ = Loosen(gold_.text, true);
    return lower_;
  }

  Mention GoldQuoteSpan(const GoldQuote& q) const {
    Mention m = FindFirstOf(lower(), {q.text});
    if (m.start >= 0) return m;
    // The first few words: gold joins quote fragments that the article
    // separates with a reporting clause.
    for (int words : {6, 4, 2}) {
      size_t cut = 0;
      for (int w = 0; w < words && cut != std::string::npos; ++w)
        cut = q.text.find(' ', cut + 1);
      m = FindFirstOf(lower(), {q.text.substr(0, cut)});
      if (m.start >= 0) return m;
    }
    return m;
  }

  static bool QuoteMatches(const GoldQuote& g, const std::string& speaker,
                           const std::string& text, double* jaccard) {
    if (!NameMatches(speaker, g.speaker)) return false;
    *jaccard = WordJaccard(text, g.text);
    return *jaccard >= 0.5;
  }

  void ScoreQuotes() {
    Counts& c = report_->quotes;
    ++c.docs;
    c.gold += gold_.quotes.size();
    std::vector<bool> matched(gold_.quotes.size(), false);
    for (const Quote& p : rec().quotes) {
      std::string text = SpanText(p.mention, gold_.text);
      double jaccard = 0;
      if (p.kind == "indirect") continue;  // only optional; never an fp
      int best = -1;
      double best_j = 0;
      for (size_t i = 0; i < gold_.quotes.size(); ++i)
        if (!matched[i] &&
            QuoteMatches(gold_.quotes[i], p.speaker.name, text, &jaccard) &&
            jaccard > best_j)
          best = i, best_j = jaccard;
      if (best >= 0) {
        matched[best] = true;
        ++c.pred, ++c.tp_gold, ++c.tp_pred;
        continue;
      }
      bool optional =
          std::any_of(gold_.optional_quotes.begin(),
                      gold_.optional_quotes.end(), [&](const GoldQuote& g) {
                        return QuoteMatches(g, p.speaker.name, text, &jaccard);
                      });
      if (optional) continue;
      ++c.pred;
      Add(Finding::kFalsePositive, "quotes",
          Quoted(p.speaker.name, p.kind, text), p.mention, "", p.rule);
    }
    for (size_t i = 0; i < gold_.quotes.size(); ++i) {
      if (matched[i]) continue;
      const GoldQuote& g = gold_.quotes[i];
      Add(Finding::kMiss, "quotes", Quoted(g.speaker.name, g.kind, g.text),
          GoldQuoteSpan(g), "", "", MissReason());
    }
  }

  void ScoreReactions() {
    Counts& c = report_->reactions;
    ++c.docs;
    c.gold += gold_.reactions.size();
    std::vector<bool> matched(gold_.reactions.size(), false);
    for (const Reaction& p : rec().reactions) {
      ++c.pred;
      bool hit = false;
      for (size_t i = 0; i < gold_.reactions.size() && !hit; ++i) {
        if (matched[i] || p.stance != gold_.reactions[i].stance ||
            !NameMatches(p.org.name, gold_.reactions[i].org))
          continue;
        matched[i] = hit = true;
        ++c.tp_gold, ++c.tp_pred;
      }
      if (hit) continue;
      Mention at = !p.cue.empty() ? p.cue : p.org.mention;
      Add(Finding::kFalsePositive, "reactions", p.org.name + " " + p.stance, at,
          "", p.rule);
    }
    for (size_t i = 0; i < gold_.reactions.size(); ++i) {
      if (matched[i]) continue;
      const GoldReaction& g = gold_.reactions[i];
      std::vector<std::string> names = g.org.accept;
      names.insert(names.begin(), g.org.name);
      Add(Finding::kMiss, "reactions", g.org.name + " " + g.stance,
          FindFirstOf(lower(), names), "", "", MissReason());
    }
  }

  void ScoreTimexes() {
    Counts& c = report_->timexes;
    Counts& strict = report_->timex_strict;
    ++c.docs, ++strict.docs;
    const std::vector<Timex>& pred = rec().timexes;
    c.gold += gold_.timexes.size();
    strict.gold += gold_.timexes.size();
    c.pred += pred.size();
    strict.pred += pred.size();
    // Strict: exact spans, once each.
    std::vector<bool> used(pred.size(), false);
    for (const GoldTimex& g : gold_.timexes) {
      for (size_t k = 0; k < pred.size(); ++k) {
        if (used[k] || g.span.empty() ||
            pred[k].mention.start != g.span.start ||
            pred[k].mention.end != g.span.end)
          continue;
        used[k] = true;
        ++strict.tp_gold, ++strict.tp_pred;
        break;
      }
    }
    // Relaxed: exact spans first, then any overlap, once each.
    std::vector<int> match(gold_.timexes.size(), -1);
    std::fill(used.begin(), used.end(), false);
    for (int pass = 0; pass < 2; ++pass) {
      for (size_t i = 0; i < gold_.timexes.size(); ++i) {
        const Mention& g = gold_.timexes[i].span;
        for (size_t k = 0; k < pred.size() && match[i] < 0; ++k) {
          const Mention& m = pred[k].mention;
          bool ok = pass == 0
                        ? (m.start == g.start && m.end == g.end && !g.empty())
                        : Overlaps(m, g);
          if (used[k] || !ok) continue;
          used[k] = true;
          match[i] = k;
        }
      }
    }
    for (size_t i = 0; i < gold_.timexes.size(); ++i) {
      const GoldTimex& g = gold_.timexes[i];
      std::string what = "\"" + g.text + "\" " + g.type + " " + g.value;
      if (match[i] < 0) {
        Add(Finding::kMiss, "timexes", what, g.span, "", "",
            g.span.empty() ? "text not found in the article" : MissReason());
        continue;
      }
      const Timex& p = pred[match[i]];
      ++c.tp_gold, ++c.tp_pred;
      ++report_->timex_values.total, ++report_->timex_types.total;
      bool value_ok = p.value == g.value, type_ok = p.type == g.type;
      report_->timex_values.correct += value_ok;
      report_->timex_types.correct += type_ok;
      if (!value_ok || !type_ok)
        Add(Finding::kWrongValue, "timexes", what, p.mention, "", p.rule,
            "gold " + g.type + " " + g.value + ", predicted \"" +
                SpanText(p.mention, gold_.text) + "\" " + p.type + " " +
                p.value);
    }
    for (size_t k = 0; k < pred.size(); ++k) {
      if (used[k]) continue;
      const Timex& p = pred[k];
      Add(Finding::kFalsePositive, "timexes",
          "\"" + SpanText(p.mention, gold_.text) + "\" " + p.type + " " +
              p.value,
          p.mention, "", p.rule);
    }
  }

  static std::string LastWord(const std::string& s) {
    std::string n = NormalizeName(s);
    size_t sp = n.find_last_of(' ');
    return sp == std::string::npos ? n : n.substr(sp + 1);
  }

  bool SourceRight(const Quote& p, const GoldAttribution& g) const {
    if (g.source.empty()) return false;
    if (Overlaps(p.speaker.mention, g.source)) return true;
    std::string want = LastWord(g.source_text);
    return !want.empty() && LastWord(p.speaker.name) == want;
  }

  void ScoreAttributions() {
    Counts& c = report_->attributions;
    ++c.docs;
    c.gold += gold_.attributions.size();
    std::vector<const Quote*> pred;
    for (const Quote& q : rec().quotes)
      if (q.kind == "direct" || q.kind == "partial") pred.push_back(&q);
    c.pred += pred.size();
    for (const Quote* p : pred) {
      bool hit =
          std::any_of(gold_.attributions.begin(), gold_.attributions.end(),
                      [&](const GoldAttribution& g) {
                        return Overlaps(p->mention, g.content);
                      });
      if (hit) {
        ++c.tp_pred;
        continue;
      }
      // The gold keeps only attributions whose content holds a double
      // quotation mark (" “ ”), so it says nothing of a quote in other marks
      // (‘...’, ''...'').
      if (!HasDoubleQuoteMark(gold_.text, p->mention)) {
        --c.pred;
        ++report_->attributions_set_aside;
        continue;
      }
      Add(Finding::kFalsePositive, "attributions",
          Quoted(p->speaker.name, p->kind, SpanText(p->mention, gold_.text)),
          p->mention, "", p->rule);
    }
    for (const GoldAttribution& g : gold_.attributions) {
      bool found = false, source = false;
      for (const Quote* p : pred) {
        if (!Overlaps(p->mention, g.content)) continue;
        found = true;
        source = source || SourceRight(*p, g);
      }
      std::string what =
          Quoted(g.source_text, "attribution", SpanText(g.content, gold_.text));
      if (!found) {
        Add(Finding::kMiss, "attributions", what, g.content, "", "",
            MissReason());
        continue;
      }
      ++c.tp_gold;
      if (g.source.empty()) continue;
      ++report_->attribution_sources.total;
      if (source) {
        ++report_->attribution_sources.correct;
      } else {
        Add(Finding::kWrongValue, "attributions", what, g.content, "", "",
            "source: gold \"" + g.source_text + "\"");
      }
    }
  }

  const GoldDoc& gold_;
  const Record* rec_;
  const Record empty_;  // stands in for a missing record
  mutable LooseText lower_;
  std::string missing_;
  ScoreReport* report_;
};

int CategoryRank(const std::string& c) {
  static const char* kOrder[] = {"events", "quotes", "reactions", "timexes",
                                 "attributions"};
  for (int i = 0; i < 5; ++i)
    if (c == kOrder[i]) return i;
  return 5;
}

}  // namespace

// ------------------------------------------------------------ public API

double Counts::f1() const {
  double p = precision(), r = recall();
  return p + r > 0 ? 2 * p * r / (p + r) : 0;
}

void Counts::Add(const Counts& o) {
  docs += o.docs;
  gold += o.gold;
  pred += o.pred;
  tp_gold += o.tp_gold;
  tp_pred += o.tp_pred;
}

const char* FindingKindName(Finding::Kind kind) {
  switch (kind) {
    case Finding::kMiss:
      return "miss";
    case Finding::kFalsePositive:
      return "false_positive";
    case Finding::kWrongValue:
      return "wrong_value";
  }
  return "?";
}

std::string NormalizeName(const std::string& name) {
  std::string folded = Fold(name), out;
  for (size_t i = 0; i < folded.size(); ++i) {
    bool nbsp = folded.compare(i, 2, "\xC2\xA0") == 0;
    if (nbsp || std::isspace(static_cast<unsigned char>(folded[i]))) {
      if (!out.empty() && out.back() != ' ') out.push_back(' ');
      i += nbsp;
    } else {
      out.push_back(folded[i]);
    }
  }
  if (!out.empty() && out.back() == ' ') out.pop_back();
  if (out.compare(0, 4, "the ") == 0) out.erase(0, 4);
  return out;
}

bool NameMatches(const std::string& predicted, const GoldName& gold) {
  std::string p = NormalizeName(predicted);
  if (p.empty()) return false;
  if (p == NormalizeName(gold.name)) return true;
  if (!gold.code.empty() && p == NormalizeName(gold.code)) return true;
  for (const std::string& a : gold.accept)
    if (p == NormalizeName(a)) return true;
  return false;
}

double WordJaccard(const std::string& a, const std::string& b) {
  auto words = [](const std::string& s) {
    TokenizedText t;
    Tokenize(s, nullptr, &t);
    std::set<std::string> out;
    for (const Token& token : t.tokens)
      if (token.flags & Token::kWord) out.insert(std::string(t.Folded(token)));
    return out;
  };
  std::set<std::string> x = words(a), y = words(b);
  if (x.empty() && y.empty()) return 0;
  size_t common = 0;
  for (const std::string& w : x) common += y.count(w);
  return double(common) / double(x.size() + y.size() - common);
}

ScoreReport Score(const GoldCorpus& gold, const Predictions& pred) {
  ScoreReport report;
  report.warnings = pred.warnings;
  report.gold_docs = gold.docs.size();
  std::set<std::string> gold_ids;
  for (const GoldDoc& doc : gold.docs) {
    gold_ids.insert(doc.id);
    auto it = pred.records.find(doc.id);
    const Record* rec = it == pred.records.end() ? nullptr : &it->second;
    std::string missing;
    if (!rec) {
      auto err = pred.errors.find(doc.id);
      missing =
          err == pred.errors.end() ? "no prediction" : "error: " + err->second;
      report.missing_docs.push_back({doc.id, missing});
    }
    size_t first = report.findings.size();
    DocScorer(doc, rec, missing, &report).Run();
    std::stable_sort(report.findings.begin() + first, report.findings.end(),
                     [](const Finding& a, const Finding& b) {
                       int ca = CategoryRank(a.category),
                           cb = CategoryRank(b.category);
                       if (ca != cb) return ca < cb;
                       return a.span.start < b.span.start;
                     });
  }
  for (const auto& [id, rec] : pred.records)
    report.ignored_docs += !gold_ids.count(id);
  for (const auto& [id, err] : pred.errors)
    report.ignored_docs += !gold_ids.count(id);
  return report;
}

// ------------------------------------------ item names (for the audit)
// Keep these in step with the `what` of the Add() calls above.

std::string ItemName(const GoldEvent& e) { return Describe(e); }
std::string ItemName(const Event& e) { return Describe(e); }
std::string ItemName(const GoldQuote& q) {
  return Quoted(q.speaker.name, q.kind, q.text);
}
std::string ItemName(const Quote& q, const std::string& text) {
  return Quoted(q.speaker.name, q.kind, SpanText(q.mention, text));
}
std::string ItemName(const GoldReaction& r) {
  return r.org.name + " " + r.stance;
}
std::string ItemName(const Reaction& r) { return r.org.name + " " + r.stance; }
std::string ItemName(const GoldTimex& t) {
  return "\"" + t.text + "\" " + t.type + " " + t.value;
}
std::string ItemName(const Timex& t, const std::string& text) {
  return "\"" + SpanText(t.mention, text) + "\" " + t.type + " " + t.value;
}

std::vector<ScoreRow> ScoreRows(const ScoreReport& r) {
  std::vector<ScoreRow> rows = {{"events", &r.events},
                                {"quotes", &r.quotes},
                                {"reactions", &r.reactions},
                                {"timexes", &r.timexes}};
  if (r.attributions.docs > 0) rows.push_back({"attributions", &r.attributions});
  return rows;
}

}  // namespace newsevents
