//! Bad input to `connote lint`: exit 2, nothing on stdout, and one line on
//! stderr that names the file and line.

mod support;

use support::Sandbox;

#[test]
fn invalid_utf8_names_file_line_and_column() {
    let sb = Sandbox::new();
    sb.write("note.txt", b"Hi Ana,\nthanks for the caf\xE9 chat\n");
    sb.run(&["lint", "note.txt"], "")
        .assert_usage_error("note.txt:2:19: invalid UTF-8 (byte 0xE9); save the file as UTF-8");
}

#[test]
fn invalid_utf8_on_stdin() {
    let sb = Sandbox::new();
    sb.run(&["lint"], b"ok\n\n\xFF")
        .assert_usage_error("<stdin>:3:1: invalid UTF-8 (byte 0xFF); save the file as UTF-8");
}

#[test]
fn invalid_utf8_in_batch_input() {
    let sb = Sandbox::new();
    sb.write("b.jsonl", b"{\"text\":\"a\"}\n{\"text\":\"\xC3\"}\n");
    sb.run(&["lint", "--batch", "b.jsonl"], "")
        .assert_usage_error("b.jsonl:2:10: invalid UTF-8 (byte 0xC3); save the file as UTF-8");
}

#[test]
fn missing_file_is_named_and_nothing_is_printed() {
    let sb = Sandbox::new();
    sb.write("ok.txt", "fine");
    sb.run(&["lint", "ok.txt", "nope.txt"], "")
        .assert_usage_error("nope.txt: no such file; check the path");
}

#[test]
fn directory_is_not_a_note() {
    let sb = Sandbox::new();
    std::fs::create_dir(sb.path("notes")).unwrap();
    sb.run(&["lint", "notes"], "")
        .assert_usage_error("notes: is a directory; pass the files inside it");
}

#[cfg(unix)]
#[test]
fn unreadable_file() {
    use std::os::unix::fs::PermissionsExt;
    let sb = Sandbox::new();
    let path = sb.write("secret.txt", "hi");
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o000)).unwrap();
    if std::fs::read(&path).is_ok() {
        return; // running as root: permissions do not apply
    }
    sb.run(&["lint", "secret.txt"], "")
        .assert_usage_error("secret.txt: permission denied");
}

#[test]
fn malformed_json_line_names_line_and_column() {
    let sb = Sandbox::new();
    let input = "{\"text\": \"ok\"}\n\n{\"text\": \"unterminated}\n";
    let out = sb.run(&["lint", "--batch"], input);
    out.assert_usage_error(
        "<stdin>:3:23: EOF while parsing a string (expected {\"text\": \"...\"} with optional id, kind, scenario, subject, to, from)",
    );
}

#[test]
fn row_without_text() {
    let sb = Sandbox::new();
    sb.write("b.jsonl", "{\"id\": \"x\", \"to\": \"Ana\"}\n");
    let out = sb.run(&["lint", "--batch", "b.jsonl"], "");
    assert_eq!(out.code, 2);
    assert!(
        out.stderr.starts_with("connote: b.jsonl:1:")
            && out.stderr.contains("missing field `text`"),
        "{out:?}"
    );
}

#[test]
fn row_with_a_misspelt_key() {
    let sb = Sandbox::new();
    let out = sb.run(
        &["lint", "--batch"],
        "{\"text\": \"a\", \"scenaro\": \"close\"}",
    );
    assert_eq!(out.code, 2);
    assert!(
        out.stderr.contains("<stdin>:1:") && out.stderr.contains("unknown field `scenaro`"),
        "{out:?}"
    );
}

#[test]
fn row_that_is_not_an_object() {
    let sb = Sandbox::new();
    let out = sb.run(&["lint", "--batch"], "\"just a string\"\n");
    assert_eq!(out.code, 2);
    assert!(out.stderr.starts_with("connote: <stdin>:1:"), "{out:?}");
    assert_eq!(out.stderr.lines().count(), 1);
}

#[test]
fn unknown_scenario_in_a_row() {
    let sb = Sandbox::new();
    sb.write(
        "b.jsonl",
        "{\"text\": \"a\"}\n{\"text\": \"b\", \"scenario\": \"buddy\"}\n",
    );
    sb.run(&["lint", "--batch", "b.jsonl"], "")
        .assert_usage_error(
            "b.jsonl:2: unknown scenario `buddy` (expected close, acquaintance or stranger)",
        );
}

#[test]
fn unknown_scenario_flag_is_a_usage_error() {
    let sb = Sandbox::new();
    let out = sb.run(&["lint", "--scenario", "buddy"], "hi");
    assert_eq!(out.code, 2);
    assert!(out.stderr.contains("unknown scenario `buddy`"), "{out:?}");
}

#[test]
fn unknown_rule_suggests_close_ids() {
    let sb = Sandbox::new();
    sb.run(&["lint", "--explain", "over_limmit"], "")
        .assert_usage_error("unknown rule `over_limmit` (did you mean `over-limit`?)");
    let out = sb.run(&["lint", "--explain", "qqqqqqqqqqqq"], "");
    assert_eq!(out.code, 2);
    assert!(
        out.stderr.contains("known rules: ") && out.stderr.contains("empty-note"),
        "{out:?}"
    );
}

#[test]
fn text_format_is_refused() {
    let sb = Sandbox::new();
    sb.run(&["lint", "--format", "text"], "hi")
        .assert_usage_error("`--format text` is for `render`; `lint` prints human, json or jsonl");
}

#[test]
fn broken_config_names_file_line_and_column() {
    let sb = Sandbox::new();
    sb.write(
        "config/connote/config.json",
        "{\n  \"limit\": \"free\",\n  oops\n}\n",
    );
    let out = sb.run(&["lint"], "hi");
    assert_eq!(out.code, 2, "{out:?}");
    let file = sb.config_file();
    let prefix = format!("connote: {}:3:3: ", file.display());
    assert!(out.stderr.starts_with(&prefix), "{out:?}");
    assert_eq!(out.stderr.lines().count(), 1);
    assert_eq!(out.stdout, "");
}

#[test]
fn config_with_unknown_rule_names_file_and_suggests() {
    let sb = Sandbox::new();
    sb.write(
        "config/connote/config.json",
        r#"{"rules": {"empty-nte": "off"}}"#,
    );
    let file = sb.config_file();
    sb.run(&["lint"], "hi").assert_usage_error(&format!(
        "{}:1:12: `rules.empty-nte`: unknown rule `empty-nte` (did you mean `empty-note`?)",
        file.display()
    ));
}
