#!/usr/bin/env bash
# Soak test: the dashboard at the 1 s refresh floor against the built-in simulator (`--demo`),
# in a detached tmux pane, for a given time, sampling its resident memory, open file descriptors
# and threads from /proc. Writes a CSV and prints a summary (docs/soak.md has the last figures).
#
#   scripts/soak.sh                           # 60 minutes, a sample every 10 s
#   scripts/soak.sh --minutes 5 --every 5     # a short run
#   scripts/soak.sh --binary .build/release/margintop --out /tmp/soak.csv
#
# The binary is copied first, so rebuilding while the soak runs does not change what is measured.
set -euo pipefail
cd "$(dirname "$0")/.."

minutes=60
every=10
binary=.build/debug/margintop
out=""
while [ $# -gt 0 ]; do
  case "$1" in
    --minutes) minutes="$2"; shift 2 ;;
    --every) every="$2"; shift 2 ;;
    --binary) binary="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    *) echo "usage: $0 [--minutes N] [--every SECONDS] [--binary PATH] [--out FILE.csv]" >&2; exit 2 ;;
  esac
done
command -v tmux >/dev/null || { echo "soak: tmux is not installed" >&2; exit 1; }
[ -x "$binary" ] || { echo "soak: no binary at $binary (run swift build first)" >&2; exit 1; }

work=$(mktemp -d /tmp/margintop-soak.XXXXXX)
cp "$binary" "$work/margintop"
[ -n "$out" ] || out="$work/soak.csv"
socket="margintop-soak-$$"
cleanup() { tmux -L "$socket" kill-server 2>/dev/null || true; }
trap cleanup EXIT

tmux -L "$socket" -f /dev/null new-session -d -s soak -x 120 -y 40 \
  "env TERM=tmux-256color LANG=C.UTF-8 LC_ALL=C.UTF-8 $work/margintop --demo --refresh 1; echo EXIT=\$?; sleep 600"
pid=""
for _ in $(seq 1 100); do
  shell=$(tmux -L "$socket" display-message -p -t soak '#{pane_pid}')
  pid=$(pgrep -P "$shell" margintop | head -1 || true)
  [ -n "$pid" ] && break
  sleep 0.1
done
[ -n "$pid" ] || { echo "soak: margintop did not start" >&2; exit 1; }

echo "seconds,rss_kb,fds,threads" >"$out"
echo "soak: pid $pid, $minutes min, sample every $every s, samples in $out"
start=$(date +%s)
end=$((start + minutes * 60))
while :; do
  now=$(date +%s)
  [ -d "/proc/$pid" ] || { echo "soak: margintop exited after $((now - start)) s" >&2; tmux -L "$socket" capture-pane -p -t soak >&2; exit 1; }
  rss=$(awk '/^VmRSS:/ {print $2}' "/proc/$pid/status")
  threads=$(awk '/^Threads:/ {print $2}' "/proc/$pid/status")
  fds=$(ls "/proc/$pid/fd" | wc -l)
  echo "$((now - start)),$rss,$fds,$threads" >>"$out"
  [ "$now" -ge "$end" ] && break
  sleep "$every"
done

screen=$(tmux -L "$socket" capture-pane -p -t soak)
tmux -L "$socket" send-keys -t soak q
stale=$(grep -c STALE <<<"$screen" || true)

# The sample at 0 s is taken while the process starts (no simulator, no threads yet): it is in
# the CSV but not in the summary.
awk -F, -v stale="$stale" 'NR > 1 && $1 >= 5 {
    n++; t[n] = $1; r[n] = $2; f[n] = $3; h[n] = $4
    if ($1 <= 60) { first += $2; firstn++ }
  }
  END {
    minr = maxr = r[1]; minf = maxf = f[1]; minh = maxh = h[1]
    for (i = 1; i <= n; i++) {
      if (r[i] < minr) minr = r[i]; if (r[i] > maxr) maxr = r[i]
      if (f[i] < minf) minf = f[i]; if (f[i] > maxf) maxf = f[i]
      if (h[i] < minh) minh = h[i]; if (h[i] > maxh) maxh = h[i]
    }
    printf "samples          %d over %d s\n", n, t[n]
    printf "RSS first minute %.1f MB (mean)\n", first / firstn / 1024
    printf "RSS last         %.1f MB (min %.1f, max %.1f)\n", r[n] / 1024, minr / 1024, maxr / 1024
    printf "RSS growth       %+.1f MB (last minus first-minute mean)\n", (r[n] - first / firstn) / 1024
    printf "fds              first %d, last %d (min %d, max %d)\n", f[1], f[n], minf, maxf
    printf "threads          first %d, last %d (min %d, max %d)\n", h[1], h[n], minh, maxh
    printf "STALE on screen  %s\n", (stale > 0 ? "yes" : "no")
  }' "$out"
