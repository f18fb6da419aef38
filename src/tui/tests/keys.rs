//! Every key binding, through `map_key` and `update`.

use ratatui::crossterm::event::{KeyCode, KeyModifiers};

use super::{app, composer, ctrl, fill, key, press, type_text};
use crate::note::{Limit, Scenario};
use crate::tui::action::Action;
use crate::tui::app::{Focus, Overlay, Screen};
use crate::tui::editor::Editor;
use crate::tui::field::Field;
use crate::tui::update::{Effect, update};

fn field(app: &crate::tui::app::App, f: Field) -> String {
    app.form.fields[f.index()].text().to_string()
}

#[test]
fn picker_moves_with_arrows_and_jk_and_enter_chooses() {
    let mut a = app();
    for _ in 0..6 {
        key(&mut a, KeyCode::Down);
    }
    key(&mut a, KeyCode::Char('j'));
    assert_eq!(
        a.ui.picker, 5,
        "stops at the last row: the three other kinds"
    );
    key(&mut a, KeyCode::Char('k'));
    for _ in 0..5 {
        key(&mut a, KeyCode::Up);
    }
    assert_eq!(a.ui.picker, 0);
    key(&mut a, KeyCode::Down);
    key(&mut a, KeyCode::Enter);
    assert_eq!(a.ui.screen, Screen::Composer);
    assert_eq!(a.form.scenario, Scenario::Acquaintance);
    assert_eq!(a.ui.focus, Focus::Field(Field::To));
    assert_eq!(field(&a, Field::at(4)), "Tom", "sign-off prefilled");
}

#[test]
fn number_keys_choose_a_scenario() {
    for (c, s) in [
        ('1', Scenario::Close),
        ('2', Scenario::Acquaintance),
        ('3', Scenario::Stranger),
    ] {
        let mut a = app();
        key(&mut a, KeyCode::Char(c));
        assert_eq!((a.ui.screen, a.form.scenario), (Screen::Composer, s));
    }
}

#[test]
fn picker_resumes_a_draft() {
    let mut a = composer(Scenario::Close);
    fill(&mut a, "Ana", "saw your photos from Porto", "", "");
    a.draft_id = Some("d1".into());
    let draft = a.draft();
    let mut b = app();
    b.drafts = vec![draft];
    for _ in 0..6 {
        key(&mut b, KeyCode::Down);
    }
    key(&mut b, KeyCode::Enter);
    assert_eq!(b.ui.screen, Screen::Composer);
    assert_eq!(b.form.scenario, Scenario::Close);
    assert_eq!(field(&b, Field::Context), "saw your photos from Porto");
    assert_eq!(b.draft_id.as_deref(), Some("d1"));
    assert!(b.text().starts_with("Hi Ana,\nSaw your photos"));
}

#[test]
fn typing_updates_note_count_and_lint() {
    let mut a = composer(Scenario::Stranger);
    assert_eq!(a.text(), "– Tom");
    type_text(&mut a, "Priya");
    assert_eq!(a.text(), "Hi Priya,\n– Tom");
    assert_eq!(a.derived.count.units, 15);
    ctrl(&mut a, 'l');
    key(&mut a, KeyCode::Enter);
    type_text(&mut a, &"x".repeat(190));
    assert!(
        a.derived
            .report
            .diagnostics
            .iter()
            .any(|d| d.rule == "over-limit")
    );
    ctrl(&mut a, 'w');
    assert!(
        a.derived
            .report
            .diagnostics
            .iter()
            .all(|d| d.rule != "over-limit")
    );
}

#[test]
fn enter_moves_to_the_next_field_and_never_splits_one() {
    let mut a = composer(Scenario::Stranger);
    let order = [
        Field::Context,
        Field::Invite,
        Field::NextStep,
        Field::at(4),
        Field::at(4),
    ];
    for expected in order {
        key(&mut a, KeyCode::Enter);
        assert_eq!(a.ui.focus, Focus::Field(expected));
    }
    press(&mut a, KeyCode::Char('m'), KeyModifiers::CONTROL);
    assert!(a.form.fields.iter().all(|f| !f.text().contains('\n')));
}

#[test]
fn tab_and_shift_tab_cycle_fields_and_lint_pane() {
    use Focus::{Field as F, Lint};
    let mut a = composer(Scenario::Stranger);
    let mut seen = Vec::new();
    for _ in 0..6 {
        key(&mut a, KeyCode::Tab);
        seen.push(a.ui.focus);
    }
    assert_eq!(
        seen,
        [
            F(Field::Context),
            F(Field::Invite),
            F(Field::NextStep),
            F(Field::at(4)),
            Lint,
            F(Field::To)
        ]
    );
    press(&mut a, KeyCode::BackTab, KeyModifiers::SHIFT);
    assert_eq!(a.ui.focus, Lint);
    press(&mut a, KeyCode::BackTab, KeyModifiers::SHIFT);
    assert_eq!(a.ui.focus, F(Field::at(4)));
}

#[test]
fn undo_and_redo_in_a_field_go_a_word_at_a_time() {
    let mut a = composer(Scenario::Stranger);
    type_text(&mut a, "Ana Lee");
    ctrl(&mut a, 'z');
    assert_eq!(field(&a, Field::To), "Ana ");
    ctrl(&mut a, 'u');
    assert_eq!(field(&a, Field::To), "");
    ctrl(&mut a, 'r');
    assert_eq!(field(&a, Field::To), "Ana ");
    ctrl(&mut a, 'r');
    assert_eq!(field(&a, Field::To), "Ana Lee");
    assert_eq!(a.text(), "Hi Ana,\n– Tom");
}

#[test]
fn ctrl_t_browses_filters_and_applies_templates() {
    let mut a = composer(Scenario::Acquaintance);
    type_text(&mut a, "Priya");
    ctrl(&mut a, 't');
    assert!(matches!(a.ui.overlay, Some(Overlay::Templates(_))));
    type_text(&mut a, "course");
    let Some(Overlay::Templates(b)) = &a.ui.overlay else {
        panic!()
    };
    assert_eq!(b.filter, "course");
    assert_eq!(a.filtered_templates(&b.filter).len(), 1);
    key(&mut a, KeyCode::Backspace);
    for _ in 0..6 {
        key(&mut a, KeyCode::Backspace);
    }
    key(&mut a, KeyCode::Down);
    key(&mut a, KeyCode::Up);
    key(&mut a, KeyCode::Enter);
    assert_eq!(a.ui.overlay, None);
    // {name} was filled from To; the cursor selects {event} for typing.
    assert_eq!(field(&a, Field::Context), "We met at {event}, Priya");
    assert_eq!(a.ui.focus, Focus::Field(Field::Context));
    type_text(&mut a, "RustConf");
    assert_eq!(field(&a, Field::Context), "We met at RustConf, Priya");
    assert_eq!(
        field(&a, Field::NextStep),
        "Coffee next time you are in {city}?"
    );
}

#[test]
fn esc_closes_the_template_browser_without_change() {
    let mut a = composer(Scenario::Acquaintance);
    type_text(&mut a, "Priya");
    let before = a.text();
    ctrl(&mut a, 't');
    key(&mut a, KeyCode::Down);
    key(&mut a, KeyCode::Esc);
    assert_eq!(a.ui.overlay, None);
    assert_eq!(a.text(), before);
    assert_eq!(a.ui.screen, Screen::Composer);
}

#[test]
fn ctrl_y_copies_a_clean_note() {
    let mut a = composer(Scenario::Stranger);
    fill(
        &mut a,
        "Priya",
        "your talk on tracing",
        "glad to connect",
        "",
    );
    assert!(!a.derived.report.has_errors());
    assert_eq!(ctrl(&mut a, 'y'), [Effect::Copy(a.text())]);
}

#[test]
fn ctrl_y_asks_first_when_the_note_has_errors() {
    let mut a = composer(Scenario::Stranger);
    fill(&mut a, "Priya", &"very long context ".repeat(20), "", "");
    assert!(a.derived.report.has_errors());
    assert!(ctrl(&mut a, 'y').is_empty());
    assert_eq!(a.ui.overlay, Some(Overlay::ConfirmCopy));
    assert!(key(&mut a, KeyCode::Char('n')).is_empty());
    assert_eq!(a.ui.overlay, None);
    ctrl(&mut a, 'y');
    assert_eq!(key(&mut a, KeyCode::Char('y')), [Effect::Copy(a.text())]);
    ctrl(&mut a, 'y');
    assert_eq!(key(&mut a, KeyCode::Enter), [Effect::Copy(a.text())]);
}

#[test]
fn ctrl_y_on_an_empty_note_says_so() {
    let mut a = app();
    update(&mut a, Action::ChooseScenario(Scenario::Close));
    a.form.fields[Field::at(4).index()] = Editor::new("", a.ui.theme);
    a.refresh();
    assert!(ctrl(&mut a, 'y').is_empty());
    assert!(a.ui.status.as_ref().is_some_and(|s| s.error));
}

#[test]
fn f2_detaches_the_fields_and_returns_without_asking_when_nothing_changed() {
    let mut a = composer(Scenario::Stranger);
    type_text(&mut a, "Priya");
    key(&mut a, KeyCode::F(2));
    assert!(a.form.free.is_some());
    assert_eq!(a.ui.focus, Focus::Free);
    key(&mut a, KeyCode::F(2));
    assert_eq!(a.ui.overlay, None);
    assert!(a.form.free.is_none());
    assert_eq!(a.text(), "Hi Priya,\n– Tom");
}

#[test]
fn ctrl_l_cycles_the_limit() {
    let mut a = composer(Scenario::Stranger);
    let mut seen = Vec::new();
    for _ in 0..4 {
        ctrl(&mut a, 'l');
        seen.push(a.form.limit);
    }
    assert_eq!(
        seen,
        [Limit::Free, Limit::InMail, Limit::Message, Limit::Premium]
    );
    ctrl(&mut a, 'l');
    assert_eq!(a.derived.report.limit, 200, "lint follows the limit");
}

#[test]
fn ctrl_s_saves_now() {
    let mut a = composer(Scenario::Stranger);
    assert_eq!(ctrl(&mut a, 's'), [Effect::SaveDraft { announce: true }]);
}

#[test]
fn f1_toggles_help_and_it_scrolls() {
    for start_in_composer in [false, true] {
        let mut a = if start_in_composer {
            composer(Scenario::Close)
        } else {
            app()
        };
        key(&mut a, KeyCode::F(1));
        assert_eq!(a.ui.overlay, Some(Overlay::Help(0)));
        key(&mut a, KeyCode::Down);
        key(&mut a, KeyCode::Char('j'));
        key(&mut a, KeyCode::Char('k'));
        assert_eq!(a.ui.overlay, Some(Overlay::Help(1)));
        key(&mut a, KeyCode::F(1));
        assert_eq!(a.ui.overlay, None);
        key(&mut a, KeyCode::F(1));
        key(&mut a, KeyCode::Esc);
        assert_eq!(a.ui.overlay, None);
    }
}

#[test]
fn esc_goes_back_to_the_picker_keeping_the_note() {
    let mut a = composer(Scenario::Stranger);
    type_text(&mut a, "Priya");
    assert_eq!(
        key(&mut a, KeyCode::Esc),
        [Effect::SaveDraft { announce: false }]
    );
    assert_eq!(a.ui.screen, Screen::Picker);
    key(&mut a, KeyCode::Esc);
    assert_eq!(a.ui.screen, Screen::Composer);
    assert_eq!(field(&a, Field::To), "Priya");
}

#[test]
fn ctrl_q_and_ctrl_c_save_and_quit_everywhere() {
    for c in ['q', 'c'] {
        let mut a = app();
        assert_eq!(ctrl(&mut a, c), [Effect::Quit]);
        let mut a = composer(Scenario::Stranger);
        type_text(&mut a, "Ana");
        key(&mut a, KeyCode::F(1));
        assert_eq!(
            ctrl(&mut a, c),
            [Effect::SaveDraft { announce: false }, Effect::Quit]
        );
    }
}

#[test]
fn paste_is_cleaned_and_kept_on_one_line_in_a_field() {
    let mut a = composer(Scenario::Stranger);
    update(&mut a, Action::Paste("Pri\u{1b}[2Jya\r\nDas\u{7}".into()));
    assert_eq!(field(&a, Field::To), "Priya Das");
    key(&mut a, KeyCode::F(2));
    update(&mut a, Action::Paste("\nline\u{1b}]0;x\u{7}two".into()));
    assert!(a.text().ends_with("\nlinetwo"), "{:?}", a.text());
}

#[test]
fn huge_paste_counts_now_and_lints_later() {
    let mut a = composer(Scenario::Stranger);
    key(&mut a, KeyCode::Enter);
    let big = "word ".repeat(200_000);
    update(&mut a, Action::Paste(big));
    assert!(a.derived.count.units > 999_000);
    assert!(a.derived.lint_stale);
    a.relint();
    assert!(!a.derived.lint_stale);
    assert!(
        a.derived
            .report
            .diagnostics
            .iter()
            .any(|d| d.rule == "over-limit")
    );
}

#[test]
fn mouse_click_focuses_fields_and_diagnostics() {
    let mut a = composer(Scenario::Stranger);
    // At 100×30 the Invite field starts on row 15 of the left column.
    let l = crate::tui::ui::layout::composer(ratatui::layout::Rect::new(0, 0, 100, 30));
    let invite = l.fields[Field::Invite.index()];
    update(&mut a, Action::Click(invite.x + 3, invite.y + 1));
    assert_eq!(a.ui.focus, Focus::Field(Field::Invite));
    update(&mut a, Action::Click(l.lint.x + 3, l.lint.y + 1));
    assert_eq!(a.ui.focus, Focus::Lint);
    let n = a.derived.report.diagnostics.len();
    update(&mut a, Action::Scroll(l.lint.x + 3, l.lint.y + 1, true));
    assert_eq!(a.ui.lint_selected, 1.min(n.saturating_sub(1)));
    update(&mut a, Action::Scroll(l.lint.x + 3, l.lint.y + 1, false));
    assert_eq!(a.ui.lint_selected, 0);
}

#[test]
fn resize_is_remembered() {
    let mut a = app();
    update(&mut a, Action::Resize(0, 0));
    assert_eq!(a.ui.size, (0, 0));
    update(&mut a, Action::Click(0, 0));
    update(&mut a, Action::Scroll(0, 0, true));
}
