//! The first run and filling a template: the name prompt, the greeting,
//! `Tab` through `{placeholder}` gaps, the footer's priorities, the status
//! line's scope, with frames at 80×24 and 120×40.

use insta::assert_snapshot;
use ratatui::crossterm::event::KeyCode;

use super::{app, composer, ctrl, init, key, render, type_text};
use crate::note::Scenario;
use crate::tui::action::Action;
use crate::tui::app::{App, Focus, Overlay};
use crate::tui::field::Field;
use crate::tui::theme::Theme;
use crate::tui::update::{Effect, update};

/// A composer started with no sender configured.
fn first_run() -> App {
    let mut i = init();
    i.sender = None;
    i.ask_name = true;
    App::new(i, Theme::new(false), (80, 24))
}

fn setting(key: &'static str, value: &str) -> Effect {
    Effect::SaveSetting {
        key,
        value: value.into(),
    }
}

#[test]
fn the_name_is_asked_once_and_signs_the_notes() {
    let mut a = first_run();
    assert!(matches!(a.ui.overlay, Some(Overlay::Name(_))));
    type_text(&mut a, "  Ana\u{7}  Lima ");
    update(&mut a, Action::Paste("\u{1b}[2J".into()));
    update(&mut a, Action::Paste("X".into()));
    // The bell and the escape sequence never reach the name.
    assert_eq!(a.ui.overlay, Some(Overlay::Name("  Ana  Lima X".into())));
    key(&mut a, KeyCode::Backspace);
    assert_eq!(key(&mut a, KeyCode::Enter), [setting("sender", "Ana Lima")]);
    assert_eq!(a.ui.overlay, None);
    assert_eq!(a.sender.as_deref(), Some("Ana Lima"));
    key(&mut a, KeyCode::Char('3'));
    assert_eq!(a.form.fields[Field::at(4).index()].text(), "Ana Lima");
}

#[test]
fn a_blank_name_is_not_saved_and_esc_skips() {
    let mut a = first_run();
    type_text(&mut a, "   ");
    assert_eq!(key(&mut a, KeyCode::Enter), []);
    assert!(matches!(a.ui.overlay, Some(Overlay::Name(_))));
    assert_eq!(key(&mut a, KeyCode::Esc), []);
    assert_eq!(a.ui.overlay, None);
    assert_eq!(a.sender, None);
    // With a sender configured nothing is asked.
    assert_eq!(app().ui.overlay, None);
}

#[test]
fn greets_by_first_name_and_the_word_cycles_and_is_saved() {
    let mut a = composer(Scenario::Stranger);
    type_text(&mut a, "priya raman");
    assert_eq!(a.text(), "Hi Priya,\n– Tom");
    assert_eq!(ctrl(&mut a, 'g'), [setting("greeting", "Hello")]);
    assert_eq!(a.text(), "Hello Priya,\n– Tom");
    ctrl(&mut a, 'g');
    ctrl(&mut a, 'g');
    assert_eq!(ctrl(&mut a, 'g'), [setting("greeting", "none")]);
    assert_eq!(a.text(), "Priya,\n– Tom");
    assert_eq!(a.derived.count.units, a.text().encode_utf16().count());
    // The lint still knows the full name.
    assert!(
        !a.derived
            .report
            .diagnostics
            .iter()
            .any(|d| d.rule == "missing-name")
    );
}

#[test]
fn a_custom_greeting_word_from_the_config_is_used() {
    let mut i = init();
    i.greeting = Some("Olá".into());
    let mut a = App::new(i, Theme::new(false), (100, 30));
    key(&mut a, KeyCode::Char('1'));
    type_text(&mut a, "ana");
    assert_eq!(a.text(), "Olá Ana,\n– Tom");
    assert_eq!(ctrl(&mut a, 'g'), [setting("greeting", "Hi")]);
}

/// A stranger note with `their-talk` applied: gaps in Context and Next step.
fn applied() -> App {
    let mut a = composer(Scenario::Stranger);
    type_text(&mut a, "Priya");
    ctrl(&mut a, 't');
    key(&mut a, KeyCode::Enter);
    a
}

#[test]
fn tab_selects_each_gap_in_turn_then_moves_on() {
    let mut a = applied();
    assert_eq!(a.ui.focus, Focus::Field(Field::Context));
    type_text(&mut a, "tracing");
    key(&mut a, KeyCode::Tab);
    assert_eq!(a.ui.focus, Focus::Field(Field::NextStep));
    type_text(&mut a, "Lisbon");
    assert_eq!(
        a.form.fields[Field::NextStep.index()].text(),
        "Coffee next time you are in Lisbon?"
    );
    assert!(!a.text().contains('{'), "{}", a.text());
    key(&mut a, KeyCode::Tab);
    assert_eq!(a.ui.focus, Focus::Field(Field::at(4)));
}

#[test]
fn tab_on_a_selected_gap_goes_to_the_next_one_and_wraps_around() {
    let mut a = applied();
    key(&mut a, KeyCode::Tab);
    assert_eq!(a.ui.focus, Focus::Field(Field::NextStep));
    key(&mut a, KeyCode::Tab);
    assert_eq!(a.ui.focus, Focus::Field(Field::Context));
    type_text(&mut a, "X");
    assert!(
        a.form.fields[Field::Context.index()]
            .text()
            .contains("on X stayed")
    );
}

#[test]
fn enter_on_a_placeholder_finding_selects_its_gap() {
    let mut a = applied();
    a.ui.focus = Focus::Lint;
    let at = a
        .derived
        .report
        .diagnostics
        .iter()
        .position(|d| d.rule == "placeholder" && d.message.contains("city"))
        .expect("a placeholder finding for {city}");
    a.ui.lint_selected = at;
    assert!(render(&mut a, 80, 24).contains("Enter go to gap"));
    key(&mut a, KeyCode::Enter);
    assert_eq!(a.ui.focus, Focus::Field(Field::NextStep));
    type_text(&mut a, "Porto");
    assert!(a.text().contains("in Porto?"), "{}", a.text());
}

#[test]
fn the_footer_always_shows_help_and_quit_and_enter_fix_only_with_a_fix() {
    let mut a = composer(Scenario::Stranger);
    let frame = render(&mut a, 80, 24);
    let footer = frame.lines().last().unwrap();
    assert!(
        footer.contains("F1 help") && footer.contains("Ctrl-Q quit"),
        "{footer}"
    );
    type_text(&mut a, "Priya");
    a.ui.focus = Focus::Lint;
    a.ui.lint_selected = 0;
    assert!(a.derived.report.diagnostics[0].fix.is_none());
    let frame = render(&mut a, 80, 24);
    let footer = frame.lines().last().unwrap();
    assert!(!footer.contains("Enter"), "{footer}");
    assert!(
        footer.contains("F1 help") && footer.contains("Ctrl-Q quit"),
        "{footer}"
    );
}

#[test]
fn a_message_belongs_to_its_screen_and_note() {
    let mut a = composer(Scenario::Stranger);
    a.info("Copied 12 characters via OSC 52 (terminal)");
    assert!(render(&mut a, 80, 24).contains("Copied 12"));
    key(&mut a, KeyCode::Esc);
    assert!(!render(&mut a, 80, 24).contains("Copied 12"));
    key(&mut a, KeyCode::Char('3'));
    assert!(!render(&mut a, 80, 24).contains("Copied 12"));
}

#[test]
fn a_click_selects_a_template_row() {
    let mut a = composer(Scenario::Acquaintance);
    ctrl(&mut a, 't');
    let frame = render(&mut a, 80, 24);
    let y = frame
        .lines()
        .position(|l| l.contains("Title of shared-course"))
        .unwrap();
    update(&mut a, Action::Click(8, u16::try_from(y).unwrap()));
    let Some(Overlay::Templates(b)) = &a.ui.overlay else {
        panic!("the browser closed");
    };
    assert_eq!(b.selected, 1);
    assert!(render(&mut a, 80, 24).contains("› Title of shared-course"));
}

#[test]
fn name_prompt_80x24() {
    let mut a = first_run();
    type_text(&mut a, "Ana Lima");
    assert_snapshot!(render(&mut a, 80, 24));
}

#[test]
fn name_prompt_120x40() {
    let mut a = first_run();
    type_text(&mut a, "Ana Lima");
    assert_snapshot!(render(&mut a, 120, 40));
}

#[test]
fn composer_with_gaps_80x24() {
    let mut a = applied();
    assert_snapshot!(render(&mut a, 80, 24));
}

#[test]
fn composer_with_gaps_120x40() {
    let mut a = applied();
    assert_snapshot!(render(&mut a, 120, 40));
}

#[test]
fn to_is_not_a_name_and_a_long_message_80x24() {
    let mut a = composer(Scenario::Stranger);
    type_text(&mut a, "met her at the meetup in 2024");
    a.error(
        "Not copied: system clipboard unavailable: DISPLAY is not set, and OSC 52 is off in the config",
    );
    let frame = render(&mut a, 80, 24);
    assert!(frame.contains("name: To is not a name"), "{frame}");
    assert_snapshot!(frame);
}

#[test]
fn template_browser_80x24() {
    let mut a = composer(Scenario::Acquaintance);
    ctrl(&mut a, 't');
    assert_snapshot!(render(&mut a, 80, 24));
}

#[test]
fn help_80x24() {
    let mut a = composer(Scenario::Stranger);
    key(&mut a, KeyCode::F(1));
    let frame = render(&mut a, 80, 24);
    assert!(frame.contains("q, F1 or Esc closes"), "{frame}");
    assert_snapshot!(frame);
}

#[test]
fn help_120x40() {
    let mut a = composer(Scenario::Stranger);
    key(&mut a, KeyCode::F(1));
    assert_snapshot!(render(&mut a, 120, 40));
}
