//! `connote render`.

use std::path::Path;
use std::process::ExitCode;

use super::RenderArgs;

/// Runs `connote render`.
pub fn run(_args: &RenderArgs, _config: Option<&Path>) -> ExitCode {
    super::usage_error("`render` is not available yet")
}
