//! The interactive composer (`connote` without arguments).
//!
//! The Elm architecture: one [`app::App`] state; terminal events become
//! [`action::Action`]s through the [`keymap`]; [`update::update`] is the
//! only place the state changes and returns side effects as data; the
//! [`ui`] widgets only draw. [`runtime`] ties them to the terminal.

pub mod action;
pub mod app;
pub mod ask;
mod clipboard;
mod clipboard_hold;
mod composed;
#[cfg(debug_assertions)]
mod debug_panic;
mod editor;
mod edits;
mod farewell;
mod field;
mod first_run;
mod fix_append;
mod fixmap;
mod footer;
mod gaps;
mod keymap;
mod lint_worker;
mod mouse;
mod paste;
mod runtime;
pub mod sent;
mod storage;
mod template_fill;
mod terminal;
pub mod theme;
pub mod ui;
pub mod undo_group;
pub mod update;

use std::path::Path;
use std::process::ExitCode;

/// Makes a file-size limit (`ulimit -f`) an ordinary write error instead
/// of a kill, for every command.
pub fn ignore_file_size_signal() {
    terminal::ignore_file_size_signal();
}

/// Opens the composer; returns the exit code when the user quits.
pub fn run(config: Option<&Path>) -> ExitCode {
    runtime::run(config)
}

#[cfg(test)]
mod tests;
