#!/usr/bin/python3
"""Throughput of tools/dask_extract.py with 1, 2, ... local workers.

Splits a JSONL corpus into shards in a temporary folder, runs
dask_extract.py --local N over them for each N (a fresh output folder each
time), and prints the articles/s and MB/s of each run beside the
single-process `newsevents extract -j 1` on the same file. Start-up of the
local cluster is included in the Dask seconds; the per-worker rate is the
figure to scale for a cluster.

  tools/bench_dask.py ../shared/eval/news/reuters21578.jsonl            # 1 and 2 workers
  tools/bench_dask.py --workers 1 2 4 --shards 16 archive.jsonl
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], epilog=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", help="a JSONL file of articles (id, text, date)")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--shards", type=int, default=8, help="shards to split it into (8)")
    parser.add_argument("--newsevents", default=os.path.join(os.path.dirname(HERE), "build",
                                                             "newsevents"))
    args = parser.parse_args()
    folder = tempfile.mkdtemp(prefix="bench_dask.")
    try:
        with open(args.corpus, "rb") as f:
            lines = f.readlines()
        size = -(-len(lines) // args.shards)
        shards = []
        for i in range(args.shards):
            path = os.path.join(folder, "shard-%03d.jsonl" % i)
            with open(path, "wb") as f:
                f.writelines(lines[i * size:(i + 1) * size])
            shards.append(path)
        megabytes = os.path.getsize(args.corpus) / 1e6
        print("%s: %d articles, %.1f MB, %d shards" % (args.corpus, len(lines), megabytes,
                                                     args.shards))
        started = time.monotonic()
        subprocess.run([args.newsevents, "extract", "-q", "-j", "1", args.corpus, "-o",
                        os.devnull], check=True)
        seconds = time.monotonic() - started
        print("newsevents extract -j 1:   %6.1f s  %6.0f articles/s  %5.2f MB/s"
              % (seconds, len(lines) / seconds, megabytes / seconds))
        for n in args.workers:
            out = os.path.join(folder, "out-%d" % n)
            stats = os.path.join(folder, "summary-%d.json" % n)
            subprocess.run([sys.executable, os.path.join(HERE, "dask_extract.py"), "--local",
                            str(n), *shards, "--out", out, "--summary-json", stats],
                           check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            with open(stats) as f:
                s = json.load(f)
            print("dask_extract --local %-4d %6.1f s  %6.0f articles/s  %5.2f MB/s  "
                  "(%d events, %d errors; per worker inside tasks: %.0f articles/s)"
                  % (n, s["seconds"], s["articles_per_second"], megabytes / s["seconds"],
                     s["events"], s["errors"], s["articles"] / s["worker_seconds"]))
    finally:
        shutil.rmtree(folder)


if __name__ == "__main__":
    main()
