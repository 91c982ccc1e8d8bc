#!/usr/bin/env bash
# Stops the cluster started by scripts/pg-start.sh (reads PGDATA_CI and PGBIN_CI) and deletes its files.
set -u
AS=(); [ "$(id -u)" = 0 ] && AS=(runuser -u postgres --)
"${AS[@]}" "$PGBIN_CI/pg_ctl" -D "$PGDATA_CI" -m fast -w stop >/dev/null 2>&1 || true
rm -rf "$PGDATA_CI" "$PGDATA_CI.initdb.log"
