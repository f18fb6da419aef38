//! Whole frames in a `TestBackend`, at fixed sizes, without colours.

use insta::assert_snapshot;
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::KeyCode;
use ratatui::layout::Rect;
use ratatui::widgets::Widget;

use super::{app, composer, ctrl, fill, key, render, type_text};
use crate::note::Scenario;
use crate::tui::action::Action;
use crate::tui::app::App;
use crate::tui::ui::Root;
use crate::tui::update::update;

fn typical() -> App {
    let mut a = composer(Scenario::Acquaintance);
    fill(
        &mut a,
        "Priya",
        "we talked about tracing after your RustConf workshop in Montreal",
        "I'd like to keep in touch",
        "coffee when you're next in Lisbon?",
    );
    a
}

#[test]
fn picker() {
    let mut a = app();
    assert_snapshot!(render(&mut a, 100, 30));
}

#[test]
fn picker_with_drafts() {
    let mut a = typical();
    a.draft_id = Some("1".into());
    let mut draft = a.draft();
    draft.updated = a.now - 7200;
    let mut b = app();
    b.drafts = vec![draft];
    key(&mut b, KeyCode::Down);
    assert_snapshot!(render(&mut b, 100, 30));
}

#[test]
fn composer_empty() {
    let mut a = composer(Scenario::Stranger);
    assert_snapshot!(render(&mut a, 100, 30));
}

#[test]
fn composer_typical() {
    let mut a = typical();
    assert_snapshot!(render(&mut a, 100, 30));
}

#[test]
fn composer_typical_120x40() {
    let mut a = typical();
    assert_snapshot!(render(&mut a, 120, 40));
}

#[test]
fn composer_over_limit() {
    let mut a = typical();
    ctrl(&mut a, 'l');
    // From Next step back to Context, add to it, then on to the lint pane.
    key(&mut a, KeyCode::BackTab);
    key(&mut a, KeyCode::BackTab);
    type_text(
        &mut a,
        " and it would be great to compare notes on observability tooling some time",
    );
    for _ in 0..4 {
        key(&mut a, KeyCode::Tab);
    }
    assert_snapshot!(render(&mut a, 100, 30));
}

#[test]
fn free_edit() {
    let mut a = typical();
    key(&mut a, KeyCode::F(2));
    assert_snapshot!(render(&mut a, 100, 30));
}

#[test]
fn template_browser() {
    let mut a = composer(Scenario::Acquaintance);
    type_text(&mut a, "Priya");
    ctrl(&mut a, 't');
    type_text(&mut a, "met");
    assert_snapshot!(render(&mut a, 100, 30));
}

#[test]
fn help() {
    let mut a = composer(Scenario::Stranger);
    key(&mut a, KeyCode::F(1));
    assert_snapshot!(render(&mut a, 100, 30));
}

#[test]
fn confirm_copy() {
    let mut a = composer(Scenario::Stranger);
    fill(&mut a, "Priya", &"long context ".repeat(30), "", "");
    ctrl(&mut a, 'y');
    assert_snapshot!(render(&mut a, 100, 30));
}

#[test]
fn too_small() {
    let mut a = typical();
    assert_snapshot!(render(&mut a, 40, 10));
}

#[test]
fn any_size_draws_without_panic() {
    let mut a = typical();
    key(&mut a, KeyCode::F(1));
    let mut b = typical();
    ctrl(&mut b, 't');
    let mut c = typical();
    key(&mut c, KeyCode::F(2));
    let sizes = [
        (0, 0),
        (1, 1),
        (0, 30),
        (100, 0),
        (59, 17),
        (60, 18),
        (61, 19),
        (300, 5),
        (30, 100),
        (200, 60),
    ];
    for app in [&mut a, &mut b, &mut c] {
        for (w, h) in sizes {
            update(app, Action::Resize(w, h));
            let area = Rect::new(0, 0, w, h);
            let mut buf = Buffer::empty(area);
            (&Root(app)).render(area, &mut buf);
        }
    }
}

fn buffer(app: &App, width: u16, height: u16) -> Buffer {
    let area = Rect::new(0, 0, width, height);
    let mut buf = Buffer::empty(area);
    (&Root(app)).render(area, &mut buf);
    buf
}

#[test]
fn focus_is_coloured_and_no_color_uses_modifiers_only() {
    use ratatui::style::{Color, Modifier};
    let mut colored = App::new(
        super::init(),
        crate::tui::theme::Theme::new(true),
        (100, 30),
    );
    update(&mut colored, Action::ChooseScenario(Scenario::Stranger));
    let buf = buffer(&colored, 100, 30);
    // The focused To field's corner is cyan and bold; an unfocused one is not.
    assert_eq!(buf[(0, 0)].fg, Color::Cyan);
    assert!(buf[(0, 0)].modifier.contains(Modifier::BOLD));
    assert_ne!(buf[(0, 3)].fg, Color::Cyan);

    let mut plain = composer(Scenario::Stranger);
    fill(&mut plain, "Priya", &"long context ".repeat(30), "", "");
    for a in [&plain, &typical()] {
        let buf = buffer(a, 100, 30);
        assert!(
            buf.content
                .iter()
                .all(|c| c.fg == Color::Reset && c.bg == Color::Reset),
            "NO_COLOR frames use no colour"
        );
        // Both end with the focus on Next step: its border is bold, To's is not.
        let l = crate::tui::ui::layout::composer(Rect::new(0, 0, 100, 30));
        let next = l.fields[crate::tui::field::Field::NextStep.index()];
        assert!(
            buf[(next.x, next.y)].modifier.contains(Modifier::BOLD),
            "focus still shows"
        );
        assert!(!buf[(0, 0)].modifier.contains(Modifier::BOLD));
    }
}

#[test]
fn a_cut_finding_keeps_its_fix_mark() {
    let mut a = composer(Scenario::Acquaintance);
    fill(
        &mut a,
        "Priya",
        "sorry to bother you, we talked about tracing after your RustConf workshop",
        "I'd love to keep in touch",
        "",
    );
    let screen = render(&mut a, 100, 30);
    let row = screen
        .lines()
        .find(|l| l.contains("filler"))
        .unwrap_or_else(|| panic!("no filler row:\n{screen}"));
    assert!(row.contains("…"), "the message is cut: {row}");
    assert!(row.contains("… ⚒"), "the fix mark survives the cut: {row}");
}
