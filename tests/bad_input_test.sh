#!/bin/sh
# Every record of a corpus of hostile inputs, built here in a fresh folder,
# yields exactly one output line with the status and error code expected for
# it, the summary on stderr adds up, nothing crashes and the exit status is
# the README's: 0 when every article was accounted for (error lines
# included), 2 for a broken rule or lexicon file, with file:line:col.
# usage: bad_input_test.sh NEWSEVENTS SOURCE_DIR PYTHON
set -eu
bin=$1; src=$2; python=$3
tmp=$(mktemp -d); trap 'chmod -R u+rwx "$tmp" 2>/dev/null; rm -rf "$tmp"' EXIT
c=$tmp/corpus
mkdir -p "$c/dir/sub"
# expected: one line per record, "SOURCE<TAB>STATUS<TAB>CODE" (CODE "-" when
# ok); SOURCE is the doc.source of the output line.
expected=$tmp/expected.tsv
: > "$expected"
expect() { printf '%s\t%s\t%s\n' "$1" "$2" "$3" >> "$expected"; }

article='Lithuania announced its withdrawal from the Convention on Cluster Munitions on Thursday.'

# Text files, each one article.
printf '%s\n' "$article" > "$c/dir/ok.txt"
expect "$c/dir/ok.txt" ok -
printf 'Lithuania \377\376 signed the treaty.\n' > "$c/dir/invalid_utf8.txt"
expect "$c/dir/invalid_utf8.txt" error invalid_utf8
printf 'Lithuania\000signed\000the treaty.\n' > "$c/dir/nul.txt"
expect "$c/dir/nul.txt" error binary
printf '\357\273\277%s\r\nThe Seimas voted on it.\r\n' "$article" > "$c/dir/bom_crlf.txt"
expect "$c/dir/bom_crlf.txt" ok -
printf '%s\rThe Seimas voted on it.\r' "$article" > "$c/dir/cr.txt"
expect "$c/dir/cr.txt" ok -
printf 'Fran\347ois Hollande said France would sign the Paris Agreement.\n' > "$c/dir/latin1.txt"
expect "$c/dir/latin1.txt" error invalid_utf8
: > "$c/dir/empty.txt"
expect "$c/dir/empty.txt" ok -
# A 50 MB article on one line: larger than the default --max-bytes.
yes "$article" | tr -d '\n' | head -c 52428800 > "$c/dir/huge_one_line.txt"
expect "$c/dir/huge_one_line.txt" error too_large
# Binary files with a .txt name, as archives mislabel them: a PDF header and
# binary bytes, and a PNG.
{ printf '%%PDF-1.4\n%%\342\343\317\323\n1 0 obj\n<< /Length 64 >>\nstream\n'
  head -c 2048 /dev/urandom; } > "$c/dir/attachment.txt"
expect "$c/dir/attachment.txt" error binary
printf '\211PNG\r\n\032\n\000\000\000\rIHDR\000\000\000\001\000\000\000\001\010\006\000\000\000\037\025\304\211\000\000\000\rIDATx\332c\370\017\000\001\001\001\000\030\335\215\260\000\000\000\000IEND\256B`\202' > "$c/dir/image.txt"
expect "$c/dir/image.txt" error binary
# A gzipped article cut in the middle.
# (half of its compressed bytes; random words, so that there is a half).
head -c 300000 /dev/urandom | od -An -tx1 | gzip -c > "$tmp/whole.gz"
head -c $(($(wc -c < "$tmp/whole.gz") / 2)) "$tmp/whole.gz" > "$c/dir/truncated.txt.gz"
expect "$c/dir/truncated.txt.gz" error bad_gzip
# Files that cannot be read: a symbolic link to itself (unreadable by anyone,
# root included), a link to nothing, and a file without read permission
# (root reads it anyway, so that case is left out when running as root).
ln -s loop.txt "$c/dir/sub/loop.txt"
expect "$c/dir/sub/loop.txt" error io_error
ln -s nowhere.txt "$c/dir/sub/dangling.txt"
expect "$c/dir/sub/dangling.txt" error io_error
if [ "$(id -u)" = 0 ]; then
  echo "note: running as root, which can read a chmod 000 file: that case is skipped"
else
  printf '%s\n' "$article" > "$c/dir/sub/secret.txt"
  chmod 000 "$c/dir/sub/secret.txt"
  expect "$c/dir/sub/secret.txt" error io_error
fi
# A link back up the tree: a folder already walked is not walked again.
ln -s .. "$c/dir/sub/up"
# Not walked: files that are neither .txt nor .jsonl.
printf 'not an article\n' > "$c/dir/README.md"

# JSONL records, one a line.
j=$c/dir/records.jsonl
n=0
line() { n=$((n + 1)); printf '%s\n' "$1" >> "$j"; expect "$j:$n" "$2" "$3"; }
: > "$j"
line '{"id":"ok","text":"'"$article"'","date":"2025-03-07"}' ok -
line '[1,2,3]' error bad_record
line '"just a string"' error bad_record
line '42' error bad_record
line '{"id":"no_text","date":"2025-03-07"}' error bad_record
line '{"id":"number_text","text":42}' error bad_record
line '{"id":"null_text","text":null}' error bad_record
line '{"id":"object_text","text":{"body":"x"}}' error bad_record
line '{"id":"bad_date","text":"x","date":"yesterday"}' error bad_date
line '{"id":"feb30","text":"x","date":"2025-02-30"}' error bad_date
line '{"id":"number_date","text":"x","date":20250307}' error bad_date
line '{"id":"truncated","text":"Lithuania sig' error bad_record
line '{"id":"lone_surrogate","text":"\ud800"}' error bad_record
line '{"id":"nul_escape","text":"a\u0000b"}' error binary
line '{"id":"object_id","text":"x","id":{"a":1}}' error bad_record
n=$((n + 1)); printf '{"id":"raw_latin1","text":"Fran\347ois"}\n' >> "$j"
expect "$j:$n" error invalid_utf8
n=$((n + 1)); printf '{"id":"crlf","text":"%s"}\r\n' "$article" >> "$j"
expect "$j:$n" ok -
n=$((n + 1)); printf '\n   \n' >> "$j"; n=$((n + 1))  # blank lines: no record
# Deeply nested JSON, in a field we do not read and as the text itself.
deep=$(head -c 100000 /dev/zero | tr '\0' '[')
line '{"id":"deep_extra","text":"x","extra":'"$deep"'}' error bad_record
line "$deep" error bad_record
closed=$(head -c 20000 /dev/zero | tr '\0' '[')$(head -c 20000 /dev/zero | tr '\0' ']')
line '{"id":"deep_closed","text":"x","extra":'"$closed"'}' ok -
# A 50 MB record on one line, past twice --max-bytes.
n=$((n + 1))
{ printf '{"id":"huge","text":"'; head -c 52428800 "$c/dir/huge_one_line.txt"; printf '"}\n'; } >> "$j"
expect "$j:$n" error too_large
line '{"id":"last","text":"'"$article"'"}' ok -
# A JSONL file that starts with a byte-order mark and ends without "\n".
printf '\357\273\277{"id":"bom","text":"%s"}' "$article" > "$c/dir/bom.jsonl"
expect "$c/dir/bom.jsonl:1" ok -

# Inputs named on the command line: a PDF and a PNG (any file named is read
# as one article), a folder, a missing file, and a truncated .jsonl.gz whose
# complete records all come out before its bad_gzip line.
cp "$c/dir/attachment.txt" "$c/report.pdf"
expect "$c/report.pdf" error binary
cp "$c/dir/image.txt" "$c/photo.png"
expect "$c/photo.png" error binary
expect "$c/missing.txt" error io_error
i=0
while [ $i -lt 3000 ]; do
  i=$((i + 1)); printf '{"id":"gz%d","text":"%s %d"}\n' $i "$article" $i
done | gzip -c > "$tmp/records.jsonl.gz"
head -c $(($(wc -c < "$tmp/records.jsonl.gz") / 2)) "$tmp/records.jsonl.gz" > "$c/cut.jsonl.gz"

# Run. Folder entries are visited in byte order of their names.
status=0
"$bin" extract -j 2 --dct 2025-03-07 "$c/report.pdf" "$c/photo.png" "$c/dir" \
  "$c/missing.txt" "$c/cut.jsonl.gz" > "$tmp/out.jsonl" 2> "$tmp/err.txt" || status=$?
if [ $status -ne 0 ]; then
  echo "FAIL: exit status $status, expected 0"; cat "$tmp/err.txt"; exit 1
fi
"$python" - "$expected" "$tmp/out.jsonl" "$tmp/err.txt" "$c/cut.jsonl.gz" <<'PY'
import json, re, sys
expected_path, out_path, err_path, cut = sys.argv[1:]
expected = [l.rstrip("\n").split("\t") for l in open(expected_path)]
lines = open(out_path, "rb").read().split(b"\n")
assert lines[-1] == b"", "output does not end with a newline"
records = [json.loads(l) for l in lines[:-1]]
failures = []
# The truncated .jsonl.gz: its complete records in order, then one bad_gzip.
gz = [r for r in records if r["doc"]["source"].startswith(cut + ":")]
others = [r for r in records if not r["doc"]["source"].startswith(cut + ":")]
ok_gz = [r for r in gz if r["status"] == "ok"]
if not (len(gz) >= 2 and gz[-1]["status"] == "error"
        and gz[-1]["error"]["code"] == "bad_gzip" and len(ok_gz) == len(gz) - 1
        and [r["doc"]["id"] for r in ok_gz] == ["gz%d" % (i + 1) for i in range(len(ok_gz))]
        and gz[-1]["error"]["where"] == "%s:%d" % (cut, len(gz))):
    failures.append("truncated .jsonl.gz: %d lines, last %s" % (len(gz), gz[-1:] and gz[-1]["status"]))
# Every other record once, matched by its source.
by_source = {}
for r in others:
    by_source.setdefault(r.get("doc", {}).get("source"), []).append(r)
if len(others) != len(expected):
    failures.append("%d output lines for %d records" % (len(others), len(expected)))
unexpected = set(by_source) - {w[0] for w in expected}
if unexpected:
    failures.append("lines for no record: %s" % sorted(map(str, unexpected)))
for want in expected:
    source, status, code = want
    got_all = by_source.get(source, [])
    if len(got_all) != 1:
        failures.append("%s: %d output lines, expected 1" % (source, len(got_all)))
        continue
    got = got_all[0]
    doc = got.get("doc", {})
    err = got.get("error", {})
    got_code = err.get("code", "-") if got["status"] == "error" else "-"
    if got.get("schema") != "newsevents/1" or doc.get("source") != source \
            or got["status"] != status or got_code != code:
        failures.append("%s: expected %s %s, got %s %s %s" % (
            source, status, code, doc.get("source"), got["status"], got_code))
    if got["status"] == "error":
        # A stable code, a message for a person, and where it happened:
        # the file, or file:line for a JSONL record.
        where = err.get("where", "")
        if not re.fullmatch(r"[a-z0-9_]+", err.get("code", "")) or len(err.get("message", "")) < 10 \
                or not (where == source or where.startswith(source + ":")):
            failures.append("%s: error line lacks code, message or where: %s" % (source, err))
        if not doc.get("id"):
            failures.append("%s: error line without doc.id" % source)
# The summary on stderr: "newsevents: summary articles=N events=E errors=Y
# ..." and one "newsevents: SOURCE: CODE: message" line per error.
err_lines = open(err_path).read().splitlines()
summary = [l for l in err_lines if l.startswith("newsevents: summary ")]
n_ok = sum(r["status"] == "ok" for r in records)
n_err = len(records) - n_ok
if len(summary) != 1:
    failures.append("no single summary line on stderr: %r" % err_lines[-3:])
else:
    fields = dict(f.split("=", 1) for f in summary[0].split()[2:])
    total, errors, events = (int(fields[k]) for k in ("articles", "errors", "events"))
    n_events = sum(len(r.get("events", [])) for r in records)
    if (total, errors, events) != (len(records), n_err, n_events):
        failures.append("summary %r, but %d lines: %d ok, %d errors, %d events" % (
            summary[0], len(records), n_ok, n_err, n_events))
error_reports = [l for l in err_lines
                 if l.startswith("newsevents: ") and l not in summary]
if len(error_reports) != n_err:
    failures.append("%d error reports on stderr for %d error lines" % (len(error_reports), n_err))
if failures:
    print("FAIL:\n  " + "\n  ".join(failures))
    sys.exit(1)
codes = sorted({r["error"]["code"] for r in records if r["status"] == "error"})
print("ok: %d records, %d ok, %d errors (%s); summary: %s" % (
    len(records), n_ok, n_err, ", ".join(codes), summary[0]))
PY

# Broken rule and lexicon files: exit 2, "PATH:LINE:COL: error: ..." on
# stderr, and no output line. Each case is the shipped lexicons with one
# file added or replaced.
lex=$tmp/lex
cp -rL "$src/lexicons/en" "$lex.orig"
rule_case() {  # FILE_UNDER_LEX EXPECTED_WHERE_SUFFIX EXPECTED_MESSAGE_PART (file content on stdin)
  rm -rf "$lex"; cp -r "$lex.orig" "$lex"
  mkdir -p "$(dirname "$lex/$1")"
  cat > "$lex/$1"
  status=0
  "$bin" extract --lexicons "$lex" --dct 2025-03-07 "$c/dir/ok.txt" \
    > "$tmp/rule_out" 2> "$tmp/rule_err" || status=$?
  if [ $status -ne 2 ] || [ -s "$tmp/rule_out" ] ||
     ! grep -qF "$lex/$1:$2: error: " "$tmp/rule_err" ||
     ! grep -qF -- "$3" "$tmp/rule_err"; then
    echo "FAIL: $1 (expected exit 2 and '$lex/$1:$2: error: ...$3...'):"
    echo "  exit $status; stderr: $(cat "$tmp/rule_err")"; exit 1
  fi
  echo "$1" >> "$tmp/rule_cases"  # a file: a case piped in runs in a subshell
}
: > "$tmp/rule_cases"
# tests/bad_rules/*.rules: one mistake each, "# expect: LINE:COL: message".
for f in "$src"/tests/bad_rules/*.rules; do
  first=$(head -n 1 "$f")
  pos=$(printf '%s' "$first" | sed 's/^# expect: \([0-9]*:[0-9]*\): .*/\1/')
  msg=$(printf '%s' "$first" | sed 's/^# expect: [0-9]*:[0-9]*: //')
  rule_case "rules/$(basename "$f")" "$pos" "$msg" < "$f"
done
# More kinds of mistakes in a rule file.
printf 'rule extra.x\n  type sign\n  modality perhaps\n  pattern {ACTOR}\n' |
  rule_case rules/extra.rules 3:12 "unknown modality 'perhaps'"
printf 'rule extra.x\n  type sign\n  pattern {ACTOR}\n  confidence 7\n' |
  rule_case rules/extra.rules 4:14 "confidence must be in (0, 1]"
printf '  type sign\n' | rule_case rules/extra.rules 1:3 "indented line outside a rule"
printf 'define LONELY\n' | rule_case rules/extra.rules 1:8 "define needs a NAME and a pattern"
printf 'rule extra.x\n  pattern {ACTOR}\n' | rule_case rules/extra.rules 2:1 "has no type"
printf 'rule extra.x\n  type sign\n  pattern {ACTOR}\n  pattern {TREATY}\n' |
  rule_case rules/extra.rules 4:3 "a rule has one pattern"
printf 'rule extra.x\n  type sign\n  actor nobody\n  pattern {ACTOR}\n' |
  rule_case rules/extra.rules 3:9 "actor must be 'body' or 'owner'"
printf 'rule extra.x\n  type sign\n  pattern {ACTOR} ) {TREATY}\n' |
  rule_case rules/extra.rules 3:19 "')'"
printf 'rule extra.x\n  type sign\n  pattern {ACTOR} \377 {TREATY}\n' |
  rule_case rules/extra.rules 3:19 "invalid UTF-8 byte 0xFF"
printf 'rule timex.x\ntype DATE\npattern caf\351\n' |
  rule_case timex/extra.rules 3:12 "invalid UTF-8 byte 0xE9"
# Lexicon files: a state code, a word list with a tab, a year.
printf 'lt\tLatvia\n' | rule_case states.tsv 1:1 "3 upper-case letters"
printf 'sign\tsigns\n' | rule_case words/sign_triggers.txt 1:5 "one phrase per line"
printf 'sign\nsign\351\n' | rule_case words/sign_triggers.txt 2:5 "invalid UTF-8 byte 0xE9"
{ cat "$lex.orig/treaties.tsv"; printf 'xx\tXX Treaty\t\t99\n'; } |
  rule_case treaties.tsv "$(($(wc -l < "$lex.orig/treaties.tsv") + 1)):15" "4 digits"
echo "ok: $(wc -l < "$tmp/rule_cases") broken rule and lexicon files stop with exit 2 and file:line:col"
