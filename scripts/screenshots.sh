#!/usr/bin/env bash
# Regenerates the PNG screenshots of margintop from the built-in demo.
#
#   scripts/screenshots.sh [--out DIR] [--binary PATH] [--scratch-path DIR]
#
# Runs `margintop --demo` at a fixed size in a private tmux server, drives it with keys, captures
# each screen with its escapes (tmux capture-pane -e) and renders it with scripts/ansi_to_png.py
# (Pillow + DejaVu Sans Mono). Writes into screenshots/ unless --out DIR is given (CI passes a
# temporary directory, so it never writes into the repository). The demo's simulator is
# deterministic and its risk episode follows the clock from the simulator's start (calm, then
# margin usage climbing toward liquidation from 5 s, peak 30–40 s, calm again after 58 s), so the
# shots are taken at fixed times after launch.
#
# Needs: tmux, python3 with Pillow (pip install pillow), fonts-dejavu-core, a Swift toolchain
# (unless --binary is given).
set -euo pipefail
. "$(dirname "$0")/stop-tmux-server.sh"

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
out="$repo/screenshots"
binary=""
scratch=()
cols=120
rows=36
refresh=2

usage() { sed -n '2,16p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; }

while [ $# -gt 0 ]; do
  case "$1" in
    --out) out=$2; shift 2 ;;
    --binary) binary=$2; shift 2 ;;
    --scratch-path) scratch=(--scratch-path "$2"); shift 2 ;;
    -h|--help) usage; exit 0 ;;
    *) echo "screenshots.sh: unknown argument $1" >&2; usage >&2; exit 2 ;;
  esac
done

command -v tmux >/dev/null || { echo "screenshots.sh: tmux is required" >&2; exit 1; }
python3 -c 'import PIL' 2>/dev/null || {
  echo "screenshots.sh: Python's Pillow is required: pip install pillow (or apt-get install python3-pil)" >&2
  exit 1
}
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf ] || {
  echo "screenshots.sh: DejaVu Sans Mono is required: apt-get install fonts-dejavu-core" >&2
  exit 1
}

if [ -z "$binary" ]; then
  echo "building margintop…" >&2
  (cd "$repo" && swift build --product margintop "${scratch[@]}" >&2)
  binary="$(cd "$repo" && swift build --show-bin-path "${scratch[@]}")/margintop"
fi
[ -x "$binary" ] || { echo "screenshots.sh: no executable at $binary" >&2; exit 1; }

mkdir -p "$out"
work=$(mktemp -d)
socket="margintop-shots-$$"
simulator=""
cleanup() {
  stop_tmux_server "$socket" ${simulator:+"$simulator"}
  rm -rf "$work" 2>/dev/null || { sleep 1; rm -rf "$work"; } || true
}
trap cleanup EXIT

# A private server with no user configuration; a pane whose program exits stays, so a crash is
# seen (and its last screen shown) instead of silently photographing a shell.
printf 'set -g remain-on-exit on\nset -g default-terminal tmux-256color\n' >"$work/tmux.conf"
tmux_() { tmux -L "$socket" -f "$work/tmux.conf" "$@"; }

# Fails, showing the screen, when the program in session NAME has exited.
check_alive() {
  local name=$1
  if [ "$(tmux_ display-message -p -t "$name" '#{pane_dead}')" = 1 ]; then
    echo "screenshots.sh: margintop exited in session $name; its last screen:" >&2
    tmux_ capture-pane -p -t "$name" >&2 || true
    exit 1
  fi
}

# Starts `margintop --demo ARGS…` in session NAME at COLS×ROWS, with the repository's themes and
# no user configuration, in a UTF-8 locale and a 256-colour terminal.
launch() {
  local name=$1 width=$2 height=$3
  shift 3
  local command
  command=$(printf '%q ' env -u NO_COLOR TERM=tmux-256color LANG=C.UTF-8 LC_ALL=C.UTF-8 \
    MARGINTOP_THEMES_DIR="$repo/themes" XDG_CONFIG_HOME="$work/config" HOME="$work" \
    "$binary" --demo --refresh "$refresh" "$@")
  tmux_ new-session -d -s "$name" -x "$width" -y "$height" "$command"
}

# Waits until session NAME shows a full screen with figures on it (the first data has arrived).
wait_ready() {
  local name=$1 tries=0
  until [ "$(tmux_ capture-pane -p -t "$name" | grep -c '[0-9]\.[0-9]')" -ge 3 ]; do
    check_alive "$name"
    tries=$((tries + 1))
    if [ $tries -gt 120 ]; then
      echo "screenshots.sh: $name never showed data; its screen:" >&2
      tmux_ capture-pane -p -t "$name" >&2 || true
      exit 1
    fi
    sleep 0.25
  done
}

# Sleeps until SECONDS have passed since START (the epoch seconds a session was launched).
wait_until() {
  local start=$1 seconds=$2 now
  now=$(date +%s)
  if [ $((start + seconds)) -gt "$now" ]; then sleep $((start + seconds - now)); fi
}

keys() {
  local name=$1
  shift
  tmux_ send-keys -t "$name" "$@"
  sleep 0.7
}

# Captures session NAME with escapes now, and renders it as OUT/FILE.png in the background (so
# shots meant for the same moment are not spread out by rendering time).
renders=()
shot() {
  local name=$1 file=$2 terminal=${3:-dark}
  local size
  check_alive "$name"
  size=$(tmux_ display-message -p -t "$name" '#{window_width} #{window_height}')
  tmux_ capture-pane -e -p -t "$name" >"$work/$file.ans"
  python3 "$repo/scripts/ansi_to_png.py" "$work/$file.ans" "$out/$file.png" \
    --cols "${size% *}" --rows "${size#* }" --terminal "$terminal" &
  renders+=("$!:$file")
}

# Waits for every render; fails if one did.
finish_renders() {
  local entry failed=0
  for entry in "${renders[@]}"; do
    if wait "${entry%%:*}"; then
      echo "  $out/${entry#*:}.png" >&2
    else
      echo "screenshots.sh: rendering ${entry#*:} failed" >&2
      failed=1
    fi
  done
  return $failed
}

themes=(default monochrome high-contrast light nord gruvbox-dark solarized-dark dracula colorblind)

echo "launching the demo ($cols×$rows) and one instance per theme…" >&2
start=$(date +%s)
launch main "$cols" "$rows" --theme default
for theme in "${themes[@]}"; do
  launch "theme-$theme" "$cols" "$rows" --theme "$theme"
done
wait_ready main

# Themes mid-episode, so the gallery shows the risk colours as well as the calm ones.
wait_until "$start" 24
for theme in "${themes[@]}"; do
  terminal=dark
  [ "$theme" = light ] && terminal=light
  shot "theme-$theme" "theme-$theme" "$terminal"
  tmux_ kill-session -t "theme-$theme"
done

# The risk episode at its peak: the All tab names the worst account (past liquidation), and the
# default risk sort puts the currencies at risk first.
wait_until "$start" 34
shot main main
# The OKX multi-currency account on its own tab, its gauge past liquidation.
keys main 1
shot main risk
keys main 0
# The episode's alerts, newest first.
wait_until "$start" 48
keys main a
shot main alerts
keys main Escape
# Calm again, after the demo's incidents (an outage and a refused key from 60 s; OKX answers
# again at about 165 s): the everyday screens, the alerts acknowledged.
wait_until "$start" 175
keys main A
keys main v
shot main table
keys main j
keys main Enter
shot main detail
keys main Escape
keys main v
keys main -l '?'
shot main help
keys main Escape
keys main -l '.'
shot main privacy
keys main -l '.'
tmux_ resize-window -t main -x 80 -y 24
sleep 1
shot main narrow

# The history view (H) over a seeded day. The demo neither records nor reads history, so this is
# the dashboard proper on the simulator's OKX and Bybit accounts, with a history database that
# HistoryBenchmark fills with a day ending now (five currencies, a refresh a minute).
echo "seeding a day of history…" >&2
(cd "$repo" && swift build --product HistoryBenchmark "${scratch[@]}" >&2)
bench="$(cd "$repo" && swift build --show-bin-path "${scratch[@]}")/HistoryBenchmark"
"$binary" simulate --json >"$work/simulator.json" 2>/dev/null &
simulator=$!
tries=0
until [ -s "$work/simulator.json" ]; do
  tries=$((tries + 1))
  [ $tries -le 80 ] || { echo "screenshots.sh: the simulator did not start" >&2; exit 1; }
  sleep 0.25
done
mkdir -p "$work/history/config/margintop" "$work/history/state/margintop"
python3 - "$work/simulator.json" >"$work/history/config/margintop/config.toml" <<'PY'
import json, sys
s = json.load(open(sys.argv[1]))
url = s["base_url"]
print("refresh = 2\n")
print(f'[[account]]\nname = "okx-main"\nexchange = "okx"\nbase_url = "{url}"')
print(f'api_key = "{s["okx"]["api_key"]}"\nsecret = "{s["okx"]["secret"]}"\npassphrase = "{s["okx"]["passphrase"]}"\n')
print(f'[[account]]\nname = "bybit-uta"\nexchange = "bybit"\nbase_url = "{url}"')
print(f'api_key = "{s["bybit"]["api_key"]}"\nsecret = "{s["bybit"]["secret"]}"')
PY
chmod 600 "$work/history/config/margintop/config.toml"
"$bench" --path "$work/history/state/margintop/history.sqlite" --names okx-main,bybit-uta --days 1 --interval 60 \
  --currencies 5 >/dev/null
command=$(printf '%q ' env -u NO_COLOR TERM=tmux-256color LANG=C.UTF-8 LC_ALL=C.UTF-8 \
  MARGINTOP_THEMES_DIR="$repo/themes" XDG_CONFIG_HOME="$work/history/config" \
  XDG_STATE_HOME="$work/history/state" HOME="$work/history" "$binary" --theme default)
tmux_ new-session -d -s history -x "$cols" -y "$rows" "$command"
wait_ready history
keys history 1
keys history H
sleep 1
shot history history

finish_renders
echo "done: ${#renders[@]} images in $out" >&2
