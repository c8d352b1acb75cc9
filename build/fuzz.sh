#!/usr/bin/env bash
# Fuzzing beyond the unit tests (not run by CI, which keeps a short run of each target through `dotnet test`).
# Runs every fuzz target — rule files (loader), expressions, answers files, batch CSV input — for a number of
# executions each, or for a time each, and prints the executions each made. A target that finds a failing input
# fails with the smallest such input (CsCheck shrinks it) and its seed, so it can be replayed.
#
# usage: build/fuzz.sh [EXECUTIONS]        each target runs EXECUTIONS inputs (default 1000000)
#        build/fuzz.sh --seconds N         each target runs for N seconds
#        MATURITY_FUZZ_THREADS=1 build/fuzz.sh ...   on a shared machine (default: every core)
set -euo pipefail
cd "$(dirname "$0")/.."

unset MATURITY_FUZZ_ITERATIONS MATURITY_FUZZ_SECONDS
if [ "${1:-}" = "--seconds" ]; then
  export MATURITY_FUZZ_SECONDS="${2:?usage: build/fuzz.sh --seconds N}"
else
  export MATURITY_FUZZ_ITERATIONS="${1:-1000000}"
fi
report=$(mktemp)
export MATURITY_FUZZ_REPORT="$report"
trap 'rm -f "$report"' EXIT

dotnet build Maturity.sln -c Release -v q -nologo
status=0
for project in tests/Maturity.Tests tests/Maturity.Cli.Tests tests/Maturity.Batch.Tests; do
  dotnet test "$project" -c Release --no-build --filter "Category=Fuzz" --logger "console;verbosity=normal" || status=1
done

echo "== executions per fuzz target"
sort "$report" | awk -F'\t' '{ printf "%-12s %12d\n", $1, $2 }'
exit $status
