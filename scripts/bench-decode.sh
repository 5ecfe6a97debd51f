#!/bin/sh
# Decode benchmark: a 500-currency OKX balance and a 500-coin Bybit wallet, in a release build.
# Usage: scripts/bench-decode.sh [iterations] (default 200). SCRATCH overrides the build directory.
set -eu
cd "$(dirname "$0")/.."
SCRATCH="${SCRATCH:-.build}"
exec swift run -c release --scratch-path "$SCRATCH" DecodeBenchmark "$@"
