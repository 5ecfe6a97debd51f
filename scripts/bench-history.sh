#!/usr/bin/env bash
# History store benchmark: write cost per refresh and database size, in a release build, on a
# simulated clock (five accounts of 20 currencies every 5 s by default).
# Usage: scripts/bench-history.sh [--days D] [--accounts N] [--currencies N] [--interval S]
# SCRATCH overrides the build directory.
set -euo pipefail
cd "$(dirname "$0")/.."
SCRATCH=${SCRATCH:-.build-bench}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
swift build -c release --scratch-path "$SCRATCH" --product HistoryBenchmark >&2
"$SCRATCH/release/HistoryBenchmark" --path "$dir/history.sqlite" "$@"
