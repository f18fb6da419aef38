//! The interactive composer.

use std::path::Path;
use std::process::ExitCode;

/// Opens the composer; returns the exit code when the user quits.
pub fn run(_config: Option<&Path>) -> ExitCode {
    eprintln!("connote: the composer is not available yet");
    ExitCode::from(crate::cli::EXIT_USAGE)
}
