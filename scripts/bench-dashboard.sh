#!/bin/sh
# Measures the dashboard left open: `margintop --demo --refresh 1` at 120x40 for 30 s in a
# pseudo-terminal. Reports bytes written per refresh, CPU time (share of one core), peak RSS and
# time to first frame, as JSON. Targets: < 2 KB per refresh, < 0.5 % of one core, < 40 MB RSS,
# first frame < 300 ms.
#
#   scripts/bench-dashboard.sh                 # builds release, then measures
#   MARGINTOP_BINARY=path scripts/bench-dashboard.sh   # measures that binary
#   SCRATCH=/path scripts/bench-dashboard.sh   # build with another --scratch-path
#   SECONDS_TO_RUN=60 WIDTH=200 HEIGHT=60 scripts/bench-dashboard.sh
#   CONFIG=file scripts/bench-dashboard.sh     # the accounts of a config instead of --demo
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
binary=${MARGINTOP_BINARY:-}
if [ -z "$binary" ]; then
  scratch=${SCRATCH:-$root/.build}
  swift build -c release --product margintop --package-path "$root" --scratch-path "$scratch" >&2
  binary="$scratch/release/margintop"
fi
exec python3 "$root/scripts/bench/pty_bench.py" "$binary" \
  --seconds "${SECONDS_TO_RUN:-30}" --width "${WIDTH:-120}" --height "${HEIGHT:-40}" --refresh "${REFRESH:-1}" ${CONFIG:+--config "$CONFIG"}
