//! Reading the labelled notes: one JSON object per line, one file per scenario.

use connote::note::{Kind, Limit, Scenario};
use serde::Deserialize;

/// Every rule id SPEC §3 defines, whether or not it is registered yet, so the
/// corpus can be checked against the contract rather than the current code.
pub const SPEC_RULES: [&str; 19] = [
    "empty-note",
    "over-limit",
    "default-text",
    "placeholder",
    "stock-phrase",
    "invisible-character",
    "missing-name",
    "missing-context",
    "missing-invite",
    "self-centered",
    "premature-ask",
    "sales-pitch",
    "missing-next-step",
    "vague-reference",
    "filler",
    "shouting",
    "missing-sign-off",
    "misspelling",
    "duplicate-note",
];

/// Which part of the corpus a note belongs to: they are scored apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Part {
    /// Notes written for each scenario, one file per scenario.
    Own,
    /// Notes in the shape of examples published on the web, each row naming
    /// its page in `source`.
    Published,
    /// Written blind before the rules were tuned, and never tuned against:
    /// the honest measure.
    HeldOut,
}

impl Part {
    /// Every part, in report order.
    pub const ALL: [Part; 3] = [Part::Own, Part::Published, Part::HeldOut];

    /// The part's name in reports.
    pub fn name(self) -> &'static str {
        match self {
            Part::Own => "own",
            Part::Published => "published",
            Part::HeldOut => "held-out",
        }
    }
}

/// The files, embedded so the test needs no working directory. A file
/// without a scenario has a `scenario` on each row; a file of another kind
/// than the invitation says so.
const FILES: [(&str, Option<Scenario>, Part, &str); 8] = [
    (
        "tests/corpus/close.jsonl",
        Some(Scenario::Close),
        Part::Own,
        include_str!("close.jsonl"),
    ),
    (
        "tests/corpus/acquaintance.jsonl",
        Some(Scenario::Acquaintance),
        Part::Own,
        include_str!("acquaintance.jsonl"),
    ),
    (
        "tests/corpus/stranger.jsonl",
        Some(Scenario::Stranger),
        Part::Own,
        include_str!("stranger.jsonl"),
    ),
    (
        "tests/corpus/follow-up.jsonl",
        None,
        Part::Own,
        include_str!("follow-up.jsonl"),
    ),
    (
        "tests/corpus/permission-ask.jsonl",
        None,
        Part::Own,
        include_str!("permission-ask.jsonl"),
    ),
    (
        "tests/corpus/introduction-request.jsonl",
        None,
        Part::Own,
        include_str!("introduction-request.jsonl"),
    ),
    (
        "tests/corpus/published.jsonl",
        None,
        Part::Published,
        include_str!("published.jsonl"),
    ),
    (
        "tests/corpus/heldout.jsonl",
        None,
        Part::HeldOut,
        include_str!("heldout.jsonl"),
    ),
];

/// One line as written in the file.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Row {
    id: String,
    scenario: Option<Scenario>,
    source: Option<String>,
    subject: Option<String>,
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
    pub part: Part,
    /// The page a published note's shape comes from.
    pub source: Option<String>,
    pub scenario: Scenario,
    pub kind: Kind,
    /// The subject line, for a permission-ask.
    pub subject: Option<String>,
    pub text: String,
    pub to: Option<String>,
    pub from: Option<String>,
    pub limit: Limit,
    pub good: bool,
    pub expect: Vec<String>,
    pub forbid: Vec<String>,
    pub why: String,
}

/// Every note of every file; a malformed line panics naming file and line.
pub fn corpus() -> Vec<Entry> {
    let mut out = Vec::new();
    for (file, scenario, part, body) in FILES {
        for (n, line) in body.lines().enumerate() {
            if line.trim().is_empty() {
                continue;
            }
            let origin = format!("{file}:{}", n + 1);
            let row: Row = serde_json::from_str(line)
                .unwrap_or_else(|e| panic!("{origin}: malformed corpus line: {e}"));
            let scenario = scenario
                .or(row.scenario)
                .unwrap_or_else(|| panic!("{origin}: the row needs a `scenario`"));
            let kind = kind_of(file);
            out.push(Entry {
                id: row.id,
                origin,
                part,
                source: row.source,
                scenario,
                kind,
                subject: row.subject,
                text: row.text,
                to: row.to,
                from: row.from,
                limit: row.limit.unwrap_or(kind.default_limit()),
                good: row.good,
                expect: row.expect,
                forbid: row.forbid,
                why: row.why,
            });
        }
    }
    out
}

/// The kind of the notes of `file`: named after the kind, or invitations.
fn kind_of(file: &str) -> Kind {
    Kind::ALL
        .into_iter()
        .find(|k| file.ends_with(&format!("/{}.jsonl", k.id())))
        .unwrap_or_default()
}

/// The id prefix a note uses, so a note pasted into the wrong file is caught.
pub fn prefix(part: Part, scenario: Scenario, kind: Kind) -> &'static str {
    match kind {
        Kind::Invitation => {}
        Kind::FollowUp => return "fup-",
        Kind::PermissionAsk => return "pas-",
        Kind::IntroductionRequest => return "irq-",
    }
    match (part, scenario) {
        (Part::Published, _) => "pub-",
        (Part::HeldOut, _) => "hold-",
        (Part::Own, Scenario::Close) => "cls-",
        (Part::Own, Scenario::Acquaintance) => "acq-",
        (Part::Own, Scenario::Stranger) => "str-",
    }
}
