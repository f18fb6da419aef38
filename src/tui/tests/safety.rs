//! What must never be lost: free text, filled fields, a draft, and keys
//! that reach nothing. Each test walks the keys a user would press.

use ratatui::crossterm::event::{KeyCode, KeyModifiers};

use super::{app, composer, ctrl, fill, key, press, type_text};
use crate::note::Scenario;
use crate::store::{Draft, DraftState};
use crate::tui::action::Action;
use crate::tui::app::{Focus, Overlay, Screen};
use crate::tui::ask::Ask;
use crate::tui::editor::Editor;
use crate::tui::field::Field;
use crate::tui::update::{Effect, update};

fn field(a: &crate::tui::app::App, f: Field) -> &str {
    a.form.fields[f.index()].text()
}

#[test]
fn free_text_is_only_dropped_when_the_user_says_so() {
    let mut a = composer(Scenario::Stranger);
    type_text(&mut a, "Priya");
    key(&mut a, KeyCode::F(2));
    key(&mut a, KeyCode::Enter);
    type_text(&mut a, "PS");
    assert_eq!(a.text(), "Hi Priya,\n– Tom\nPS");
    assert_eq!(field(&a, Field::To), "Priya", "fields untouched");
    // F2 asks, and saying no (n or Esc) keeps the free text.
    for no in [KeyCode::Char('n'), KeyCode::Esc] {
        key(&mut a, KeyCode::F(2));
        assert!(matches!(
            a.ui.overlay,
            Some(Overlay::Ask(Ask::LeaveFreeEdit))
        ));
        key(&mut a, no);
        assert_eq!(a.ui.overlay, None);
        assert_eq!(a.text(), "Hi Priya,\n– Tom\nPS");
        assert_eq!(a.ui.focus, Focus::Free);
    }
    // A template in free edit asks too, naming the free text.
    ctrl(&mut a, 't');
    key(&mut a, KeyCode::Enter);
    let Some(Overlay::Ask(ask)) = a.ui.overlay.clone() else {
        panic!("a template over free text asks first");
    };
    assert!(matches!(ask, Ask::Template { free: true, .. }));
    assert!(
        ask.question(&a)
            .contains("free text (“Hi Priya, – Tom PS”, 18 characters)")
    );
    key(&mut a, KeyCode::Esc);
    assert_eq!(a.text(), "Hi Priya,\n– Tom\nPS");
    // Only y drops it.
    key(&mut a, KeyCode::F(2));
    key(&mut a, KeyCode::Char('y'));
    assert!(a.form.free.is_none());
    assert_eq!(a.text(), "Hi Priya,\n– Tom");
}

#[test]
fn a_template_over_filled_fields_asks_and_is_one_undo_step() {
    let mut a = composer(Scenario::Stranger);
    fill(&mut a, "Ana", "we met at QCon", "", "coffee soon?");
    ctrl(&mut a, 't');
    key(&mut a, KeyCode::Enter);
    let Some(Overlay::Ask(ask)) = a.ui.overlay.clone() else {
        panic!("filled fields are not replaced unasked");
    };
    assert!(
        ask.question(&a)
            .starts_with("The template replaces your Context and Next step."),
        "{}",
        ask.question(&a)
    );
    key(&mut a, KeyCode::Char('n'));
    assert_eq!(field(&a, Field::Context), "we met at QCon");
    assert_eq!(field(&a, Field::NextStep), "coffee soon?");
    ctrl(&mut a, 't');
    key(&mut a, KeyCode::Enter);
    key(&mut a, KeyCode::Char('y'));
    assert_eq!(
        field(&a, Field::Context),
        "Your talk on {topic} stayed with me"
    );
    assert_eq!(field(&a, Field::Invite), "I'd be glad to connect here");
    // One Ctrl-Z, in any of the fields, takes the whole template back.
    a.ui.focus = Focus::Field(Field::Invite);
    ctrl(&mut a, 'z');
    assert_eq!(field(&a, Field::Context), "we met at QCon");
    assert_eq!(field(&a, Field::Invite), "");
    assert_eq!(field(&a, Field::NextStep), "coffee soon?");
    ctrl(&mut a, 'r');
    assert_eq!(
        field(&a, Field::NextStep),
        "Coffee next time you are in {city}?"
    );
    assert_eq!(
        field(&a, Field::Context),
        "Your talk on {topic} stayed with me"
    );
}

#[test]
fn a_template_over_empty_fields_applies_at_once() {
    let mut a = composer(Scenario::Stranger);
    type_text(&mut a, "Ana");
    ctrl(&mut a, 't');
    key(&mut a, KeyCode::Enter);
    assert_eq!(a.ui.overlay, None);
    assert_eq!(
        field(&a, Field::Context),
        "Your talk on {topic} stayed with me"
    );
}

#[test]
fn the_sign_off_fix_fills_the_sign_off_field() {
    let mut a = composer(Scenario::Stranger);
    fill(&mut a, "Ana", "your talk on Rust stayed with me", "", "");
    a.form.fields[Field::at(4).index()] = Editor::new("", a.ui.theme);
    a.refresh();
    let at = a
        .derived
        .report
        .diagnostics
        .iter()
        .position(|d| d.rule == "missing-sign-off")
        .expect("missing-sign-off fires");
    a.ui.focus = Focus::Lint;
    a.ui.lint_selected = at;
    key(&mut a, KeyCode::Enter);
    assert!(a.form.free.is_none(), "the note stays made of its fields");
    assert_eq!(field(&a, Field::at(4)), "Tom");
    assert!(a.text().ends_with("\n– Tom"));
    assert!(
        a.derived
            .report
            .diagnostics
            .iter()
            .all(|d| d.rule != "missing-sign-off")
    );
}

#[test]
fn keys_on_the_too_small_screen_reach_nothing() {
    let mut a = composer(Scenario::Stranger);
    type_text(&mut a, "Ana");
    update(&mut a, Action::Resize(40, 10));
    type_text(&mut a, "xyz");
    key(&mut a, KeyCode::Backspace);
    update(&mut a, Action::Paste("pasted".into()));
    ctrl(&mut a, 't');
    assert_eq!(field(&a, Field::To), "Ana");
    assert_eq!(a.ui.overlay, None);
    // Quitting still works, and saves.
    assert_eq!(
        ctrl(&mut a, 'q'),
        [Effect::SaveDraft { announce: false }, Effect::Quit]
    );
    update(&mut a, Action::Resize(100, 30));
    type_text(&mut a, "!");
    assert_eq!(field(&a, Field::To), "Ana!");
}

#[test]
fn a_copied_note_edited_again_is_a_draft() {
    let mut a = composer(Scenario::Stranger);
    type_text(&mut a, "Ana");
    a.mark_copied();
    assert_eq!(a.draft().state, DraftState::Copied);
    press(&mut a, KeyCode::Left, KeyModifiers::NONE);
    assert_eq!(a.draft().state, DraftState::Copied, "moving is not editing");
    type_text(&mut a, "x");
    assert_eq!(a.draft().state, DraftState::Draft);
}

fn saved(id: &str, recipient: &str, state: DraftState) -> Draft {
    let mut a = composer(Scenario::Stranger);
    type_text(&mut a, recipient);
    a.draft_id = Some(id.into());
    let mut d = a.draft();
    d.state = state;
    d
}

#[test]
fn the_picker_lists_copied_notes_and_deletes_a_draft_after_asking() {
    let mut a = app();
    a.drafts = vec![
        saved("d1", "Ana", DraftState::Draft),
        saved("c1", "Bo", DraftState::Copied),
    ];
    key(&mut a, KeyCode::Char('d'));
    assert_eq!(a.ui.overlay, None, "a scenario is not deleted");
    for _ in 0..7 {
        key(&mut a, KeyCode::Down);
    }
    assert_eq!(a.ui.picker, 7, "the copied note is a row of its own");
    assert!(key(&mut a, KeyCode::Char('d')).is_empty());
    assert!(matches!(
        &a.ui.overlay,
        Some(Overlay::Ask(Ask::DeleteDraft { id, .. })) if id == "c1"
    ));
    key(&mut a, KeyCode::Char('n'));
    assert_eq!(a.ui.overlay, None);
    key(&mut a, KeyCode::Delete);
    assert_eq!(
        key(&mut a, KeyCode::Char('y')),
        [Effect::DeleteDraft("c1".into())]
    );
    assert_eq!(a.ui.screen, Screen::Picker);
    assert_eq!(key(&mut a, KeyCode::Char('q')), [Effect::Quit]);
}
