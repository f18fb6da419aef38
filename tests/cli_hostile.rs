//! Hostile input and hostile output: files that try to write to the
//! terminal, patterns and notes built to be slow or loud, closed pipes and
//! full disks. Each command must stay quiet, bounded and honest about its
//! exit status.

mod support;

use std::fs::File;
use std::process::Stdio;
use std::time::{Duration, Instant};

use support::{Output, Sandbox};

const ESC: &str = "\u{1b}]0;owned\u{7}\u{1b}[2J";

/// No raw control character but the line break reached the stream.
fn assert_no_controls(what: &str, text: &str) {
    assert!(
        !text
            .chars()
            .any(|c| c.is_control() && c != '\n' || ('\u{80}'..='\u{9f}').contains(&c)),
        "{what} holds a raw control character: {text:?}"
    );
}

/// Runs `connote ARGS` with stdout (or stderr) on `/dev/full`.
fn to_full(sandbox: &Sandbox, args: &[&str], stderr_full: bool) -> Output {
    let full = File::options()
        .write(true)
        .open("/dev/full")
        .expect("/dev/full");
    let mut cmd = sandbox.command();
    cmd.args(args).stdin(Stdio::null());
    if stderr_full {
        cmd.stderr(full).stdout(Stdio::piped());
        let out = cmd.output().expect("run");
        Output {
            code: out.status.code().expect("exit code"),
            stdout: String::from_utf8(out.stdout).expect("utf-8"),
            stderr: String::new(),
        }
    } else {
        cmd.stdout(full).stderr(Stdio::piped());
        let out = cmd.output().expect("run");
        Output {
            code: out.status.code().expect("exit code"),
            stdout: String::new(),
            stderr: String::from_utf8(out.stderr).expect("utf-8"),
        }
    }
}

/// Runs `connote ARGS` and closes its stdout before reading a byte.
fn closed_pipe(sandbox: &Sandbox, args: &[&str], stdin: &str) -> (i32, String) {
    let mut cmd = sandbox.command();
    let mut child = cmd
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    drop(child.stdout.take());
    let mut pipe = child.stdin.take().expect("stdin");
    let input = stdin.as_bytes().to_vec();
    let writer = std::thread::spawn(move || {
        use std::io::Write as _;
        let _ = pipe.write_all(&input);
    });
    let out = child.wait_with_output().expect("wait");
    writer.join().expect("writer");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stderr).expect("utf-8"),
    )
}

/// A user template whose text files hold `extra` in each string.
fn template(id: &str, extra: &str) -> String {
    serde_json::json!({
        "id": id,
        "title": format!("Title{extra}"),
        "scenario": "stranger",
        "description": format!("Use it when{extra} you like"),
        "context": format!("your talk on {{topic}}{extra} stayed with me"),
        "invite": "I would love to connect",
        "next_step": "could we compare notes over coffee?",
        "placeholders": [{"name": "topic", "prompt": "Which topic?", "example": "tidal power"}],
    })
    .to_string()
}

fn many_drafts(sandbox: &Sandbox, n: usize) {
    for i in 0..n {
        let draft = serde_json::json!({
            "id": format!("d{i}"),
            "note": {"recipient": format!("Recipient number {i} with a long name"),
                     "parts": {"context": "we met at the harbour festival in Gdańsk last summer"}},
            "updated": 1_700_000_000 + i,
        });
        sandbox.write(
            &format!("data/connote/drafts/d{i:05}.json"),
            draft.to_string(),
        );
    }
}

#[test]
fn a_closed_pipe_ends_every_command_quietly_with_status_0() {
    let s = Sandbox::new();
    many_drafts(&s, 1_200);
    for i in 0..400 {
        s.write(
            &format!("config/connote/templates/t{i}.json"),
            template(&format!("user-{i}"), ""),
        );
    }
    let row = "{\"id\": 7, \"text\": \"Hi Ana, loved your talk on tidal power.\"}\n";
    let batch = row.repeat(3_000);
    for (args, stdin) in [
        (&["drafts"][..], ""),
        (&["drafts", "--format", "json"][..], ""),
        (&["templates"][..], ""),
        (&["templates", "--format", "json"][..], ""),
        (
            &["lint", "--batch", "--format", "jsonl"][..],
            batch.as_str(),
        ),
        (
            &["lint", "--batch", "--format", "human"][..],
            batch.as_str(),
        ),
    ] {
        let (code, stderr) = closed_pipe(&s, args, stdin);
        assert_eq!((code, stderr.as_str()), (0, ""), "connote {args:?}");
    }
}

#[test]
fn a_failed_write_exits_2_with_one_line() {
    let s = Sandbox::new();
    for args in [
        &["config", "path"][..],
        &["templates"][..],
        &["templates", "--format", "json"][..],
        &["drafts"][..],
        &[
            "render",
            "--template",
            "their-post",
            "--to",
            "Ana",
            "--from",
            "Sam",
        ][..],
        &["render", "--template", "their-post", "--format", "json"][..],
        &["lint", "--explain", "filler"][..],
    ] {
        let out = to_full(&s, args, false);
        assert_eq!(out.code, 2, "connote {args:?}: {out:?}");
        let lines: Vec<&str> = out
            .stderr
            .lines()
            .filter(|l| l.starts_with("connote: cannot write"))
            .collect();
        assert_eq!(lines.len(), 1, "connote {args:?}: {out:?}");
        assert!(!out.stderr.contains("panicked"), "{out:?}");
    }
}

#[test]
fn stderr_on_a_full_disk_is_no_panic() {
    let s = Sandbox::new();
    let missing = s.path("missing.txt");
    let out = to_full(&s, &["lint", missing.to_str().expect("utf-8")], true);
    assert_eq!(out.code, 2, "{out:?}");
    // A clean note with nothing to say on stderr still succeeds.
    let note = s.write(
        "n.txt",
        "Hi Ana, your tidal power talk stayed with me. Coffee?\n– Sam",
    );
    let out = to_full(
        &s,
        &["lint", "--format", "json", note.to_str().expect("utf-8")],
        true,
    );
    assert_ne!(out.code, 101, "{out:?}");
}

#[test]
fn error_messages_show_controls_instead_of_obeying_them() {
    let s = Sandbox::new();
    let row = serde_json::json!({"text": "Hi", "scenario": format!("pal{ESC}")}).to_string();
    let out = s.run(&["lint", "--batch"], row);
    assert_eq!(out.code, 2, "{out:?}");
    assert!(
        out.stderr.contains("pal<U+001B>]0;owned<U+0007>"),
        "{out:?}"
    );
    for args in [
        &["lint", "--explain", &format!("filler{ESC}")][..],
        &["drafts", "rm", &format!("x{ESC}")][..],
        &["render", "--template", &format!("their{ESC}")][..],
    ] {
        let out = s.run(args, "");
        assert_eq!(out.code, 2, "{args:?} {out:?}");
        assert!(out.stderr.contains("<U+001B>"), "{args:?} {out:?}");
        assert_no_controls("stderr", &out.stderr);
    }
    s.write(
        "config/connote/config.json",
        serde_json::json!({format!("sendr{ESC}"): "Sam"}).to_string(),
    );
    let out = s.run(&["lint"], "Hi");
    assert_eq!(out.code, 2, "{out:?}");
    assert!(out.stderr.contains("sendr<U+001B>"), "{out:?}");
    assert_no_controls("stderr", &out.stderr);
}

#[test]
fn listings_show_controls_from_files() {
    let s = Sandbox::new();
    s.write("config/connote/templates/evil.json", template("evil", ESC));
    let draft = serde_json::json!({"note": {"recipient": format!("Ana{ESC}"),
                                            "parts": {"context": format!("we met{ESC} in Oslo")}}});
    s.write("data/connote/drafts/d1.json", draft.to_string());
    for args in [
        &["templates"][..],
        &["templates", "--format", "json"][..],
        &["drafts"][..],
        &["drafts", "--format", "json"][..],
        &[
            "render",
            "--template",
            "evil",
            "--to",
            "Ana",
            "--from",
            "Sam",
        ][..],
        &["render", "--template", "evil", "--format", "json"][..],
    ] {
        let out = s.run(args, "");
        assert!(out.code == 0 || out.code == 1, "{args:?} {out:?}");
        assert_no_controls("stdout", &out.stdout);
        assert_no_controls("stderr", &out.stderr);
        assert!(
            out.stdout.contains("<U+001B>") || out.stdout.contains("\\u001b"),
            "{args:?} {out:?}"
        );
    }
}

#[test]
fn render_prints_set_values_as_typed() {
    let s = Sandbox::new();
    let value = "tidal\u{1b}[1m power";
    let out = s.run(
        &[
            "render",
            "--template",
            "their-post",
            "--to",
            "Ana",
            "--from",
            "Sam",
            "--set",
            &format!("topic={value}"),
            "--set",
            "detail=the storm surge maps",
        ],
        "",
    );
    assert!(out.stdout.contains(value), "{out:?}");
}

#[test]
fn a_slow_user_pattern_cannot_hang_the_lint() {
    let s = Sandbox::new();
    // `<url>` never matches a word, so every start explores every gap.
    let pattern = format!("{} <url>", ["apple *8"; 8].join(" "));
    s.write(
        "config/connote/config.json",
        serde_json::json!({"phrases": {"filler": [pattern]}}).to_string(),
    );
    let note = "apple ".repeat(200);
    let start = Instant::now();
    let out = s.run(&["lint", "--format", "json"], note);
    assert!(out.code == 0 || out.code == 1, "{out:?}");
    assert!(
        start.elapsed() < Duration::from_secs(20),
        "{:?}",
        start.elapsed()
    );
    let huge = format!("{} end", ["apple *8"; 12].join(" "));
    s.write(
        "config/connote/config.json",
        serde_json::json!({"phrases": {"filler": [huge]}}).to_string(),
    );
    let out = s.run(&["lint"], "apple");
    assert_eq!(out.code, 2, "{out:?}");
    assert!(out.stderr.contains("at most 96 allowed"), "{out:?}");
}

#[test]
fn output_grows_with_the_findings_not_the_bytes() {
    let s = Sandbox::new();
    let nuls = format!("Hi Ana,{}", "\0".repeat(1 << 20));
    let out = s.run(&["lint", "--format", "json"], nuls);
    assert_eq!(out.code, 1, "{out:?}");
    assert!(
        out.stdout.len() < 16 * 1024,
        "{} bytes of JSON",
        out.stdout.len()
    );
    let found = out.json();
    let invisible: Vec<&serde_json::Value> = found["diagnostics"]
        .as_array()
        .expect("diagnostics")
        .iter()
        .filter(|d| d["rule"] == "invisible-character")
        .collect();
    assert_eq!(invisible.len(), 1, "{invisible:?}");
    assert!(
        invisible[0]["message"]
            .as_str()
            .expect("message")
            .starts_with("1048576 invisible")
    );

    let todos = "TODO ".repeat(20_000);
    let found = s.run(&["lint", "--format", "json"], todos).json();
    let placeholders = found["diagnostics"]
        .as_array()
        .expect("diagnostics")
        .iter()
        .filter(|d| d["rule"] == "placeholder")
        .count();
    assert_eq!(placeholders, connote::lint::MAX_PER_RULE + 1);
}

#[test]
fn commands_stop_on_a_config_they_cannot_use() {
    let s = Sandbox::new();
    s.write("config/connote/config.json", "{\"sendr\": \"Sam\"}");
    for args in [
        &["templates"][..],
        &["render", "--template", "their-post"][..],
        &["lint"][..],
    ] {
        let out = s.run(args, "Hi");
        assert_eq!(out.code, 2, "{args:?} {out:?}");
        assert_eq!(out.stdout, "", "{args:?}");
        assert!(out.stderr.contains("unknown key `sendr`"), "{out:?}");
    }
    let nowhere = s.path("nope/config.json");
    let nowhere = nowhere.to_str().expect("utf-8");
    for args in [
        &["--config", nowhere, "templates"][..],
        &["--config", nowhere, "render", "--template", "their-post"][..],
        &["--config", nowhere, "lint"][..],
    ] {
        let out = s.run(args, "Hi");
        assert_eq!(out.code, 2, "{args:?} {out:?}");
        assert!(
            out.stderr
                .starts_with(&format!("connote: {nowhere}: cannot read")),
            "{out:?}"
        );
    }
}

#[test]
fn files_with_a_bom_or_bad_bytes_get_a_place() {
    let s = Sandbox::new();
    s.write(
        "config/connote/config.json",
        b"\xEF\xBB\xBF{\"sender\": \"Sam\"}",
    );
    let out = s.run(&["lint", "--format", "json"], "Hi Ana, coffee?\n– Sam");
    assert_ne!(out.code, 2, "{out:?}");
    s.write("config/connote/config.json", b"{\n \"sender\": \"S\xE9\"}");
    let out = s.run(&["lint"], "Hi");
    assert_eq!(out.code, 2, "{out:?}");
    assert!(
        out.stderr
            .contains("config.json:2:14: invalid UTF-8 (byte 0xE9)"),
        "{out:?}"
    );
    s.write("config/connote/config.json", "{}");
    s.write("config/connote/templates/bad.json", b"{\"id\": \"b\xFF\"}");
    let out = s.run(&["templates", "--format", "json"], "");
    assert_eq!(out.code, 0, "{out:?}");
    assert!(out.stderr.contains("bad.json:1:10: "), "{out:?}");
    assert!(out.stderr.contains("invalid UTF-8 (byte 0xFF)"), "{out:?}");
}

#[test]
fn contracts_of_the_command_line() {
    let s = Sandbox::new();
    let out = s.run(&["lint", "--limit", "4294967296"], "Hi");
    assert_eq!(out.code, 2, "{out:?}");
    assert!(
        out.stderr.contains("limit `4294967296` is too large"),
        "{out:?}"
    );

    s.write("config", "a file where a directory should be");
    let out = s.run(&["config", "init"], "");
    assert_eq!(out.code, 2, "{out:?}");
    assert!(!out.stderr.contains("already exists"), "{out:?}");
    assert!(out.stderr.contains("is a file, not a directory"), "{out:?}");

    let s = Sandbox::new();
    let out = s.run(
        &[
            "render",
            "--template",
            "their-post",
            "--to",
            "Ana",
            "--from",
            "Sam",
            "--set",
            "topic={recipient}'s garden",
            "--set",
            "detail=the compost bins",
        ],
        "",
    );
    assert_eq!(out.code, 1, "{out:?}");
    assert!(out.stderr.contains("error[placeholder]"), "{out:?}");

    let rows =
        "{\"id\": 12345678901234567890123, \"text\": \"Hi\"}\n{\"id\": 1.50, \"text\": \"Hi\"}\n";
    let out = s.run(&["lint", "--batch", "--format", "jsonl"], rows);
    let ids: Vec<serde_json::Value> = out
        .stdout
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).expect("json")["id"].clone())
        .collect();
    assert_eq!(
        ids,
        [
            serde_json::json!("12345678901234567890123"),
            serde_json::json!("1.50")
        ]
    );

    let out = s.run(&["lint", "--batch"], "{\"to\": \"Zoë\", \"text\": 1}\n");
    assert!(out.stderr.starts_with("connote: <stdin>:1:23: "), "{out:?}");
}

#[cfg(unix)]
#[test]
fn config_init_writes_a_private_file() {
    use std::os::unix::fs::PermissionsExt;
    let s = Sandbox::new();
    let out = s.run(&["config", "init"], "");
    assert_eq!(out.code, 0, "{out:?}");
    let mode =
        |p: &std::path::Path| std::fs::metadata(p).expect("meta").permissions().mode() & 0o777;
    assert_eq!(mode(&s.config_file()), 0o600);
    assert_eq!(mode(&s.path("config/connote")), 0o700);
}

#[test]
fn lint_json_escapes_every_control_and_keeps_the_value() {
    let s = Sandbox::new();
    let id = "row\u{9b}31m\u{202e}";
    let row = serde_json::json!({"id": id, "text": "Hi Ana\u{9b}31m, coffee?"}).to_string();
    for format in ["json", "jsonl"] {
        let out = s.run(&["lint", "--batch", "--format", format], &row);
        assert_no_controls("stdout", &out.stdout);
        assert!(!out.stdout.contains('\u{202e}'), "{out:?}");
        assert!(out.stdout.contains("\\u009b"), "{out:?}");
        let first = out.stdout.lines().collect::<Vec<_>>().join("\n");
        let value: serde_json::Value = serde_json::from_str(&first).expect("json");
        let row = if value.is_array() { &value[0] } else { &value };
        assert_eq!(row["id"], id, "{format}");
    }
}
