# Sourced by the scripts that drive margintop in a private tmux server.
#
# stop_tmux_server SOCKET [PID…]: kills the server on SOCKET (and the PIDs), then waits up to
# five seconds for the panes' programs and the PIDs to exit. Killing the server only signals
# them; they may still be writing their state (a log, a history file) into a directory the
# caller is about to remove.
stop_tmux_server() {
  local socket=$1
  shift
  local pids tries=0
  # A dead pane (remain-on-exit) keeps its old pid, which may since belong to another process.
  pids="$(tmux -L "$socket" list-panes -a -F '#{?pane_dead,,#{pane_pid}}' 2>/dev/null || true) $*"
  tmux -L "$socket" kill-server 2>/dev/null || true
  [ $# -eq 0 ] || kill "$@" 2>/dev/null || true
  pids=$(echo $pids)
  while [ -n "$pids" ] && kill -0 $pids 2>/dev/null && [ $tries -lt 50 ]; do
    sleep 0.1
    tries=$((tries + 1))
  done
}
