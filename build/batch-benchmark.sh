#!/usr/bin/env bash
# Batch throughput benchmark (docs/benchmarks.md, "Batch throughput").
#
# Generates synthetic portfolios with the adviser sample's generator (one campaign, seed 2026) and scores
# each with the CLI, `maturity batch`, built in Release, under GNU time (/usr/bin/time -v), then prints
# rows/s and the peak resident set size. Two sizes by default (100,000 and 1,000,000 rows) so the two
# peaks can be compared: batch streams, so the peak should not grow with the number of rows.
# XLSX=1 also converts each portfolio to a workbook (the sample's --xlsx) and scores it .xlsx in, .xlsx out.
# Per size, in the same run: the batch on every core, the batch pinned to one core (taskset -c 0: the 1-vs-2
# scaling), and two floors, the same file read and written back with nothing scored: by Sep, the fastest .NET
# CSV library (sep-floor: what reading and writing can cost at best), and by the batch's own CSV reader and
# writer (floor). tests/Maturity.Benchmarks runs both. ONE_CORE=0 skips the pinned run.
#
#   build/batch-benchmark.sh                     # 100000 and 1000000 rows
#   SIZES="10000" build/batch-benchmark.sh       # any sizes
#   WORK=/data/bench JSON=1 build/batch-benchmark.sh   # keep files in WORK; also write JSON Lines
#   XLSX=1 build/batch-benchmark.sh              # CSV and .xlsx rows in the table
set -euo pipefail
cd "$(dirname "$0")/.."

SIZES="${SIZES:-100000 1000000}"
SEED="${SEED:-2026}"
WORK="${WORK:-$(mktemp -d "${TMPDIR:-/tmp}/maturity-batch-bench.XXXXXX")}"
mkdir -p "$WORK"

if [ ! -x /usr/bin/time ]; then
  echo "GNU time is missing; installing Debian's 'time' package" >&2
  if [ "$(id -u)" = 0 ]; then apt-get install -y time >&2; else sudo apt-get install -y time >&2; fi
fi

echo "building (Release)…" >&2
dotnet build -c Release -v q -nologo src/Maturity.Cli/Maturity.Cli.csproj >&2
dotnet build -c Release -v q -nologo samples/Maturity.Samples.Adviser/Maturity.Samples.Adviser.csproj >&2
dotnet build -c Release -v q -nologo tests/Maturity.Benchmarks/Maturity.Benchmarks.csproj >&2
CLI=src/Maturity.Cli/bin/Release/net10.0/Maturity.Cli.dll
GEN=samples/Maturity.Samples.Adviser/bin/Release/net10.0/Maturity.Samples.Adviser.dll
BENCH=tests/Maturity.Benchmarks/bin/Release/net10.0/Maturity.Benchmarks.dll

summary=()
ratios=()
# measure NAME INPUT OUTPUT [PREFIX...]: scores INPUT into OUTPUT under GNU time (PREFIX, e.g. taskset, before
# dotnet) and appends one table row; NAME=floor or sep-floor runs that I/O floor instead of the batch.
measure() {
  local name=$1 input=$2 output=$3 dir
  shift 3
  dir=$(dirname "$input")
  local cmd=(dotnet "$CLI" batch --lang en -i "$input" -o "$output" --rules rules "${json_args[@]}")
  if [ "$name" = floor ]; then cmd=(dotnet "$BENCH" csv-floor "$input" "$output"); fi
  if [ "$name" = sep-floor ]; then cmd=(dotnet "$BENCH" sep-floor "$input" "$output"); fi
  echo "== $n rows ($name): running" >&2
  echo "   /usr/bin/time -v $* ${cmd[*]}" >&2
  set +e
  /usr/bin/time -v -o "$dir/time-$name.txt" "$@" "${cmd[@]}" 2>"$dir/batch-$name.stderr" >"$dir/batch-$name.stdout"
  rc=$?
  set -e
  if [ "$rc" -gt 1 ]; then
    echo "$name failed (exit $rc):" >&2; tail -5 "$dir/batch-$name.stderr" >&2; exit "$rc"
  fi
  # The summary line: "N rows: S scored, F failed, …" (the floor: "N rows read and written …").
  rows=$(sed -n 's/^\([0-9]*\) rows.*/\1/p' "$dir/batch-$name.stdout" | head -1)
  if [ -z "$rows" ]; then
    echo "$name printed no summary (exit $rc):" >&2; tail -5 "$dir/batch-$name.stderr" >&2; exit 1
  fi
  errors=$(sed -n 's/.* \([0-9]*\) failed.*/\1/p' "$dir/batch-$name.stdout" | head -1)
  wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$dir/time-$name.txt")
  secs=$(echo "$wall" | awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; print s }')
  user=$(sed -n 's/.*User time (seconds): //p' "$dir/time-$name.txt")
  sys=$(sed -n 's/.*System time (seconds): //p' "$dir/time-$name.txt")
  rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$dir/time-$name.txt")
  size=$(du -m "$input" | cut -f1)
  rate=$(awk -v r="$rows" -v s="$secs" 'BEGIN { printf "%.0f", r / s }')
  eval "wall_${name//-/_}=$secs"
  line=$(printf '| %9s | %-10s | %6s MB | %7s s | %8s s | %9s | %6s s | %5s s | %7.1f MB | %6s | %s |' "$n" "$name" "$size" "$gen" "$secs" "$rate" "$user" "$sys" "$(awk -v k="$rss" 'BEGIN { print k / 1024 }')" "${errors:--}" "$(uptime | sed 's/.*load average: //')")
  summary+=("$line")
  echo "$line" >&2
}

for n in $SIZES; do
  dir="$WORK/$n"
  mkdir -p "$dir"
  echo "== $n rows: generating" >&2
  gen_start=$(date +%s.%N)
  xlsx_args=()
  if [ "${XLSX:-0}" = 1 ]; then xlsx_args=(--xlsx); fi
  dotnet "$GEN" --firms "$n" --seed "$SEED" --generate-only --one-campaign "${xlsx_args[@]}" --out "$dir" >&2
  gen_end=$(date +%s.%N)
  gen=$(awk -v a="$gen_start" -v b="$gen_end" 'BEGIN { printf "%.1f", b - a }')
  json_args=()
  if [ "${JSON:-0}" = 1 ]; then json_args=(--json "$dir/results.jsonl"); fi
  measure csv "$dir/campaign-2025.csv" "$dir/results.csv"
  if [ "${ONE_CORE:-1}" = 1 ]; then
    measure csv-1core "$dir/campaign-2025.csv" "$dir/results-1core.csv" taskset -c 0
    cmp -s "$dir/results.csv" "$dir/results-1core.csv" || { echo "1-core and every-core outputs differ" >&2; exit 1; }
    ratios+=("$n rows: 2 cores / 1 core = $(awk -v a="$wall_csv_1core" -v b="$wall_csv" 'BEGIN { printf "%.2f", a / b }')x faster")
  fi
  measure sep-floor "$dir/campaign-2025.csv" "$dir/sep-floor.csv"
  measure floor "$dir/campaign-2025.csv" "$dir/floor.csv"
  ratios+=("$n rows: batch / Sep floor = $(awk -v a="$wall_csv" -v b="$wall_sep_floor" 'BEGIN { printf "%.2f", a / b }') (wall time)")
  ratios+=("$n rows: batch / own reader-writer floor = $(awk -v a="$wall_csv" -v b="$wall_floor" 'BEGIN { printf "%.2f", a / b }') (wall time)")
  if [ "${XLSX:-0}" = 1 ]; then
    measure xlsx "$dir/campaign-2025.xlsx" "$dir/results.xlsx"
  fi
done

echo
echo "work folder: $WORK (inputs, results, time-*.txt per size)"
echo "| rows | run | input | generation | wall | rows/s | user | sys | peak RSS | error rows | load average after |"
echo "|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---|"
printf '%s\n' "${summary[@]}"
echo
printf '%s\n' "${ratios[@]}"
