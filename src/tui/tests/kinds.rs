//! The three messages besides the invitation in the composer: chosen on
//! the first screen, with their own fields, hints, limit, checklist,
//! templates and counts; frames at 80×24 and 120×40.

use insta::assert_snapshot;
use ratatui::crossterm::event::KeyCode;

use super::{app, ctrl, fill_fields, key, render, type_text};
use crate::library::Library;
use crate::note::{Kind, Limit, Scenario};
use crate::tui::action::Action;
use crate::tui::app::{App, Focus, Overlay, Screen};
use crate::tui::field::Field;
use crate::tui::sent::record;
use crate::tui::update::{Effect, update};

/// Chooses the kind numbered `n` (4–6) and the scenario numbered `s` (1–3).
fn start(n: char, s: char) -> App {
    let mut a = app();
    key(&mut a, KeyCode::Char(n));
    assert_eq!(a.ui.screen, Screen::Picker, "the scenario is asked next");
    key(&mut a, KeyCode::Char(s));
    assert_eq!(a.ui.screen, Screen::Composer);
    a
}

fn follow_up() -> App {
    let mut a = start('4', '2');
    fill_fields(
        &mut a,
        &[
            "Jonas",
            "thanks for accepting",
            "I'm the data engineer you met at the Lisbon meetup",
            "here is the benchmark I mentioned: https://example.com/bench",
            "happy to share more if it helps",
        ],
    );
    a
}

fn permission_ask() -> App {
    let mut a = start('5', '3');
    fill_fields(
        &mut a,
        &[
            "Ines",
            "Your talk on flood plains",
            "I'm a hydrologist at the Lyon water board",
            "your talk at the Geneva water forum changed how we plan retention basins",
            "would you mind if I sent you an invitation to connect?",
        ],
    );
    a
}

fn introduction_request() -> App {
    let mut a = start('6', '1');
    fill_fields(
        &mut a,
        &[
            "Sam",
            "could you introduce me to Ana Lima?",
            "she built the data team at Acme, and I'm moving into analytics",
            "a note you could forward: I'm Tom, a data engineer in Porto moving into analytics",
            "no worries at all if it's awkward",
        ],
    );
    a
}

#[test]
fn the_first_screen_offers_the_kinds_and_then_asks_the_scenario() {
    let mut a = app();
    for _ in 0..4 {
        key(&mut a, KeyCode::Down);
    }
    key(&mut a, KeyCode::Enter);
    assert_eq!(a.ui.picker_kind, Some(Kind::PermissionAsk));
    assert_eq!(a.ui.screen, Screen::Picker);
    // Esc goes back to the kinds, on the kind that was chosen.
    key(&mut a, KeyCode::Esc);
    assert_eq!((a.ui.picker_kind, a.ui.picker), (None, 4));
    key(&mut a, KeyCode::Enter);
    key(&mut a, KeyCode::Up);
    key(&mut a, KeyCode::Enter);
    assert_eq!(a.ui.screen, Screen::Composer);
    assert_eq!(
        (a.form.kind, a.form.scenario),
        (Kind::PermissionAsk, Scenario::Acquaintance)
    );
    assert_eq!(a.form.fields.len(), 6);
    assert_eq!(a.ui.focus, Focus::Field(Field::To));
    assert_eq!(
        a.form.fields[5].text(),
        "Tom",
        "the sign-off is the last field"
    );
    // 1–3 still start an invitation straight away.
    let mut b = app();
    key(&mut b, KeyCode::Char('3'));
    assert_eq!(
        (b.form.kind, b.form.scenario),
        (Kind::Invitation, Scenario::Stranger)
    );
    assert_eq!(b.form.fields.len(), 5);
}

#[test]
fn each_kind_has_its_fields_limit_and_checklist() {
    let a = follow_up();
    assert_eq!(a.form.limit, Limit::Message);
    assert_eq!(
        a.text(),
        "Hi Jonas,\nThanks for accepting. I'm the data engineer you met at the Lisbon \
         meetup. Here is the benchmark I mentioned: https://example.com/bench. Happy to \
         share more if it helps.\n– Tom"
    );
    let labels: Vec<&str> = a
        .derived
        .report
        .checklist
        .items()
        .iter()
        .map(|i| i.0)
        .collect();
    assert_eq!(
        labels,
        [
            "name",
            "thanks",
            "who I am",
            "something for them",
            "next step",
            "sign-off",
            "within limit"
        ]
    );
    let rules: Vec<&str> = a
        .derived
        .report
        .diagnostics
        .iter()
        .map(|d| d.rule)
        .collect();
    assert!(rules.is_empty(), "{rules:?}");

    let p = permission_ask();
    assert_eq!(p.form.limit, Limit::InMail);
    assert_eq!(p.subject().as_deref(), Some("Your talk on flood plains"));
    assert!(
        !p.text().contains("flood plains\n"),
        "the subject is not in the message"
    );
    assert!(p.derived.report.checklist.subject);
    let i = introduction_request();
    assert!(
        i.forwardable()
            .unwrap()
            .starts_with("A note you could forward: I'm Tom")
    );
    assert!(i.derived.report.checklist.target && i.derived.report.checklist.easy_out);
    // An invitation started afterwards is back in its own box.
    let mut b = follow_up();
    update(&mut b, Action::Back);
    key(&mut b, KeyCode::Char('1'));
    assert_eq!(
        (b.form.kind, b.form.limit),
        (Kind::Invitation, Limit::Premium)
    );
}

#[test]
fn the_kinds_rules_run_in_the_composer() {
    let mut a = start('4', '3');
    fill_fields(&mut a, &["Jonas", "", "I lead the mobile team at Wolt"]);
    let rules: Vec<&str> = a
        .derived
        .report
        .diagnostics
        .iter()
        .map(|d| d.rule)
        .collect();
    assert!(rules.contains(&"missing-thanks"), "{rules:?}");
    assert!(
        !rules.contains(&"missing-invite"),
        "an invitation's rule: {rules:?}"
    );
    let mut p = start('5', '3');
    type_text(&mut p, "Ines");
    let rules: Vec<&str> = p
        .derived
        .report
        .diagnostics
        .iter()
        .map(|d| d.rule)
        .collect();
    assert!(rules.contains(&"missing-subject"), "{rules:?}");
}

#[test]
fn the_note_to_forward_is_the_field_whatever_its_words() {
    let mut a = start('6', '2');
    fill_fields(
        &mut a,
        &[
            "Sam",
            "could you introduce me to Ana Lima?",
            "she built the data team at Acme",
            "I'm Tom, a data engineer in Porto moving into analytics",
        ],
    );
    let rules: Vec<&str> = a
        .derived
        .report
        .diagnostics
        .iter()
        .map(|d| d.rule)
        .collect();
    assert!(!rules.contains(&"missing-blurb"), "{rules:?}");
    assert!(a.derived.report.checklist.blurb);
    // Emptied, the field no longer counts.
    a.form.fields[3].set_text("");
    a.refresh();
    let rules: Vec<&str> = a
        .derived
        .report
        .diagnostics
        .iter()
        .map(|d| d.rule)
        .collect();
    assert!(rules.contains(&"missing-blurb"), "{rules:?}");
    assert!(!a.derived.report.checklist.blurb);
}

#[test]
fn a_copy_records_the_kind_and_a_draft_keeps_its_fields() {
    let mut a = introduction_request();
    let effects = ctrl(&mut a, 'y');
    let Some(Effect::Copy(text)) = effects.first() else {
        panic!("no copy: {effects:?}")
    };
    assert!(text.starts_with("Hi Sam,\nCould you introduce me to Ana Lima?"));
    let sent = record(&a, text);
    assert_eq!(sent.kind, "introduction-request");
    assert_eq!(
        sent.checklist.map(|c| c.kind),
        Some(Kind::IntroductionRequest)
    );

    a.draft_id = Some("d1".into());
    let draft = a.draft();
    assert_eq!(draft.note.kind, Kind::IntroductionRequest);
    assert_eq!(
        draft.note.fields["easy_out"],
        "no worries at all if it's awkward"
    );
    let mut b = app();
    b.drafts = vec![draft];
    for _ in 0..6 {
        key(&mut b, KeyCode::Down);
    }
    key(&mut b, KeyCode::Enter);
    assert_eq!(b.form.kind, Kind::IntroductionRequest);
    assert_eq!(b.text(), a.text());
}

#[test]
fn templates_follow_the_kind_and_fill_its_fields() {
    let mut a = start('4', '3');
    a.templates = Library::builtin().all().to_vec();
    type_text(&mut a, "Jonas");
    ctrl(&mut a, 't');
    let ids: Vec<String> = a
        .filtered_templates("")
        .iter()
        .map(|t| t.id.clone())
        .collect();
    assert_eq!(ids, ["thanks-and-a-question", "thanks-and-an-article"]);
    assert!(matches!(a.ui.overlay, Some(Overlay::Templates(_))));
    key(&mut a, KeyCode::Down);
    key(&mut a, KeyCode::Enter);
    assert_eq!(a.form.fields[1].text(), "thanks for accepting");
    assert_eq!(a.form.template.as_deref(), Some("thanks-and-an-article"));
    // The cursor is on the first gap, in Who I am.
    assert_eq!(a.ui.focus, Focus::Field(Field::at(2)));
}

#[test]
fn picker_80x24() {
    let mut a = app();
    assert_snapshot!(render(&mut a, 80, 24));
}

#[test]
fn picker_scenario_of_a_kind_80x24() {
    let mut a = app();
    key(&mut a, KeyCode::Char('6'));
    assert_snapshot!(render(&mut a, 80, 24));
}

#[test]
fn follow_up_80x24() {
    assert_snapshot!(render(&mut follow_up(), 80, 24));
}

#[test]
fn follow_up_120x40() {
    assert_snapshot!(render(&mut follow_up(), 120, 40));
}

#[test]
fn permission_ask_80x24() {
    let frame = render(&mut permission_ask(), 80, 24);
    assert!(frame.contains("subject 25 / 200"), "{frame}");
    assert!(
        frame.contains("Subject: Your talk on flood plains"),
        "{frame}"
    );
    assert_snapshot!(frame);
}

#[test]
fn permission_ask_120x40() {
    assert_snapshot!(render(&mut permission_ask(), 120, 40));
}

#[test]
fn introduction_request_80x24() {
    let mut a = introduction_request();
    let n = crate::note::count(&a.forwardable().unwrap()).units;
    let frame = render(&mut a, 80, 24);
    assert!(
        frame.contains(&format!("note to forward {n} / 300")),
        "{frame}"
    );
    assert_snapshot!(frame);
}

#[test]
fn introduction_request_120x40() {
    assert_snapshot!(render(&mut introduction_request(), 120, 40));
}

#[test]
fn a_long_note_to_forward_is_over_its_own_limit() {
    let mut a = start('6', '2');
    fill_fields(
        &mut a,
        &[
            "Sam",
            "could you introduce me to Ana Lima?",
            "",
            &"word ".repeat(70),
        ],
    );
    let frame = render(&mut a, 120, 40);
    assert!(
        frame.contains("note to forward 350 / 300  cut 50"),
        "{frame}"
    );
}

#[test]
fn six_fields_need_two_rows_more_than_five() {
    let mut a = permission_ask();
    let frame = render(&mut a, 60, 18);
    assert!(frame.contains("Terminal too small"), "{frame}");
    assert!(frame.contains("60×18, needs 60×20"), "{frame}");
    let frame = render(&mut a, 60, 20);
    assert!(
        frame.contains("╭ Subject") && frame.contains("│Your talk on flood plains"),
        "{frame}"
    );
    // An invitation still draws at 60x18.
    let mut b = app();
    key(&mut b, KeyCode::Char('2'));
    assert!(render(&mut b, 60, 18).contains("╭ Context"));
}
