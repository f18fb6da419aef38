//! `connote lint`.

use std::path::Path;
use std::process::ExitCode;

use super::LintArgs;

/// Runs `connote lint`.
pub fn run(_args: &LintArgs, _config: Option<&Path>) -> ExitCode {
    super::usage_error("`lint` is not available yet")
}
