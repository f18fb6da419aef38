//! `connote config`: where the config is read from, and a starting file.

use std::path::Path;
use std::process::ExitCode;

use super::{ConfigArgs, ConfigCommand, usage_error};
use crate::store::{Paths, config};

/// Runs `connote config`.
pub fn run(args: &ConfigArgs, config_override: Option<&Path>) -> ExitCode {
    let paths = match Paths::from_env(config_override) {
        Ok(paths) => paths,
        Err(e) => return usage_error(format!("cannot locate the config directory: {e}")),
    };
    let file = &paths.config_file;
    match args.command {
        ConfigCommand::Path => print(&format!("{}\n", file.display())),
        ConfigCommand::Init => match config::write_example(file) {
            Ok(()) => print(&format!("wrote an example config to {}\n", file.display())),
            Err(e) => usage_error(e),
        },
    }
}

fn print(text: &str) -> ExitCode {
    super::output::stdout(text).map_or_else(|code| code, |()| ExitCode::SUCCESS)
}
