//! Frames of the questions asked before something is lost, and of a picker
//! with more drafts than fit, at 80×24 and 120×40, without colours.

use insta::assert_snapshot;
use ratatui::crossterm::event::KeyCode;

use super::{app, composer, ctrl, fill, key, render};
use crate::note::Scenario;
use crate::store::DraftState;
use crate::tui::app::App;

fn asking_about_a_template() -> App {
    let mut a = composer(Scenario::Stranger);
    fill(&mut a, "Ana", "we met at QCon", "", "coffee soon?");
    ctrl(&mut a, 't');
    key(&mut a, KeyCode::Enter);
    a
}

#[test]
fn template_over_filled_fields_80x24() {
    let mut a = asking_about_a_template();
    let frame = render(&mut a, 80, 24);
    assert!(frame.contains("Replace your text?"));
    assert_snapshot!(frame);
}

#[test]
fn template_over_filled_fields_120x40() {
    let mut a = asking_about_a_template();
    assert_snapshot!(render(&mut a, 120, 40));
}

#[test]
fn leaving_free_edit_80x24() {
    let mut a = composer(Scenario::Stranger);
    fill(&mut a, "Ana", "we met at QCon", "", "");
    key(&mut a, KeyCode::F(2));
    key(&mut a, KeyCode::Enter);
    super::type_text(&mut a, "PS: loved the talk");
    key(&mut a, KeyCode::F(2));
    let frame = render(&mut a, 80, 24);
    assert!(frame.contains("Return to the fields?"));
    assert_snapshot!(frame);
}

fn many_drafts() -> App {
    let mut a = app();
    let mut drafts = Vec::new();
    for i in 0..14 {
        let mut d = composer(Scenario::Acquaintance);
        fill(
            &mut d,
            &format!("Recipient {i}"),
            "we talked about tracing after your RustConf workshop in Montreal last year",
            "",
            "",
        );
        d.draft_id = Some(format!("d{i}"));
        let mut draft = d.draft();
        draft.updated = d.now - 60 * i;
        if i >= 10 {
            draft.state = DraftState::Copied;
        }
        drafts.push(draft);
    }
    a.drafts = drafts;
    a
}

#[test]
fn picker_with_many_drafts_scrolls_under_its_heading_80x24() {
    let mut a = many_drafts();
    let top = render(&mut a, 80, 24);
    assert!(top.contains("Who is the note for?") && top.contains("more below"));
    assert_snapshot!("picker_many_top", top);
    for _ in 0..18 {
        key(&mut a, KeyCode::Down);
    }
    let down = render(&mut a, 80, 24);
    assert!(down.contains("Who is the note for?"), "the heading stays");
    assert!(down.contains("Copied notes") && down.contains("more above"));
    assert_snapshot!("picker_many_scrolled", down);
}

#[test]
fn picker_with_many_drafts_120x40() {
    let mut a = many_drafts();
    assert_snapshot!(render(&mut a, 120, 40));
}
