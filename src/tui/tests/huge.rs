//! A megabyte pasted into a field: everything a normal field does still
//! works, and the count shown is exact after every key.

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyModifiers};

use super::{composer, ctrl, key, press, type_text};
use crate::note::Scenario;
use crate::note::testgen::Rng;
use crate::tui::action::Action;
use crate::tui::app::{App, Focus, Overlay};
use crate::tui::field::Field;
use crate::tui::ui::Root;
use crate::tui::update::{Effect, update};

/// A megabyte with what compose cares about: runs of spaces, commas,
/// emoji, capitals that change length.
fn megabyte() -> String {
    "lorem  ipsum, dolor 🙂 sit ßamet; ".repeat(30_000)
}

fn with_huge_context() -> App {
    let mut a = composer(Scenario::Acquaintance);
    type_text(&mut a, "Priya");
    key(&mut a, KeyCode::Enter);
    update(&mut a, Action::Paste(megabyte()));
    assert!(a.form.fields[Field::Context.index()].text().len() > 1_000_000);
    a
}

/// The count and the preview agree with the note composed from scratch.
fn assert_exact(a: &App) {
    let text = a.text();
    assert_eq!(a.derived.count.units, text.encode_utf16().count());
    assert!(text.starts_with(&a.derived.preview));
    assert!(a.derived.preview.chars().count() >= 3_000 || a.derived.preview == text);
}

#[test]
fn every_key_keeps_the_count_exact() {
    let mut a = with_huge_context();
    assert_exact(&a);
    let keys = [
        (KeyCode::Char('x'), KeyModifiers::NONE),
        (KeyCode::Char(' '), KeyModifiers::NONE),
        (KeyCode::Char(','), KeyModifiers::NONE),
        (KeyCode::Backspace, KeyModifiers::NONE),
        (KeyCode::Left, KeyModifiers::NONE),
        (KeyCode::Char('b'), KeyModifiers::ALT),
        (KeyCode::Char('w'), KeyModifiers::CONTROL),
        (KeyCode::Char('d'), KeyModifiers::ALT),
        (KeyCode::Home, KeyModifiers::NONE),
        (KeyCode::End, KeyModifiers::NONE),
        (KeyCode::Char('u'), KeyModifiers::CONTROL),
        (KeyCode::Char('r'), KeyModifiers::CONTROL),
    ];
    let mut rng = Rng(77);
    for _ in 0..120 {
        let (code, mods) = keys[rng.below(keys.len())];
        press(&mut a, code, mods);
        assert_exact(&a);
    }
}

#[test]
fn undo_takes_the_paste_back() {
    let mut a = with_huge_context();
    type_text(&mut a, "!");
    ctrl(&mut a, 'u');
    ctrl(&mut a, 'u');
    assert_eq!(a.form.fields[Field::Context.index()].text(), "");
    assert_eq!(a.text(), "Hi Priya,\n– Tom");
    assert_eq!(a.derived.count.units, 15);
    assert!(
        !a.derived.lint_stale,
        "a short note is linted at once again"
    );
    ctrl(&mut a, 'r');
    assert_exact(&a);
}

#[test]
fn start_and_end_of_a_megabyte_line() {
    let mut a = with_huge_context();
    ctrl(&mut a, 'a');
    type_text(&mut a, "we met at RustConf ");
    assert!(
        a.derived
            .preview
            .starts_with("Hi Priya,\nWe met at RustConf lorem")
    );
    ctrl(&mut a, 'e');
    type_text(&mut a, "!");
    assert!(a.text().ends_with("ßamet; !\n– Tom"));
    ctrl(&mut a, 'a');
    ctrl(&mut a, 'k');
    assert_eq!(a.form.fields[Field::Context.index()].text(), "");
    assert_exact(&a);
}

#[test]
fn free_edit_of_a_huge_note() {
    let mut a = with_huge_context();
    key(&mut a, KeyCode::F(2));
    assert!(a.form.free.is_some());
    assert_exact(&a);
    key(&mut a, KeyCode::Enter);
    type_text(&mut a, "PS");
    assert!(a.text().ends_with("– Tom\nPS"));
    assert_exact(&a);
    key(&mut a, KeyCode::F(2));
    assert!(
        a.form.free.is_some(),
        "the free text is not dropped unasked"
    );
    key(&mut a, KeyCode::Char('y'));
    assert!(a.form.free.is_none());
    assert_exact(&a);
}

#[test]
fn copy_draft_and_fixes_see_the_whole_note() {
    let mut a = with_huge_context();
    // Over the limit: copying asks first, then copies all of it.
    assert!(ctrl(&mut a, 'y').is_empty());
    assert_eq!(a.ui.overlay, Some(Overlay::ConfirmCopy));
    let whole = a.text();
    assert_eq!(key(&mut a, KeyCode::Char('y')), [Effect::Copy(whole)]);
    let draft = a.draft();
    assert_eq!(draft.note.parts.context, megabyte());
    // A fix from the lint pane lints the very text on screen first.
    ctrl(&mut a, 'a');
    type_text(&mut a, "sorry to bother you, ");
    assert!(a.derived.lint_stale);
    a.relint();
    let filler = a
        .derived
        .report
        .diagnostics
        .iter()
        .position(|d| d.rule == "filler");
    a.ui.focus = Focus::Lint;
    a.ui.lint_selected = filler.expect("the filler is found");
    key(&mut a, KeyCode::Enter);
    let context = a.form.fields[Field::Context.index()].text();
    assert!(context.starts_with("Lorem  ipsum"), "{:?}", &context[..40]);
    assert!(a.form.free.is_none());
    assert_exact(&a);
}

#[test]
fn frames_show_the_window_and_the_start_of_the_note() {
    let mut a = with_huge_context();
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).expect("terminal");
    let frame = |a: &App, t: &mut Terminal<TestBackend>| {
        t.draw(|f| f.render_widget(&Root(a), f.area()))
            .expect("draw");
        let buffer = t.backend().buffer().clone();
        (0..buffer.area.height)
            .map(|y| {
                (0..buffer.area.width)
                    .map(|x| buffer[(x, y)].symbol().to_string())
                    .collect::<String>()
            })
            .collect::<Vec<_>>()
            .join("\n")
    };
    let screen = frame(&a, &mut terminal);
    assert!(screen.contains("Hi Priya,"), "{screen}");
    assert!(screen.contains("Lorem  ipsum") || screen.contains("Lorem ipsum"));
    type_text(&mut a, "ZZZ");
    let screen = frame(&a, &mut terminal);
    assert!(
        screen.contains("ZZZ"),
        "the field shows the text at the cursor"
    );
    update(&mut a, Action::Resize(200, 60));
    assert!(a.derived.preview.chars().count() > 200 * 60);
}
