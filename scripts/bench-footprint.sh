#!/bin/sh
# The installed dashboard's footprint next to htop and btop, all running at once at 120x40 with a
# 1 s refresh: margintop reads a `margintop simulate` in another process (its work not counted).
# Prints CPU (share of one core), mean and peak RSS, resident memory by executable / libraries /
# anonymous, and margintop's time to first frame. htop and btop are skipped when not installed.
#
#   scripts/bench-footprint.sh                            # the margintop on PATH (scripts/install.sh)
#   MARGINTOP_BINARY=path scripts/bench-footprint.sh      # another binary
#   SECONDS_TO_RUN=60 WIDTH=200 HEIGHT=60 scripts/bench-footprint.sh [--json]
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
binary=${MARGINTOP_BINARY:-$(command -v margintop || true)}
[ -n "$binary" ] || { echo "bench-footprint: no margintop on PATH; run scripts/install.sh or set MARGINTOP_BINARY" >&2; exit 1; }
exec python3 "$root/scripts/bench/side_by_side.py" "$binary" \
  --seconds "${SECONDS_TO_RUN:-30}" --width "${WIDTH:-120}" --height "${HEIGHT:-40}" "$@"
