// The audit as one self-contained HTML page: a summary table and a bar chart
// of the figures, then each article with its extracted spans highlighted by
// role, gold and predicted facts side by side, and every finding.
//
// Everything that comes from an article, a gold file or a prediction is
// written through HtmlEscape(), in text or in double-quoted attributes, and
// never into the script; the Content-Security-Policy forbids any load from the
// network, so an article with `<script>` or `"><img onerror=...>` is shown as
// text and runs nothing.
#include <algorithm>
#include <cstdio>
#include <map>
#include <set>
#include <string>

#include "eval/audit.h"
#include "eval/audit_page.h"
#include "eval/score_text.h"

namespace newsevents {
namespace {

const char* Grade(double v) { return v >= 0.8 ? "good" : v >= 0.5 ? "fair" : "poor"; }

std::string Attr(const std::string& name, const std::string& value) {
  return " " + name + "=\"" + HtmlEscape(value) + "\"";
}

bool Boundary(const std::string& text, int i) {
  return i == static_cast<int>(text.size()) ||
         (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
}

bool Usable(const Mention& m, const std::string& text) {
  return m.start >= 0 && m.end > m.start &&
         m.end <= static_cast<int>(text.size()) && Boundary(text, m.start) &&
         Boundary(text, m.end);
}

// ------------------------------------------------------- highlighted text

struct Mark {
  int start = 0, end = 0;  // the fact's span (a piece may be shorter)
  int from = 0, to = 0;    // the piece rendered
  std::string role;        // actor, treaty, trigger, date, quote, speaker, ngo, miss
  std::set<std::string> facts;
  std::string info, status;
};

int RoleRank(const std::string& role) {
  static const char* kRoles[] = {"miss",  "quote", "speaker", "ngo",
                                 "actor", "treaty", "date",   "trigger"};
  for (int i = 0; i < 8; ++i)
    if (role == kRoles[i]) return i;
  return 8;
}

class MarkSet {
 public:
  explicit MarkSet(const std::string& text) : text_(text) {}
  void Add(const Mention& m, const std::string& role, const std::string& fact,
           const std::string& info, const std::string& status) {
    if (!Usable(m, text_)) return;
    std::string key =
        std::to_string(m.start) + ":" + std::to_string(m.end) + ":" + role;
    auto [it, fresh] = marks_.try_emplace(key);
    Mark& mark = it->second;
    if (fresh) {
      mark.start = mark.from = m.start;
      mark.end = mark.to = m.end;
      mark.role = role;
    }
    if (!fact.empty() && !mark.facts.insert(fact).second) return;
    mark.info += (mark.info.empty() ? "" : "\n\n") + info;
    if (mark.status.empty() || status == "false_positive") mark.status = status;
  }

  // The article as HTML: marks nested, a mark that crosses the end of an
  // enclosing one split into pieces that keep the fact's data-start/end.
  std::string Render() const {
    auto less = [](const Mark& a, const Mark& b) {
      if (a.from != b.from) return a.from < b.from;
      if (a.to != b.to) return a.to > b.to;
      return RoleRank(a.role) < RoleRank(b.role);
    };
    std::multiset<Mark, decltype(less)> queue(less);
    for (const auto& [key, m] : marks_) queue.insert(m);
    std::string out;
    std::vector<int> open;  // ends of the open marks
    int pos = 0;
    auto close_to = [&](int limit) {
      while (!open.empty() && open.back() <= limit) {
        out += HtmlEscape(text_.substr(pos, open.back() - pos)) + "</mark>";
        pos = open.back();
        open.pop_back();
      }
    };
    while (!queue.empty()) {
      Mark m = *queue.begin();
      queue.erase(queue.begin());
      close_to(m.from);
      if (!open.empty() && m.to > open.back()) {
        Mark rest = m;
        rest.from = open.back();
        queue.insert(rest);
        m.to = open.back();
      }
      out += HtmlEscape(text_.substr(pos, m.from - pos));
      pos = m.from;
      out += "<mark" + Attr("class", "m r-" + m.role + " st-" + m.status) +
             Attr("data-role", m.role) +
             Attr("data-start", std::to_string(m.start)) +
             Attr("data-end", std::to_string(m.end)) +
             Attr("data-facts", Join(m.facts)) + Attr("title", m.info) +
             (m.from != m.start || m.to != m.end ? " data-part=\"1\"" : "") +
             ">";
      open.push_back(m.to);
    }
    close_to(static_cast<int>(text_.size()));
    out += HtmlEscape(text_.substr(pos));
    return out;
  }

 private:
  static std::string Join(const std::set<std::string>& s) {
    std::string out;
    for (const std::string& x : s) out += (out.empty() ? "" : " ") + x;
    return out;
  }
  const std::string& text_;
  std::map<std::string, Mark> marks_;
};

std::string StatusOf(const DocAudit& d, const std::string& id) {
  for (const AuditItem& i : d.predicted)
    if (i.id == id) return ItemStatusName(i.status);
  return "unscored";
}

std::string RuleLine(const std::string& rule) {
  return rule.empty() ? "" : "\nrule: " + rule;
}

std::string Marked(const DocAudit& d) {
  const Record& r = d.record;
  const std::string& text = d.doc.text;
  MarkSet marks(text);
  for (const Event& e : r.events) {
    std::string status = StatusOf(d, e.id);
    std::string head = e.id + " " + e.type + "/" + e.modality + " [" + status +
                       "]\nactor: " + e.actor.name +
                       (e.actor.code.empty() ? "" : " (" + e.actor.code + ")") +
                       (e.actor.organ.empty() ? "" : ", organ " + e.actor.organ) +
                       "\ntreaty: " + e.treaty.name +
                       (e.treaty.id.empty() ? "" : " (" + e.treaty.id + ")") +
                       "\ndate: " + (e.date ? e.date->value : "none");
    std::string rule = RuleLine(e.rule);
    marks.Add(e.actor.mention, "actor", e.id, "actor of " + head + rule, status);
    marks.Add(e.treaty.mention, "treaty", e.id, "treaty of " + head + rule,
              status);
    if (e.date)
      marks.Add(e.date->mention, "date", e.id,
                "date of " + head + RuleLine(e.date->rule), status);
    marks.Add(e.trigger, "trigger", e.id, "trigger of " + head + rule, status);
    for (const EventMention& m : e.mentions)
      marks.Add(m.trigger, "trigger", e.id,
                "trigger of " + head + RuleLine(m.rule), status);
  }
  for (const Quote& q : r.quotes) {
    std::string status = StatusOf(d, q.id);
    std::string head = q.id + " " + q.kind + " quote [" + status +
                       "]\nspeaker: " + q.speaker.name +
                       (q.speaker.title.empty() ? "" : ", " + q.speaker.title) +
                       (q.speaker.affiliation.empty()
                            ? ""
                            : " (" + q.speaker.affiliation + ")") +
                       RuleLine(q.rule);
    marks.Add(q.mention, "quote", q.id, head, status);
    marks.Add(q.speaker.mention, "speaker", q.id, "speaker of " + head, status);
  }
  for (const Reaction& x : r.reactions) {
    std::string status = StatusOf(d, x.id);
    marks.Add(x.org.mention, "ngo", x.id,
              x.id + " reaction [" + status + "]\norganisation: " +
                  x.org.name + "\nstance: " + x.stance + "\nto: " +
                  (x.event.empty() ? "(not an agreement event)" : x.event) +
                  RuleLine(x.rule),
              status);
  }
  for (size_t i = 0; i < r.timexes.size(); ++i) {
    const Timex& t = r.timexes[i];
    std::string id = "t" + std::to_string(i + 1);
    std::string status = StatusOf(d, id);
    marks.Add(t.mention, "date", id,
              id + " timex [" + status + "]\n" + t.type + " " + t.value +
                  (t.anchor.empty() ? "" : "\nanchored to " + t.anchor) +
                  RuleLine(t.rule),
              status);
  }
  for (const AuditFinding& a : d.findings) {
    const Finding& f = a.finding;
    if (f.kind != Finding::kMiss) continue;
    marks.Add(f.span, "miss", "", "MISS " + f.category + ": " + f.what +
              (a.nearest.empty() ? "" : "\nnearest rule: " + a.nearest),
              "miss");
  }
  return marks.Render();
}

// ----------------------------------------------------------------- summary

std::string Legend() {
  std::string out = "<div class=\"legend\">";
  for (const char* role :
       {"actor", "treaty", "trigger", "date", "quote", "speaker", "ngo"})
    out += std::string("<span class=\"key r-") + role + "\">" + role + "</span>";
  out +=
      "<span class=\"key r-miss\">gold missed</span>"
      "<mark class=\"key st-false_positive\" style=\"background:none\">"
      "false positive</mark>"
      "<span class=\"meta\">hover a span for its rule and value; click to "
      "select the fact</span></div>";
  return out;
}

std::string SummaryTable(const ScoreReport& r) {
  std::string out =
      "<table class=\"summary\"><tr><th class=\"l\">figure</th><th>docs</th>"
      "<th>gold</th><th>pred</th><th>tp</th><th>fp</th><th>fn</th><th>P</th>"
      "<th>R</th><th>F1</th></tr>";
  const std::pair<const char*, const Counts*> rows[] = {
      {"events", &r.events},
      {"quotes", &r.quotes},
      {"reactions", &r.reactions},
      {"timexes", &r.timexes},
      {"attributions", &r.attributions}};
  for (const auto& [name, c] : rows) {
    if (c->docs == 0) {
      if (std::string(name) != "attributions")
        out += std::string("<tr><td class=\"l\">") + name +
               "</td><td colspan=\"9\" class=\"l meta\">not annotated</td></tr>";
      continue;
    }
    out += std::string("<tr><td class=\"l\">") + name + "</td><td>" +
           std::to_string(c->docs) + "</td><td>" + std::to_string(c->gold) +
           "</td><td>" + std::to_string(c->pred) + "</td><td>" +
           std::to_string(c->tp_gold) + "</td><td>" + std::to_string(c->fp()) +
           "</td><td>" + std::to_string(c->fn()) + "</td><td>" +
           Fixed(c->precision()) + "</td><td>" + Fixed(c->recall()) +
           "</td><td class=\"" + Grade(c->f1()) + "\">" + Fixed(c->f1()) +
           "</td></tr>";
  }
  for (const Figure& f : Figures(r)) {
    if (f.name == "events" || f.name == "quotes" || f.name == "reactions" ||
        f.name == "timexes" || f.name == "attributions")
      continue;
    out += "<tr class=\"field\"><td class=\"l\" colspan=\"9\">" +
           HtmlEscape(f.label) + "</td><td" +
           (f.defined ? std::string(" class=\"") + Grade(f.value) + "\">" +
                            Fixed(f.value)
                      : std::string(">-")) +
           "</td></tr>";
  }
  return out + "</table>";
}

// A horizontal bar per defined figure; with a baseline, a tick at its value.
std::string Chart(const Audit& audit) {
  std::vector<Figure> now = Figures(audit.total);
  std::vector<Figure> before = audit.has_baseline ? Figures(audit.baseline)
                                                  : std::vector<Figure>();
  const int label_w = 160, bar_w = 240, row_h = 22;
  std::string rows;
  int n = 0;
  for (size_t i = 0; i < now.size(); ++i) {
    const Figure& f = now[i];
    if (!f.defined) continue;
    int y = 24 + n * row_h;
    const char* color = f.value >= 0.8 ? "#16a34a" : f.value >= 0.5 ? "#d97706" : "#dc2626";
    rows += "<text x=\"" + std::to_string(label_w - 6) + "\" y=\"" +
            std::to_string(y + 14) + "\" text-anchor=\"end\">" +
            HtmlEscape(f.label) + "</text>";
    rows += "<rect x=\"" + std::to_string(label_w) + "\" y=\"" +
            std::to_string(y + 3) + "\" width=\"" + std::to_string(bar_w) +
            "\" height=\"14\" fill=\"#f1f5f9\"/>";
    rows += "<rect class=\"bar\" data-figure=\"" + f.name + "\" x=\"" +
            std::to_string(label_w) + "\" y=\"" + std::to_string(y + 3) +
            "\" width=\"" + Fixed(f.value * bar_w, "%.1f") +
            "\" height=\"14\" fill=\"" + color + "\"/>";
    if (i < before.size() && before[i].defined) {
      std::string x = Fixed(label_w + before[i].value * bar_w, "%.1f");
      rows += "<line x1=\"" + x + "\" x2=\"" + x + "\" y1=\"" +
              std::to_string(y) + "\" y2=\"" + std::to_string(y + 20) +
              "\" stroke=\"#111827\" stroke-width=\"2\"><title>baseline " +
              Fixed(before[i].value) + "</title></line>";
    }
    rows += "<text x=\"" + std::to_string(label_w + bar_w + 6) + "\" y=\"" +
            std::to_string(y + 14) + "\" fill=\"" + color + "\">" +
            Fixed(f.value) + "</text>";
    ++n;
  }
  int h = 30 + n * row_h;
  return "<svg class=\"chart\" width=\"" +
         std::to_string(label_w + bar_w + 50) + "\" height=\"" +
         std::to_string(h) + "\" font-size=\"12\" role=\"img\" aria-label=\"F1 "
         "per field\"><text x=\"0\" y=\"14\" font-weight=\"600\">F1 / accuracy "
         "per field" + (audit.has_baseline ? " (tick: baseline)" : "") +
         "</text>" + rows + "</svg>";
}

std::string FigureChanges(const Audit& audit) {
  std::string out = "<div class=\"card\"><h3>Change since baseline " +
                    HtmlEscape(audit.baseline_path) +
                    "</h3><table><tr><th class=\"l\">figure</th><th>before</th>"
                    "<th>after</th><th>change</th></tr>";
  for (const FigureChange& c : audit.figure_changes) {
    if (!c.defined) continue;
    double d = c.after - c.before;
    out += "<tr><td class=\"l\">" + HtmlEscape(c.label) + "</td><td>" +
           Fixed(c.before) + "</td><td>" + Fixed(c.after) + "</td><td class=\"" +
           (d > 0 ? "up" : d < 0 ? "down" : "") + "\">" +
           (d == 0 ? std::string("=") : Fixed(d, "%+.3f")) + "</td></tr>";
  }
  return out + "</table></div>";
}

// ---------------------------------------------------------- per document

std::string ItemHtml(const AuditItem& i) {
  std::string status = ItemStatusName(i.status);
  std::string label = i.status == ItemStatus::kFalsePositive ? "FP"
                      : i.status == ItemStatus::kWrongValue  ? "WRONG"
                      : i.status == ItemStatus::kMiss        ? "MISS"
                      : i.status == ItemStatus::kMatched     ? "OK"
                                                             : "NOT SCORED";
  std::string title = status + (i.detail.empty() ? "" : ": " + i.detail) +
                      (i.rule.empty() ? "" : "\nrule: " + i.rule);
  return "<span" + Attr("class", "item st-" + status) +
         (i.id.empty() ? "" : Attr("data-facts", i.id)) + Attr("title", title) +
         "><span class=\"badge b-" + status + "\">" + label + "</span>" +
         (i.id.empty() ? "" : "<b>" + HtmlEscape(i.id) + "</b> ") +
         HtmlEscape(i.name) +
         (i.detail.empty() ? "" : "<br><span class=\"rule\">" +
                                      HtmlEscape(i.detail) + "</span>") +
         (i.rule.empty() ? "" : " <span class=\"rule\">" + HtmlEscape(i.rule) +
                                    "</span>") +
         "</span>";
}

std::string SideBySide(const DocAudit& d) {
  std::string out = "<table class=\"sbs\"><tr>";
  out += d.has_gold ? "<th>gold</th><th>predicted</th></tr>"
                    : "<th>extracted (no gold)</th></tr>";
  for (const char* category : {"events", "quotes", "reactions", "timexes"}) {
    std::string gold, pred;
    for (const AuditItem& i : d.gold)
      if (i.category == category) gold += ItemHtml(i);
    for (const AuditItem& i : d.predicted)
      if (i.category == category) pred += ItemHtml(i);
    if (gold.empty() && pred.empty()) continue;
    out += std::string("<tr><th colspan=\"2\">") + category + "</th></tr><tr>";
    if (d.has_gold) out += "<td>" + gold + "</td>";
    out += "<td>" + pred + "</td></tr>";
  }
  return out + "</table>";
}

std::string FindingsHtml(const DocAudit& d) {
  if (d.findings.empty()) return "";
  std::string out = "<h3>Findings (" + std::to_string(d.findings.size()) +
                    ")</h3><ol class=\"findings\">";
  for (const AuditFinding& a : d.findings) {
    const Finding& f = a.finding;
    std::string kind = FindingKindName(f.kind), label = kind;
    std::replace(label.begin(), label.end(), '_', ' ');
    out += "<li><span class=\"badge b-" + HtmlEscape(kind) + "\">" +
           HtmlEscape(label) + "</span>" + HtmlEscape(f.category) + ": " +
           HtmlEscape(f.what);
    if (!f.rule.empty())
      out += " <span class=\"rule\">" + HtmlEscape(f.rule) + "</span>";
    if (!f.detail.empty()) out += "<br>" + HtmlEscape(f.detail);
    if (!a.nearest.empty())
      out += "<br><span class=\"rule\">nearest rule that fired: " +
             HtmlEscape(a.nearest) + "</span>";
    if (!f.sentence.empty())
      out += "<div class=\"sent\">" + HtmlEscape(f.sentence) + "</div>";
    out += "</li>";
  }
  return out + "</ol>";
}

std::string ChangesHtml(const DocAudit& d) {
  std::string out = "<h3>Since the baseline</h3>";
  if (d.changes.empty()) return out + "<p class=\"meta\">no fact changed</p>";
  out += "<ul class=\"findings\">";
  for (const FactChange& c : d.changes) {
    std::string kind = FactChangeKindName(c.kind);
    out += "<li><span class=\"badge b-" + kind + "\">" + kind + "</span>" +
           HtmlEscape(c.category) + ": " + HtmlEscape(c.what) +
           (c.detail.empty() ? "" : "<br>" + HtmlEscape(c.detail)) + "</li>";
  }
  return out + "</ul>";
}

std::string DocHtml(const Audit& audit, const DocAudit& d) {
  std::string out = "<section class=\"doc card\"" + Attr("id", "doc-" + d.doc.id) +
                    "><h2>" + HtmlEscape(d.doc.id);
  if (!d.doc.dct.empty())
    out += " <span class=\"meta\">published " + HtmlEscape(d.doc.dct) + "</span>";
  if (d.has_gold)
    for (const Figure& f : Figures(d.score))
      if (f.defined && (f.name == "events" || f.name == "quotes" ||
                        f.name == "reactions" || f.name == "timexes"))
        out += " <span class=\"pill\">" + HtmlEscape(f.label) + " " +
               Fixed(f.value, "%.2f") + "</span>";
  out += "</h2>";
  if (!d.error.empty())
    out += "<p class=\"poor\">" + HtmlEscape(d.error) + "</p>";
  out += "<div class=\"cols\"><div><pre class=\"text\">" + Marked(d) +
         "</pre></div><aside><div class=\"panel\">Click a highlighted span or a "
         "fact to see its rule and values here.</div>" +
         FindingsHtml(d) + SideBySide(d) +
         (audit.has_baseline ? ChangesHtml(d) : "") + "</aside></div></section>";
  return out;
}

std::string DocIndex(const Audit& audit) {
  std::string out =
      "<table><tr><th class=\"l\">document</th><th>events F1</th><th>quotes "
      "F1</th><th>reactions F1</th><th>timexes F1</th><th>findings</th></tr>";
  for (const DocAudit& d : audit.docs) {
    out += "<tr><td class=\"l\"><a" + Attr("href", "#doc-" + d.doc.id) + ">" +
           HtmlEscape(d.doc.id) + "</a></td>";
    for (const Figure& f : Figures(d.score)) {
      if (f.name != "events" && f.name != "quotes" && f.name != "reactions" &&
          f.name != "timexes")
        continue;
      out += f.defined ? "<td class=\"" + std::string(Grade(f.value)) + "\">" +
                             Fixed(f.value, "%.2f") + "</td>"
                       : "<td>-</td>";
    }
    out += "<td>" + std::to_string(d.findings.size()) + "</td></tr>";
  }
  return out + "</table>";
}

}  // namespace

std::string HtmlEscape(const std::string& text) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

std::string AuditHtml(const Audit& audit) {
  std::string title = "newsevents audit: " + audit.title;
  std::string out =
      "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
      "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src "
      "'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'\">"
      "<meta name=\"viewport\" content=\"width=device-width\"><title>" +
      HtmlEscape(title) + "</title><style>" + kAuditCss +
      "</style></head><body>";
  out += "<h1>" + HtmlEscape(title) + "</h1><div class=\"meta\">";
  if (audit.has_gold) {
    out += std::to_string(audit.docs.size()) +
           (audit.docs.size() == 1 ? " document" : " documents") +
           " with gold; predictions: " + HtmlEscape(audit.predictions);
  } else {
    out += std::to_string(audit.docs.size()) +
           " article(s) without gold: the extracted facts only";
  }
  out += "</div>";
  if (audit.has_gold) {
    out += "<div class=\"card top\"><div>" + SummaryTable(audit.total) +
           "</div>" + Chart(audit) + "</div>";
    if (audit.has_baseline) out += FigureChanges(audit);
    if (audit.docs.size() > 1) out += "<div class=\"card\">" + DocIndex(audit) + "</div>";
  }
  out += "<div class=\"card\">" + Legend() + "</div>";
  for (const DocAudit& d : audit.docs) out += DocHtml(audit, d);
  out += "<script>" + std::string(kAuditJs) + "</script></body></html>\n";
  return out;
}

}  // namespace newsevents
