"""The databases of the tests: a SQLite file (Python's sqlite3), or a
database created for one check on the PostgreSQL server of
NEWSEVENTS_TEST_PG (through psql) and dropped at the end."""

import csv
import io
import os
import re
import sqlite3
import subprocess

class SqliteDb:
    def __init__(self, folder, name):
        self.url = os.path.join(folder, name + ".sqlite")
        self.name = self.url

    def query(self, sql):
        con = sqlite3.connect(self.url)
        try:
            return [tuple(r) for r in con.execute(sql)]
        finally:
            con.close()

    def execute(self, sql):
        con = sqlite3.connect(self.url)
        try:
            con.executescript(sql)
        finally:
            con.close()

    def drop(self):
        for suffix in ("", "-wal", "-shm"):
            if os.path.exists(self.url + suffix):
                os.remove(self.url + suffix)


class PostgresDb:
    NULL = "@@NULL@@"

    def __init__(self, server, name):
        self.server = server
        self.dbname = "newsevents_e2e_%d_%s" % (os.getpid(), name)
        psql(server, "CREATE DATABASE " + self.dbname)
        self.url = with_database(server, self.dbname)
        self.name = self.url

    def query(self, sql):
        sql = sql.strip().rstrip(";")
        out = psql(self.url, "COPY (%s) TO STDOUT WITH (FORMAT csv, NULL '%s')"
                   % (sql, self.NULL))
        return [tuple(None if v == self.NULL else v for v in row)
                for row in csv.reader(io.StringIO(out))]

    def execute(self, sql):
        psql(self.url, sql)

    def drop(self):
        psql(self.server, "DROP DATABASE IF EXISTS %s WITH (FORCE)" % self.dbname)


def psql(url, sql):
    p = subprocess.run(["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", url, "-c", sql],
                       capture_output=True, text=True)
    if p.returncode != 0:
        raise AssertionError("psql failed on %s: %s" % (sql[:200], p.stderr))
    return p.stdout


def with_database(url, name):
    """postgresql://u@h:p/db?x -> postgresql://u@h:p/NAME?x"""
    m = re.match(r"^(postgres(?:ql)?://[^/?]*)(/[^?]*)?(\?.*)?$", url)
    return m.group(1) + "/" + name + (m.group(3) or "")
