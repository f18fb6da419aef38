//! `connote lint` as a whole process: JSON shape, exit codes, batch input,
//! configuration and every kind of bad input.

mod support;

use serde_json::Value;
use support::Sandbox;

/// Keys of one report object (SPEC §5), without `id`.
const REPORT_KEYS: [&str; 7] = [
    "checklist",
    "count",
    "diagnostics",
    "graphemes",
    "kind",
    "limit",
    "scenario",
];

fn keys(v: &Value) -> Vec<&str> {
    let mut keys: Vec<&str> = v
        .as_object()
        .unwrap_or_else(|| panic!("not an object: {v}"))
        .keys()
        .map(String::as_str)
        .collect();
    keys.sort_unstable();
    keys
}

fn rules_of(report: &Value) -> Vec<&str> {
    report["diagnostics"]
        .as_array()
        .expect("diagnostics array")
        .iter()
        .map(|d| d["rule"].as_str().expect("rule id"))
        .collect()
}

/// A multi-line note whose overflow past 200 starts on line 2.
fn long_note() -> String {
    format!("Hi Ana,\n{}\n– Sam", "word ".repeat(50))
}

#[test]
fn stdin_json_has_the_spec_shape() {
    let sb = Sandbox::new();
    sb.only_rules(&["over-limit", "empty-note"], "");
    let out = sb.run(&["lint", "--limit", "free"], long_note());
    assert_eq!(out.code, 1, "{out:?}");
    let report = out.json();
    assert_eq!(keys(&report), REPORT_KEYS, "stdin notes have no id");
    assert_eq!(report["scenario"], "stranger");
    assert_eq!(report["limit"], 200);
    assert_eq!(report["count"], 264);
    assert_eq!(report["graphemes"], 264);
    let d = &report["diagnostics"][0];
    assert_eq!(
        keys(d),
        [
            "column", "end", "line", "message", "rule", "severity", "start"
        ]
    );
    assert_eq!(d["rule"], "over-limit");
    assert_eq!(d["severity"], "error");
    assert!(d["message"].as_str().is_some_and(|m| m.contains("cut 64")));
    assert_eq!(
        (d["start"].as_u64(), d["end"].as_u64()),
        (Some(200), Some(264))
    );
    // Offset 200 is the 193rd char of line 2 ("Hi Ana,\n" is 8 chars).
    assert_eq!(
        (d["line"].as_u64(), d["column"].as_u64()),
        (Some(2), Some(193))
    );
    let checklist = &report["checklist"];
    assert_eq!(
        keys(checklist),
        [
            "context",
            "invite",
            "name",
            "next_step",
            "sign_off",
            "within_limit"
        ]
    );
    assert!(
        checklist
            .as_object()
            .unwrap()
            .values()
            .all(Value::is_boolean)
    );
    assert_eq!(checklist["within_limit"], false);
}

#[test]
fn one_file_is_an_object_with_its_name_as_id() {
    let sb = Sandbox::new();
    sb.write("note.txt", "Hi Ana, enjoyed your talk.\n");
    let out = sb.run(&["lint", "--format", "json", "note.txt"], "");
    let report = out.json();
    assert_eq!(report["id"], "note.txt");
    assert_eq!(
        report["count"], 26,
        "the final line break is not part of the note"
    );
}

#[test]
fn several_files_are_an_array_in_order() {
    let sb = Sandbox::new();
    sb.only_rules(&["over-limit", "empty-note"], "");
    sb.write("a.txt", "Short and fine.");
    sb.write("b.txt", "  \n");
    let out = sb.run(
        &["lint", "--limit", "free", "a.txt", "-", "b.txt"],
        long_note(),
    );
    assert_eq!(out.code, 1);
    let reports = out.json();
    let reports = reports.as_array().expect("array");
    assert_eq!(reports.len(), 3);
    assert_eq!(reports[0]["id"], "a.txt");
    assert!(reports[1].get("id").is_none(), "stdin has no id");
    assert_eq!(reports[2]["id"], "b.txt");
    assert_eq!(rules_of(&reports[0]), Vec::<&str>::new());
    assert_eq!(rules_of(&reports[1]), ["over-limit"]);
    assert_eq!(rules_of(&reports[2]), ["empty-note"]);
}

#[test]
fn jsonl_prints_one_object_per_line() {
    let sb = Sandbox::new();
    sb.write("a.txt", "One.");
    sb.write("b.txt", "Two.");
    let out = sb.run(&["lint", "--format", "jsonl", "a.txt", "b.txt"], "");
    let lines: Vec<&str> = out.stdout.lines().collect();
    assert_eq!(lines.len(), 2, "{}", out.stdout);
    for (line, id) in lines.iter().zip(["a.txt", "b.txt"]) {
        let v: Value = serde_json::from_str(line).expect("each line is JSON");
        assert_eq!(v["id"], id);
    }
}

#[test]
fn batch_rows_override_the_flags() {
    let sb = Sandbox::new();
    sb.only_rules(&["over-limit", "empty-note"], "");
    let input = concat!(
        "{\"id\": \"a\", \"text\": \"Hello there.\"}\n",
        "\n",
        "{\"id\": 42, \"text\": \"   \", \"scenario\": \"close\", \"to\": \"Ana\", \"from\": \"Sam\"}\n",
        "{\"text\": \"Hi\", \"scenario\": \"acquaintance\"}\n",
    );
    let out = sb.run(
        &[
            "lint",
            "--batch",
            "--scenario",
            "stranger",
            "--format",
            "jsonl",
        ],
        input,
    );
    assert_eq!(out.code, 1, "{out:?}");
    let rows: Vec<Value> = out
        .stdout
        .lines()
        .map(|l| serde_json::from_str(l).expect("JSON line"))
        .collect();
    assert_eq!(rows.len(), 3);
    assert_eq!(
        (&rows[0]["id"], &rows[0]["scenario"]),
        (&Value::from("a"), &Value::from("stranger"))
    );
    assert_eq!(
        (&rows[1]["id"], &rows[1]["scenario"]),
        (&Value::from("42"), &Value::from("close"))
    );
    assert_eq!(rules_of(&rows[1]), ["empty-note"]);
    assert!(rows[2].get("id").is_none());
    assert_eq!(rows[2]["scenario"], "acquaintance");
}

#[test]
fn batch_json_is_an_array_even_for_one_row() {
    let sb = Sandbox::new();
    let out = sb.run(&["lint", "--batch"], "{\"text\": \"Hi\"}\n");
    assert_eq!(out.json().as_array().map(Vec::len), Some(1));
}

#[test]
fn deny_warnings_turns_warnings_into_failure() {
    let sb = Sandbox::new();
    sb.only_rules(&["over-limit"], "");
    // Make over-limit a warning so the exit code depends on --deny.
    let config = std::fs::read_to_string(sb.config_file()).unwrap();
    let config = config.replacen(
        "{\"rules\": {",
        "{\"rules\": {\"over-limit\": \"warning\", ",
        1,
    );
    sb.write("config/connote/config.json", config);
    let note = "x".repeat(301);
    assert_eq!(sb.run(&["lint"], &note).code, 0);
    assert_eq!(sb.run(&["lint", "--deny", "warnings"], &note).code, 1);
    assert_eq!(sb.run(&["lint", "--deny", "warnings"], "short").code, 0);
}

#[test]
fn hints_never_fail() {
    let sb = Sandbox::new();
    sb.only_rules(&["over-limit"], "");
    let config = std::fs::read_to_string(sb.config_file()).unwrap();
    let config = config.replacen(
        "{\"rules\": {",
        "{\"rules\": {\"over-limit\": \"hint\", ",
        1,
    );
    sb.write("config/connote/config.json", config);
    let out = sb.run(&["lint", "--deny", "warnings"], "x".repeat(301));
    assert_eq!(out.code, 0, "{out:?}");
    assert_eq!(out.json()["diagnostics"][0]["severity"], "hint");
}

#[test]
fn limit_comes_from_flag_then_config_then_premium() {
    let sb = Sandbox::new();
    assert_eq!(sb.run(&["lint"], "Hi").json()["limit"], 300);
    sb.write("config/connote/config.json", r#"{"limit": "inmail"}"#);
    assert_eq!(sb.run(&["lint"], "Hi").json()["limit"], 1900);
    assert_eq!(
        sb.run(&["lint", "--limit", "250"], "Hi").json()["limit"],
        250
    );
}

#[test]
fn config_flag_is_honoured() {
    let sb = Sandbox::new();
    let file = sb.write("elsewhere.json", r#"{"limit": "free"}"#);
    let out = sb.run(&["--config", file.to_str().unwrap(), "lint"], "Hi");
    assert_eq!(out.json()["limit"], 200);
}

#[test]
fn explain_prints_the_rule_doc() {
    let sb = Sandbox::new();
    let out = sb.run(&["lint", "--explain", "over-limit"], "");
    assert_eq!(out.code, 0);
    assert!(
        out.stdout
            .starts_with("over-limit · error in every scenario\n"),
        "{}",
        out.stdout
    );
    for heading in ["What it catches", "Why it matters", "Weak", "Better"] {
        assert!(out.stdout.contains(heading), "{}", out.stdout);
    }
    let json = sb
        .run(&["lint", "--explain", "over-limit", "--format", "json"], "")
        .json();
    assert_eq!(json["id"], "over-limit");
    assert_eq!(json["levels"]["close"], "error");
    assert!(json["why"].as_str().is_some_and(|s| !s.is_empty()));
}

#[test]
fn every_rule_can_be_explained() {
    let sb = Sandbox::new();
    for rule in connote::lint::rules() {
        let out = sb.run(&["lint", "--explain", rule.id()], "");
        assert_eq!(out.code, 0, "{}: {out:?}", rule.id());
        assert!(out.stdout.starts_with(rule.id()));
        assert!(
            out.stdout
                .contains(rule.doc().why.split_whitespace().next().unwrap())
        );
    }
}

#[test]
fn unreadable_history_is_named() {
    let sb = Sandbox::new();
    std::fs::create_dir_all(sb.path("data/connote/history.jsonl")).unwrap();
    let out = sb.run(&["lint", "--history"], "Hi Ana");
    assert_eq!(out.code, 2, "{out:?}");
    assert!(
        out.stderr.starts_with("connote: ") && out.stderr.contains("history.jsonl"),
        "{out:?}"
    );
    assert_eq!(out.stderr.lines().count(), 1);
}

#[test]
fn ten_megabytes_do_not_crash() {
    let sb = Sandbox::new();
    let sentence = "Hi Ana, I enjoyed your talk on rust tooling at the Berlin meetup. ";
    let text = sentence.repeat(10 * 1024 * 1024 / sentence.len());
    let out = sb.run(&["lint", "--format", "json"], &text);
    assert_eq!(out.code, 1, "{}", out.stderr);
    let report = out.json();
    assert_eq!(report["count"].as_u64(), Some(text.len() as u64));
    assert!(rules_of(&report).contains(&"over-limit"));
}

/// A good stranger note for Ana from Sam.
const GOOD: &str = "Hi Ana,\nYour talk on tidal energy at the Orkney summit was excellent, \
                    especially the part on turbine maintenance. I work on similar arrays in \
                    Brittany. Glad to connect: would you be open to a short call next month?\n– Sam";

#[test]
fn a_real_fix_is_a_char_range_of_the_note() {
    let sb = Sandbox::new();
    let note = GOOD.replace("Your talk", "I hope this message finds you well. Your talk");
    let report = sb
        .run(&["lint", "--to", "Ana", "--from", "Sam"], &note)
        .json();
    let filler = report["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["rule"] == "filler")
        .unwrap_or_else(|| panic!("no filler: {report}"));
    let fix = &filler["fix"];
    assert_eq!(keys(fix), ["end", "replacement", "start"]);
    let (start, end) = (fix["start"].as_u64().unwrap(), fix["end"].as_u64().unwrap());
    let removed: String = note
        .chars()
        .skip(usize::try_from(start).unwrap())
        .take(usize::try_from(end - start).unwrap())
        .collect();
    assert!(
        removed.starts_with("I hope this message finds you well"),
        "{removed:?}"
    );
    assert_eq!(fix["replacement"], "");
    assert_eq!(
        (filler["line"].as_u64(), filler["column"].as_u64()),
        (Some(2), Some(1))
    );
}

#[test]
fn names_come_from_flags_config_and_batch_rows() {
    let sb = Sandbox::new();
    let rules = |args: &[&str]| {
        let report = sb.run(args, GOOD).json();
        rules_of(&report)
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
    };
    assert_eq!(
        rules(&["lint", "--to", "Ana", "--from", "Sam"]),
        Vec::<String>::new()
    );
    let wrong = rules(&["lint", "--to", "Bo", "--from", "Kim"]);
    assert!(wrong.contains(&"missing-name".into()) && wrong.contains(&"missing-sign-off".into()));
    // The sender defaults to the config's.
    sb.write("config/connote/config.json", r#"{"sender": "Kim"}"#);
    assert!(rules(&["lint", "--to", "Ana"]).contains(&"missing-sign-off".into()));
    assert!(!rules(&["lint", "--to", "Ana", "--from", "Sam"]).contains(&"missing-sign-off".into()));
    // A batch row's names win over the flags and the config.
    let row = serde_json::json!({"text": GOOD, "to": "Ana", "from": "Sam"}).to_string();
    let out = sb.run(&["lint", "--batch", "--to", "Bo", "--from", "Kim"], row);
    assert_eq!(
        rules_of(&out.json()[0]),
        Vec::<&str>::new(),
        "{}",
        out.stdout
    );
}

#[test]
fn duplicate_note_needs_the_history_flag() {
    let sb = Sandbox::new();
    let past =
        serde_json::json!({"recipient": "Bo", "text": GOOD.replace("Ana", "Bo"), "copied_at": 1});
    sb.write("data/connote/history.jsonl", format!("{past}\nnot json\n"));
    let without = sb.run(&["lint", "--to", "Ana", "--from", "Sam"], GOOD);
    assert!(!rules_of(&without.json()).contains(&"duplicate-note"));
    let with = sb.run(&["lint", "--history", "--to", "Ana", "--from", "Sam"], GOOD);
    assert!(
        rules_of(&with.json()).contains(&"duplicate-note"),
        "{}",
        with.stdout
    );
    assert!(
        with.stderr.starts_with("connote: warning: ") && with.stderr.contains("history.jsonl:2:"),
        "{}",
        with.stderr
    );
}
