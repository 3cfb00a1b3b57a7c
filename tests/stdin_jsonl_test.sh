#!/bin/sh
# Standard input as JSONL: plain, gzip (decompressed by us) and through zcat
# give the same records as the file itself; --stdin-format text reads the
# same bytes as one article.
# usage: stdin_jsonl_test.sh NEWSEVENTS SOURCE_DIR
set -eu
bin=$1; src=$2
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
"$src/tests/seed_articles.py" "$src" 40 > "$tmp/in.jsonl"
gzip -c "$tmp/in.jsonl" > "$tmp/in.jsonl.gz"
"$bin" extract -q "$tmp/in.jsonl" > "$tmp/file"
"$bin" extract -q - < "$tmp/in.jsonl" > "$tmp/plain"
"$bin" extract -q - < "$tmp/in.jsonl.gz" > "$tmp/gz"
gzip -dc "$tmp/in.jsonl.gz" | "$bin" extract -q --stdin-format jsonl - > "$tmp/zcat"
"$bin" extract -q --stdin-format text - < "$tmp/in.jsonl" > "$tmp/text"
python3 - "$tmp" <<'PY'
import json, sys
d = sys.argv[1]
def records(name):
    out = []
    for line in open(f"{d}/{name}"):
        r = json.loads(line)
        src = r["doc"].pop("source")
        out.append((r, src.rsplit(":", 1)[-1]))  # the line number
    return out
want = records("file")
assert len(want) == 40 and all(r["status"] == "ok" for r, _ in want), len(want)
for name in ("plain", "gz", "zcat"):
    got = records(name)
    assert got == want, (name, len(got))
    srcs = [json.loads(l)["doc"]["source"] for l in open(f"{d}/{name}")]
    assert srcs[0] == "<stdin>:1", srcs[0]
text = [json.loads(l) for l in open(f"{d}/text")]
assert len(text) == 1 and text[0]["doc"]["id"] == "stdin", text[0]["doc"]
PY
if "$bin" extract -q --stdin-format yaml - < /dev/null 2> "$tmp/err"; then
  echo "--stdin-format yaml accepted"; exit 1
fi
echo "ok: stdin JSONL plain, gzip and zcat equal the file's 40 records"
