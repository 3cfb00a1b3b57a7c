#!/bin/sh
# --time-budget-ms: a long article (4 MB, seconds of work) past its budget
# yields one time_budget error line and the run goes on; the short articles
# around it give the same lines as without a budget, and the summary adds up
# (articles = lines = ok + errors).
# usage: time_budget_test.sh NEWSEVENTS SOURCE_DIR
set -eu
bin=$1; src=$2
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
"$src/tests/seed_articles.py" "$src" 200 > "$tmp/short.jsonl"
python3 - "$src" "$tmp" <<'PY'
import json, pathlib, sys
text = pathlib.Path(sys.argv[1], "corpora", "seed", "lithuania-ccm.txt").read_text()
tmp = pathlib.Path(sys.argv[2])
long = json.dumps({"id": "long", "text": "\n\n".join([text] * 950)}) + "\n"
(tmp / "long.jsonl").write_text(long)
short = (tmp / "short.jsonl").read_text().splitlines(True)
(tmp / "mixed.jsonl").write_text("".join(short[:100]) + long + "".join(short[100:]))
PY
# 1 ms: the long article alone.
rc=0
"$bin" extract --time-budget-ms 1 "$tmp/long.jsonl" > "$tmp/long.out" 2> "$tmp/long.err" || rc=$?
[ "$rc" = 0 ] || { echo "exit $rc"; cat "$tmp/long.err"; exit 1; }
grep -q '"status":"error".*"code":"time_budget".*"where":"[^"]*long.jsonl:1"' "$tmp/long.out" ||
  { cat "$tmp/long.out"; exit 1; }
grep -q "summary articles=1 events=0 errors=1 " "$tmp/long.err" || { cat "$tmp/long.err"; exit 1; }
# Among 200 short articles, on two threads, a budget of 50 times the mean
# time of a short article (at least 200 ms): the long one, 950 times a short
# one, is over it, the short ones far under it, in a release build as under
# the sanitizers and on a loaded machine.
start=$(date +%s%N)
"$bin" extract -q -j 1 --time-budget-ms 0 "$tmp/short.jsonl" > "$tmp/short.out"
budget=$(( ($(date +%s%N) - start) / 1000000 / 200 * 50 ))
[ "$budget" -ge 200 ] || budget=200
"$bin" extract -j 2 --time-budget-ms "$budget" "$tmp/mixed.jsonl" > "$tmp/mixed.out" 2> "$tmp/mixed.err"
grep -q "summary articles=201 events=600 errors=1 skipped=0 " "$tmp/mixed.err" ||
  { cat "$tmp/mixed.err"; exit 1; }
python3 - "$tmp/mixed.out" "$tmp/short.out" "$budget" <<'PY'
import json, sys
mixed = open(sys.argv[1]).read().splitlines()
short = open(sys.argv[2]).read().splitlines()
assert len(mixed) == 201 and len(short) == 200, (len(mixed), len(short))
long = json.loads(mixed[100])
assert long["doc"]["id"] == "long" and long["error"]["code"] == "time_budget", long
assert sys.argv[3] + " ms" in long["error"]["message"], long
def facts(line):  # the record without its source (file:line differs)
    r = json.loads(line)
    del r["doc"]["source"]
    return r
assert [facts(l) for l in mixed[:100] + mixed[101:]] == [facts(l) for l in short], \
    "a short article changed"
PY
echo "ok: a 4 MB article over 1 ms and $budget ms budgets -> time_budget; the 200 others unchanged"
