#!/usr/bin/env bash
# Wall time and peak memory of `connote lint` as a whole process.
#
#   scripts/measure.sh [RUNS]
#
# Builds the release binary, then lints one ~300-character note RUNS times
# (default 200) from stdin and prints the median and 95th-percentile wall
# time, then the peak resident set size (GNU time's "Maximum resident set
# size"), then the wall time of `--batch` over 10,000 notes.
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

# Nanosecond wall time of each run, sorted, to take percentiles.
times="$sandbox/times"
for _ in $(seq "$runs"); do
  start=$(date +%s%N)
  "$bin" lint --format json --to Dana <"$note" >/dev/null || true
  end=$(date +%s%N)
  echo $(((end - start) / 1000))
done | sort -n >"$times"
pick() { sed -n "$(( ($(wc -l <"$times") * $1 + 99) / 100 ))p" "$times"; }
echo "one note, whole process ($runs runs): median $(pick 50) µs, p95 $(pick 95) µs"

rss_kb=$(/usr/bin/time -f '%M' "$bin" lint --format json --to Dana <"$note" 2>&1 >/dev/null | tail -1)
echo "one note, peak RSS: $rss_kb KiB"

batch="$sandbox/batch.jsonl"
for i in $(seq 10000); do
  printf '{"id":"%d","text":"Hi Ana,\\nYour piece on heat pumps (part %d) changed how our team plans pilots. I lead a small group in Ghent on the same problem and would be glad to compare notes. A short call next week?\\n– Rui","to":"Ana","from":"Rui"}\n' "$i" "$i"
done >"$batch"
start=$(date +%s%N)
"$bin" lint --batch --format jsonl "$batch" >/dev/null || true
end=$(date +%s%N)
echo "--batch of 10,000 notes, whole process: $(((end - start) / 1000000)) ms"
batch_rss=$(/usr/bin/time -f '%M' "$bin" lint --batch --format jsonl "$batch" 2>&1 >/dev/null | tail -1)
echo "--batch of 10,000 notes, peak RSS: $batch_rss KiB"
