//! `connote templates`.

use std::path::Path;
use std::process::ExitCode;

use super::TemplatesArgs;

/// Runs `connote templates`.
pub fn run(_args: &TemplatesArgs, _config: Option<&Path>) -> ExitCode {
    super::usage_error("`templates` is not available yet")
}
