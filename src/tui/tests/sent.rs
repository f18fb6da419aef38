//! The Sent screen and the Stats view: keys, effects and whole frames.

use insta::assert_snapshot;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::KeyCode;

use super::{composer, ctrl, fill, init, key};
use crate::lint::Checklist;
use crate::note::Scenario;
use crate::outcomes::Ledger;
use crate::store::sent::{DEFAULT_KIND, Entry, Outcome, SentNote};
use crate::tui::action::Action;
use crate::tui::app::{App, Overlay, Screen};
use crate::tui::theme::Theme;
use crate::tui::ui::Root;
use crate::tui::update::{Effect, update};

const DAY: u64 = 86_400;
/// 2026-03-20 12:00 UTC.
const NOW: u64 = 1_774_008_000;

fn note(id: &str, to: &str, days_ago: u64) -> Entry {
    Entry::Sent(SentNote {
        id: id.into(),
        copied_at: NOW - days_ago * DAY,
        recipient: to.into(),
        text: format!(
            "Hi {to},\nWe met at the Lyon Rust meetup in May; I would like to stay in touch."
        ),
        kind: DEFAULT_KIND.into(),
        scenario: Some(Scenario::Acquaintance),
        template: Some("met-at-event".into()),
        limit: Some(300),
        findings: Some(Vec::new()),
        checklist: Some(Checklist::default()),
    })
}

fn app(monthly: Option<u32>) -> App {
    let entries = vec![
        note("a1b2c3d4e5", "Priya", 30),
        note("b2c3d4e5f6", "Bo", 5),
        note("c3d4e5f6a7", "Chen", 1),
    ];
    let mut init = init();
    init.now = NOW;
    init.ledger = Ledger::from_entries(entries);
    init.monthly_notes = monthly;
    App::new(init, Theme::new(false), (100, 30))
}

fn render(app: &App) -> String {
    let mut terminal = Terminal::new(TestBackend::new(100, 30)).unwrap();
    terminal
        .draw(|f| f.render_widget(&Root(app), f.area()))
        .unwrap();
    terminal.backend().to_string()
}

#[test]
fn picker_opens_the_list_and_a_marks_the_selected_note() {
    let mut a = app(None);
    key(&mut a, KeyCode::Char('s'));
    assert_eq!(a.ui.screen, Screen::Sent);
    key(&mut a, KeyCode::Down);
    let effects = key(&mut a, KeyCode::Char('a'));
    let [Effect::RecordOutcome(event)] = effects.as_slice() else {
        panic!("{effects:?}")
    };
    assert_eq!(
        (event.id.as_str(), event.outcome, event.at),
        ("b2c3d4e5f6", Outcome::Accepted, NOW)
    );
    assert_eq!(a.sent.ledger.notes[1].outcome, Some(Outcome::Accepted));
    assert_eq!(a.sent.stats.overall.accepted, 1);
    key(&mut a, KeyCode::Esc);
    assert_eq!(a.ui.screen, Screen::Picker);
}

#[test]
fn enter_opens_a_note_read_only_and_copies_it_again_without_recording() {
    let mut a = app(None);
    key(&mut a, KeyCode::Char('s'));
    key(&mut a, KeyCode::Enter);
    assert_eq!(a.ui.screen, Screen::SentNote);
    let effects = ctrl(&mut a, 'y');
    assert!(matches!(effects.as_slice(), [Effect::CopyAgain(t)] if t.starts_with("Hi Chen,")));
    let effects = key(&mut a, KeyCode::Char('n'));
    assert!(
        matches!(effects.as_slice(), [Effect::RecordOutcome(e)] if e.outcome == Outcome::NoAnswer)
    );
    key(&mut a, KeyCode::Esc);
    assert_eq!(a.ui.screen, Screen::Sent);
}

#[test]
fn copy_past_the_monthly_allowance_asks_first() {
    let mut a = app(Some(2));
    update(&mut a, Action::ChooseScenario(Scenario::Close));
    fill(
        &mut a,
        "Ana",
        "your message about the Porto trip made my week",
        "let's stay in touch here",
        "coffee soon?",
    );
    assert_eq!(
        a.sent.allowance(NOW).as_deref(),
        Some("2 of 2 notes this month")
    );
    assert!(!a.derived.report.has_errors());
    assert!(ctrl(&mut a, 'y').is_empty());
    assert_eq!(a.ui.overlay, Some(Overlay::ConfirmCopy));
    assert!(render(&a).contains("Past your allowance: 2 of 2 notes this month already."));
    let mut b = composer(Scenario::Close);
    fill(
        &mut b,
        "Ana",
        "your message about the Porto trip made my week",
        "let's stay in touch here",
        "coffee soon?",
    );
    assert!(matches!(ctrl(&mut b, 'y').as_slice(), [Effect::Copy(_)]));
}

#[test]
fn sent_list_frame() {
    let mut a = app(Some(5));
    key(&mut a, KeyCode::Char('s'));
    key(&mut a, KeyCode::Down);
    key(&mut a, KeyCode::Char('d'));
    assert_snapshot!(render(&a));
}

#[test]
fn stats_frame() {
    let mut a = app(None);
    key(&mut a, KeyCode::Char('s'));
    key(&mut a, KeyCode::Char('a'));
    key(&mut a, KeyCode::Down);
    key(&mut a, KeyCode::Char('d'));
    key(&mut a, KeyCode::Char('t'));
    assert_eq!(a.ui.screen, Screen::Stats);
    assert_snapshot!(render(&a));
}
