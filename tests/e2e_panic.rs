//! A panic in the composer leaves the terminal as the shell needs it: the
//! built binary in tmux, made to panic by the debug-only trigger in
//! `src/tui/debug_panic.rs`, inside a shell that carries on afterwards.
//!
//! Skipped, with a message, when tmux is not installed; ignored when the
//! tests are built without debug assertions, as the trigger is not compiled
//! in then (a release binary has no way to panic on request).

mod support;

use support::tmux::{Tmux, have_tmux};

/// What `CONNOTE_DEBUG_PANIC_ON_KEY` is set to: a key no test types.
const PANIC_KEY: &str = "§";

/// The message, at column 0 of the main screen, right after the line that
/// says where the panic happened.
fn panic_message_at_column_0(screen: &str) -> bool {
    let lines: Vec<&str> = screen.lines().collect();
    lines
        .iter()
        .position(|l| l.starts_with("thread 'main'") && l.contains("panicked at"))
        .is_some_and(|at| {
            lines.get(at + 1).copied()
                == Some("panic on key '§', as CONNOTE_DEBUG_PANIC_ON_KEY asked")
        })
}

#[test]
#[cfg_attr(
    not(debug_assertions),
    ignore = "the panic trigger is compiled into debug builds only"
)]
fn panic_restores_the_terminal_then_prints_the_message() {
    if !have_tmux() {
        return;
    }
    let mut t = Tmux::new();
    t.env("CONNOTE_DEBUG_PANIC_ON_KEY", PANIC_KEY);
    t.env("RUST_BACKTRACE", "0");
    let stdout = t.home().join("stdout.txt");
    t.start_in_shell(&format!("> {}", stdout.display()));
    t.wait_text("Who is the note for?");
    assert_eq!(t.var("alternate_on"), "1");
    assert_eq!(t.var("mouse_any_flag"), "1");
    t.keys(&["1"]);
    t.text("Sam");
    t.wait_text("Hi Sam,");
    t.wait_until("the autosave", || {
        t.drafts().iter().any(|d| d.contains("\"Sam\""))
    });
    // " Lee" arrives with the panic key, within the autosave pause.
    t.text(&format!(" Lee{PANIC_KEY}"));
    // The message is on the main screen, so it came after leaving the
    // alternate one; its lines start in column 0, so output processing
    // (off in raw mode) was back on when it was printed.
    t.wait("the exit status after the panic message at column 0", |s| {
        s.contains("connote exited with 101") && panic_message_at_column_0(s)
    });
    assert_eq!(t.var("alternate_on"), "0", "left the alternate screen");
    assert_eq!(t.var("cursor_flag"), "1", "cursor shown");
    assert_eq!(t.var("mouse_any_flag"), "0", "mouse reporting off");
    // stdout went to a file and stayed empty: the message is on stderr.
    assert_eq!(std::fs::read_to_string(&stdout).expect("stdout file"), "");

    // Raw mode is off: the terminal echoes what is typed, and Enter ends
    // the line, so the shell runs the command.
    t.text("echo typed-$((6*7))");
    t.keys(&["Enter"]);
    t.wait("the command echoed, then its output", |s| {
        s.contains("$ echo typed-$((6*7))") && s.lines().any(|l| l.trim_end() == "typed-42")
    });

    // Nothing typed is lost: " Lee", typed in the same burst as the panic
    // key and after the last autosave, is saved on the way out.
    let drafts = t.drafts();
    assert!(drafts.iter().any(|d| d.contains("Sam Lee")), "{drafts:?}");
}
