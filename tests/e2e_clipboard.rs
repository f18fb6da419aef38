//! The system clipboard end to end: the built `connote` in tmux, copying
//! with `Ctrl-Y` to a private X server (Xvfb), read back with xclip after
//! connote has exited, as the user would paste it.
//!
//! Skipped, with a message, only when tmux, Xvfb or xclip is not installed
//! (`.ci/run` installs them, so CI always runs these).

mod support;

use support::tmux::{Tmux, have_tmux};
use support::x11::{Xvfb, clipboard_holders, have_x11_tools};

/// Types a note to Priya in the acquaintance scenario and returns the
/// composed note exactly as the preview builds it.
fn compose(t: &Tmux) -> &'static str {
    t.wait_text("Who is the note for?");
    t.keys(&["2"]);
    t.wait_text("╭ To ");
    t.text("Priya");
    t.keys(&["Enter"]);
    t.text("we met at the café in Lyon");
    t.keys(&["Enter"]);
    t.text("good to stay in touch");
    t.keys(&["Enter"]);
    t.text("coffee when you're next in Paris?");
    t.wait_text("next in Paris?");
    "Hi Priya,\nWe met at the café in Lyon. Good to stay in touch. \
     Coffee when you're next in Paris?\n– Tomás"
}

/// The status message: the row above the footer, without the scenario and
/// limit shown at its right.
fn status_line(screen: &str) -> &str {
    let lines: Vec<&str> = screen.lines().collect();
    let row = lines[lines.len().saturating_sub(2)].trim();
    row.split("   ").next().unwrap_or(row)
}

#[test]
fn x11_clipboard_keeps_the_note_after_exit_until_something_else_is_copied() {
    if !have_tmux() || !have_x11_tools() {
        return;
    }
    let x = Xvfb::start();
    let mut t = Tmux::new();
    t.env("DISPLAY", x.display());
    t.write_config(r#"{"clipboard": "system", "sender": "Tomás"}"#);
    let printed = t.home().join("note.txt");
    t.start(&format!("> {}", printed.display()));
    let note = compose(&t);
    t.keys(&["C-y"]);
    let chars = note.encode_utf16().count();
    let status = format!("Copied {chars} characters via the system clipboard");
    t.wait(&format!("the status {status:?}"), |s| {
        status_line(s) == status
    });
    // While connote runs, it serves the clipboard itself.
    t.wait_until("connote to serve the note", || {
        x.clipboard().as_deref() == Some(note)
    });

    t.keys(&["C-q"]);
    t.wait_exit();
    assert_eq!(
        std::fs::read_to_string(&printed).expect("stdout file"),
        format!("{note}\n"),
        "the preview and the clipboard agree on the note"
    );
    // connote is gone; the text is still there, served by its one helper.
    t.wait_until("one clipboard helper to serve the note", || {
        clipboard_holders(t.home()).len() == 1 && x.clipboard().as_deref() == Some(note)
    });

    x.copy_elsewhere("other");
    t.wait_until(
        "the helper to exit once the clipboard changed hands",
        || clipboard_holders(t.home()).is_empty(),
    );
    assert_eq!(x.clipboard().as_deref(), Some("other"));
}

#[test]
fn closing_the_terminal_keeps_the_note_on_the_clipboard() {
    if !have_tmux() || !have_x11_tools() {
        return;
    }
    let x = Xvfb::start();
    let mut t = Tmux::new();
    t.env("DISPLAY", x.display());
    t.write_config(r#"{"clipboard": "system", "sender": "Tomás"}"#);
    t.start("");
    let note = compose(&t);
    t.keys(&["C-y"]);
    t.wait_text("Copied");
    // The terminal goes away under connote (SIGHUP, then end of input).
    let connote = std::path::PathBuf::from(format!("/proc/{}", t.pid()));
    t.tmux(&["kill-server"]);
    t.wait_until("connote to exit after the hang-up", || !connote.exists());
    t.wait_until("the helper to serve the note", || {
        !clipboard_holders(t.home()).is_empty() && x.clipboard().as_deref() == Some(note)
    });
    x.copy_elsewhere("other");
    t.wait_until("the helper to exit", || {
        clipboard_holders(t.home()).is_empty()
    });
}

#[test]
fn clipboard_helper_exits_when_the_display_goes() {
    if !have_tmux() || !have_x11_tools() {
        return;
    }
    let x = Xvfb::start();
    let mut t = Tmux::new();
    t.env("DISPLAY", x.display());
    t.write_config(r#"{"clipboard": "system", "sender": "Tomás"}"#);
    t.start("");
    compose(&t);
    t.keys(&["C-y"]);
    t.wait_text("Copied");
    t.keys(&["C-q"]);
    t.wait_exit();
    t.wait_until("the clipboard helper to start", || {
        !clipboard_holders(t.home()).is_empty()
    });
    // The X server ends (the user logs out): nothing is left to serve.
    drop(x);
    t.wait_until("the helper to exit with its display", || {
        clipboard_holders(t.home()).is_empty()
    });
}

#[test]
fn without_a_display_the_system_clipboard_says_why_nothing_was_copied() {
    if !have_tmux() {
        return;
    }
    // The harness runs connote without DISPLAY and WAYLAND_DISPLAY.
    let t = Tmux::new();
    t.write_config(r#"{"clipboard": "system", "sender": "Tomás"}"#);
    t.start("");
    compose(&t);
    t.keys(&["C-y"]);
    let status = "Not copied: system clipboard unavailable: DISPLAY is not set";
    t.wait(&format!("the status {status:?}"), |s| {
        status_line(s) == status
    });
    t.keys(&["C-q"]);
    t.wait_exit();
    assert!(
        clipboard_holders(t.home()).is_empty(),
        "no helper when nothing was copied"
    );
}
