//! Reading the labelled notes: one JSON object per line, one file per scenario.

use connote::note::{Limit, Scenario};
use serde::Deserialize;

/// Every rule id SPEC §3 defines, whether or not it is registered yet, so the
/// corpus can be checked against the contract rather than the current code.
pub const SPEC_RULES: [&str; 17] = [
    "empty-note",
    "over-limit",
    "default-text",
    "placeholder",
    "stock-phrase",
    "invisible-character",
    "missing-name",
    "missing-context",
    "self-centered",
    "premature-ask",
    "sales-pitch",
    "missing-next-step",
    "vague-reference",
    "filler",
    "shouting",
    "missing-sign-off",
    "duplicate-note",
];

/// The files, embedded so the test needs no working directory.
const FILES: [(&str, Scenario, &str); 3] = [
    (
        "tests/corpus/close.jsonl",
        Scenario::Close,
        include_str!("close.jsonl"),
    ),
    (
        "tests/corpus/acquaintance.jsonl",
        Scenario::Acquaintance,
        include_str!("acquaintance.jsonl"),
    ),
    (
        "tests/corpus/stranger.jsonl",
        Scenario::Stranger,
        include_str!("stranger.jsonl"),
    ),
];

/// One line as written in the file.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Row {
    id: String,
    text: String,
    to: Option<String>,
    from: Option<String>,
    limit: Option<Limit>,
    good: bool,
    #[serde(default)]
    expect: Vec<String>,
    #[serde(default)]
    forbid: Vec<String>,
    why: String,
}

/// One labelled note, with its scenario and where it came from.
#[derive(Debug)]
pub struct Entry {
    pub id: String,
    /// `file:line`, for messages.
    pub origin: String,
    pub scenario: Scenario,
    pub text: String,
    pub to: Option<String>,
    pub from: Option<String>,
    pub limit: Limit,
    pub good: bool,
    pub expect: Vec<String>,
    pub forbid: Vec<String>,
    pub why: String,
}

/// Every note of the three files; a malformed line panics naming file and line.
pub fn corpus() -> Vec<Entry> {
    let mut out = Vec::new();
    for (file, scenario, body) in FILES {
        for (n, line) in body.lines().enumerate() {
            if line.trim().is_empty() {
                continue;
            }
            let origin = format!("{file}:{}", n + 1);
            let row: Row = serde_json::from_str(line)
                .unwrap_or_else(|e| panic!("{origin}: malformed corpus line: {e}"));
            out.push(Entry {
                id: row.id,
                origin,
                scenario,
                text: row.text,
                to: row.to,
                from: row.from,
                limit: row.limit.unwrap_or_default(),
                good: row.good,
                expect: row.expect,
                forbid: row.forbid,
                why: row.why,
            });
        }
    }
    out
}

/// The id prefix each scenario's notes use, so a note pasted into the wrong
/// file is caught.
pub fn prefix(scenario: Scenario) -> &'static str {
    match scenario {
        Scenario::Close => "cls-",
        Scenario::Acquaintance => "acq-",
        Scenario::Stranger => "str-",
    }
}
