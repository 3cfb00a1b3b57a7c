"""Shared by the Python tests: where things are, the CLI, a real Dask cluster.

ctest sets PYTHONPATH (the module's build folder), NEWSEVENTS_BIN (the
command line) and NEWSEVENTS_SOURCE (the checkout); run by hand they default
to this checkout's build/.
"""
import contextlib
import os
import signal
import socket
import subprocess
import sys
import time

import pytest

SOURCE = os.environ.get("NEWSEVENTS_SOURCE",
                        os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
CLI = os.environ.get("NEWSEVENTS_BIN", os.path.join(SOURCE, "build", "newsevents"))
SHARED = os.path.join(os.path.dirname(SOURCE), "shared")
if not any(os.path.exists(os.path.join(p, "newsevents.pyi")) for p in sys.path if p):
    sys.path.insert(0, os.path.join(SOURCE, "build", "python"))


def cli_lines(*args):
    """The JSON lines `newsevents extract ARGS` writes."""
    run = subprocess.run([CLI, "extract", "-q", *args], capture_output=True, check=True)
    return run.stdout.decode("utf-8").splitlines()


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Cluster:
    """A `dask scheduler` and `dask worker` processes on loopback, each in its
    own process group so that stop() ends them and their children."""

    def __init__(self, folder):
        self.folder = folder
        self.procs = []
        self.workers = []

    def start(self, workers):
        port = free_port()
        self.address = "tcp://127.0.0.1:%d" % port
        self._start("scheduler", ["scheduler", "--host", "127.0.0.1", "--port", str(port),
                                  "--no-dashboard"])
        for i in range(workers):
            self.workers.append(self._start(
                "worker%d" % i,
                ["worker", self.address, "--host", "127.0.0.1", "--nthreads", "1",
                 "--no-nanny", "--no-dashboard", "--name", "w%d" % i,
                 "--local-directory", os.path.join(self.folder, "worker%d" % i)]))
        self._wait_for(workers)

    def _start(self, name, args):
        log = open(os.path.join(self.folder, name + ".log"), "w")
        proc = subprocess.Popen(["/usr/bin/dask", *args], stdout=log,
                                stderr=subprocess.STDOUT, start_new_session=True)
        log.close()
        self.procs.append(proc)
        return proc

    def _wait_for(self, workers):
        from dask.distributed import Client
        deadline = time.monotonic() + 60
        while True:
            try:
                with Client(self.address, timeout="5s") as client:
                    client.wait_for_workers(workers, timeout=max(1, deadline - time.monotonic()))
                    return
            except (OSError, TimeoutError):
                if time.monotonic() > deadline:
                    raise AssertionError("cluster did not start:\n" + self.logs())
                time.sleep(0.2)

    def logs(self):
        text = []
        for name in sorted(os.listdir(self.folder)):
            if name.endswith(".log"):
                with open(os.path.join(self.folder, name)) as f:
                    text.append("== %s\n%s" % (name, f.read()[-3000:]))
        return "\n".join(text)

    def stop(self):
        for proc in self.procs:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGTERM)
        for proc in self.procs:
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()


@pytest.fixture
def cluster_factory(tmp_path):
    """Starts clusters on demand; every one is stopped at the end, even when
    the test fails."""
    started = []

    def start(workers=2):
        folder = tmp_path / ("cluster%d" % len(started))
        folder.mkdir()
        started.append(Cluster(str(folder)))  # before it starts: stopped even if it fails
        started[-1].start(workers)
        return started[-1]

    yield start
    for cluster in started:
        cluster.stop()
