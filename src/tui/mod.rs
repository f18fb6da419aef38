//! The interactive composer (`connote` without arguments).
//!
//! The Elm architecture: one [`app::App`] state; terminal events become
//! [`action::Action`]s through the [`keymap`]; [`update::update`] is the
//! only place the state changes and returns side effects as data; the
//! [`ui`] widgets only draw. [`runtime`] ties them to the terminal.

pub mod action;
pub mod app;
pub mod clipboard;
pub mod clipboard_hold;
pub mod composed;
#[cfg(debug_assertions)]
mod debug_panic;
pub mod editor;
mod edits;
pub mod field;
pub mod fixmap;
pub mod keymap;
pub mod lint_worker;
mod mouse;
pub mod paste;
pub mod runtime;
pub mod storage;
pub mod template_fill;
pub mod terminal;
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
