#!/usr/bin/env bash
# Records the demo's risk episode as an asciinema cast and an animated GIF.
#
#   scripts/record-episode.sh [--out DIR] [--binary PATH] [--seconds N] [--every S]
#
# Runs `margintop --demo` at 100×30 in a private tmux server, captures the screen with its
# escapes every S seconds (default 2) for N seconds (default 64: calm, the climb toward
# liquidation, the peak, the recovery), and turns the captures into DIR/episode.cast (play it
# with `asciinema play`) and DIR/episode.gif with scripts/episode_media.py. Writes into
# screenshots/ unless --out is given. Needs what scripts/screenshots.sh needs.
set -euo pipefail
. "$(dirname "$0")/stop-tmux-server.sh"

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
out="$repo/screenshots"
binary=""
seconds=64
every=2
cols=100
rows=30

while [ $# -gt 0 ]; do
  case "$1" in
    --out) out=$2; shift 2 ;;
    --binary) binary=$2; shift 2 ;;
    --seconds) seconds=$2; shift 2 ;;
    --every) every=$2; shift 2 ;;
    -h|--help) sed -n '2,11p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "record-episode.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done

command -v tmux >/dev/null || { echo "record-episode.sh: tmux is required" >&2; exit 1; }
python3 -c 'import PIL' 2>/dev/null || { echo "record-episode.sh: Python's Pillow is required" >&2; exit 1; }
if [ -z "$binary" ]; then
  (cd "$repo" && swift build --product margintop >&2)
  binary="$(cd "$repo" && swift build --show-bin-path)/margintop"
fi
[ -x "$binary" ] || { echo "record-episode.sh: no executable at $binary" >&2; exit 1; }

mkdir -p "$out"
work=$(mktemp -d)
socket="margintop-episode-$$"
cleanup() {
  stop_tmux_server "$socket"
  rm -rf "$work" 2>/dev/null || { sleep 1; rm -rf "$work"; } || true
}
trap cleanup EXIT
printf 'set -g remain-on-exit on\nset -g default-terminal tmux-256color\n' >"$work/tmux.conf"
tmux_() { tmux -L "$socket" -f "$work/tmux.conf" "$@"; }

command=$(printf '%q ' env -u NO_COLOR TERM=tmux-256color LANG=C.UTF-8 LC_ALL=C.UTF-8 \
  MARGINTOP_THEMES_DIR="$repo/themes" XDG_CONFIG_HOME="$work/config" XDG_STATE_HOME="$work/state" HOME="$work" \
  "$binary" --demo --refresh 1)
tmux_ new-session -d -s episode -x "$cols" -y "$rows" "$command"
start=$(date +%s.%N)
mkdir "$work/frames"
frame=0
while :; do
  now=$(date +%s.%N)
  elapsed=$(python3 -c "print(f'{$now - $start:.2f}')")
  if python3 -c "import sys; sys.exit(0 if $elapsed > $seconds else 1)"; then break; fi
  if [ "$(tmux_ display-message -p -t episode '#{pane_dead}')" = 1 ]; then
    echo "record-episode.sh: margintop exited; its last screen:" >&2
    tmux_ capture-pane -p -t episode >&2
    exit 1
  fi
  tmux_ capture-pane -e -p -t episode >"$work/frames/$(printf %04d $frame)-$elapsed.ans"
  frame=$((frame + 1))
  sleep "$every"
done
python3 "$repo/scripts/episode_media.py" "$work/frames" --cols "$cols" --rows "$rows" \
  --cast "$out/episode.cast" --gif "$out/episode.gif"
echo "  $out/episode.cast ($frame frames)" >&2
echo "  $out/episode.gif ($(du -k "$out/episode.gif" | cut -f1) KiB)" >&2
