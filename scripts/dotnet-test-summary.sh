#!/usr/bin/env bash
# Runs `dotnet test` and ends with the line CI reads: "N passed, N failed, N skipped" (summed over all test projects).
# usage: scripts/dotnet-test-summary.sh <sln-or-proj> [more dotnet test args]
set -uo pipefail
log="$(mktemp)"
dotnet test "$@" 2>&1 | tee "$log"; rc=${PIPESTATUS[0]}
awk '/^[[:space:]]*(Passed|Failed)![[:space:]]+-[[:space:]]+Failed:/ {
       gsub(/,/, ""); for (i = 1; i < NF; i++) {
         if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1); if ($i == "Skipped:") s += $(i+1) } }
     END { printf "%d passed, %d failed, %d skipped\n", p, f, s }' "$log"
rm -f "$log"; exit $rc
