#!/usr/bin/python3
"""Extract events from JSONL archives on a Dask cluster, one shard per task.

Each input shard (NAME.jsonl or NAME.jsonl.gz: one article a line, with
id, text and date) is read with dask.bag on a worker, extracted there by the
newsevents module (one extractor per worker process, loaded once), and
written to OUT/NAME.jsonl: one output line per input record, the same lines
`newsevents extract SHARD` writes. Each output shard is written to a
temporary file and renamed when complete, so a rerun skips the shards that
are done and redoes only the others; a worker that dies mid-shard leaves no
partial output, and Dask runs its shard again elsewhere.

examples:
  # one machine, 4 worker processes
  dask_extract.py --local 4 'archive/*.jsonl.gz' --out out/
  # a running cluster (every worker must see the inputs and OUT at the same
  # paths, e.g. on NFS, and import newsevents)
  dask_extract.py --scheduler tcp://10.0.0.5:8786 'archive/*.jsonl.gz' --out out/
  # then load every output shard into PostgreSQL with `newsevents load`
  dask_extract.py --local 2 'archive/*.jsonl' --out out/ --pg postgresql://news@db/news

It prints one line per finished shard on stderr and a summary on stdout:
articles, events, errors, seconds and articles/s of this run (shards that
were already done are counted apart). Exit status: 0 when every shard was
written, 1 when a shard failed or the load failed, 2 for bad usage.
"""
import argparse
import glob
import json
import os
import shutil
import socket
import subprocess
import sys
import time
import uuid

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)


def output_name(shard):
    """OUT's file name for an input shard: a.jsonl.gz -> a.jsonl."""
    name = os.path.basename(shard)
    if name.endswith(".gz"):
        name = name[:-3]
    if name.endswith(".jsonl"):
        name = name[:-6]
    return name + ".jsonl"


def stem(shard):
    """The id prefix of records without an id, as the CLI names them."""
    return output_name(shard)[:-len(".jsonl")]


# --- on the workers ---------------------------------------------------------

def json_type(value):
    """The JSON type name of a parsed value, as the CLI's messages say it."""
    return {dict: "object", list: "array", str: "string", bool: "boolean",
            int: "number", float: "number", type(None): "null"}[type(value)]


def _record_or_error(line, number, shard, newsevents):
    """One input line -> (mapping to extract, None) or (None, error line).

    Mirrors the CLI's JSONL reader (extractor/io/jsonl_record.cc) for what
    Python's json can see; the module checks the text itself.
    """
    where = "%s:%d" % (shard, number)
    default_id = "%s:%d" % (stem(shard), number)

    def error(code, message, record_id=default_id):
        return None, newsevents.error_line(record_id, where, code, message, where)

    raw = line.encode("utf-8", "surrogateescape")
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError as e:
        return error("invalid_utf8", "invalid UTF-8 byte 0x%02X at byte offset %d of the line"
                     % (raw[e.start], e.start))
    try:
        record = json.loads(line)
    except ValueError as e:
        return error("bad_record", "malformed JSON at byte offset %d of the line: %s"
                     % (getattr(e, "pos", 0), getattr(e, "msg", str(e))))
    if not isinstance(record, dict):
        return error("bad_record", "expected a JSON object, found %s"
                     % json_type(record))
    record_id = record.get("id")
    if isinstance(record_id, bool) or not isinstance(record_id, (str, int, float, type(None))):
        return error("bad_record", "field 'id' must be a string or a number, found %s"
                     % json_type(record_id))
    record_id = default_id if record_id in (None, "") else str(record_id)
    date = record.get("date")
    if date is not None and not isinstance(date, str):
        return error("bad_date", "field 'date' must be a string YYYY-MM-DD, found %s"
                     % json_type(date), record_id)
    text = record.get("text")
    if text is None and "text" not in record:
        return error("bad_record", "missing field 'text' (the record has: %s); see --text-field"
                     % (", ".join(list(record)[:10]) or "no fields"), record_id)
    if not isinstance(text, str):
        return error("bad_record", "field 'text' must be a string, found %s"
                     % json_type(text), record_id)
    return {"text": text, "id": record_id, "date": date, "source": where}, None


def extract_shard(lines, shard, out, lexicons, threads):
    """The task of one shard: its lines -> OUT/NAME.jsonl, atomically.

    Returns [counts] (a one-element partition of the result bag)."""
    import newsevents  # on the worker; its extractor is loaded once per process

    started = time.monotonic()
    shard = shard[0]
    extractor = newsevents.Extractor(lexicons)
    items = []  # (record to extract or None, ready error line or None)
    for number, line in enumerate(lines, 1):
        if line.strip(" \t\r\n"):
            items.append(_record_or_error(line.rstrip("\n"), number, shard, newsevents))
    extracted = extractor.extract_many(
        (record for record, _ in items if record is not None), threads=threads, lines=True)
    final = os.path.join(out, output_name(shard))
    temporary = os.path.join(out, ".%s.%s.%d.%s.tmp" % (
        output_name(shard), socket.gethostname(), os.getpid(), uuid.uuid4().hex[:8]))
    counts = {"shard": shard, "articles": 0, "events": 0, "errors": 0, "bytes": 0}
    try:
        with open(temporary, "w", encoding="utf-8") as f:
            for record, error_line in items:
                line = error_line if record is None else next(extracted)
                parsed = json.loads(line)
                counts["articles"] += 1
                if parsed["status"] == "ok":
                    counts["events"] += len(parsed["events"])
                    counts["bytes"] += parsed["doc"]["bytes"]
                else:
                    counts["errors"] += 1
                f.write(line + "\n")
            f.flush()
            os.fsync(f.fileno())
        os.replace(temporary, final)
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)
    counts["seconds"] = time.monotonic() - started
    counts["worker"] = "%s:%d" % (socket.gethostname(), os.getpid())
    return [counts]


def check_worker_module():
    """Run on each worker: where it imports newsevents from, or why it cannot."""
    try:
        import newsevents
        return "ok " + newsevents.__file__
    except ImportError as e:
        return "error " + str(e)


# --- on the client ----------------------------------------------------------

def find_module():
    """Makes `import newsevents` work here and in local workers: the
    installed module, else this checkout's build/python. Returns its folder."""
    try:
        import newsevents
    except ImportError:
        build = os.path.join(REPO, "build", "python")
        sys.path.insert(0, build)
        try:
            import newsevents
        except ImportError:
            sys.exit("dask_extract: cannot import the newsevents module; build it "
                     "(cmake --build build) or set PYTHONPATH to its folder")
    folder = os.path.dirname(os.path.abspath(newsevents.__file__))
    paths = os.environ.get("PYTHONPATH", "")
    if folder not in paths.split(os.pathsep):
        os.environ["PYTHONPATH"] = folder + (os.pathsep + paths if paths else "")
    return folder


def find_cli(given):
    for candidate in (given, os.environ.get("NEWSEVENTS_BIN"),
                      os.path.join(REPO, "build", "newsevents"), shutil.which("newsevents")):
        if candidate and os.access(candidate, os.X_OK):
            return candidate
    sys.exit("dask_extract: --pg needs the newsevents command; give --newsevents PATH")


def expand(patterns):
    shards = []
    for pattern in patterns:
        found = sorted(glob.glob(pattern)) if glob.has_magic(pattern) else [pattern]
        if not found:
            sys.exit("dask_extract: no input matches %r" % pattern)
        for path in found:
            if not os.path.isfile(path):
                sys.exit("dask_extract: %s: not a file" % path)
            shards.append(os.path.abspath(path))
    names = {}
    for shard in shards:
        other = names.setdefault(output_name(shard), shard)
        if other != shard:
            sys.exit("dask_extract: %s and %s would both write %s; rename one"
                     % (other, shard, output_name(shard)))
    return list(dict.fromkeys(shards))


def parse_args(argv):
    parser = argparse.ArgumentParser(
        prog="dask_extract.py", description=__doc__.split("\n\n")[0],
        epilog=__doc__.split("\n", 2)[2], formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("inputs", nargs="+", metavar="SHARD",
                        help="JSONL shards, optionally .gz; quote glob patterns "
                             "('archive/*.jsonl.gz') so that they expand here")
    parser.add_argument("--out", required=True, metavar="DIR",
                        help="folder for the output shards (created; must be shared "
                             "storage that every worker can write)")
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--scheduler", metavar="ADDR",
                       help="address of a running Dask scheduler, e.g. tcp://10.0.0.5:8786")
    where.add_argument("--local", type=int, metavar="N",
                       help="start a local cluster of N worker processes (default: "
                            "the number of cores) and stop it at the end")
    parser.add_argument("--threads", type=int, default=1, metavar="T",
                        help="extraction threads inside each task (default 1: one "
                             "worker process per core is Dask's way)")
    parser.add_argument("--lexicons", metavar="DIR",
                        help="lexicon folder, at this path on every worker "
                             "(default: the module's shipped lexicons)")
    parser.add_argument("--pg", metavar="URL",
                        help="afterwards, load every output shard into this PostgreSQL "
                             "database with `newsevents load` (idempotent: an article "
                             "loaded before is replaced only if it changed)")
    parser.add_argument("--newsevents", metavar="PATH",
                        help="the newsevents command for --pg (default: $NEWSEVENTS_BIN, "
                             "this checkout's build/newsevents, or PATH)")
    parser.add_argument("--summary-json", metavar="FILE",
                        help="also write the summary as JSON to FILE")
    args = parser.parse_args(argv)
    if args.local is not None and args.local < 1:
        parser.error("--local needs at least 1 worker")
    if args.threads < 1:
        parser.error("--threads needs at least 1")
    return args


def connect(args):
    from dask.distributed import Client, LocalCluster
    if args.scheduler:
        client = Client(args.scheduler, timeout="30s")
        return client, None
    cluster = LocalCluster(n_workers=args.local or os.cpu_count() or 1,
                           threads_per_worker=1, processes=True,
                           dashboard_address=None)
    return Client(cluster), cluster


def run(args):
    find_module()
    shards = expand(args.inputs)
    out = os.path.abspath(args.out)
    os.makedirs(out, exist_ok=True)
    for shard in shards:
        if os.path.dirname(shard) == out and output_name(shard) == os.path.basename(shard):
            sys.exit("dask_extract: %s would be overwritten by its own output; give "
                     "another --out" % shard)
    done = [s for s in shards if os.path.exists(os.path.join(out, output_name(s)))]
    pending = [s for s in shards if s not in done]
    for s in done:
        print("dask_extract: %s: done before, skipped" % s, file=sys.stderr)
    pg_cli = find_cli(args.newsevents) if args.pg else None

    started = time.monotonic()
    results, failed = [], []
    if pending:
        import dask.bag
        from dask.distributed import as_completed
        client, cluster = connect(args)
        try:
            for worker, status in client.run(check_worker_module).items():
                if not status.startswith("ok"):
                    sys.exit("dask_extract: worker %s cannot import newsevents (%s); "
                             "install the module there or set its PYTHONPATH" % (worker, status))
            lines = dask.bag.read_text(pending, blocksize=None, compression="infer",
                                       encoding="utf-8", errors="surrogateescape")
            names = dask.bag.from_sequence(pending, npartitions=len(pending))
            counts = lines.map_partitions(extract_shard, names, out, args.lexicons, args.threads)
            futures = client.compute(counts.to_delayed())
            for future in as_completed(futures):
                try:
                    shard = future.result()[0]
                except Exception as e:  # the shard's task failed on every try
                    failed.append(str(e))
                    print("dask_extract: a shard failed: %s" % e, file=sys.stderr)
                    continue
                results.append(shard)
                print("dask_extract: %s: %d articles, %d events, %d errors, %.1f s on %s"
                      % (shard["shard"], shard["articles"], shard["events"], shard["errors"],
                         shard["seconds"], shard["worker"]), file=sys.stderr)
        finally:
            client.close()
            if cluster is not None:
                cluster.close()
    seconds = time.monotonic() - started

    articles = sum(r["articles"] for r in results)
    summary = {
        "shards": len(results), "skipped": len(done), "failed": len(failed),
        "articles": articles, "events": sum(r["events"] for r in results),
        "errors": sum(r["errors"] for r in results),
        "bytes": sum(r["bytes"] for r in results), "seconds": round(seconds, 3),
        # time inside the shard tasks, summed over workers: the per-core rate
        "worker_seconds": round(sum(r["seconds"] for r in results), 3),
        "articles_per_second": round(articles / seconds, 1) if seconds > 0 else 0.0,
    }
    print("%(articles)d articles, %(events)d events, %(errors)d errors in %(seconds).1f s: "
          "%(articles_per_second).0f articles/s (%(shards)d shards written, "
          "%(skipped)d skipped as done, %(failed)d failed)" % summary)
    if args.summary_json:
        with open(args.summary_json, "w") as f:
            json.dump(summary, f)
    if failed:
        return 1
    if args.pg:
        outputs = [os.path.join(out, output_name(s)) for s in shards]
        load = subprocess.run([pg_cli, "load", *outputs, "--db", args.pg])
        if load.returncode != 0:
            print("dask_extract: newsevents load failed (exit %d)" % load.returncode,
                  file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(run(parse_args(sys.argv[1:])))
