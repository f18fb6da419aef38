//! Per-rule snapshots, in the style of ruff: each rule's fixture linted
//! with only that rule on, and what it says, rendered as text. A change in
//! a rule's message, span or fix shows up as a diff of its own snapshot.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use crate::lint::{Fixture, Level};
use crate::lint::{LintConfig, LintInput, Linter, Rule, apply_fix};

/// Renders rule `r`'s fixture and findings and compares them with its snapshot.
pub(super) fn check(r: &dyn Rule) {
    let f = r.fixture();
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{} in {}{} (recipient {:?}, sender {:?}, {} past notes)",
        r.id(),
        f.scenario,
        match f.kind {
            crate::note::Kind::Invitation => String::new(),
            kind => format!(", {kind}"),
        },
        f.recipient,
        f.sender,
        f.history.len()
    );
    for (label, text) in [("bad", f.bad), ("good", f.good)] {
        let _ = writeln!(out, "\n── {label} ──\n{text}\n──");
        render(&mut out, r, &f, text);
    }
    insta::assert_snapshot!(r.id(), out);
}

/// A linter with every rule but `r` turned off.
fn only(r: &dyn Rule) -> Linter {
    let severities: BTreeMap<String, Level> = super::RULES
        .iter()
        .filter(|other| other.id() != r.id())
        .map(|other| (other.id().to_string(), Level::Off))
        .collect();
    let config = LintConfig {
        severities,
        extra_phrases: BTreeMap::new(),
        phrases_off: std::collections::BTreeSet::new(),
    };
    Linter::new(&config).expect("every id is known")
}

/// One line per diagnostic: severity, span and the spanned text, message,
/// then the note after its fix, if it has one.
fn render(out: &mut String, r: &dyn Rule, f: &Fixture, text: &str) {
    let history = f.history();
    let input = LintInput {
        recipient: f.recipient,
        sender: f.sender,
        history: &history,
        now: Fixture::NOW,
        kind: f.kind,
        subject: f.subject,
        limit: f.kind.default_limit(),
        ..LintInput::new(text, f.scenario)
    };
    let report = only(r).lint(&input);
    if report.diagnostics.is_empty() {
        let _ = writeln!(out, "(nothing)");
    }
    for d in &report.diagnostics {
        let at = d.span.map_or_else(
            || "whole note".to_string(),
            |s| {
                let quoted: String = text.chars().skip(s.start).take(s.end - s.start).collect();
                format!("{}..{} {quoted:?}", s.start, s.end)
            },
        );
        let _ = writeln!(out, "{:?} at {at}: {}", d.severity, d.message);
        if let Some(fix) = &d.fix {
            let _ = writeln!(out, "  fixed: {:?}", apply_fix(text, fix));
        }
    }
}
