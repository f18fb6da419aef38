//! End-to-end: the Sent screen and the Stats view of the built `connote`
//! in tmux. Marking an outcome changes the figures, and the outcome lands
//! in the log. Every wait is for a whole condition, bounded by
//! `CONNOTE_E2E_TIMEOUT` seconds; skipped, with a message, without tmux.

#![allow(clippy::unwrap_used)] // test helpers: a failure here is a test failure

mod support;

use connote::clock as time;
use connote::store::history;
use connote::store::sent::{Entry, SentNote};
use support::tmux::{Tmux, have_tmux};

fn seed(t: &Tmux) -> std::path::PathBuf {
    let log = t.home().join("data/connote/history.jsonl");
    for (i, name) in ["Ines", "Kwame", "Liu", "Marta", "Noor"].iter().enumerate() {
        let i = u64::try_from(i).unwrap();
        let note = SentNote {
            id: format!("{i}0e2e0000{i}"),
            copied_at: time::now() - (5 - i) * 3600,
            recipient: (*name).to_string(),
            text: format!(
                "Hi {name},\nWe met at the Tartu data meetup; I'd like to stay in touch."
            ),
            kind: "invitation".into(),
            scenario: Some(connote::note::Scenario::Acquaintance),
            template: None,
            limit: Some(300),
            findings: Some(Vec::new()),
            checklist: Some(connote::lint::Checklist::default()),
        };
        history::append(&log, &Entry::Sent(note)).unwrap();
    }
    log
}

#[test]
fn marking_an_outcome_in_the_sent_screen_changes_the_stats() {
    if !have_tmux() {
        return;
    }
    let t = Tmux::new();
    let log = seed(&t);
    t.start("");
    t.wait_text("Who is the note for?");
    t.keys(&["t"]);
    t.wait("stats with no outcomes", |s| {
        s.contains("Stats · 0 with an outcome · 5 pending") && s.contains("no outcomes yet")
    });
    t.keys(&["s"]);
    t.wait("the sent list, newest first", |s| {
        s.contains("Sent notes · 5")
            && s.lines().position(|l| l.contains("Noor"))
                < s.lines().position(|l| l.contains("Ines"))
    });
    t.keys(&["a"]);
    t.wait("Noor's note marked accepted", |s| {
        s.lines()
            .any(|l| l.contains("Noor") && l.contains("accepted"))
            && s.contains("Marked the note to Noor accepted")
    });
    t.keys(&["t"]);
    t.wait("stats counting the outcome", |s| {
        s.contains("Stats · 1 with an outcome · 4 pending")
            && s.lines()
                .any(|l| l.contains("overall") && l.contains("1 of 1 · too few to say"))
    });
    t.keys(&["C-q"]);
    t.wait_exit();
    let entries = history::read_log(&log).unwrap().entries;
    assert_eq!(entries.len(), 6);
    assert!(
        matches!(&entries[5], Entry::Outcome(o) if o.id == "40e2e00004" && o.outcome.id() == "accepted"),
        "{:?}",
        entries[5]
    );
}

#[test]
fn a_copy_is_recorded_with_its_findings_and_counts_against_the_month() {
    if !have_tmux() {
        return;
    }
    let t = Tmux::new();
    t.write_config(r#"{"monthly_notes": 1, "clipboard": "osc52", "sender": "Sam"}"#);
    t.start("");
    t.wait_text("Who is the note for?");
    t.keys(&["2"]);
    t.wait_text("0 of 1 notes this month");
    t.text("Priya");
    t.keys(&["Enter"]);
    t.text("we met at the Rust meetup in Lyon last May");
    t.wait_text("We met at the Rust meetup in Lyon last May.");
    t.keys(&["C-y"]);
    t.wait("copied and counted", |s| {
        s.contains("Copied") && s.contains("1 of 1 notes this month")
    });
    t.keys(&["C-y"]);
    t.wait_text("Past your allowance: 1 of 1 notes this month already.");
    // Apart: an Escape followed at once by a key reads as Alt and that key.
    t.keys(&["Escape"]);
    t.wait("the question closed", |s| !s.contains("Copy anyway?"));
    t.keys(&["C-q"]);
    t.wait_exit();
    let log = t.home().join("data/connote/history.jsonl");
    let entries = history::read_log(&log).unwrap().entries;
    let [Entry::Sent(note)] = entries.as_slice() else {
        panic!("{entries:?}")
    };
    assert_eq!(note.recipient, "Priya");
    assert_eq!(note.scenario, Some(connote::note::Scenario::Acquaintance));
    assert_eq!(note.limit, Some(300));
    assert!(
        note.text
            .starts_with("Hi Priya,\nWe met at the Rust meetup")
    );
    let checklist = note.checklist.unwrap();
    assert!(checklist.name && checklist.context && checklist.sign_off);
    let rules: Vec<&str> = note
        .findings
        .as_ref()
        .unwrap()
        .iter()
        .map(|f| f.rule.as_str())
        .collect();
    assert!(rules.contains(&"missing-next-step"), "{rules:?}");
}
