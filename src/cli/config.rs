//! `connote config`.

use std::path::Path;
use std::process::ExitCode;

use super::ConfigArgs;

/// Runs `connote config`.
pub fn run(_args: &ConfigArgs, _config: Option<&Path>) -> ExitCode {
    super::usage_error("`config` is not available yet")
}
