//! The interactive composer (`connote` without arguments).
//!
//! The Elm architecture: one [`app::App`] state; terminal events become
//! [`action::Action`]s through the [`keymap`]; [`update::update`] is the
//! only place the state changes and returns side effects as data; the
//! [`ui`] widgets only draw. [`runtime`] ties them to the terminal.

pub mod action;
pub mod app;
mod clipboard;
mod clipboard_hold;
mod composed;
#[cfg(debug_assertions)]
mod debug_panic;
mod editor;
mod edits;
mod field;
mod first_run;
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
pub mod update;

use std::path::Path;
use std::process::ExitCode;

/// Opens the composer; returns the exit code when the user quits.
pub fn run(config: Option<&Path>) -> ExitCode {
    runtime::run(config)
}

#[cfg(test)]
mod tests;
