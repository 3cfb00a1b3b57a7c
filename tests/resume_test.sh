#!/bin/sh
# extract --resume after a run killed with SIGKILL mid-way (-j 2, thousands of
# articles): the killed run and the resumed one together hold every article
# of an uninterrupted run exactly once.
#   file      -o FILE: the resumed file equals the uninterrupted one byte for
#             byte (after a kill, and after a cut in the middle of a line);
#             with --manifest, the manifest never lists an article the file
#             lacks, and ends listing each article once
#   sqlite    --db FILE, resumed through the database alone: the articles
#   postgres  in it are skipped (skipped= of the summary), and the documents
#             (id, content hash) and facts equal those of the uninterrupted
#             run's JSON lines loaded by `newsevents load`; then a run
#             writing both --db and -o, killed and resumed with both: each
#             gets what it lacks and both equal the uninterrupted run's.
#             postgres needs NEWSEVENTS_TEST_PG (tools/with_postgres.sh) and
#             is skipped (77) without it
# Also: --resume with nowhere to read back what is finished is a usage error.
# usage: resume_test.sh NEWSEVENTS SOURCE_DIR file|sqlite|postgres
set -eu
bin=$1; src=$2; mode=$3
if [ "$mode" = postgres ] && [ -z "${NEWSEVENTS_TEST_PG:-}" ]; then
  echo "skipped: NEWSEVENTS_TEST_PG is not set (tools/with_postgres.sh sets it)"
  exit 77
fi
tmp=$(mktemp -d)
pgdb=""
cleanup() {
  if [ -n "$pgdb" ]; then
    for db in "$pgdb" "${pgdb}_ref" "${pgdb}_2"; do
      psql -X -q -d "$NEWSEVENTS_TEST_PG" -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" \
        > /dev/null 2>&1 || true
    done
  fi
  rm -rf "$tmp"
}
trap cleanup EXIT
n=3000  # about 13 MB: several seconds of work with two threads
# First, ids that need quoting in SQL, in a PostgreSQL array and in JSON.
python3 - "$src" > "$tmp/in.jsonl" <<'PY'
import json, pathlib, sys
text = pathlib.Path(sys.argv[1], "corpora", "seed", "lithuania-ccm.txt").read_text()
for id in ['say "no"', 'back\\slash,{comma}', "it's ünïcödé", "NULL"]:
    print(json.dumps({"id": id, "text": text}))
PY
"$src/tests/seed_articles.py" "$src" $((n - 4)) >> "$tmp/in.jsonl"

# kill_when FILE BYTES CMD...: runs CMD and kills it with SIGKILL as soon as
# FILE holds more than BYTES bytes (or when it ends by itself).
kill_when() {
  f=$1; min=$2; shift 2
  "$@" 2>> "$tmp/killed.err" &
  pid=$!
  while kill -0 "$pid" 2>/dev/null; do
    size=$(stat -c %s "$f" 2>/dev/null || echo 0)
    [ "$size" -gt "$min" ] && break
    sleep 0.02
  done
  kill -KILL "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}

# check_summary ERRFILE ARTICLES SKIPPED: the summary line of a resumed run.
check_summary() {
  grep -q "summary articles=$2 .*skipped=$3 " "$1" ||
    { echo "want articles=$2 skipped=$3:"; cat "$1"; exit 1; }
}

lines() { if [ -f "$1" ]; then wc -l < "$1"; else echo 0; fi; }

# The contradictory options.
rc=0
"$bin" extract --resume "$tmp/in.jsonl" > /dev/null 2> "$tmp/usage.err" || rc=$?
[ "$rc" = 2 ] && grep -q -- "--resume needs" "$tmp/usage.err" ||
  { echo "--resume alone: exit $rc"; cat "$tmp/usage.err"; exit 1; }

# The uninterrupted run.
"$bin" extract -q -j 2 "$tmp/in.jsonl" -o "$tmp/full.jsonl"
[ "$(lines "$tmp/full.jsonl")" = $n ]

case $mode in
file)
  # 1. Killed, then resumed on the -o file alone.
  kill_when "$tmp/part.jsonl" 2000000 \
    "$bin" extract -q -j 2 "$tmp/in.jsonl" -o "$tmp/part.jsonl"
  k=$(lines "$tmp/part.jsonl")
  [ "$k" -gt 0 ] && [ "$k" -lt $n ] || { echo "killed after $k of $n"; exit 1; }
  "$bin" extract -j 2 --resume "$tmp/in.jsonl" -o "$tmp/part.jsonl" 2> "$tmp/resume.err"
  check_summary "$tmp/resume.err" $((n - k)) "$k"
  cmp "$tmp/full.jsonl" "$tmp/part.jsonl"
  echo "ok: -o killed after $k whole lines of $n, resumed: identical"

  # 2. A file cut in the middle of a line: the half line goes, the rest is
  # appended.
  head -c 5000017 "$tmp/full.jsonl" > "$tmp/cut.jsonl"
  k=$(lines "$tmp/cut.jsonl")
  "$bin" extract -j 2 --resume "$tmp/in.jsonl" -o "$tmp/cut.jsonl" 2> "$tmp/cut.err"
  check_summary "$tmp/cut.err" $((n - k)) "$k"
  cmp "$tmp/full.jsonl" "$tmp/cut.jsonl"
  echo "ok: -o cut inside line $((k + 1)), resumed: identical"

  # 3. With a manifest: it lags the file, never leads it.
  kill_when "$tmp/m" 60000 \
    "$bin" extract -q -j 2 "$tmp/in.jsonl" -o "$tmp/mpart.jsonl" --manifest "$tmp/m"
  python3 - "$tmp/m" "$tmp/mpart.jsonl" $n <<'PY'
import json, sys
listed = [json.loads(l)["id"] for l in open(sys.argv[1]).read().split("\n")[:-1]]
whole = open(sys.argv[2]).read().split("\n")[:-1]
written = [json.loads(l)["doc"]["id"] for l in whole]
assert 0 < len(listed) < int(sys.argv[3]), len(listed)
assert listed == written[:len(listed)], "the manifest lists what the file lacks"
print("killed: manifest lists %d, file holds %d" % (len(listed), len(written)))
PY
  k=$(lines "$tmp/m")
  "$bin" extract -j 2 --resume "$tmp/in.jsonl" -o "$tmp/mpart.jsonl" \
    --manifest "$tmp/m" 2> "$tmp/mresume.err"
  check_summary "$tmp/mresume.err" $((n - k)) "$k"
  cmp "$tmp/full.jsonl" "$tmp/mpart.jsonl"
  python3 - "$tmp/m" "$tmp/in.jsonl" <<'PY'
import json, sys
listed = [json.loads(l) for l in open(sys.argv[1])]
ins = [json.loads(l)["id"] for l in open(sys.argv[2])]
assert [e["id"] for e in listed] == ins, "each article listed once, in input order"
assert [e["record"] for e in listed] == list(range(len(ins)))
PY
  echo "ok: -o --manifest killed after $k listed, resumed: identical, each listed once"
  ;;
sqlite | postgres)
  if [ "$mode" = sqlite ]; then
    url=$tmp/db.sqlite; ref=$tmp/ref.sqlite; url2=$tmp/db2.sqlite
  else
    pgdb=newsevents_resume_$$
    psql -X -q -v ON_ERROR_STOP=1 -d "$NEWSEVENTS_TEST_PG" -c "CREATE DATABASE $pgdb" \
      -c "CREATE DATABASE ${pgdb}_ref" -c "CREATE DATABASE ${pgdb}_2" > /dev/null
    url=$(python3 -c 'import re,sys; m = re.match(r"^(postgres(?:ql)?://[^/?]*)(/[^?]*)?(\?.*)?$", sys.argv[1]); print(m.group(1) + "/" + sys.argv[2] + (m.group(3) or ""))' \
      "$NEWSEVENTS_TEST_PG" "$pgdb")
    ref=$(python3 -c 'import re,sys; m = re.match(r"^(postgres(?:ql)?://[^/?]*)(/[^?]*)?(\?.*)?$", sys.argv[1]); print(m.group(1) + "/" + sys.argv[2] + (m.group(3) or ""))' \
      "$NEWSEVENTS_TEST_PG" "${pgdb}_ref")
    url2=$(python3 -c 'import re,sys; m = re.match(r"^(postgres(?:ql)?://[^/?]*)(/[^?]*)?(\?.*)?$", sys.argv[1]); print(m.group(1) + "/" + sys.argv[2] + (m.group(3) or ""))' \
      "$NEWSEVENTS_TEST_PG" "${pgdb}_2")
  fi
  # query URL SQL: one value.
  query() {
    if [ "$mode" = sqlite ]; then
      python3 -c 'import sqlite3,sys; c = sqlite3.connect(sys.argv[1])
for r in c.execute(sys.argv[2]): print("|".join(map(str, r)))' "$1" "$2"
    else
      psql -X -q -A -t -v ON_ERROR_STOP=1 -d "$1" -c "$2"
    fi
  }
  # same_as_ref URL: the documents and facts of the uninterrupted run.
  same_as_ref() {
    for sql in "SELECT id || ' ' || content_hash FROM documents ORDER BY id" \
               "SELECT COUNT(*) FROM events" "SELECT COUNT(*) FROM quotes" \
               "SELECT COUNT(*) FROM reactions" "SELECT COUNT(*) FROM timexes" \
               "SELECT COUNT(*) FROM entity_mentions"; do
      query "$1" "$sql" > "$tmp/got"
      query "$ref" "$sql" > "$tmp/want"
      cmp "$tmp/got" "$tmp/want" || { echo "differs: $sql"; exit 1; }
    done
    [ "$(query "$1" "SELECT COUNT(*) FROM documents")" = $n ]
  }
  "$bin" load -q "$tmp/full.jsonl" --db "$ref"
  # Killed with a manifest beside the database (batches of 200 articles).
  kill_when "$tmp/m" 20000 \
    "$bin" extract -q -j 2 "$tmp/in.jsonl" --db "$url" --db-batch 200 --manifest "$tmp/m"
  k=$(query "$url" "SELECT COUNT(*) FROM documents")
  listed=$(lines "$tmp/m")
  [ "$k" -gt 0 ] && [ "$k" -lt $n ] || { echo "killed after $k of $n"; exit 1; }
  [ "$listed" -le "$k" ] || { echo "manifest lists $listed, database holds $k"; exit 1; }
  # Resumed through the database alone.
  "$bin" extract -j 2 --resume "$tmp/in.jsonl" --db "$url" 2> "$tmp/resume.err"
  check_summary "$tmp/resume.err" $((n - k)) "$k"
  grep -q ": $((n - k)) records: $((n - k)) new, 0 replaced" "$tmp/resume.err" ||
    { cat "$tmp/resume.err"; exit 1; }
  same_as_ref "$url"
  echo "ok: --db $mode killed after $k of $n (manifest $listed), resumed: $n documents, each once, as the uninterrupted run"
  # A second resume finds everything done.
  "$bin" extract -j 2 --resume "$tmp/in.jsonl" --db "$url" 2> "$tmp/again.err"
  check_summary "$tmp/again.err" 0 $n

  # Killed while writing both a database and an -o file, which stop at
  # different articles (the file is flushed per batch of the threads, the
  # database committed per --db-batch); resumed with both, each gets what
  # it lacks.
  kill_when "$tmp/both.jsonl" 3000000 \
    "$bin" extract -q -j 2 "$tmp/in.jsonl" --db "$url2" --db-batch 100 -o "$tmp/both.jsonl"
  k_db=$(query "$url2" "SELECT COUNT(*) FROM documents")
  k_file=$(lines "$tmp/both.jsonl")
  [ "$k_file" -lt $n ] || { echo "killed after $k_file of $n"; exit 1; }
  "$bin" extract -j 2 --resume "$tmp/in.jsonl" --db "$url2" -o "$tmp/both.jsonl" \
    2> "$tmp/both.err"
  both=$k_db; [ "$k_file" -lt "$both" ] && both=$k_file
  check_summary "$tmp/both.err" $((n - both)) "$both"
  cmp "$tmp/full.jsonl" "$tmp/both.jsonl"
  same_as_ref "$url2"
  echo "ok: --db $mode and -o killed at $k_db and $k_file of $n, resumed: both as the uninterrupted run"
  ;;
*)
  echo "usage: resume_test.sh NEWSEVENTS SOURCE_DIR file|sqlite|postgres"; exit 2 ;;
esac
