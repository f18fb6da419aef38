#!/usr/bin/env bash
# Writes build/code-order.txt: the functions a `connote lint` run executes,
# in the order it first enters them, for the linker to lay out together at
# the start of the binary's code (build.rs passes the file to lld as
# `--symbol-ordering-file`).
#
#   scripts/order-code.sh
#
# Why: a short run maps the binary's code in 64 KiB windows around each
# page it touches. In the default layout the few hundred functions of a
# lint lie scattered over most of the 2.6 MB of code, so nearly all of it
# was mapped (2 MiB of a 5.1 MiB peak RSS); gathered, they fit in about
# 0.5 MiB. The names carry hashes that change with the compiler and the
# dependencies' versions; a name the binary no longer has is skipped, so a
# stale file only loses the layout. Run this again after such a change:
# scripts/bench-startup.sh says how much of the file still matches.
#
# The runs, each under valgrind (callgrind lists the functions by their
# symbol names): `lint --format json` of one note (the RSS budget's run),
# the same in human form, `--version`, and `lint --batch` of a few rows.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v valgrind >/dev/null || { echo "needs valgrind" >&2; exit 1; }

cargo build --release --locked --quiet
bin="$PWD/target/release/connote"
sandbox="$(mktemp -d)"
trap 'rm -rf "$sandbox"' EXIT
export HOME="$sandbox" XDG_CONFIG_HOME="$sandbox/config" XDG_DATA_HOME="$sandbox/data"

note="$sandbox/note.txt"
printf '%s\n' "Hi Dana," \
  "Your talk at the Ghent climate-tech breakfast on heat pumps for old row houses stuck with me, especially sizing for the coldest week instead of the average one. I run retrofit pilots in Leuven and would gladly share our meter data. Open to a 15-minute call next month?" \
  "– Rui" >"$note"
batch="$sandbox/batch.jsonl"
for i in $(seq 20); do
  printf '{"id":"%d","text":"Hi Ana,\\nYour piece on heat pumps (part %d) changed how our team plans pilots. I lead a small group in Ghent on the same problem and would be glad to compare notes. A short call next week?\\n– Rui","to":"Ana","from":"Rui"}\n' "$i" "$i"
done >"$batch"

run=0
profile() {
  run=$((run + 1))
  valgrind --tool=callgrind --demangle=no --callgrind-out-file="$sandbox/cg.$run" \
    "$bin" "$@" >/dev/null 2>&1 || true
}
profile lint --format json "$note"
profile lint --format human "$note"
profile --version
profile lint --batch --format jsonl "$batch"

python3 - "$bin" "$sandbox"/cg.* >build/code-order.txt <<'PY'
import re, sys
binary, outs = sys.argv[1], sorted(sys.argv[2:], key=lambda p: int(p.rsplit(".", 1)[1]))
seen, order = set(), []
for path in outs:
    objects, names, obj = {}, {}, None
    for line in open(path):
        # Names are given once, on first use (in `fn=`, `cfn=`, `ob=` or
        # `cob=`), and by number after that.
        m = re.match(r"(c?)(ob|fn)=\((\d+)\)(?: (.*))?$", line.rstrip("\n"))
        if not m:
            continue
        called, kind, number, name = m.groups()
        table = objects if kind == "ob" else names
        if name:
            table[number] = name
        if called:
            continue
        if kind == "ob":
            obj = objects.get(number)
            continue
        # Callgrind marks a recursion depth with `'2`, and names an address
        # it has no symbol for `0x…`.
        name = re.sub(r"'\d+$", "", names.get(number, ""))
        if obj == binary and name and not name.startswith("0x") and name not in seen:
            seen.add(name)
            order.append(name)
print("\n".join(order))
PY
echo "build/code-order.txt: $(wc -l <build/code-order.txt) functions" >&2
