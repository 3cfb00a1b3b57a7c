#!/bin/sh
# The audit page as a person sees it: renders the report of the seed corpus
# plus an article carrying injected markup in headless Chromium, takes a
# screenshot, and checks in the DOM (after the page's script ran) that every
# extracted span is highlighted at its offsets with its role, and that the
# injected script and onerror handler did not run.
#
#   tests/audit_browser_test.sh build/newsevents [SOURCE_DIR]
#
# Exit 0 pass, 1 fail, 77 skipped (no chromium installed; ctest reports it as
# skipped). Needs /usr/bin/python3 for the DOM checks.
set -eu
BIN=${1:?usage: audit_browser_test.sh NEWSEVENTS_BINARY [SOURCE_DIR]}
SRC=${2:-$(cd "$(dirname "$0")/.." && pwd)}
CHROMIUM=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$CHROMIUM" ]; then
  echo "SKIPPED: chromium is not installed (apt-get install -y chromium)"
  exit 77
fi
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
mkdir "$WORK/gold"
cp "$SRC"/corpora/seed/*.txt "$SRC"/corpora/seed/*.gold.json "$WORK/gold/"
# An article whose text tries to run a script and an onerror handler.
cat > "$WORK/gold/injected.txt" <<'ARTICLE'
Lithuania has withdrawn from the Convention on Cluster Munitions, the government said on Thursday. <script>document.title='pwned';var p=document.createElement('p');p.id='pwned';document.body.appendChild(p);</script>
A leaked memo read "><img src=x onerror="document.title='pwned-img';this.id='pwned'"> and nothing else.
ARTICLE
cat > "$WORK/gold/injected.gold.json" <<'GOLD'
{"doc": "injected", "dct": "2025-03-07",
 "events": [{"type": "withdraw", "modality": "asserted",
             "actor": {"name": "Lithuania", "code": "LTU"},
             "treaty": {"name": "Convention on Cluster Munitions", "accept": ["CCM"]},
             "date": "2025-03-06"}]}
GOLD
"$BIN" extract -q "$WORK/gold" > "$WORK/run.jsonl"
"$BIN" audit --gold "$WORK/gold" --pred "$WORK/run.jsonl" \
  --html "$WORK/report.html" > "$WORK/audit.txt"
FLAGS="--headless --no-sandbox --disable-gpu --disable-background-networking \
  --disable-component-update --disable-sync --no-first-run \
  --user-data-dir=$WORK/profile"
# shellcheck disable=SC2086
timeout 120 "$CHROMIUM" $FLAGS --dump-dom "file://$WORK/report.html" \
  > "$WORK/dom.html" 2> "$WORK/chromium.log"
# shellcheck disable=SC2086
timeout 120 "$CHROMIUM" $FLAGS --screenshot="$WORK/report.png" \
  --window-size=1280,2000 "file://$WORK/report.html" >> "$WORK/chromium.log" 2>&1
/usr/bin/python3 - "$WORK" <<'PY'
import html.parser, json, os, sys

work = sys.argv[1]
failures = []

class Dom(html.parser.HTMLParser):
    """Collects marks (role, start, end) -> textContent, ids, tags, title."""
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.open = []       # stack of (tag, mark key or None)
        self.marks = {}
        self.ids, self.tags = set(), []
        self.title, self.in_title, self.root = "", False, {}
        self.docs, self.doc = {}, None
    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.tags.append(tag)
        if tag == "html": self.root = a
        if "id" in a: self.ids.add(a["id"])
        if tag == "section" and a.get("id", "").startswith("doc-"):
            self.doc = a["id"][4:]
        key = None
        if tag == "mark" and "data-role" in a:
            key = (self.doc, a["data-role"], int(a["data-start"]), int(a["data-end"]))
            self.marks.setdefault(key, "")
        if tag == "title": self.in_title = True
        if tag not in ("meta", "br", "img", "input", "link", "rect", "line"):
            self.open.append((tag, key))
    def handle_endtag(self, tag):
        if tag == "title": self.in_title = False
        while self.open:
            t, _ = self.open.pop()
            if t == tag: break
    def handle_data(self, data):
        if self.in_title: self.title += data
        for _, key in self.open:
            if key: self.marks[key] += data

dom = Dom()
dom.feed(open(os.path.join(work, "dom.html"), encoding="utf-8").read())
if dom.root.get("data-ready") != "1":
    failures.append("the page's own script did not run (no data-ready)")
expected_title = "newsevents audit: " + os.path.join(work, "gold")
if dom.title != expected_title:
    failures.append("document.title is %r, not %r" % (dom.title, expected_title))
if "pwned" in dom.ids:
    failures.append("the injected markup added an element id=pwned")
if "img" in dom.tags:
    failures.append("the injected <img> became an element")

checked = 0
def expect(doc, role, mention, where):
    global checked
    if not mention: return
    key = (doc, role, mention["start"], mention["end"])
    got = dom.marks.get(key)
    checked += 1
    if got is None:
        failures.append("%s: no %s mark at %d-%d (%r)" % (where, role, key[2], key[3], mention["text"]))
    elif got != mention["text"]:
        failures.append("%s: %s mark at %d-%d reads %r, not %r" % (where, role, key[2], key[3], got, mention["text"]))

docs = 0
for line in open(os.path.join(work, "run.jsonl"), encoding="utf-8"):
    r = json.loads(line)
    if r["status"] != "ok": continue
    docs += 1
    d = r["doc"]["id"]
    for e in r["events"]:
        w = "%s %s" % (d, e["id"])
        expect(d, "actor", e["actor"].get("mention"), w)
        expect(d, "treaty", e["treaty"].get("mention"), w)
        expect(d, "trigger", e.get("trigger"), w)
        for m in e.get("mentions", []): expect(d, "trigger", m.get("trigger"), w)
        if e.get("date"): expect(d, "date", e["date"].get("mention"), w)
    for q in r["quotes"]:
        expect(d, "quote", q.get("mention"), "%s %s" % (d, q["id"]))
        expect(d, "speaker", q["speaker"].get("mention"), "%s %s" % (d, q["id"]))
    for x in r["reactions"]:
        expect(d, "ngo", x["org"].get("mention"), "%s %s" % (d, x["id"]))
    for t in r["timexes"]:
        expect(d, "date", t.get("mention"), "%s timex" % d)
if docs != 2: failures.append("expected 2 documents in the run, got %d" % docs)
if checked < 20: failures.append("only %d spans checked" % checked)
injected_events = [l for l in open(os.path.join(work, "run.jsonl")) if '"injected"' in l and '"withdraw"' in l]
if not injected_events:
    failures.append("no event extracted from the injected article: nothing highlighted there")
size = os.path.getsize(os.path.join(work, "report.png")) if os.path.exists(os.path.join(work, "report.png")) else 0
if size < 20000: failures.append("screenshot missing or blank (%d bytes)" % size)
for f in failures: print("FAIL:", f)
print("%d spans checked in %d documents; title %r; screenshot %d bytes" % (checked, docs, dom.title, size))
sys.exit(1 if failures else 0)
PY
