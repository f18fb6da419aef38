//! `--kind` on every command that takes it (`lint`, `render`, `templates`),
//! batch rows with a kind and a subject, and the JSON each prints: the
//! kind, the subject and its own count, the kind's checklist keys.

mod support;

use serde_json::Value;
use support::Sandbox;

fn rules_of(report: &Value) -> Vec<&str> {
    report["diagnostics"]
        .as_array()
        .expect("diagnostics array")
        .iter()
        .map(|d| d["rule"].as_str().expect("rule id"))
        .collect()
}

fn checklist_keys(report: &Value) -> Vec<&str> {
    let mut keys: Vec<&str> = report["checklist"]
        .as_object()
        .expect("checklist object")
        .keys()
        .map(String::as_str)
        .collect();
    keys.sort_unstable();
    keys
}

const FOLLOW_UP: &str = "Hi Jonas,\nThanks for connecting! I lead the mobile team at Wolt. \
                         Here is the benchmark I mentioned: https://example.com/bench.\n– Ana";

#[test]
fn lint_kind_follow_up_runs_its_rules_limit_and_checklist() {
    let sb = Sandbox::new();
    let out = sb.run(
        &[
            "lint",
            "--kind",
            "follow-up",
            "--from",
            "Ana",
            "--format",
            "json",
        ],
        FOLLOW_UP,
    );
    assert_eq!(out.code, 0, "{out:?}");
    let report = out.json();
    assert_eq!(report["kind"], "follow-up");
    assert_eq!(report["limit"], 8000);
    assert!(report.get("subject").is_none(), "{report}");
    assert_eq!(
        checklist_keys(&report),
        [
            "introduction",
            "name",
            "next_step",
            "offer",
            "sign_off",
            "thanks",
            "within_limit"
        ]
    );
    assert_eq!(report["checklist"]["thanks"], true);
    assert!(
        rules_of(&report).iter().all(|r| !r.starts_with("missing-")),
        "{report}"
    );

    // The same text without thanks: the follow-up rule fires, the invitation's doesn't.
    let cold = FOLLOW_UP.replace("Thanks for connecting! ", "");
    let out = sb.run(&["lint", "--kind", "follow-up", "--format", "json"], &cold);
    let report = out.json();
    assert!(rules_of(&report).contains(&"missing-thanks"), "{report}");
    assert_eq!(report["checklist"]["thanks"], false);
    let out = sb.run(&["lint", "--format", "json"], &cold);
    let report = out.json();
    assert_eq!(report["kind"], "invitation");
    assert_eq!(report["limit"], 300);
    assert!(!rules_of(&report).contains(&"missing-thanks"), "{report}");
    assert!(report["checklist"].get("invite").is_some());
    assert!(report["checklist"].get("thanks").is_none());
}

#[test]
fn lint_kind_permission_ask_counts_the_subject_on_its_own() {
    let sb = Sandbox::new();
    let body = "Hi Ines,\nI am a hydrologist in Lyon and your talk on flood plains at the \
                Geneva water forum changed how we plan basins. Would you mind if I sent \
                you an invitation?\n– Tom";
    let file = sb.write(
        "ask.txt",
        format!("Subject: Your talk on flood plains\n{body}\n"),
    );
    let out = sb.run(
        &[
            "lint",
            "--kind",
            "permission-ask",
            "--from",
            "Tom",
            "--format",
            "json",
            file.to_str().unwrap(),
        ],
        "",
    );
    assert_eq!(out.code, 0, "{out:?}");
    let report = out.json();
    assert_eq!(report["kind"], "permission-ask");
    assert_eq!(report["limit"], 1900);
    assert_eq!(report["subject"], "Your talk on flood plains");
    assert_eq!(report["subject_count"], 25);
    assert_eq!(report["count"], body.encode_utf16().count());
    assert_eq!(report["checklist"]["subject"], true);
    assert!(report["checklist"].get("permission").is_some());

    // No subject at all is an error; one given by flag counts instead.
    let out = sb.run(
        &["lint", "--kind", "permission-ask", "--format", "json"],
        body,
    );
    assert_eq!(out.code, 1, "{out:?}");
    let report = out.json();
    assert!(rules_of(&report).contains(&"missing-subject"), "{report}");
    assert_eq!(report["subject"], "");
    assert_eq!(report["subject_count"], 0);
    let long = "x".repeat(201);
    let out = sb.run(
        &[
            "lint",
            "--kind",
            "permission-ask",
            "--subject",
            &long,
            "--format",
            "json",
        ],
        body,
    );
    let report = out.json();
    assert_eq!(out.code, 1, "{out:?}");
    assert!(rules_of(&report).contains(&"subject-too-long"), "{report}");
    assert_eq!(report["subject_count"], 201);
    assert_eq!(report["checklist"]["subject"], false);
}

#[test]
fn lint_human_output_shows_the_kinds_checklist_and_the_subject() {
    let sb = Sandbox::new();
    let out = sb.run(
        &[
            "lint",
            "--kind",
            "permission-ask",
            "--subject",
            "Kilns",
            "--format",
            "human",
        ],
        "Hi Ana, I'm a potter in Leeds. May I send you an invitation?",
    );
    assert!(
        out.stdout.contains("/1900 characters · subject 5/200 · "),
        "{out:?}"
    );
    assert!(out.stdout.contains("✓ the ask"), "{out:?}");
    assert!(!out.stdout.contains(" invite "), "{out:?}");
}

#[test]
fn batch_rows_carry_their_kind_and_subject() {
    let sb = Sandbox::new();
    let rows = [
        serde_json::json!({"id": "a", "text": FOLLOW_UP, "kind": "follow-up"}),
        serde_json::json!({"id": "b", "text": "Hi Sam, could you introduce me to Ana Lima?",
                           "kind": "introduction-request", "scenario": "close"}),
        serde_json::json!({"id": "c", "text": "Hi Ana, may I send you an invitation?",
                           "kind": "permission-ask", "subject": "Hello"}),
        serde_json::json!({"id": "d", "text": "Hi Ana, we met at RustConf. Let's connect!"}),
    ];
    let input: Vec<String> = rows.iter().map(Value::to_string).collect();
    let input = input.join("\n");
    let out = sb.run(&["lint", "--batch", "--format", "json"], input);
    let reports = out.json();
    let reports = reports.as_array().expect("array");
    let kinds: Vec<&str> = reports
        .iter()
        .map(|r| r["kind"].as_str().unwrap())
        .collect();
    assert_eq!(
        kinds,
        [
            "follow-up",
            "introduction-request",
            "permission-ask",
            "invitation"
        ]
    );
    assert_eq!(reports[1]["scenario"], "close");
    assert!(
        rules_of(&reports[1]).contains(&"missing-reason"),
        "{}",
        reports[1]
    );
    assert_eq!(reports[1]["checklist"]["target"], true);
    assert_eq!(reports[2]["subject"], "Hello");
    assert_eq!(reports[2]["subject_count"], 5);
    assert!(reports[3].get("subject").is_none());

    let out = sb.run(
        &["lint", "--batch"],
        "{\"text\": \"a\", \"kind\": \"memo\"}\n",
    );
    out.assert_usage_error(
        "<stdin>:1: unknown kind `memo` (expected invitation, follow-up, permission-ask or introduction-request)",
    );
}

#[test]
fn a_configured_limit_is_for_invitations_only() {
    let sb = Sandbox::new();
    sb.write("config/connote/config.json", r#"{"limit": "free"}"#);
    let lint = |kind: &str| {
        sb.run(&["lint", "--kind", kind, "--format", "json"], FOLLOW_UP)
            .json()["limit"]
            .clone()
    };
    assert_eq!(lint("invitation"), 200);
    assert_eq!(lint("follow-up"), 8000);
    assert_eq!(lint("introduction-request"), 8000);
    assert_eq!(lint("permission-ask"), 1900);
    let out = sb.run(
        &[
            "lint",
            "--kind",
            "follow-up",
            "--limit",
            "300",
            "--format",
            "json",
        ],
        FOLLOW_UP,
    );
    assert_eq!(out.json()["limit"], 300);
}

#[test]
fn templates_kind_lists_that_kind_only_with_kind_and_counts_in_json() {
    let sb = Sandbox::new();
    for kind in ["follow-up", "permission-ask", "introduction-request"] {
        let out = sb.run(&["templates", "--kind", kind, "--format", "json"], "");
        assert_eq!(out.code, 0, "{out:?}");
        let list = out.json();
        let list = list.as_array().expect("array");
        assert!(list.len() >= 6, "{kind}: {}", list.len());
        for t in list {
            assert_eq!(t["kind"], kind, "{t}");
            let has_subject = t.get("subject").is_some();
            assert_eq!(has_subject, kind == "permission-ask", "{t}");
            if has_subject {
                let subject = t["subject"].as_str().unwrap();
                assert_eq!(t["subject_count"], subject.encode_utf16().count());
            }
            let forwardable = t.get("forwardable_count").and_then(Value::as_u64);
            assert_eq!(forwardable.is_some(), kind == "introduction-request", "{t}");
            assert!(forwardable.is_none_or(|n| n > 0 && n <= 300), "{t}");
        }
    }
    let out = sb.run(&["templates", "--format", "json"], "");
    let all = out.json();
    let invitations = all
        .as_array()
        .unwrap()
        .iter()
        .filter(|t| t["kind"] == "invitation")
        .count();
    assert!(invitations >= 24, "{invitations}");

    let out = sb.run(
        &["templates", "--kind", "follow-up", "--scenario", "stranger"],
        "",
    );
    assert!(
        out.stdout
            .starts_with("Follow-up after they accept (follow-up), stranger · "),
        "{out:?}"
    );
    assert!(!out.stdout.contains("(invitation)") && !out.stdout.contains("Close contact"));

    let out = sb.run(&["templates", "--kind", "letter"], "");
    assert_eq!(out.code, 2, "{out:?}");
    assert!(out.stderr.contains("unknown kind `letter`"), "{out:?}");
}

#[test]
fn render_a_permission_ask_prints_its_subject_first() {
    let sb = Sandbox::new();
    let out = sb.run(
        &[
            "render",
            "--template",
            "ask-after-their-talk",
            "--to",
            "Ines",
            "--from",
            "Tom",
        ],
        "",
    );
    assert_eq!(out.code, 1, "the gaps are errors: {out:?}");
    assert!(
        out.stdout
            .starts_with("Subject: Your talk on {topic}\nHi Ines,\n"),
        "{out:?}"
    );

    let out = sb.run(
        &[
            "render",
            "--template",
            "ask-after-their-talk",
            "--to",
            "Ines",
            "--from",
            "Tom",
            "--set",
            "topic=flood plains",
            "--set",
            "role=hydrologist in Lyon",
            "--set",
            "event=the Geneva water forum",
            "--set",
            "change=plan basins",
            "--format",
            "json",
        ],
        "",
    );
    assert_eq!(out.code, 0, "{out:?}");
    let json = out.json();
    assert_eq!(json["kind"], "permission-ask");
    assert_eq!(json["limit"], 1900);
    assert_eq!(json["subject"], "Your talk on flood plains");
    assert_eq!(json["subject_count"], 25);
    assert!(json.get("forwardable").is_none());
    assert!(json["diagnostics"].as_array().unwrap().is_empty(), "{json}");

    // The rendered text reads back through `lint --kind permission-ask`.
    let text = sb.run(
        &[
            "render",
            "--template",
            "ask-after-their-talk",
            "--to",
            "Ines",
            "--from",
            "Tom",
            "--set",
            "topic=flood plains",
            "--set",
            "role=hydrologist in Lyon",
            "--set",
            "event=the Geneva water forum",
            "--set",
            "change=plan basins",
        ],
        "",
    );
    let back = sb.run(
        &[
            "lint",
            "--kind",
            "permission-ask",
            "--from",
            "Tom",
            "--to",
            "Ines",
            "--format",
            "json",
        ],
        &text.stdout,
    );
    assert_eq!(back.code, 0, "{back:?}");
    assert_eq!(back.json()["subject"], "Your talk on flood plains");
}

#[test]
fn render_kind_lints_as_another_kind_and_an_introduction_counts_its_note_to_forward() {
    let sb = Sandbox::new();
    let args = |kind: Option<&'static str>| {
        let mut a = vec![
            "render",
            "--template",
            "peer-swap",
            "--to",
            "Sam",
            "--from",
            "Anna",
        ];
        for (k, v) in [
            ("target", "Jana Novak"),
            ("work", "build recommender systems"),
            ("pronoun", "she"),
            ("question", "tests ranking changes"),
            ("me", "Anna, a data science lecturer in Munich"),
            ("target_first", "Jana"),
        ] {
            a.push("--set");
            a.push(Box::leak(format!("{k}={v}").into_boxed_str()));
        }
        a.extend(["--format", "json"]);
        if let Some(kind) = kind {
            a.extend(["--kind", kind]);
        }
        a
    };
    let out = sb.run(&args(None), "");
    assert_eq!(out.code, 0, "{out:?}");
    let json = out.json();
    assert_eq!(json["kind"], "introduction-request");
    assert_eq!(json["limit"], 8000);
    let forwardable = json["forwardable"].as_str().expect("forwardable");
    assert!(
        forwardable.contains("Anna, a data science lecturer"),
        "{json}"
    );
    assert_eq!(
        json["forwardable_count"],
        forwardable.encode_utf16().count()
    );
    assert!(json["diagnostics"].as_array().unwrap().is_empty(), "{json}");

    let out = sb.run(&args(Some("follow-up")), "");
    let json = out.json();
    assert_eq!(json["kind"], "follow-up");
    let rules = rules_of(&json);
    assert!(rules.contains(&"missing-thanks"), "{json}");
}
