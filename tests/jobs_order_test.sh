#!/bin/sh
# -j 1 and -j 8 give byte-identical output, in input order, on the corpora
# repeated 300 times (many more articles than one batch of threads).
# usage: jobs_order_test.sh NEWSEVENTS SOURCE_DIR
set -eu
bin=$1; src=$2
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
python3 - "$src" > "$tmp/in.jsonl" <<'PY'
import json, pathlib, sys
texts = sorted(pathlib.Path(sys.argv[1], "corpora").rglob("*.txt"))
for i in range(300):
    for f in texts:
        print(json.dumps({"id": f"{i}-{f.stem}", "text": f.read_text()}))
PY
"$bin" extract -q -j 1 "$tmp/in.jsonl" > "$tmp/j1"
"$bin" extract -q -j 8 "$tmp/in.jsonl" > "$tmp/j8"
cmp "$tmp/j1" "$tmp/j8"
# Input order: the ids come out as they went in.
python3 -c 'import json,sys
ins=[json.loads(l)["id"] for l in open(sys.argv[1])]
outs=[json.loads(l)["doc"]["id"] for l in open(sys.argv[2])]
assert ins==outs, (ins[:5], outs[:5])' "$tmp/in.jsonl" "$tmp/j8"
echo "ok: $(wc -l < "$tmp/j8") lines identical with -j 1 and -j 8"
