#!/bin/sh
# margintop's decoders against ccxt on the same payloads: DecodeBenchmark writes its 500-currency
# OKX balance and 500-coin Bybit wallet, ccxt (from PyPI) parses them, then DecodeBenchmark runs.
# Compare the CPU medians. Needs `pip install ccxt`. Built with the flags of scripts/install.sh, so
# it reuses that build.
#
#   scripts/bench-ccxt.sh [iterations]      # default 200; SCRATCH overrides the build directory
set -eu
cd "$(dirname "$0")/.."
SCRATCH="${SCRATCH:-.build}"
python3 -c 'import ccxt' 2>/dev/null || { echo "bench-ccxt: needs ccxt (pip install ccxt)" >&2; exit 1; }
swift build -c release --static-swift-stdlib --disable-local-rpath --scratch-path "$SCRATCH" --product DecodeBenchmark >&2
benchmark="$(swift build -c release --static-swift-stdlib --disable-local-rpath --scratch-path "$SCRATCH" --show-bin-path)/DecodeBenchmark"
payloads=$(mktemp -d)
trap 'rm -rf "$payloads"' EXIT
"$benchmark" --write-payloads "$payloads"
python3 scripts/bench/ccxt_decode.py "$payloads" "$@"
"$benchmark" "$@"
