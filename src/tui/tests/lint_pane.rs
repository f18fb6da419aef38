//! The lint pane: selecting diagnostics and applying fixes.

use ratatui::crossterm::event::KeyCode;

use super::{composer, fill, key};
use crate::lint::{Diagnostic, Fix, Severity, Span};
use crate::note::Scenario;
use crate::tui::app::{App, Focus};
use crate::tui::field::Field;

fn diag(
    rule: &'static str,
    severity: Severity,
    start: usize,
    end: usize,
    fix: Option<&str>,
) -> Diagnostic {
    Diagnostic {
        rule,
        severity,
        message: format!("{rule} found"),
        span: Some(Span::new(start, end)),
        fix: fix.map(|r| Fix {
            start,
            end,
            replacement: r.into(),
        }),
        evidence: Vec::new(),
    }
}

/// Replaces the report with `diagnostics`, as a rule with fixes would give.
fn with_findings(app: &mut App, diagnostics: Vec<Diagnostic>) {
    app.derived.report.diagnostics = diagnostics;
    app.ui.focus = Focus::Lint;
    app.ui.lint_selected = 0;
}

#[test]
fn arrows_select_diagnostics() {
    let mut a = composer(Scenario::Stranger);
    with_findings(
        &mut a,
        vec![
            diag("a", Severity::Error, 0, 1, None),
            diag("b", Severity::Warning, 0, 1, None),
            diag("c", Severity::Hint, 0, 1, None),
        ],
    );
    key(&mut a, KeyCode::Down);
    key(&mut a, KeyCode::Char('j'));
    key(&mut a, KeyCode::Down);
    assert_eq!(a.ui.lint_selected, 2);
    key(&mut a, KeyCode::Up);
    key(&mut a, KeyCode::Char('k'));
    key(&mut a, KeyCode::Char('k'));
    assert_eq!(a.ui.lint_selected, 0);
}

#[test]
fn enter_applies_a_fix_inside_one_field() {
    let mut a = composer(Scenario::Stranger);
    fill(
        &mut a,
        "Ana",
        "sorry to bother you, your talk on tracing was great",
        "",
        "",
    );
    let start = a.text().find("Sorry").unwrap();
    let end = start + "Sorry to bother you, ".len();
    with_findings(
        &mut a,
        vec![diag("filler", Severity::Hint, start, end, Some(""))],
    );
    key(&mut a, KeyCode::Enter);
    assert_eq!(
        a.form.fields[Field::Context.index()].text(),
        "your talk on tracing was great"
    );
    assert_eq!(a.text(), "Hi Ana,\nYour talk on tracing was great.\n– Tom");
    assert!(a.form.free.is_none());
}

#[test]
fn a_fix_across_fields_switches_to_free_edit() {
    let mut a = composer(Scenario::Stranger);
    fill(&mut a, "Ana", "one", "two", "");
    assert_eq!(a.text(), "Hi Ana,\nOne. Two.\n– Tom");
    // "e. Two": the end of Context, a separator and Invite.
    with_findings(&mut a, vec![diag("x", Severity::Warning, 10, 16, Some(""))]);
    key(&mut a, KeyCode::Enter);
    assert!(a.form.free.is_some());
    assert_eq!(a.text(), "Hi Ana,\nOn.\n– Tom");
    assert_eq!(
        a.form.fields[Field::Invite.index()].text(),
        "two",
        "fields kept"
    );
}

#[test]
fn a_fix_in_free_edit_applies_to_the_text() {
    let mut a = composer(Scenario::Stranger);
    type_text_free(&mut a);
    with_findings(
        &mut a,
        vec![diag("x", Severity::Warning, 0, 3, Some("Hello "))],
    );
    key(&mut a, KeyCode::Enter);
    assert!(a.text().starts_with("Hello Ana,"), "{}", a.text());
}

fn type_text_free(a: &mut App) {
    super::type_text(a, "Ana");
    key(a, KeyCode::F(2));
}

#[test]
fn enter_without_a_fix_explains_instead() {
    let mut a = composer(Scenario::Stranger);
    let before = a.text();
    with_findings(
        &mut a,
        vec![diag("empty-note", Severity::Error, 0, 0, None)],
    );
    key(&mut a, KeyCode::Enter);
    assert_eq!(a.text(), before);
    assert!(
        a.ui.status
            .as_ref()
            .is_some_and(|s| s.text.contains("no automatic fix"))
    );
}

/// Selects the finding of `rule` (the real linter's) and presses Enter.
fn fix_real(app: &mut App, rule: &str) {
    let i = app
        .derived
        .report
        .diagnostics
        .iter()
        .position(|d| d.rule == rule)
        .unwrap_or_else(|| panic!("no {rule} in {:?}", app.derived.report.diagnostics));
    assert!(
        app.derived.report.diagnostics[i].fix.is_some(),
        "{rule} has a fix"
    );
    app.ui.focus = Focus::Lint;
    app.ui.lint_selected = i;
    key(app, KeyCode::Enter);
}

#[test]
fn real_filler_fix_edits_the_context_field() {
    let mut a = composer(Scenario::Acquaintance);
    fill(
        &mut a,
        "Ana",
        "sorry to bother you, we met at the Lyon Rust meetup in May",
        "let's stay in touch",
        "coffee next time you're in Paris?",
    );
    fix_real(&mut a, "filler");
    let context = a.form.fields[Field::Context.index()].text().to_string();
    assert!(!context.to_lowercase().contains("sorry"), "{context}");
    assert!(
        context.contains("met at the Lyon Rust meetup in May"),
        "{context}"
    );
    assert!(a.form.free.is_none());
    assert!(
        a.derived
            .report
            .diagnostics
            .iter()
            .all(|d| d.rule != "filler"),
        "{:?}",
        a.derived.report.diagnostics
    );
}

#[test]
fn real_stock_phrase_fix_empties_the_invite_field() {
    let mut a = composer(Scenario::Acquaintance);
    fill(
        &mut a,
        "Ana",
        "we met at the Lyon Rust meetup in May",
        "I'd like to add you to my professional network on LinkedIn",
        "coffee next time you're in Paris?",
    );
    fix_real(&mut a, "stock-phrase");
    assert!(
        a.derived
            .report
            .diagnostics
            .iter()
            .all(|d| d.rule != "stock-phrase"),
        "{}",
        a.text()
    );
    assert!(!a.text().contains("professional network"), "{}", a.text());
}
