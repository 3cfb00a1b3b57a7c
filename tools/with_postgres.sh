#!/usr/bin/env bash
# Runs a command beside a throwaway PostgreSQL server: initdb into a temporary
# folder, pg_ctl start on a free loopback port, NEWSEVENTS_TEST_PG set to its
# URL for the command (the database tests use it), then stop the server and
# delete the folder, whatever the command did. Exits with the command's status.
#
#   tools/with_postgres.sh ctest --test-dir build --output-on-failure
#
# Needs Debian's postgresql package (.ci/packages). As root the server runs
# as the postgres user (initdb refuses root).
set -euo pipefail
bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
  echo "with_postgres: no PostgreSQL server here (apt-get install postgresql)" >&2
  exit 1
fi
dir=$(mktemp -d "${TMPDIR:-/tmp}/newsevents-pg.XXXXXX")
if [ "$(id -u)" = 0 ]; then
  chown postgres: "$dir"
  as_owner() { runuser -u postgres -- "$@"; }
else
  as_owner() { "$@"; }
fi
stop() {
  as_owner "$bindir/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
  rm -rf "$dir"
}
trap stop EXIT
port=$(/usr/bin/python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
as_owner "$bindir/initdb" -D "$dir/data" -U newsevents -A trust -E UTF8 --locale=C \
  >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
  -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off" start >/dev/null ||
  { cat "$dir/server.log" >&2; exit 1; }
export NEWSEVENTS_TEST_PG="postgresql://newsevents@127.0.0.1:$port/postgres"
echo "with_postgres: PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') at $NEWSEVENTS_TEST_PG" >&2
set +e
"$@"
status=$?
set -e
exit $status
