//! `connote sent` and `connote stats`, run as the built binary against a
//! log written in a temporary data directory.

#![allow(clippy::unwrap_used)] // test helpers: a failure here is a test failure

mod support;

use connote::clock as time;
use connote::lint::Checklist;
use connote::note::Scenario;
use connote::store::history;
use connote::store::sent::{Entry, Finding, Outcome, OutcomeEvent, SentNote};
use support::Sandbox;

const DAY: u64 = 86_400;

fn log(sb: &Sandbox) -> std::path::PathBuf {
    sb.path("data/connote/history.jsonl")
}

fn sent(id: &str, to: &str, days_ago: u64, scenario: Scenario, context: bool) -> Entry {
    Entry::Sent(SentNote {
        id: id.into(),
        copied_at: time::now() - days_ago * DAY,
        recipient: to.into(),
        text: format!("Hi {to},\nWe met at the Lyon Rust meetup, and I'd like to stay in touch."),
        kind: "invitation".into(),
        scenario: Some(scenario),
        template: context.then(|| "met-at-event".to_string()),
        limit: Some(300),
        findings: Some(if context {
            Vec::new()
        } else {
            vec![Finding {
                rule: "missing-context".into(),
                severity: connote::lint::Severity::Warning,
            }]
        }),
        checklist: Some(Checklist {
            context,
            ..Checklist::default()
        }),
    })
}

fn outcome(id: &str, outcome: Outcome) -> Entry {
    Entry::Outcome(OutcomeEvent {
        id: id.into(),
        outcome,
        at: time::now(),
    })
}

fn write(sb: &Sandbox, entries: &[Entry]) {
    for e in entries {
        history::append(&log(sb), e).unwrap();
    }
}

/// Three notes: Priya (30 days, pending), Bo (2 days), Chen (1 day).
fn three(sb: &Sandbox) {
    write(
        sb,
        &[
            sent("aa11bb22cc", "Priya", 30, Scenario::Stranger, true),
            sent("ab33cd44ef", "Bo", 2, Scenario::Acquaintance, false),
            sent("f0f0f0f0f0", "Chen", 1, Scenario::Close, true),
        ],
    );
}

#[test]
fn sent_lists_newest_first_and_marks_old_pending_invitations() {
    let sb = Sandbox::new();
    three(&sb);
    // An entry from before outcomes existed still lists.
    std::fs::OpenOptions::new()
        .append(true)
        .open(log(&sb))
        .and_then(|mut f| {
            use std::io::Write;
            writeln!(
                f,
                r#"{{"recipient":"Old","text":"Hi Old,\nLong time.","copied_at":{}}}"#,
                time::now() - 400 * DAY
            )
        })
        .unwrap();
    let out = sb.run(&["sent"], "");
    assert_eq!(out.code, 0, "{out:?}");
    let lines: Vec<&str> = out.stdout.lines().collect();
    assert!(lines[0].starts_with("ID  "), "{}", out.stdout);
    for (line, who) in lines[1..5].iter().zip(["Chen", "Bo", "Priya", "Old"]) {
        assert!(line.contains(who), "{line}");
    }
    assert!(lines[1].contains("close") && lines[1].contains("met-at-event"));
    assert!(
        lines[1].contains("We met at the Lyon Rust meetup"),
        "{}",
        lines[1]
    );
    assert!(lines[3].contains("withdrawable"), "{}", lines[3]);
    assert!(lines[2].contains("pending"), "{}", lines[2]);
    assert!(
        out.stdout
            .contains("2 pending invitations are over three weeks old")
    );
    assert!(
        !out.stdout.contains("this month"),
        "no monthly_notes, no count"
    );

    sb.write("config/connote/config.json", r#"{"monthly_notes": 5}"#);
    let out = sb.run(&["sent"], "");
    let month = sb_month_count(&["Chen", "Bo", "Priya"]);
    assert!(
        out.stdout
            .ends_with(&format!("\n{month} of 5 notes this month\n")),
        "{}",
        out.stdout
    );
}

/// How many of the fixture's notes fall in this UTC month (the test may
/// run on the first days of one).
fn sb_month_count(_: &[&str]) -> usize {
    let start = time::month_start(time::now());
    [1, 2, 30]
        .into_iter()
        .filter(|d| time::now() - d * DAY >= start)
        .count()
}

#[test]
fn mark_by_prefix_or_recipient_then_pending_and_json_follow() {
    let sb = Sandbox::new();
    three(&sb);
    let out = sb.run(&["sent", "mark", "AA1", "accepted"], "");
    assert_eq!(out.code, 0, "{out:?}");
    assert!(
        out.stdout
            .starts_with("marked aa11bb22cc (Priya, copied 30 days ago) accepted")
    );
    let out = sb.run(&["sent", "mark", "--to", "bo", "no-answer"], "");
    assert_eq!(out.code, 0, "{out:?}");
    assert!(out.stdout.contains("ab33cd44ef (Bo"), "{}", out.stdout);

    let out = sb.run(&["sent", "--pending", "--format", "json"], "");
    let rows = out.json();
    let ids: Vec<&str> = rows
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["f0f0f0f0f0"]);

    let all = sb.run(&["sent", "--format", "json"], "").json();
    let priya = &all[2];
    assert_eq!(priya["outcome"], "accepted");
    assert_eq!(priya["withdrawable"], false);
    assert_eq!(priya["kind"], "invitation");
    assert_eq!(priya["scenario"], "stranger");
    assert_eq!(priya["template"], "met-at-event");
    assert_eq!(priya["checklist"]["context"], true);
    assert_eq!(all[1]["findings"][0]["rule"], "missing-context");

    let csv = sb.run(&["sent", "--format", "csv"], "").stdout;
    let mut lines = csv.lines();
    assert_eq!(
        lines.next(),
        Some("id,recipient,kind,scenario,template,copied,outcome,withdrawable,first_words")
    );
    let bo = lines.nth(1).unwrap();
    assert!(
        bo.starts_with("ab33cd44ef,Bo,invitation,acquaintance,,"),
        "{bo}"
    );
    assert!(
        bo.contains(",no-answer,false,\"We met at the Lyon Rust meetup,"),
        "{bo}"
    );
}

#[test]
fn mark_refuses_what_it_cannot_pin_down() {
    let sb = Sandbox::new();
    three(&sb);
    sb.run(&["sent", "mark", "a", "accepted"], "")
        .assert_usage_error("`a` matches 2 notes (ab33cd44ef, aa11bb22cc); type more of the id");
    sb.run(&["sent", "mark", "zz", "accepted"], "")
        .assert_usage_error("no sent note has an id starting with `zz`; `connote sent` lists them");
    sb.run(&["sent", "mark", "f0", "maybe"], "").assert_usage_error(
        "unknown outcome `maybe` (expected accepted, replied, declined, withdrawn or no-answer)",
    );
    sb.run(&["sent", "mark", "--to", "Ana", "accepted"], "")
        .assert_usage_error("no sent note to `Ana`; `connote sent` lists them");
    let lines = std::fs::read_to_string(log(&sb)).unwrap().lines().count();
    assert_eq!(lines, 3, "nothing was appended");
}

#[test]
fn rm_and_forget_before_delete_for_good_and_keep_the_log_private() {
    let sb = Sandbox::new();
    three(&sb);
    write(&sb, &[outcome("ab33cd44ef", Outcome::Declined)]);
    let out = sb.run(&["sent", "rm", "ab3"], "");
    assert_eq!(out.code, 0, "{out:?}");
    assert_eq!(
        out.stdout,
        "removed sent note ab33cd44ef (Bo) and 1 outcome, for good\n"
    );
    let text = std::fs::read_to_string(log(&sb)).unwrap();
    assert!(
        !text.contains("ab33cd44ef") && !text.contains("\"Bo\""),
        "{text}"
    );

    let cutoff = time::iso_date(time::now() - 10 * DAY);
    let out = sb.run(&["sent", "--forget-before", &cutoff], "");
    assert_eq!(out.code, 0, "{out:?}");
    assert!(
        out.stdout.starts_with("forgot 1 sent note copied before"),
        "{}",
        out.stdout
    );
    let text = std::fs::read_to_string(log(&sb)).unwrap();
    assert_eq!(text.lines().count(), 1);
    assert!(text.contains("f0f0f0f0f0"));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(log(&sb)).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    assert_eq!(
        sb.run(&["sent", "--forget-before", "last week"], "").code,
        2
    );
}

#[test]
fn stats_give_rates_with_wilson_intervals_and_flag_small_groups() {
    let sb = Sandbox::new();
    let mut entries = Vec::new();
    // 50 stranger notes with context, 39 accepted or replied; 4 close notes
    // without, 3 accepted; 2 pending.
    for i in 0..50 {
        let id = format!("s{i:09}");
        entries.push(sent(&id, "R", 5, Scenario::Stranger, true));
        let o = match i {
            0..30 => Outcome::Accepted,
            30..39 => Outcome::Replied,
            39..45 => Outcome::Declined,
            _ => Outcome::NoAnswer,
        };
        entries.push(outcome(&id, o));
    }
    for i in 0..4 {
        let id = format!("c{i:09}");
        entries.push(sent(&id, "R", 5, Scenario::Close, false));
        let o = if i < 3 {
            Outcome::Accepted
        } else {
            Outcome::Withdrawn
        };
        entries.push(outcome(&id, o));
    }
    entries.push(sent("p000000000", "R", 1, Scenario::Close, false));
    entries.push(sent("p000000001", "R", 1, Scenario::Close, false));
    write(&sb, &entries);

    let json = sb.run(&["stats", "--format", "json"], "").json();
    assert_eq!(
        (json["notes"].as_u64(), json["pending"].as_u64()),
        (Some(56), Some(2))
    );
    assert_eq!(json["overall"]["accepted"], 42);
    assert_eq!(json["overall"]["total"], 54);
    let group = |dim: &str, name: &str, variant: Option<&str>| {
        json["groups"]
            .as_array()
            .unwrap()
            .iter()
            .find(|g| {
                g["dimension"] == dim
                    && g["name"] == name
                    && g.get("variant").and_then(|v| v.as_str()) == variant
            })
            .unwrap_or_else(|| panic!("no group {dim} {name}"))
            .clone()
    };
    // 39 of 50: p = 0.78, Wilson 95% by hand = 0.6476 … 0.8725.
    let stranger = group("scenario", "stranger", None);
    assert_eq!(
        (stranger["accepted"].as_u64(), stranger["total"].as_u64()),
        (Some(39), Some(50))
    );
    assert!((stranger["low"].as_f64().unwrap() - 0.6476).abs() < 5e-5);
    assert!((stranger["high"].as_f64().unwrap() - 0.8725).abs() < 5e-5);
    assert_eq!(stranger["too_few"], false);
    // 3 of 4: 0.3006 … 0.9544, and too few to say.
    let close = group("scenario", "close", None);
    assert_eq!(
        (close["accepted"].as_u64(), close["total"].as_u64()),
        (Some(3), Some(4))
    );
    assert!((close["low"].as_f64().unwrap() - 0.3006).abs() < 5e-5);
    assert!((close["high"].as_f64().unwrap() - 0.9544).abs() < 5e-5);
    assert_eq!(close["too_few"], true);
    assert_eq!(group("checklist", "context", Some("without"))["total"], 4);
    assert_eq!(
        group("rule", "missing-context", Some("fired"))["accepted"],
        3
    );
    assert_eq!(group("template", "met-at-event", None)["total"], 50);

    let human = sb.run(&["stats"], "").stdout;
    assert!(
        human.starts_with("56 sent notes: 54 with an outcome, 2 pending\n"),
        "{human}"
    );
    assert!(human.contains("  stranger "), "{human}");
    assert!(
        human.contains("████████████████░░░░  78% · 39 of 50 · 65%–87%"),
        "{human}"
    );
    assert!(human.contains("3 of 4 · too few to say"), "{human}");

    // Everything was copied 5 days ago or later: a later --since keeps the pending only.
    let since = time::iso_date(time::now() - 2 * DAY);
    let json = sb
        .run(&["stats", "--format", "json", "--since", &since], "")
        .json();
    assert_eq!(
        (json["notes"].as_u64(), json["overall"]["total"].as_u64()),
        (Some(2), Some(0))
    );
}

#[test]
fn stats_with_no_log_say_so() {
    let sb = Sandbox::new();
    let out = sb.run(&["stats"], "");
    assert_eq!(out.code, 0);
    assert!(
        out.stdout
            .starts_with("0 sent notes: 0 with an outcome, 0 pending")
    );
    assert!(out.stdout.contains("no outcomes yet"));
    let out = sb.run(&["sent"], "");
    assert!(
        out.stdout.starts_with("no sent notes in "),
        "{}",
        out.stdout
    );
}
