#!/usr/bin/env bash
# Start-up budgets of the `connote` binary against an empty Rust program,
# measured side by side in one hyperfine run so both see the same load.
#
#   scripts/bench-startup.sh [RUNS]
#
# Builds the release binary and `fn main() {}` (rustc -O, into target/),
# then prints:
# - hyperfine over RUNS runs (default 500) of the empty program,
#   `connote --version`, `connote lint --format json` on one ~300-character
#   note and `wc -m` on the same note, with each one's median beyond the
#   empty program's against its budget (--version 0.3 ms, lint 0.5 ms);
# - peak RSS of that lint (GNU time), budget 4 MiB, and how much of the
#   code order (build/code-order.txt) the binary still matches;
# - `connote lint --batch` of 10,000 notes, budget 0.1 s;
# - the composer's time to first frame beyond the empty program, budget
#   2 ms (scripts/measure-first-frame.py).
# The machine's load is printed first: wall times under load are noisy,
# so run it when the load is low and repeat.
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-500}"
command -v hyperfine >/dev/null || { echo "needs hyperfine" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "needs GNU time: apt-get install time" >&2; exit 1; }

cargo build --release --locked --quiet
bin="$PWD/target/release/connote"
empty="$PWD/target/bench-empty"
sandbox="$(mktemp -d)"
trap 'rm -rf "$sandbox"' EXIT
echo 'fn main() {}' >"$sandbox/empty.rs"
rustc -O --edition 2021 -o "$empty" "$sandbox/empty.rs"
export HOME="$sandbox" XDG_CONFIG_HOME="$sandbox/config" XDG_DATA_HOME="$sandbox/data"

note="$sandbox/note.txt"
printf '%s\n' "Hi Dana," \
  "Your talk at the Ghent climate-tech breakfast on heat pumps for old row houses stuck with me, especially sizing for the coldest week instead of the average one. I run retrofit pilots in Leuven and would gladly share our meter data. Open to a 15-minute call next month?" \
  "– Rui" >"$note"

echo "load: $(cut -d' ' -f1-3 /proc/loadavg)"
json="$sandbox/hyperfine.json"
hyperfine -N -i --warmup 50 --runs "$runs" --export-json "$json" \
  "$empty" "$bin --version" "$bin lint --format json $note" "wc -m $note" |
  grep -E 'Benchmark|Time|Range'
python3 - "$json" <<'PY'
import json, sys
results = json.load(open(sys.argv[1]))["results"]
base = results[0]["median"]
budgets = [None, 0.3, 0.5, None]
print(f"\n{'command':<34} {'median':>8} {'mean':>8} {'beyond empty':>13}  budget")
for r, budget in zip(results, budgets):
    name = r["command"].split("/")[-1][:34]
    extra = (r["median"] - base) * 1000
    verdict = "" if budget is None else f"{budget} ms: {'met' if extra <= budget else 'NOT met'}"
    print(f"{name:<34} {r['median']*1000:7.2f}ms {r['mean']*1000:7.2f}ms {extra:+12.2f}ms  {verdict}")
PY

rss=$(/usr/bin/time -f '%M' "$bin" lint --format json "$note" 2>&1 >/dev/null | tail -1)
echo "peak RSS, lint of one note: $rss KiB (budget 4096 KiB)"
# The RSS budget rests on the code layout of build/code-order.txt; its
# names go stale with the compiler (regenerate: scripts/order-code.sh).
order=build/code-order.txt
found=$(nm "$bin" | awk '{print $3}' | sort -u | comm -12 - <(sort -u "$order") | wc -l)
echo "code order: $found of $(wc -l <"$order") functions of $order found in the binary"

batch="$sandbox/batch.jsonl"
for i in $(seq 10000); do
  printf '{"id":"%d","text":"Hi Ana,\\nYour piece on heat pumps (part %d) changed how our team plans pilots. I lead a small group in Ghent on the same problem and would be glad to compare notes. A short call next week?\\n– Rui","to":"Ana","from":"Rui"}\n' "$i" "$i"
done >"$batch"
hyperfine -N -i --warmup 2 --runs 10 "$bin lint --batch --format jsonl $batch" |
  grep -E 'Time|Range' | sed 's/^/--batch of 10,000 notes (budget 0.1 s): /'

python3 scripts/measure-first-frame.py "$bin" 50 "$empty"
