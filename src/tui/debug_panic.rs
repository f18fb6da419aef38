//! A panic on demand, so the end-to-end tests can check on the real binary
//! that a panic restores the terminal. Compiled into debug builds only
//! (`#[cfg(debug_assertions)]` in `tui/mod.rs`): release binaries hold
//! neither the trigger nor the variable's name, so no user can reach it.

use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyEventKind};
use std::sync::OnceLock;

/// Set to one character to make typing that character panic the composer.
pub const ENV: &str = "CONNOTE_DEBUG_PANIC_ON_KEY";

/// Panics if `event` is the key named by [`ENV`]. Called by the event loop
/// where real panics in `update` would happen, on the main thread.
pub fn check(event: &Event) {
    static KEY: OnceLock<Option<char>> = OnceLock::new();
    let key = *KEY.get_or_init(|| std::env::var(ENV).ok().and_then(|v| v.chars().next()));
    let Some(key) = key else {
        return;
    };
    if let Event::Key(KeyEvent {
        code: KeyCode::Char(c),
        kind: KeyEventKind::Press,
        ..
    }) = event
    {
        assert!(*c != key, "panic on key {c:?}, as {ENV} asked");
    }
}
