#!/bin/sh
# Progress and summary on stderr: --progress draws the live line (\r, with an
# ETA for a file of known size) even on a pipe; without it a pipe gets no live
# line; the summary's counts match the output; --quiet prints nothing.
# usage: progress_test.sh NEWSEVENTS SOURCE_DIR
set -eu
bin=$1; src=$2
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
"$src/tests/seed_articles.py" "$src" 60 > "$tmp/in.jsonl"
echo "not a record" >> "$tmp/in.jsonl"
"$bin" extract --progress -j 1 "$tmp/in.jsonl" > "$tmp/out" 2> "$tmp/live"
"$bin" extract -j 1 "$tmp/in.jsonl" > "$tmp/out2" 2> "$tmp/plain"
"$bin" extract -q -j 1 "$tmp/in.jsonl" > "$tmp/out3" 2> "$tmp/quiet"
cmp "$tmp/out" "$tmp/out2"; cmp "$tmp/out" "$tmp/out3"
test ! -s "$tmp/quiet" || { echo "--quiet printed:"; cat "$tmp/quiet"; exit 1; }
python3 - "$tmp" <<'PY'
import json, re, sys
d = sys.argv[1]
out = [json.loads(l) for l in open(f"{d}/out")]
events = sum(len(r.get("events", [])) for r in out)
errors = sum(r["status"] == "error" for r in out)
live = open(f"{d}/live", newline="").read()
plain = open(f"{d}/plain", newline="").read()
assert "\r" in live and re.search(r"\d+ articles .* articles/s .* MB/s .* errors  ETA \d+:\d\d:\d\d", live), repr(live)
assert "\r" not in plain, repr(plain)
assert "bad_record" in plain, plain
for text in (live, plain):
    m = re.search(r"(?:^|\r)newsevents: summary articles=(\d+) events=(\d+) errors=(\d+) skipped=0 "
                  r"seconds=[\d.]+ mb=([\d.]+) mb_per_s=[\d.]+$", text, re.M)
    assert m, repr(text)
    got = tuple(int(x) for x in m.groups()[:3])
    assert got == (len(out), events, errors) == (61, events, 1), (got, len(out), events, errors)
    size = len(open(f"{d}/in.jsonl", "rb").read()) / 1e6
    assert abs(float(m.group(4)) - size) < 0.01, (m.group(4), size)
PY
if "$bin" extract --progress --quiet "$tmp/in.jsonl" > /dev/null 2>&1; then
  echo "--progress --quiet accepted"; exit 1
fi
echo "ok: live line with --progress, none on a pipe, summary counts match"
