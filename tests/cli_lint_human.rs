//! The human output of `connote lint`: snapshots of whole runs, and colour
//! only where it belongs.

mod support;

use support::Sandbox;

const STABLE: &[&str] = &["over-limit", "empty-note"];

#[test]
fn empty_note() {
    let sb = Sandbox::new();
    sb.only_rules(STABLE, "");
    let out = sb.run(&["lint", "--format", "human"], "  \n");
    assert_eq!(out.code, 1);
    insta::assert_snapshot!("empty_note", out.stdout);
}

#[test]
fn over_limit_with_wide_characters_and_tabs() {
    let sb = Sandbox::new();
    sb.only_rules(STABLE, "");
    // The overflow starts inside the Chinese sentence, after a tab.
    let note = "Hi Mei,\n\tGreat talk! 我们在上海见过面。Coffee next week?\n– Jonas";
    let out = sb.run(&["lint", "--format", "human", "--limit", "25"], note);
    assert_eq!(out.code, 1);
    insta::assert_snapshot!("over_limit_wide", out.stdout);
}

#[test]
fn several_files_get_headers_and_a_total() {
    let sb = Sandbox::new();
    sb.only_rules(STABLE, "");
    sb.write(
        "ok.txt",
        "Hi Ana, loved your piece on tidal energy in Orkney. Coffee soon?",
    );
    sb.write("blank.txt", "\n");
    sb.write("long.txt", "Hi Ana, ".repeat(40));
    let out = sb.run(
        &[
            "lint",
            "--format",
            "human",
            "ok.txt",
            "blank.txt",
            "long.txt",
        ],
        "",
    );
    assert_eq!(out.code, 1);
    insta::assert_snapshot!("several_files", out.stdout);
}

#[test]
fn explain_over_limit() {
    let sb = Sandbox::new();
    let out = sb.run(&["lint", "--explain", "over-limit"], "");
    insta::assert_snapshot!("explain_over_limit", out.stdout);
}

#[test]
fn realistic_note_with_every_rule() {
    let sb = Sandbox::new();
    let note = "Hi Priya,\nI hope this message finds you well. I'd like to add you to my professional \
                network on LinkedIn. I am looking to grow my network and would love to pick your brain \
                about a job at your company!!!\nThanks";
    let out = sb.run(
        &[
            "lint", "--format", "human", "--to", "Priya", "--from", "Tomás",
        ],
        note,
    );
    insta::assert_snapshot!("realistic_note", out.stdout);
}

#[test]
fn piped_output_has_no_escape_codes() {
    let sb = Sandbox::new();
    let out = sb.run(&["lint", "--format", "human"], "x".repeat(400));
    assert!(out.stdout.contains("error[over-limit]"));
    assert!(!out.stdout.contains('\x1b'), "{:?}", out.stdout);
}

#[test]
fn colour_is_forced_only_without_no_color() {
    let sb = Sandbox::new();
    let note = "x".repeat(400);
    let forced = support::run_with(
        sb.command()
            .args(["lint", "--format", "human"])
            .env("CLICOLOR_FORCE", "1"),
        note.as_bytes(),
    );
    assert!(
        forced.stdout.contains("\x1b[1;31merror[over-limit]"),
        "{:?}",
        forced.stdout
    );
    let no_color = support::run_with(
        sb.command()
            .args(["lint", "--format", "human"])
            .env("CLICOLOR_FORCE", "1")
            .env("NO_COLOR", "1"),
        note.as_bytes(),
    );
    assert!(!no_color.stdout.contains('\x1b'), "{:?}", no_color.stdout);
    // An empty NO_COLOR does not count (no-color.org).
    let empty = support::run_with(
        sb.command()
            .args(["lint", "--format", "human"])
            .env("CLICOLOR_FORCE", "1")
            .env("NO_COLOR", ""),
        note.as_bytes(),
    );
    assert!(empty.stdout.contains('\x1b'));
    let explain = support::run_with(
        sb.command()
            .args(["lint", "--explain", "over-limit"])
            .env("NO_COLOR", "1"),
        b"",
    );
    assert!(!explain.stdout.contains('\x1b'));
}

#[test]
fn escape_sequences_in_a_note_never_reach_the_terminal() {
    let sb = Sandbox::new();
    sb.only_rules(STABLE, "");
    let note = "\x1b]0;pwned\x07\x1b[2J\u{202E}yes";
    let out = sb.run(&["lint", "--format", "human", "--limit", "1"], note);
    assert_eq!(out.code, 1);
    assert!(
        !out.stdout.contains('\x1b') && !out.stdout.contains('\u{202E}'),
        "{:?}",
        out.stdout
    );
    assert!(
        out.stdout
            .contains("<U+001B>]0;pwned<U+0007><U+001B>[2J<U+202E>"),
        "{}",
        out.stdout
    );
}
