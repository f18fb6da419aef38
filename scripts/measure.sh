#!/usr/bin/env bash
# Wall time and peak memory of `connote lint` as a whole process.
#
#   scripts/measure.sh [RUNS]
#
# Builds the release binary, then lints one ~300-character note RUNS times
# (default 200) from stdin and prints the median wall and CPU time, then the
# peak resident set size (GNU time's "Maximum resident set size"), then the
# time and peak memory of `--batch` over 10,000 notes.
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-200}"

cargo build --release --quiet
bin="$PWD/target/release/connote"
[ -x /usr/bin/time ] || { echo "needs GNU time: apt-get install time" >&2; exit 1; }

sandbox="$(mktemp -d)"
trap 'rm -rf "$sandbox"' EXIT
export HOME="$sandbox" XDG_CONFIG_HOME="$sandbox/config" XDG_DATA_HOME="$sandbox/data"

note="$sandbox/note.txt"
printf '%s\n' "Hi Dana," \
  "Your talk at the Ghent climate-tech breakfast on heat pumps for old row houses stuck with me, especially sizing for the coldest week instead of the average one. I run retrofit pilots in Leuven and would gladly share our meter data. Open to a 15-minute call next month?" \
  "– Rui" >"$note"

# Wall and CPU (user + system) seconds of each run; CPU time is what to
# trust when other work shares the machine.
times="$sandbox/times"
TIMEFORMAT='%3R %3U %3S'
for _ in $(seq "$runs"); do
  { time "$bin" lint --format json --to Dana <"$note" >/dev/null || true; } 2>>"$times"
done
middle() { sort -n | sed -n "$(( (runs + 1) / 2 ))p"; }
wall=$(awk '{ printf "%.1f\n", $1 * 1000 }' "$times" | middle)
cpu=$(awk '{ printf "%.1f\n", ($2 + $3) * 1000 }' "$times" | middle)
echo "one note, whole process ($runs runs): median wall $wall ms, median CPU $cpu ms"

rss_kb=$(/usr/bin/time -f '%M' "$bin" lint --format json --to Dana <"$note" 2>&1 >/dev/null | tail -1)
echo "one note, peak RSS: $rss_kb KiB"

batch="$sandbox/batch.jsonl"
for i in $(seq 10000); do
  printf '{"id":"%d","text":"Hi Ana,\\nYour piece on heat pumps (part %d) changed how our team plans pilots. I lead a small group in Ghent on the same problem and would be glad to compare notes. A short call next week?\\n– Rui","to":"Ana","from":"Rui"}\n' "$i" "$i"
done >"$batch"
TIMEFORMAT='wall %3R s, CPU %3U s user + %3S s system'
echo "--batch of 10,000 notes, whole process:"
time "$bin" lint --batch --format jsonl "$batch" >/dev/null || true
batch_rss=$(/usr/bin/time -f '%M' "$bin" lint --batch --format jsonl "$batch" 2>&1 >/dev/null | tail -1)
echo "--batch of 10,000 notes, peak RSS: $batch_rss KiB"
