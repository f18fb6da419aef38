//! Helpers for the rules' unit tests.

use crate::lint::{Diagnostic, LintInput, Linter, apply_fix};
use crate::note::{Kind, Scenario};

/// The diagnostics of rule `id` for `text`, with optional recipient and sender.
pub fn run(
    id: &str,
    text: &str,
    scenario: Scenario,
    to: Option<&str>,
    from: Option<&str>,
) -> Vec<Diagnostic> {
    let mut input = LintInput::new(text, scenario);
    input.recipient = to;
    input.sender = from;
    Linter::default()
        .lint(&input)
        .diagnostics
        .into_iter()
        .filter(|d| d.rule == id)
        .collect()
}

/// Whether rule `id` fires on `text` in `scenario` (no names known).
pub fn fires(id: &str, text: &str, scenario: Scenario) -> bool {
    !run(id, text, scenario, None, None).is_empty()
}

/// Whether rule `id` fires on `text` written as a message of `kind`, to a
/// stranger, against the kind's default limit.
pub fn fires_in(id: &str, text: &str, kind: Kind) -> bool {
    let input = LintInput {
        kind,
        limit: kind.default_limit(),
        ..LintInput::new(text, Scenario::Stranger)
    };
    Linter::default()
        .lint(&input)
        .diagnostics
        .iter()
        .any(|d| d.rule == id)
}

/// The text after applying the first fix of rule `id`.
pub fn fixed(id: &str, text: &str, scenario: Scenario) -> String {
    let d = run(id, text, scenario, None, None);
    let fix = d
        .iter()
        .find_map(|d| d.fix.as_ref())
        .unwrap_or_else(|| panic!("{id} offers no fix for {text:?}"));
    apply_fix(text, fix)
}

/// The spanned text of each diagnostic of rule `id`.
pub fn spans(id: &str, text: &str, scenario: Scenario) -> Vec<String> {
    run(id, text, scenario, None, None)
        .iter()
        .filter_map(|d| d.span)
        .map(|s| text.chars().skip(s.start).take(s.end - s.start).collect())
        .collect()
}
