#!/usr/bin/env bash
# Starts a throwaway PostgreSQL cluster for tests (fsync off: test data only) and prints `export` lines to eval:
#   eval "$(scripts/pg-start.sh)"; trap scripts/pg-stop.sh EXIT
set -euo pipefail
if [ -z "${PGPORT:-}" ]; then
  # The first free port from 55432: several worktrees may run their tests at once.
  for PGPORT in $(seq 55432 55531); do (exec 3<>"/dev/tcp/127.0.0.1/$PGPORT") 2>/dev/null || break; done
fi
PGBIN="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
PGDATA="$(mktemp -d "${TMPDIR:-/tmp}/pgci.XXXXXX")"
AS=()
# initdb refuses to run as root: drop to the postgres user then.
if [ "$(id -u)" = 0 ]; then chown postgres:postgres "$PGDATA"; AS=(runuser -u postgres --); fi
"${AS[@]}" "$PGBIN/initdb" -D "$PGDATA" -U postgres -A trust -E UTF8 --no-locale --no-sync >"$PGDATA.initdb.log" 2>&1
"${AS[@]}" "$PGBIN/pg_ctl" -D "$PGDATA" -l "$PGDATA/server.log" -w -t 30 \
  -o "-c listen_addresses=127.0.0.1 -p $PGPORT -k $PGDATA -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" start >/dev/null
"${AS[@]}" "$PGBIN/psql" -h 127.0.0.1 -p "$PGPORT" -U postgres -qAtc "CREATE DATABASE app" >/dev/null
echo "export PGDATA_CI=$PGDATA PGBIN_CI=$PGBIN PGPORT=$PGPORT"
echo "export PG_CONN='Host=127.0.0.1;Port=$PGPORT;Username=postgres;Database=app'"
