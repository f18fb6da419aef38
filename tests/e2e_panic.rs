//! A panic in the composer leaves the terminal as the shell needs it: the
//! built binary in tmux, made to panic by the debug-only trigger in
//! `src/tui/debug_panic.rs`, inside a shell that carries on afterwards.
//!
//! Skipped, with a message, when tmux is not installed or the tests are
//! built without debug assertions (the trigger is not compiled in then).

mod support;

use support::tmux::{Tmux, have_tmux};

/// What `CONNOTE_DEBUG_PANIC_ON_KEY` is set to: a key no test types.
const PANIC_KEY: &str = "§";

#[test]
fn panic_restores_the_terminal_then_prints_the_message() {
    if !cfg!(debug_assertions) {
        eprintln!("SKIPPED: the panic trigger exists only in debug builds");
        return;
    }
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
    let screen = t.wait_text("connote exited with 101");

    assert_eq!(t.var("alternate_on"), "0", "left the alternate screen");
    assert_eq!(t.var("cursor_flag"), "1", "cursor shown");
    assert_eq!(t.var("mouse_any_flag"), "0", "mouse reporting off");
    // The message is on the main screen, so it came after leaving the
    // alternate one; its lines start in column 0, so output processing
    // (off in raw mode) was back on when it was printed.
    let lines: Vec<&str> = screen.lines().collect();
    let at = lines
        .iter()
        .position(|l| l.starts_with("thread 'main'") && l.contains("panicked at"))
        .unwrap_or_else(|| panic!("no panic message at column 0:\n{screen}"));
    assert_eq!(
        lines.get(at + 1).copied(),
        Some("panic on key '§', as CONNOTE_DEBUG_PANIC_ON_KEY asked"),
        "{screen}"
    );
    // stdout went to a file and stayed empty: the message is on stderr.
    assert_eq!(std::fs::read_to_string(&stdout).expect("stdout file"), "");

    // Raw mode is off: the terminal echoes what is typed, and Enter ends
    // the line, so the shell runs the command.
    t.text("echo typed-$((6*7))");
    t.keys(&["Enter"]);
    let screen = t.wait("the command's output", |s| {
        s.lines().any(|l| l.trim_end() == "typed-42")
    });
    assert!(
        screen.contains("$ echo typed-$((6*7))"),
        "echoed:\n{screen}"
    );

    // Nothing typed is lost: " Lee", typed in the same burst as the panic
    // key and after the last autosave, is saved on the way out.
    let drafts = t.drafts();
    assert!(drafts.iter().any(|d| d.contains("Sam Lee")), "{drafts:?}");
}
