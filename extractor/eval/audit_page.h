// The style sheet and the script of the audit page (eval/audit_html.cc), inlined
// so that the page is one self-contained file that needs no network.
// The script only reads data-* attributes and writes with textContent.
#ifndef NEWSEVENTS_EVAL_AUDIT_PAGE_H_
#define NEWSEVENTS_EVAL_AUDIT_PAGE_H_

namespace newsevents {

inline constexpr const char* kAuditCss = R"css(
:root { --actor:#2563eb; --treaty:#16a34a; --trigger:#ea580c; --date:#9333ea;
  --quote:#ca8a04; --speaker:#0d9488; --ngo:#db2777; --miss:#dc2626; }
* { box-sizing: border-box; }
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif;
  color: #1f2937; margin: 0; padding: 16px 24px; background: #f8fafc; }
h1 { font-size: 22px; margin: 0 0 2px; }
h2 { font-size: 18px; margin: 0 0 8px; display: flex; gap: 8px;
  align-items: baseline; flex-wrap: wrap; }
h3 { font-size: 14px; margin: 14px 0 6px; }
.meta { color: #6b7280; margin-bottom: 12px; }
.card { background: #fff; border: 1px solid #e5e7eb; border-radius: 8px;
  padding: 12px 16px; margin-bottom: 16px; }
.top { display: flex; gap: 24px; flex-wrap: wrap; align-items: flex-start; }
table { border-collapse: collapse; }
th, td { padding: 3px 8px; text-align: right; border-bottom: 1px solid #f1f5f9; }
th { color: #6b7280; font-weight: 600; border-bottom: 1px solid #e5e7eb; }
td.l, th.l { text-align: left; }
tr.field td.l { color: #4b5563; }
.good { color: #15803d; font-weight: 600; } .fair { color: #b45309; font-weight: 600; }
.poor { color: #b91c1c; font-weight: 600; }
.legend { display: flex; gap: 10px; flex-wrap: wrap; margin: 8px 0 0; }
.cols { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 16px; }
.text { white-space: pre-wrap; font: 15px/1.7 Georgia, "DejaVu Serif", serif;
  margin: 0; overflow-wrap: anywhere; }
mark.m { background: none; color: inherit; padding: 0 1px; border-radius: 3px;
  cursor: pointer; }
.r-actor { background: #dbeafe !important; box-shadow: inset 0 -2px var(--actor); }
.r-treaty { background: #dcfce7 !important; box-shadow: inset 0 -2px var(--treaty); }
.r-trigger { background: #ffedd5 !important; box-shadow: inset 0 -2px var(--trigger);
  font-weight: 700; }
.r-date { background: #f3e8ff !important; box-shadow: inset 0 -2px var(--date); }
.r-quote { background: #fef9c3 !important; font-style: italic; }
.r-speaker { background: #ccfbf1 !important; box-shadow: inset 0 -2px var(--speaker); }
.r-ngo { background: #fce7f3 !important; box-shadow: inset 0 -2px var(--ngo); }
.r-miss { outline: 2px dashed var(--miss); outline-offset: 1px; background: none; }
mark.st-false_positive { text-decoration: underline wavy var(--miss); }
mark.sel { outline: 2px solid #111827; }
.key { padding: 1px 6px; border-radius: 3px; font-size: 12px; }
.panel { position: sticky; top: 8px; background: #111827; color: #f9fafb;
  border-radius: 6px; padding: 8px 10px; white-space: pre-wrap; min-height: 3em;
  font: 12px/1.5 ui-monospace, "DejaVu Sans Mono", monospace; }
.sbs { width: 100%; table-layout: fixed; }
.sbs td { text-align: left; vertical-align: top; font-size: 12.5px; }
.sbs th { text-align: left; }
.item { display: block; padding: 2px 4px; margin: 2px 0; border-radius: 4px;
  border-left: 4px solid #9ca3af; background: #f9fafb; cursor: pointer;
  overflow-wrap: anywhere; }
.item.st-matched { border-color: #16a34a; } .item.st-miss { border-color: #dc2626;
  background: #fef2f2; } .item.st-false_positive { border-color: #dc2626;
  background: #fef2f2; } .item.st-wrong_value { border-color: #d97706;
  background: #fffbeb; }
.badge { display: inline-block; font-size: 11px; font-weight: 700; padding: 0 5px;
  border-radius: 3px; color: #fff; margin-right: 4px; background: #6b7280; }
.b-matched { background: #16a34a; } .b-miss, .b-false_positive { background: #dc2626; }
.b-wrong_value { background: #d97706; } .b-appeared { background: #16a34a; }
.b-disappeared { background: #dc2626; } .b-changed { background: #d97706; }
.rule { color: #6b7280; font: 11.5px ui-monospace, "DejaVu Sans Mono", monospace; }
.findings li { margin-bottom: 6px; font-size: 12.5px; }
.sent { color: #4b5563; border-left: 2px solid #e5e7eb; padding-left: 6px;
  margin-top: 2px; }
.pill { font-size: 12px; font-weight: 600; border-radius: 10px; padding: 1px 8px;
  background: #eef2ff; color: #3730a3; }
.up { color: #15803d; } .down { color: #b91c1c; }
)css";

inline constexpr const char* kAuditJs = R"js(
document.documentElement.setAttribute('data-ready', '1');
document.addEventListener('click', function (event) {
  var hit = event.target.closest('[data-facts]');
  if (!hit) return;
  var doc = hit.closest('.doc');
  if (!doc) return;
  doc.querySelectorAll('.sel').forEach(function (x) { x.classList.remove('sel'); });
  hit.getAttribute('data-facts').split(' ').forEach(function (id) {
    if (!id) return;
    doc.querySelectorAll('mark[data-facts~="' + CSS.escape(id) + '"]')
        .forEach(function (x) { x.classList.add('sel'); });
  });
  var panel = doc.querySelector('.panel');
  if (panel) panel.textContent = hit.getAttribute('title') || '';
});
)js";

}  // namespace newsevents

#endif  // NEWSEVENTS_EVAL_AUDIT_PAGE_H_
