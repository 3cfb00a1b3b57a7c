"""tools/dask_extract.py on a real Dask cluster (a `dask scheduler` and two
`dask worker` processes on loopback) over the news corpus split into shards:
the output equals `newsevents extract` record for record, a rerun skips
finished shards, and a worker killed mid-run loses and duplicates nothing."""
import gzip
import json
import os
import signal
import subprocess
import sys
import time

import pytest

from conftest import SHARED, SOURCE, cli_lines

NEWS = os.path.join(SHARED, "eval", "news", "reuters21578.jsonl")
TOOL = os.path.join(SOURCE, "tools", "dask_extract.py")
pytestmark = pytest.mark.skipif(not os.path.exists(NEWS),
                                reason="../shared/eval/news/reuters21578.jsonl is absent")


def make_shards(folder, records, shards, skip=0):
    """The first `records` news records after `skip`, split into `shards`
    files; the last is gzipped. Returns their paths."""
    with open(NEWS, "rb") as f:
        lines = [line for _, line in zip(range(skip + records), f)][skip:]
    size = -(-len(lines) // shards)
    paths = []
    for i in range(shards):
        chunk = b"".join(lines[i * size:(i + 1) * size])
        if i == shards - 1:
            path = os.path.join(folder, "news-%02d.jsonl.gz" % i)
            with gzip.open(path, "wb") as f:
                f.write(chunk)
        else:
            path = os.path.join(folder, "news-%02d.jsonl" % i)
            with open(path, "wb") as f:
                f.write(chunk)
        paths.append(path)
    return paths


def output_of(shard):
    name = os.path.basename(shard)
    return name[:-3] if name.endswith(".gz") else name


def check_same_as_cli(shards, out):
    """Every output shard holds the CLI's lines for its input, in order; no
    record is missing or repeated."""
    total = 0
    for shard in shards:
        expected = cli_lines("-j", "2", shard)
        with open(os.path.join(out, output_of(shard)), encoding="utf-8") as f:
            got = f.read().splitlines()
        assert len(got) == len(expected), shard
        assert got == expected, shard
        ids = [json.loads(line)["doc"]["id"] for line in got]
        assert len(set(ids)) == len(ids)
        total += len(got)
    return total


def run_tool(*args, check=True):
    run = subprocess.run([sys.executable, TOOL, *args], capture_output=True, text=True,
                         timeout=300)
    if check:
        assert run.returncode == 0, run.stdout + run.stderr
    return run


def summary(path):
    with open(path) as f:
        return json.load(f)


def test_cluster_output_equals_cli_and_rerun_skips(cluster_factory, tmp_path):
    shards = make_shards(str(tmp_path), 2400, 6)
    out = str(tmp_path / "out")
    cluster = cluster_factory(2)
    stats = str(tmp_path / "summary.json")
    run = run_tool("--scheduler", cluster.address, *shards, "--out", out,
                   "--summary-json", stats)
    assert check_same_as_cli(shards, out) == 2400
    assert not [n for n in os.listdir(out) if n.endswith(".tmp")]  # all renamed
    first = summary(stats)
    assert (first["articles"], first["shards"], first["skipped"]) == (2400, 6, 0)
    events = sum(len(json.loads(line)["events"]) for line in cli_lines(*shards))
    assert first["events"] == events > 0
    assert "2400 articles" in run.stdout and "articles/s" in run.stdout
    workers = {line.rsplit(" on ", 1)[1] for line in run.stderr.splitlines()
               if " articles, " in line and " on " in line}
    assert len(workers) == 2, run.stderr  # both workers took shards

    # A rerun finds every shard done; with one output gone it redoes that one.
    run_tool("--scheduler", cluster.address, *shards, "--out", out, "--summary-json", stats)
    assert (summary(stats)["shards"], summary(stats)["skipped"]) == (0, 6)
    os.unlink(os.path.join(out, output_of(shards[2])))
    run_tool("--scheduler", cluster.address, *shards, "--out", out, "--summary-json", stats)
    assert (summary(stats)["shards"], summary(stats)["skipped"]) == (1, 5)
    assert summary(stats)["articles"] == 400
    assert check_same_as_cli(shards, out) == 2400


def test_killed_worker_loses_and_duplicates_nothing(cluster_factory, tmp_path):
    shards = make_shards(str(tmp_path), 3000, 12, skip=3000)
    out = str(tmp_path / "out")
    os.makedirs(out)
    cluster = cluster_factory(2)
    stats = str(tmp_path / "summary.json")
    tool = subprocess.Popen([sys.executable, TOOL, "--scheduler", cluster.address, *shards,
                             "--out", out, "--summary-json", stats],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        # Kill a worker (SIGKILL: no goodbye to the scheduler) once the first
        # shard is written, while the others are in flight.
        deadline = time.monotonic() + 120
        while not [n for n in os.listdir(out) if n.endswith(".jsonl")]:
            assert tool.poll() is None and time.monotonic() < deadline, tool.stdout.read()
            time.sleep(0.02)
        finished_at_kill = len([n for n in os.listdir(out) if n.endswith(".jsonl")])
        assert tool.poll() is None and finished_at_kill < len(shards), \
            "the run ended before the kill; nothing was tested"
        victim = cluster.workers[1]
        os.killpg(victim.pid, signal.SIGKILL)
        victim.wait()
        output, _ = tool.communicate(timeout=240)
    finally:
        if tool.poll() is None:
            tool.kill()
            tool.wait()
    assert tool.returncode == 0, output + cluster.logs()
    assert check_same_as_cli(shards, out) == 3000
    assert (summary(stats)["articles"], summary(stats)["shards"]) == (3000, 12)


def test_local_cluster_and_bad_usage(tmp_path):
    shards = make_shards(str(tmp_path), 200, 2)
    out = str(tmp_path / "out")
    run_tool("--local", "1", str(tmp_path / "news-*.jsonl*"), "--out", out)
    assert check_same_as_cli(shards, out) == 200
    missing = run_tool("--local", "1", str(tmp_path / "none-*.jsonl"), "--out", out,
                       check=False)
    assert missing.returncode != 0 and "no input matches" in missing.stderr
    both = run_tool("--local", "1", "--scheduler", "tcp://127.0.0.1:1", shards[0],
                    "--out", out, check=False)
    assert both.returncode == 2 and "not allowed with" in both.stderr


@pytest.mark.skipif(not os.environ.get("NEWSEVENTS_TEST_PG"),
                    reason="NEWSEVENTS_TEST_PG is not set (tools/with_postgres.sh sets it)")
def test_pg_loads_every_output_shard(tmp_path):
    sys.path.insert(0, os.path.join(SOURCE, "tests", "db"))
    from databases import PostgresDb
    db = PostgresDb(os.environ["NEWSEVENTS_TEST_PG"], "dask")
    try:
        shards = make_shards(str(tmp_path), 300, 3, skip=6000)
        out = str(tmp_path / "out")
        run_tool("--local", "1", *shards, "--out", out, "--pg", db.url)
        lines = [json.loads(line) for line in cli_lines(*shards)]
        assert db.query("SELECT COUNT(*) FROM documents") == [(str(len(lines)),)]
        assert db.query("SELECT COUNT(*) FROM events") == [
            (str(sum(len(r["events"]) for r in lines)),)]
        # A rerun skips every shard and the load changes nothing.
        run_tool("--local", "1", *shards, "--out", out, "--pg", db.url)
        assert db.query("SELECT COUNT(*) FROM documents") == [(str(len(lines)),)]
    finally:
        db.drop()
