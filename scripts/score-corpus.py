#!/usr/bin/env python3
"""Score a connote binary against one or more corpus files (JSON Lines).

usage: scripts/score-corpus.py BIN FILE [FILE...]   (add -v to list the misses)

Each row: text, good, expect, forbid, and optionally scenario, to, from,
limit. Prints, per file: good notes left clean (no error or warning), weak
notes flagged (an expected rule at error or warning), recall over expected
rules at any severity, and forbid compliance. Useful to score a corpus
against an older build before changing the rules."""
import json, subprocess, sys

SCENARIO_OF_PREFIX = {"cls-": "close", "acq-": "acquaintance", "str-": "stranger"}
# A file named after a kind holds notes of that kind (as tests/corpus/load.rs reads them).
KINDS = ("follow-up", "permission-ask", "introduction-request")


def lint(binary, row, kind):
    scenario = row.get("scenario") or SCENARIO_OF_PREFIX.get(row["id"][:4], "stranger")
    cmd = [binary, "lint", "--format", "json", "--scenario", scenario, "--config", "/dev/null"]
    if kind:
        cmd += ["--kind", kind]
    for key, flag in (("to", "--to"), ("from", "--from"), ("limit", "--limit"), ("subject", "--subject")):
        if row.get(key):
            cmd += [flag, str(row[key])]
    p = subprocess.run(cmd, input=row["text"].encode(), capture_output=True)
    if p.returncode not in (0, 1):
        cmd = [c for c in cmd if c not in ("--config", "/dev/null")]
        p = subprocess.run(cmd, input=row["text"].encode(), capture_output=True)
    return {(d["rule"], d["severity"]) for d in json.loads(p.stdout)["diagnostics"]}


def score(binary, path, verbose):
    rows = [json.loads(l) for l in open(path, encoding="utf-8") if l.strip()]
    kind = next((k for k in KINDS if path.endswith(f"/{k}.jsonl")), None)
    good = clean = weak = flagged = exp = hit = forbids = broken = 0
    for r in rows:
        found = lint(binary, r, kind)
        serious = {rule for rule, sev in found if sev in ("error", "warning")}
        anywhere = {rule for rule, _ in found}
        if r["good"]:
            good += 1
            if serious:
                if verbose:
                    print(f"  noisy {r['id']}: {sorted(serious)} | {r['text'][:90]!r}")
            else:
                clean += 1
        else:
            weak += 1
            if set(r.get("expect", [])) & serious:
                flagged += 1
            elif verbose:
                print(f"  missed {r['id']}: want {r.get('expect')} got {sorted(found)} | {r['text'][:90]!r}")
        for rule in r.get("expect", []):
            exp += 1
            hit += rule in anywhere
        for rule in r.get("forbid", []):
            forbids += 1
            if rule in anywhere:
                broken += 1
                if verbose:
                    print(f"  forbid {r['id']}: {rule} fired | {r['text'][:90]!r}")
    pct = lambda a, b: f"{a}/{b} ({100 * a / b:.1f}%)" if b else "-"
    print(f"{path}: good clean {pct(clean, good)}; weak flagged {pct(flagged, weak)}; "
          f"recall {pct(hit, exp)}; forbid kept {pct(forbids - broken, forbids)}")


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if a != "-v"]
    for f in args[1:]:
        score(args[0], f, "-v" in sys.argv)
