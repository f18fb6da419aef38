//! End-to-end tests: the built `connote` binary in a real terminal (tmux),
//! driven by keys, observed through `capture-pane`. Every wait is for a
//! condition, bounded by `CONNOTE_E2E_TIMEOUT` seconds (default 15); the
//! harness is `support::tmux`.
//!
//! Skipped, with a message, only when tmux is not installed.

#![allow(clippy::unwrap_used)] // test helpers: a failure here is a test failure

mod support;

use std::path::PathBuf;

use support::tmux::{Tmux, have_tmux, kill};

#[test]
fn compose_see_count_and_lint_change_then_copy_via_osc52_and_quit() {
    if !have_tmux() {
        return;
    }
    let t = Tmux::new();
    t.start("");
    t.wait_text("Who is the note for?");
    assert_eq!(t.var("alternate_on"), "1");
    t.keys(&["2"]);
    t.wait_text("empty-note");
    t.text("Priya");
    t.wait(
        "the name to end empty-note and start missing-context",
        |s| s.contains("Hi Priya,") && s.contains("missing-context") && !s.contains("empty-note"),
    );
    t.keys(&["Enter"]);
    t.text("we met at the Rust meetup in Lyon last May");
    t.wait("the count, the preview and the lint of the context", |s| {
        s.contains("53 / 300")
            && s.contains("We met at the Rust meetup in Lyon last May.")
            && !s.contains("missing-context")
    });
    t.keys(&["C-l"]);
    t.wait_text("free 200");
    t.text(&" and talked for hours about embedded Rust".repeat(4));
    t.wait("over-limit and how much to cut", |s| {
        s.contains("over-limit") && s.contains("cut ")
    });
    t.keys(&["C-l"]);
    t.wait("the inmail limit, with over-limit gone", |s| {
        s.contains("inmail 1900") && !s.contains("over-limit")
    });
    t.keys(&["C-y"]);
    t.wait("a copy via OSC 52", |s| {
        s.contains("Copied") && s.contains("via OSC 52")
    });
    t.wait_until("the note in the tmux buffer", || {
        t.out(&["show-buffer"])
            .starts_with("Hi Priya,\nWe met at the Rust meetup")
    });
    t.keys(&["C-q"]);
    t.wait_exit();
    assert_eq!(t.var("alternate_on"), "0", "left the alternate screen");
}

#[test]
fn a_huge_paste_is_counted_at_once_and_linted_in_the_background() {
    if !have_tmux() {
        return;
    }
    let t = Tmux::new();
    t.start("");
    t.wait_text("Who is the note for?");
    t.keys(&["2"]);
    t.wait_text("empty-note");
    t.text("Priya");
    t.keys(&["Enter"]);
    let file = t.home().join("paste.txt");
    std::fs::write(&file, "word ".repeat(40_000)).unwrap();
    t.tmux(&["load-buffer", file.to_str().unwrap()]);
    t.tmux(&["paste-buffer", "-p", "-t", "t"]);
    // "Hi Priya," 9, a line break, the sentence 200,000 with its full stop.
    t.wait_text("200010 / 300");
    t.wait("the lint to catch up", |s| {
        s.contains("200010 / 300") && s.contains("over-limit") && !s.contains("updating")
    });
    t.text("!");
    t.wait_text("200011 / 300");
    t.keys(&["C-u"]);
    t.wait_text("200010 / 300");
    t.keys(&["C-u"]);
    t.wait_text(" 9 / 300");
    t.keys(&["C-q"]);
    t.wait_exit();
}

#[test]
fn template_browser_filters_closes_without_change_and_applies() {
    if !have_tmux() {
        return;
    }
    let t = Tmux::new();
    t.start("");
    t.wait_text("Who is the note for?");
    t.keys(&["3"]);
    t.text("Ana");
    t.wait_text("Hi Ana,");
    t.keys(&["C-t"]);
    t.wait_text("Templates · stranger");
    t.text("zzz-no-such-template");
    t.wait_text("No template matches the filter");
    t.keys(&["Escape"]);
    t.wait("the browser closed, the note unchanged", |s| {
        !s.contains("Templates ·") && s.contains("Hi Ana,")
    });
    // Apply the built-in "fellow practitioner" template and fill its first gap.
    t.keys(&["C-t"]);
    t.wait_text("Templates · stranger");
    t.text("practitioner");
    t.wait_text("{role}");
    t.keys(&["Enter"]);
    t.wait_text("type to replace {role}");
    t.text("run small data teams");
    t.wait("the gap filled, later gaps still visible", |s| {
        s.contains("We both run small data teams") && s.contains("{topic}")
    });
}

#[test]
fn sigterm_restores_the_terminal() {
    if !have_tmux() {
        return;
    }
    let t = Tmux::new();
    t.start("");
    t.wait_text("Who is the note for?");
    t.keys(&["1"]);
    t.text("Sam");
    t.wait_text("Hi Sam,");
    kill("-TERM", &t.pid());
    t.wait_exit();
    assert_eq!(t.var("alternate_on"), "0");
    assert!(
        t.drafts().iter().any(|d| d.contains("Sam")),
        "saved on SIGTERM"
    );
}

#[test]
fn draft_survives_sigkill_and_is_offered_back() {
    if !have_tmux() {
        return;
    }
    let t = Tmux::new();
    t.write_config(r#"{"sender": "Tom"}"#);
    t.start("");
    t.wait_text("Who is the note for?");
    t.keys(&["2"]);
    t.text("Priya");
    t.keys(&["Enter"]);
    t.text("we shared a panel at DevFest Nantes");
    t.wait_text("DevFest Nantes.");
    t.wait_until("the autosave", || {
        t.drafts().iter().any(|d| d.contains("DevFest Nantes"))
    });
    kill("-KILL", &t.pid());
    t.wait_exit();
    t.restart();
    t.wait("the draft offered with its first words", |s| {
        s.contains("Priya · acquaintance") && s.contains("we shared a panel at DevFest")
    });
    // Below the three scenarios and the three other kinds.
    for _ in 0..6 {
        t.keys(&["Down"]);
    }
    t.keys(&["Enter"]);
    t.wait("the draft reopened with its sign-off", |s| {
        s.contains("We shared a panel at DevFest Nantes.") && s.contains("– Tom")
    });
}

#[test]
fn prints_the_note_to_stdout_when_piped() {
    if !have_tmux() {
        return;
    }
    let t = Tmux::new();
    let out = t.home().join("note.txt");
    t.start(&format!("> {}", out.display()));
    t.wait_text("Who is the note for?");
    t.keys(&["1"]);
    t.text("Lee");
    t.keys(&["Enter"]);
    t.text("great to see you at the reunion");
    t.wait_text("reunion.");
    t.keys(&["C-c"]);
    t.wait_exit();
    let printed = std::fs::read_to_string(&out).unwrap();
    assert_eq!(printed, "Hi Lee,\nGreat to see you at the reunion.\n");
}

#[test]
fn tiny_terminal_says_so_and_recovers() {
    if !have_tmux() {
        return;
    }
    let t = Tmux::new();
    t.start("");
    t.wait_text("Who is the note for?");
    t.tmux(&["resize-window", "-t", "t", "-x", "40", "-y", "10"]);
    t.wait_text("Terminal too small");
    t.tmux(&["resize-window", "-t", "t", "-x", "100", "-y", "30"]);
    t.wait_text("Who is the note for?");
}

#[test]
fn sighup_restores_the_terminal() {
    if !have_tmux() {
        return;
    }
    let t = Tmux::new();
    t.start("");
    t.wait_text("Who is the note for?");
    kill("-HUP", &t.pid());
    t.wait_exit();
    assert_eq!(t.var("alternate_on"), "0");
}

#[test]
fn closing_the_terminal_ends_the_process() {
    if !have_tmux() {
        return;
    }
    let t = Tmux::new();
    t.start("");
    t.wait_text("Who is the note for?");
    let proc_dir = PathBuf::from(format!("/proc/{}", t.pid()));
    assert!(proc_dir.exists());
    t.tmux(&["kill-server"]);
    t.wait_until("connote to exit after the hang-up", || !proc_dir.exists());
}
