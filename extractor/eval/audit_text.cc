// The audit on the terminal (an aligned table, the findings, the changes
// since the baseline) and as JSON for machines.
#include <cstdio>
#include <nlohmann/json.hpp>
#include <string>

#include "eval/audit.h"
#include "eval/score_text.h"

namespace newsevents {
namespace {

using Json = nlohmann::json;

// printf into a std::string.
template <typename... Args>
std::string Format(const char* format, Args... args) {
  char buf[512];
  std::snprintf(buf, sizeof buf, format, args...);
  return buf;
}


std::string Table(const ScoreReport& r) {
  std::string out = Format("%-24s %5s %5s %5s %5s %5s %5s %6s %6s %6s\n",
                           "figure", "docs", "gold", "pred", "tp", "fp", "fn",
                           "P", "R", "F1");
  for (const ScoreRow& row : ScoreRows(r)) {
    const Counts& c = *row.counts;
    if (c.docs == 0) {
      out += Format("%-24s %5d %5s %5s %5s %5s %5s %6s %6s %6s  not annotated\n",
                    row.name, 0, "-", "-", "-", "-", "-", "-", "-", "-");
      continue;
    }
    out += Format("%-24s %5d %5d %5d %5d %5d %5d %6s %6s %6s\n", row.name,
                  c.docs, c.gold, c.pred, c.tp_gold, c.fp(), c.fn(),
                  Fixed(c.precision()).c_str(), Fixed(c.recall()).c_str(),
                  Fixed(c.f1()).c_str());
  }
  // The field figures of gold.md, aligned under F1.
  for (const Figure& f : Figures(r)) {
    if (f.name == "events" || f.name == "quotes" || f.name == "reactions" ||
        f.name == "timexes" || f.name == "attributions")
      continue;
    out += Format("%-24s %5s %5s %5s %5s %5s %5s %6s %6s %6s\n",
                  f.label.c_str(), "", "", "", "", "", "", "", "",
                  f.defined ? Fixed(f.value).c_str() : "-");
  }
  return out;
}

std::string Findings(const DocAudit& d) {
  std::string out;
  for (const AuditFinding& a : d.findings) {
    const Finding& f = a.finding;
    const char* kind = f.kind == Finding::kMiss            ? "MISS "
                       : f.kind == Finding::kFalsePositive ? "FP   "
                                                           : "WRONG";
    out += std::string("  ") + kind + " " + Format("%-10s", f.category.c_str()) +
           " " + Clip(f.what, 160);
    if (!f.rule.empty()) out += "  [" + f.rule + "]";
    out += "\n";
    if (!f.detail.empty() && d.error.empty()) out += "        " + f.detail + "\n";
    if (!a.nearest.empty())
      out += "        nearest rule that fired: " + a.nearest + "\n";
    if (!f.sentence.empty()) out += "        | " + Clip(f.sentence, 300) + "\n";
  }
  return out;
}

std::string Changes(const Audit& audit) {
  std::string out = "\nchanges since " + audit.baseline_path + "\n";
  out += Format("%-24s %8s %8s %8s\n", "figure", "before", "after", "change");
  for (const FigureChange& c : audit.figure_changes) {
    if (!c.defined) continue;
    out += Format("%-24s %8s %8s %8s\n", c.label.c_str(),
                  Fixed(c.before).c_str(), Fixed(c.after).c_str(),
                  c.after == c.before ? "=" : Fixed(c.after - c.before, "%+.3f").c_str());
  }
  for (const DocAudit& d : audit.docs) {
    if (d.changes.empty()) continue;
    out += "\n== " + d.doc.id + "\n";
    for (const FactChange& c : d.changes) {
      const char* sign = c.kind == FactChange::kAppeared      ? "+"
                         : c.kind == FactChange::kDisappeared ? "-"
                                                              : "~";
      out += std::string("  ") + sign + " " + Format("%-10s", c.category.c_str()) +
             " " + Clip(c.what, 160) + "\n";
      if (!c.detail.empty()) out += "        " + c.detail + "\n";
    }
  }
  return out;
}

// `show`: no gold, so the facts themselves.
std::string Facts(const DocAudit& d) {
  std::string out;
  for (const AuditItem& i : d.predicted) {
    out += "  " + Format("%-4s", i.id.c_str()) + " " +
           Format("%-10s", i.category.c_str()) + " " + Clip(i.name, 160);
    if (!i.rule.empty()) out += "  [" + i.rule + "]";
    out += "\n";
  }
  return out;
}

Json CountsJson(const Counts& c) {
  return {{"docs", c.docs},       {"gold", c.gold},
          {"pred", c.pred},       {"tp", c.tp_gold},
          {"fp", c.fp()},         {"fn", c.fn()},
          {"precision", c.precision()}, {"recall", c.recall()},
          {"f1", c.f1()}};
}

Json FiguresJson(const ScoreReport& r) {
  Json j = Json::object();
  for (const Figure& f : Figures(r))
    j[f.name] = f.defined ? Json(f.value) : Json(nullptr);
  return j;
}

Json ItemJson(const AuditItem& i) {
  Json j = {{"category", i.category},
            {"name", i.name},
            {"status", ItemStatusName(i.status)}};
  if (!i.id.empty()) j["id"] = i.id;
  if (!i.rule.empty()) j["rule"] = i.rule;
  if (!i.detail.empty()) j["detail"] = i.detail;
  return j;
}

}  // namespace

std::string AuditText(const Audit& audit, bool details) {
  std::string out;
  if (!audit.has_gold) {
    for (const DocAudit& d : audit.docs) {
      out += "== " + d.doc.id + (d.doc.dct.empty() ? "" : "  dct " + d.doc.dct) +
             "\n";
      if (!d.error.empty()) out += "  " + d.error + "\n";
      out += Facts(d);
    }
    return out;
  }
  const ScoreReport& r = audit.total;
  out += "gold " + audit.title + ": " + std::to_string(r.gold_docs) +
         " documents; predictions: " + audit.predictions + "\n\n";
  out += Table(r);
  for (const std::string& w : r.warnings) out += "warning: " + w + "\n";
  if (!r.missing_docs.empty()) {
    out += "\nmissing documents (" + std::to_string(r.missing_docs.size()) +
           "): all their gold counts as misses\n";
    for (const MissingDoc& m : r.missing_docs)
      out += "  " + m.doc + ": " + m.reason + "\n";
  }
  if (details) {
    out += "\naudit (" + std::to_string(r.findings.size()) + " findings)\n";
    for (const DocAudit& d : audit.docs) {
      if (d.findings.empty()) continue;
      out += "\n== " + d.doc.id + (d.error.empty() ? "" : "  (" + d.error + ")") +
             "\n" + Findings(d);
    }
  } else if (!r.findings.empty()) {
    out += "\n" + std::to_string(r.findings.size()) +
           " findings not shown; add --details to list them\n";
  }
  if (audit.has_baseline) out += Changes(audit);
  return out;
}

std::string AuditJson(const Audit& audit) {
  Json j;
  j["title"] = audit.title;
  j["predictions"] = audit.predictions;
  if (audit.has_gold) {
    const ScoreReport& r = audit.total;
    j["gold_docs"] = r.gold_docs;
    for (const ScoreRow& row : ScoreRows(r))
      j["categories"][row.name] = CountsJson(*row.counts);
    j["figures"] = FiguresJson(r);
    j["missing_docs"] = Json::array();
    for (const MissingDoc& m : r.missing_docs)
      j["missing_docs"].push_back({{"doc", m.doc}, {"reason", m.reason}});
    j["warnings"] = r.warnings;
  }
  if (audit.has_baseline) {
    j["baseline"]["path"] = audit.baseline_path;
    j["baseline"]["figures"] = FiguresJson(audit.baseline);
    Json& delta = j["baseline"]["change"];
    delta = Json::object();
    for (const FigureChange& c : audit.figure_changes)
      delta[c.name] = c.defined ? Json(c.after - c.before) : Json(nullptr);
  }
  j["docs"] = Json::array();
  for (const DocAudit& d : audit.docs) {
    Json x = {{"id", d.doc.id}, {"dct", d.doc.dct}};
    if (!d.error.empty()) x["error"] = d.error;
    if (d.has_gold) x["figures"] = FiguresJson(d.score);
    x["gold"] = Json::array();
    for (const AuditItem& i : d.gold) x["gold"].push_back(ItemJson(i));
    x["predicted"] = Json::array();
    for (const AuditItem& i : d.predicted) x["predicted"].push_back(ItemJson(i));
    x["findings"] = Json::array();
    for (const AuditFinding& a : d.findings) {
      const Finding& f = a.finding;
      Json y = {{"kind", FindingKindName(f.kind)},
                {"category", f.category},
                {"what", f.what},
                {"sentence", f.sentence}};
      if (!f.detail.empty()) y["detail"] = f.detail;
      if (!f.rule.empty()) y["rule"] = f.rule;
      if (!a.nearest.empty()) y["nearest_rule"] = a.nearest;
      if (!f.span.empty()) y["span"] = {f.span.start, f.span.end};
      x["findings"].push_back(y);
    }
    if (audit.has_baseline) {
      x["changes"] = Json::array();
      for (const FactChange& c : d.changes) {
        Json y = {{"kind", FactChangeKindName(c.kind)},
                  {"category", c.category},
                  {"what", c.what}};
        if (!c.detail.empty()) y["detail"] = c.detail;
        x["changes"].push_back(y);
      }
    }
    j["docs"].push_back(x);
  }
  return j.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace newsevents
