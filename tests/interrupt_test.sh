#!/bin/sh
# SIGTERM and SIGINT stop a run cleanly: exit 143 / 130, every line written is
# a whole JSON record, the ids are the first ones of the input in order (what
# the full run writes first), and the summary says what stopped it.
# usage: interrupt_test.sh NEWSEVENTS SOURCE_DIR
set -eu
bin=$1; src=$2
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
# about 34 MB: several seconds of work
"$src/tests/seed_articles.py" "$src" 8000 > "$tmp/in.jsonl"
for sig in TERM INT; do
  rc=0
  "$bin" extract -j 2 --progress "$tmp/in.jsonl" > "$tmp/out.$sig" 2> "$tmp/err.$sig" &
  pid=$!
  sleep 1
  kill -"$sig" "$pid"
  wait "$pid" || rc=$?
  want=143; [ "$sig" = INT ] && want=130
  [ "$rc" = "$want" ] || { echo "SIG$sig: exit $rc, want $want"; cat "$tmp/err.$sig"; exit 1; }
  python3 - "$tmp/in.jsonl" "$tmp/out.$sig" "$tmp/err.$sig" "SIG$sig" <<'PY'
import json, re, sys
ins = [json.loads(l)["id"] for l in open(sys.argv[1])]
data = open(sys.argv[2], "rb").read()
assert data.endswith(b"\n"), "the last line is cut: %r" % data[-80:]
outs = [json.loads(l)["doc"]["id"] for l in data.decode().splitlines()]
assert 0 < len(outs) < len(ins), ("stopped after", len(outs), "of", len(ins))
assert outs == ins[:len(outs)], "not a prefix of the input order"
err = open(sys.argv[3], newline="").read()
m = re.search(r"summary articles=(\d+) .* interrupted=(\w+)$", err, re.M)
assert m and int(m.group(1)) == len(outs) and m.group(2) == sys.argv[4], err[-300:]
print(sys.argv[4], "stopped after", len(outs), "of", len(ins), "articles")
PY
done
echo "ok: SIGTERM -> 143, SIGINT -> 130, whole lines in input order"
