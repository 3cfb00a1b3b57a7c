#!/usr/bin/python3
"""End-to-end tests of `newsevents extract --db` and `newsevents load`.

Usage: db_test.py NEWSEVENTS SOURCE_DIR {sqlite|postgres} [--shared]

Each check runs the real binary against a real database: a SQLite file, or a
database created for the check on the PostgreSQL server that
NEWSEVENTS_TEST_PG names (tools/with_postgres.sh starts one and sets it), and
compares every row of every table with the JSON lines the same run wrote: the
rows this script expects are derived from spec/output.md independently of the
C++ loader. Checks: the seed article; a generated corpus with error lines,
duplicate ids and awkward bytes; `load` of existing JSON lines; a re-run that
changes nothing; changed articles replaced; a run killed half-way and run
again; the README's example queries; messages for databases that cannot be
opened. With --shared: the dev corpus and the Reuters news corpus of
../shared, skipped when it is absent.

Exit status 0 when every check passed, 1 when one failed, 77 (skipped) for
postgres without NEWSEVENTS_TEST_PG or --shared without ../shared.
Debian's Python and its standard library only (sqlite3; psql for PostgreSQL).
"""

import collections
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time

SKIP = 77

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "db"))
from corpora import EXPECTED_QUERIES, make_corpus, query_world  # noqa: E402
from databases import PostgresDb, SqliteDb  # noqa: E402
from expected_rows import COLUMNS, SCHEMA, expected_rows, read_lines, typed  # noqa: E402

# ---------------------------------------------------------------------------
# Checks.

class Failure(Exception):
    pass


def check(condition, message):
    if not condition:
        raise Failure(message)


class Context:
    def __init__(self, binary, source, backend, tmp):
        self.binary, self.source, self.backend, self.tmp = binary, source, backend, tmp
        self.server = os.environ.get("NEWSEVENTS_TEST_PG")
        self.dbs = []
        self.counter = 0

    def new_db(self):
        self.counter += 1
        name = "db%d" % self.counter
        db = (PostgresDb(self.server, name) if self.backend == "postgres"
              else SqliteDb(self.tmp, name))
        self.dbs.append(db)
        return db

    def run(self, *args, ok=True, stdin=None):
        p = subprocess.run([self.binary] + list(args), capture_output=True, text=True,
                           input=stdin)
        if ok and p.returncode != 0:
            raise Failure("newsevents %s: exit %d\n%s" % (" ".join(args), p.returncode,
                                                          p.stderr))
        return p

    def path(self, name):
        return os.path.join(self.tmp, name)


def table_rows(db, table):
    sql = "SELECT %s FROM %s" % (", ".join(COLUMNS[table]), table)
    return collections.Counter(typed(table, r) for r in db.query(sql))


def compare(db, lines, what):
    """Every table of `db` holds exactly the rows of `lines`."""
    expected = expected_rows(lines)
    counts = {}
    for table in SCHEMA:
        got = table_rows(db, table)
        want = expected[table]
        if got != want:
            missing = list((want - got).elements())[:3]
            extra = list((got - want).elements())[:3]
            raise Failure("%s: table %s has %d rows, the JSON %d\n  missing: %s\n  extra: %s"
                          % (what, table, sum(got.values()), sum(want.values()),
                             missing, extra))
        counts[table] = sum(got.values())
    return counts


def summary_counts(stderr):
    m = re.search(r": (\d+) records: (\d+) new, (\d+) replaced, (\d+) unchanged; "
                  r"(\d+) error records", stderr)
    check(m, "no load summary in: " + stderr)
    return tuple(int(x) for x in m.groups())


def dump(db):
    """Everything in the database, loaded_at and schema_version included."""
    out = {}
    for table in list(SCHEMA) + ["treaties", "schema_version"]:
        cols = COLUMNS.get(table, ["*"])
        if table == "documents":
            cols = cols + ["loaded_at"]
        out[table] = sorted(map(str, db.query("SELECT %s FROM %s" % (", ".join(cols), table))))
    return out


def write(path, text):
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(text)


def test_seed(ctx):
    db = ctx.new_db()
    out = ctx.path("seed.jsonl")
    p = ctx.run("extract", os.path.join(ctx.source, "corpora/seed"), "--db", db.url, "-o", out)
    lines = read_lines(out)
    check(summary_counts(p.stderr) == (1, 1, 0, 0, 0), p.stderr)
    counts = compare(db, lines, "seed")
    check(counts["events"] > 0 and counts["reactions"] > 0, "seed has no events: %s" % counts)
    # --db alone writes no JSON; with -o - it writes both.
    p = ctx.run("extract", os.path.join(ctx.source, "corpora/seed"), "--db", db.url, "-q")
    check(p.stdout == "", "--db alone wrote JSON: " + p.stdout[:100])
    p = ctx.run("extract", os.path.join(ctx.source, "corpora/seed"), "--db", db.url, "-o", "-")
    check(p.stdout.splitlines() == lines, "-o - with --db wrote other lines")
    return "seed: %s" % counts


def test_generated(ctx):
    corpus = ctx.path("gen.jsonl")
    write(corpus, make_corpus(300, seed=12))
    db = ctx.new_db()
    out = ctx.path("gen.out.jsonl")
    p = ctx.run("extract", corpus, "--db", db.url, "--db-batch", "37", "-o", out, "-q")
    check(p.stderr == "", "-q printed: " + p.stderr)
    lines = read_lines(out)
    check(len(lines) == 306, "%d output lines" % len(lines))
    counts = compare(db, lines, "generated")
    errors = db.query("SELECT error_code, COUNT(*) FROM documents WHERE status = 'error' "
                      "GROUP BY error_code ORDER BY error_code")
    check([(c, int(n)) for c, n in errors] ==
          [("bad_date", 1), ("bad_record", 2), ("binary", 1)], "error documents: %s" % errors)
    check(counts["documents"] == 305, "the two gen-dup records are one document")
    check(int(db.query("SELECT COUNT(*) FROM events WHERE doc_id = 'gen-dup' AND "
                       "type = 'sign'")[0][0]) == 1, "the last gen-dup record wins")
    # `load` of the same JSON lines gives the same rows.
    db2 = ctx.new_db()
    p = ctx.run("load", out, "--db", db2.url, "--batch", "10")
    check(summary_counts(p.stderr) == (306, 305, 1, 0, 4), p.stderr)
    compare(db2, lines, "generated, loaded")
    return "generated: %s" % counts


def test_rerun_and_change(ctx):
    corpus = ctx.path("change.jsonl")
    write(corpus, make_corpus(200, seed=5, bad=False))
    db = ctx.new_db()
    out = ctx.path("change.out.jsonl")
    ctx.run("extract", corpus, "--db", db.url, "-o", out, "--db-batch", "64")
    before = dump(db)
    # The same run again changes nothing, not even loaded_at.
    time.sleep(1.1)
    p = ctx.run("extract", corpus, "--db", db.url, "-o", out, "--db-batch", "64")
    check(summary_counts(p.stderr) == (200, 0, 0, 200, 0), p.stderr)
    check(dump(db) == before, "a re-run changed the database")
    p = ctx.run("load", out, "--db", db.url)
    check(summary_counts(p.stderr) == (200, 0, 0, 200, 0), p.stderr)
    check(dump(db) == before, "loading the same lines changed the database")
    # Three articles change, one becomes an error line.
    records = [json.loads(x) for x in read_lines(corpus)]
    records[3]["text"] = "Kenya signed the Arms Trade Treaty in 2013. " + records[3]["text"]
    records[50]["text"] = "Markets were calm."
    records[120]["text"] += " Amnesty International said the withdrawal was alarming."
    records[199]["date"] = "not a date"
    write(corpus, "".join(json.dumps(r) + "\n" for r in records))
    p = ctx.run("extract", corpus, "--db", db.url, "-o", out, "--db-batch", "64")
    check(summary_counts(p.stderr) == (200, 0, 4, 196, 1), p.stderr)
    lines = read_lines(out)
    p = ctx.run("load", out, "--db", db.url)
    check(summary_counts(p.stderr) == (200, 0, 0, 200, 1), p.stderr)
    counts = compare(db, lines, "changed articles")
    after = dump(db)
    changed_ids = {"gen-00003", "gen-00050", "gen-00120", "gen-00199"}
    old = [r for r in before["documents"] if not any(i in r for i in changed_ids)]
    new = [r for r in after["documents"] if not any(i in r for i in changed_ids)]
    check(old == new, "unchanged articles were rewritten")
    check(db.query("SELECT status, error_code FROM documents WHERE id = 'gen-00199'")
          == [("error", "bad_date")], "gen-00199 is not the error it became")
    check(len(db.query("SELECT 1 FROM events WHERE doc_id = 'gen-00050'")) == 0,
          "gen-00050 kept facts its new text does not have")
    return "re-run unchanged, 4 articles replaced: %s" % counts


def count_documents(db):
    try:
        return int(db.query("SELECT COUNT(*) FROM documents")[0][0])
    except Exception:  # not created yet
        return 0


def kill_when(ctx, db, proc, at_least, timeout=120):
    deadline = time.time() + timeout
    while count_documents(db) < at_least:
        check(proc.poll() is None, "the run ended before it was killed: %s"
              % proc.stderr.read().decode(errors="replace"))
        check(time.time() < deadline, "no %d documents after %d s" % (at_least, timeout))
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.wait()


def test_kill_and_resume(ctx):
    """A run killed half-way leaves whole batches; run again, every article
    is there once."""
    total, batch = 2500, 50
    data = make_corpus(total, seed=7, bad=False)
    check(len(data) > 4 * 256 * 1024, "corpus too small for the test: %d bytes" % len(data))
    db = ctx.new_db()
    corpus = ctx.path("kill.jsonl")
    # The input is a pipe that gets three quarters of the corpus and then
    # waits, so the run cannot finish before it is killed.
    os.mkfifo(corpus)
    proc = subprocess.Popen([ctx.binary, "extract", corpus, "--db", db.url, "--db-batch",
                             str(batch), "-q"], stderr=subprocess.PIPE)
    with open(corpus, "wb") as w:
        w.write(data[:data.index("\n", len(data) * 3 // 4) + 1].encode())
        w.flush()
        kill_when(ctx, db, proc, 2 * batch)
    killed_at = count_documents(db)
    check(killed_at % batch == 0 and 0 < killed_at < total,
          "killed with %d documents: not whole batches of %d" % (killed_at, batch))
    os.remove(corpus)
    write(corpus, data)
    out = ctx.path("kill.out.jsonl")
    p = ctx.run("extract", corpus, "--db", db.url, "--db-batch", str(batch), "-o", out)
    check(summary_counts(p.stderr) == (total, total - killed_at, 0, killed_at, 0), p.stderr)
    lines = read_lines(out)
    compare(db, lines, "extract killed and resumed")
    ids = db.query("SELECT id, COUNT(*) FROM documents GROUP BY id HAVING COUNT(*) > 1")
    check(ids == [], "documents twice: %s" % ids)

    # The same for `load` reading standard input.
    db2 = ctx.new_db()
    payload = "".join(x + "\n" for x in lines).encode()
    proc = subprocess.Popen([ctx.binary, "load", "-", "--db", db2.url, "--batch", str(batch),
                             "-q"], stdin=subprocess.PIPE, stderr=subprocess.PIPE)
    proc.stdin.write(payload[:payload.index(b"\n", len(payload) * 3 // 4) + 1])
    proc.stdin.flush()
    kill_when(ctx, db2, proc, 2 * batch)
    try:
        proc.stdin.close()
    except BrokenPipeError:
        pass
    loaded_at = count_documents(db2)
    check(loaded_at % batch == 0 and 0 < loaded_at < total,
          "load killed with %d documents" % loaded_at)
    p = ctx.run("load", "-", "--db", db2.url, "--batch", str(batch), stdin=payload.decode())
    check(summary_counts(p.stderr) == (total, total - loaded_at, 0, loaded_at, 0), p.stderr)
    compare(db2, lines, "load killed and resumed")
    return "killed at %d and %d of %d documents, resumed: each once" % (
        killed_at, loaded_at, total)


def normalise(row):
    return tuple(None if v is None else str(v) for v in row)


def test_queries(ctx):
    db = ctx.new_db()
    lines = query_world()
    world = ctx.path("world.jsonl")
    write(world, "".join(x + "\n" for x in lines))
    p = ctx.run("load", world, "--db", db.url,
                "--lexicons", os.path.join(ctx.source, "lexicons/en"))
    check(summary_counts(p.stderr) == (6, 6, 0, 0, 1), p.stderr)
    compare(db, lines, "query world")
    with open(os.path.join(ctx.source, "README.md"), encoding="utf-8") as f:
        readme = f.read()
    for name, want in EXPECTED_QUERIES.items():
        path = os.path.join(ctx.source, "docs/queries", name + ".sql")
        with open(path, encoding="utf-8") as f:
            sql = f.read()
        got = db.query(sql)
        check(sorted(map(normalise, got), key=str) == sorted(map(normalise, want), key=str),
              "%s returned\n  %s\nexpected\n  %s" % (name, got, want))
        # The same order in both databases (NULLS LAST, ORDER BY).
        check([normalise(r) for r in got] == [normalise(r) for r in want],
              "%s: rows in another order: %s" % (name, got))
        check(sql.strip() in readme, "README.md does not show docs/queries/%s.sql as it is"
              % name)
    errors = db.query("SELECT id, error_code, error_message FROM documents "
                      "WHERE status = 'error'")
    check(errors == [("broken", "invalid_utf8", "invalid UTF-8 at byte 7")],
          "error documents: %s" % errors)
    return "queries: %s" % ", ".join("%s %d rows" % (n, len(r))
                                     for n, r in EXPECTED_QUERIES.items())


def test_errors(ctx):
    seed = os.path.join(ctx.source, "corpora/seed")
    p = ctx.run("extract", seed, "--db", "/no/such/folder/x.sqlite", ok=False)
    check(p.returncode == 1 and "/no/such/folder/x.sqlite: error: cannot open database: "
          "unable to open database file" in p.stderr, "exit %d: %s" % (p.returncode, p.stderr))
    check(p.stdout == "", "wrote JSON although the database failed")
    notdb = ctx.path("not-a-database.sqlite")
    write(notdb, "x" * 4096)
    p = ctx.run("load", os.devnull, "--db", notdb, ok=False)
    check(p.returncode == 1 and "cannot open database: file is not a database" in p.stderr,
          p.stderr)
    p = ctx.run("load", os.devnull, "--db", "postgresql://ann:s3cret@127.0.0.1:1/news",
                ok=False)
    check(p.returncode == 1 and "postgresql://ann:***@127.0.0.1:1/news: error: cannot "
          "connect to the server: connection to server at \"127.0.0.1\", port 1 failed: "
          "Connection refused" in p.stderr and "s3cret" not in p.stderr, p.stderr)
    p = ctx.run("load", ctx.path("missing.jsonl"), "--db", ctx.path("x.sqlite"), ok=False)
    check(p.returncode == 2 and "missing.jsonl: no such file" in p.stderr, p.stderr)
    # A database from a newer newsevents is refused, and left as it was.
    db = ctx.new_db()
    ctx.run("load", os.devnull, "--db", db.url)
    db.execute("INSERT INTO schema_version VALUES (99, 'from the future', 'later')")
    p = ctx.run("load", os.devnull, "--db", db.url, ok=False)
    check(p.returncode == 1 and "database schema version 99 is newer than this newsevents "
          "knows" in p.stderr, p.stderr)
    return "errors name the database and say why"


def test_shared(ctx):
    shared = os.path.normpath(os.path.join(ctx.source, "..", "shared"))
    dev = os.path.join(shared, "corpora/dev")
    news = os.path.join(shared, "eval/news/reuters21578.jsonl")
    results = []
    for name, path in (("dev", dev), ("news", news)):
        db = ctx.new_db()
        out = ctx.path(name + ".jsonl")
        started = time.time()
        p = ctx.run("extract", path, "--db", db.url, "-o", out)
        lines = read_lines(out)
        counts = compare(db, lines, name)
        n = summary_counts(p.stderr)
        check(n[0] == len(lines) == n[1], p.stderr)
        results.append("%s (%d lines, %.0f s): %s" % (name, len(lines),
                                                      time.time() - started, counts))
        db.drop()
        ctx.dbs.remove(db)
    return "; ".join(results)


def main():
    if len(sys.argv) < 4 or sys.argv[3] not in ("sqlite", "postgres"):
        print(__doc__)
        return 2
    binary, source, backend = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2]), \
        sys.argv[3]
    shared_suite = "--shared" in sys.argv[4:]
    if backend == "postgres" and not os.environ.get("NEWSEVENTS_TEST_PG"):
        print("skipped: NEWSEVENTS_TEST_PG is not set; tools/with_postgres.sh starts a "
              "throwaway server and sets it (.ci/run does)")
        return SKIP
    if shared_suite and not os.path.isdir(os.path.join(source, "..", "shared", "corpora")):
        print("skipped: ../shared is absent")
        return SKIP
    if backend == "postgres" and not shutil.which("psql"):
        print("psql not found (apt-get install postgresql-client)")
        return 1
    tests = [test_shared] if shared_suite else [
        test_seed, test_generated, test_rerun_and_change, test_kill_and_resume,
        test_queries, test_errors]
    tmp = tempfile.mkdtemp(prefix="newsevents_db_test_")
    ctx = Context(binary, source, backend, tmp)
    passed = failed = 0
    try:
        for test in tests:
            started = time.time()
            try:
                result = test(ctx)
                passed += 1
                print("ok   %s [%s, %.1f s]: %s" % (test.__name__, backend,
                                                     time.time() - started, result))
            except (Failure, AssertionError) as e:
                failed += 1
                print("FAIL %s [%s]: %s" % (test.__name__, backend, e))
            sys.stdout.flush()
    finally:
        for db in ctx.dbs:
            try:
                db.drop()
            except Exception as e:  # report, but go on dropping the others
                print("could not drop %s: %s" % (db.name, e))
        shutil.rmtree(tmp, ignore_errors=True)
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
