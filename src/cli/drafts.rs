//! `connote drafts`.

use std::path::Path;
use std::process::ExitCode;

use super::DraftsArgs;

/// Runs `connote drafts`.
pub fn run(_args: &DraftsArgs, _config: Option<&Path>) -> ExitCode {
    super::usage_error("`drafts` is not available yet")
}
