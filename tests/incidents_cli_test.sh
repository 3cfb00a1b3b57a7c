#!/bin/sh
# `newsevents incidents` on the command line: JSONL input (a file, stdin,
# shuffled lines give the same output), a database merged incrementally
# (ids kept, the JSON of --db --json equal to the JSONL run's), and the
# errors: a broken JSON line named file:line, a missing file, a missing or
# broken database, no input at all.
# usage: incidents_cli_test.sh NEWSEVENTS SOURCE_DIR
set -eu
bin=$1; src=$2
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
# Four articles about one withdrawal, one months later, and Estonia's.
cat > "$tmp/articles.jsonl" <<'EOF'
{"id": "lt-0", "date": "2025-02-20", "text": "Lithuania will withdraw from the Convention on Cluster Munitions in March, the government said."}
{"id": "lt-1", "date": "2025-03-07", "text": "Lithuania has withdrawn from the Convention on Cluster Munitions, the government said on Thursday."}
{"id": "lt-2", "date": "2025-03-08", "text": "Lithuania has withdrawn from the Convention on Cluster Munitions."}
{"id": "ee-1", "date": "2025-03-07", "text": "Estonia has withdrawn from the Convention on Cluster Munitions, the government said on Thursday. Lithuania has also withdrawn from the Convention on Cluster Munitions."}
{"id": "lt-9", "date": "2025-09-01", "text": "Lithuania has withdrawn from the Convention on Cluster Munitions."}
EOF
"$bin" extract -q "$tmp/articles.jsonl" > "$tmp/all.jsonl"
head -3 "$tmp/all.jsonl" > "$tmp/first.jsonl"
tail -n +4 "$tmp/all.jsonl" > "$tmp/later.jsonl"
python3 - "$tmp" <<'PY'
import random, sys
d = sys.argv[1]
lines = open(f"{d}/all.jsonl").readlines()
random.seed(7)
random.shuffle(lines)
open(f"{d}/shuffled.jsonl", "w").writelines(lines)
PY
"$bin" incidents -q "$tmp/all.jsonl" > "$tmp/all.out"
"$bin" incidents -q "$tmp/shuffled.jsonl" > "$tmp/shuffled.out"
"$bin" incidents -q "$tmp/all.jsonl" > "$tmp/again.out"
"$bin" incidents -q - < "$tmp/all.jsonl" > "$tmp/stdin.out"
"$bin" incidents -q "$tmp/later.jsonl" "$tmp/first.jsonl" -o "$tmp/two.out"
cmp "$tmp/all.out" "$tmp/shuffled.out"
cmp "$tmp/all.out" "$tmp/again.out"
cmp "$tmp/all.out" "$tmp/stdin.out"
cmp "$tmp/all.out" "$tmp/two.out"
python3 - "$tmp/all.out" <<'PY'
import json, sys
incidents = [json.loads(l) for l in open(sys.argv[1])]
assert len(incidents) == 3, incidents
lt = [i for i in incidents if i["actor"]["key"] == "LTU" and i["date"]]
assert len(lt) == 1, lt
lt = lt[0]
assert lt["articles"] == ["ee-1", "lt-0", "lt-1", "lt-2"], lt["articles"]
assert lt["date"] == {"value": "2025-03-06", "precision": "day"}, lt["date"]
assert [s["modality"] for s in lt["stages"]] == ["planned", "asserted"], lt["stages"]
assert lt["first_report"] == "2025-02-20" and lt["last_report"] == "2025-03-08"
assert lt["id"].startswith("inc-"), lt["id"]
PY

# A database: the first articles, merged; the later ones, merged again.
db="$tmp/events.sqlite"
"$bin" load -q "$tmp/first.jsonl" --db "$db"
"$bin" incidents -q --db "$db" --json > "$tmp/db1.out"
"$bin" load -q "$tmp/later.jsonl" --db "$db"
"$bin" incidents --db "$db" 2> "$tmp/db2.err" > "$tmp/db2.stdout"
test ! -s "$tmp/db2.stdout"   # without --json, nothing on stdout
grep -q "incidents kept" "$tmp/db2.err"
"$bin" incidents -q --db "$db" --json > "$tmp/db3.out"
python3 - "$tmp" <<'PY'
import json, sys
d = sys.argv[1]
def load(name):
    return [json.loads(l) for l in open(f"{d}/{name}")]
first, last, jsonl = load("db1.out"), load("db3.out"), load("all.out")
assert len(first) == 1, first
kept = [i for i in last if i["id"] == first[0]["id"]]
assert len(kept) == 1 and len(kept[0]["articles"]) == 4, kept
# The database's incidents are the JSONL run's (ids included): no content
# changed the anchor here.
strip = lambda xs: sorted(json.dumps(x, sort_keys=True) for x in xs)
assert strip(last) == strip(jsonl), (last, jsonl)
PY

# Errors.
printf '%s\n' "$(head -1 "$tmp/all.jsonl")" '{"doc": {"id": "x"}, broken' > "$tmp/broken.jsonl"
if "$bin" incidents "$tmp/broken.jsonl" > /dev/null 2> "$tmp/err"; then
  echo "a broken line was accepted"; exit 1
fi
grep -q "broken.jsonl:2:[0-9]*: error: not valid JSON" "$tmp/err" || { cat "$tmp/err"; exit 1; }
if "$bin" incidents "$tmp/none.jsonl" 2> "$tmp/err"; then exit 1; fi
grep -q "none.jsonl: no such file" "$tmp/err"
set +e
"$bin" incidents --db "$tmp/none.sqlite" 2> "$tmp/err"; rc=$?
set -e
test $rc -eq 1 && test ! -e "$tmp/none.sqlite"
grep -q "none.sqlite: error: no such database" "$tmp/err" || { cat "$tmp/err"; exit 1; }
echo "not a database" > "$tmp/text.sqlite"
if "$bin" incidents --db "$tmp/text.sqlite" 2> "$tmp/err"; then exit 1; fi
grep -q "text.sqlite: error: cannot open database" "$tmp/err" || { cat "$tmp/err"; exit 1; }
set +e
"$bin" incidents 2> "$tmp/err"; rc=$?
set -e
test $rc -eq 2
echo "ok: incidents from JSONL (any order), from a database incrementally, and its errors"
