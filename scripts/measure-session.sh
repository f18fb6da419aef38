#!/usr/bin/env bash
# Runs a typical composer session in a private tmux server and reports the
# peak resident memory (VmHWM from /proc/<pid>/status) and the wall time
# from starting the binary to the first frame on screen (polled every 5 ms,
# so it includes tmux's own latency).
# Usage: scripts/measure-session.sh [path/to/connote]   (default: release build)
set -euo pipefail
BIN=${1:-target/release/connote}
SOCK="connote-measure-$$"
HOME_DIR=$(mktemp -d)
T=(tmux -L "$SOCK" -f /dev/null)
# connote saves its draft as the server goes down: wait for that write
# before removing the directory it writes into.
cleanup() {
  "${T[@]}" kill-server 2>/dev/null || true
  for _ in 1 2 3 4 5; do rm -rf "$HOME_DIR" 2>/dev/null && return; sleep 0.1; done
  rm -rf "$HOME_DIR"
}
trap cleanup EXIT
mkdir -p "$HOME_DIR/config/connote"
echo '{"sender": "Tom"}' > "$HOME_DIR/config/connote/config.json"
wait_for() {
  for _ in $(seq 1 2000); do
    "${T[@]}" capture-pane -p -t m | grep -qF -- "$1" && return 0
    sleep 0.005
  done
  echo "timed out waiting for $1" >&2; exit 1
}
start=$(date +%s%N)
"${T[@]}" new-session -d -s m -x 120 -y 40 \
  "exec env -u DISPLAY XDG_CONFIG_HOME=$HOME_DIR/config XDG_DATA_HOME=$HOME_DIR/data TERM=xterm-256color $BIN"
wait_for "Who is the note for?"
end=$(date +%s%N)
echo "first frame (wall, via tmux): $(( (end - start) / 1000000 )) ms"
PID=$("${T[@]}" display -p -t m '#{pane_pid}')
"${T[@]}" send-keys -t m 2
wait_for "To"
"${T[@]}" send-keys -t m -l "Priya"; "${T[@]}" send-keys -t m Enter
"${T[@]}" send-keys -t m -l "we talked about tracing after your workshop at RustConf in Montreal"
"${T[@]}" send-keys -t m Enter
"${T[@]}" send-keys -t m -l "I'd like to keep in touch"; "${T[@]}" send-keys -t m Enter
"${T[@]}" send-keys -t m -l "coffee when you're next in Lisbon?"
wait_for "Lisbon?"
"${T[@]}" send-keys -t m C-t; wait_for "Templates"
"${T[@]}" send-keys -t m Escape; sleep 0.2
"${T[@]}" send-keys -t m F1; wait_for "Help"
"${T[@]}" send-keys -t m Escape; sleep 0.2
"${T[@]}" send-keys -t m C-y; wait_for "Copied"
echo "peak RSS (VmHWM): $(grep VmHWM /proc/"$PID"/status | awk '{print $2, $3}')"
"${T[@]}" send-keys -t m C-q
