//! `connote config`: where the config is read from, whether it is valid,
//! and a starting file.

use std::path::Path;
use std::process::ExitCode;

use super::{ConfigArgs, ConfigCommand, usage_error};
use crate::store::{Config, Paths, config};

/// Runs `connote config`.
pub fn run(args: &ConfigArgs, config_override: Option<&Path>) -> ExitCode {
    let paths = match Paths::from_env(config_override) {
        Ok(paths) => paths,
        Err(e) => return usage_error(format!("cannot locate the config directory: {e}")),
    };
    let file = &paths.config_file;
    match &args.command {
        Some(ConfigCommand::Path) => print(&format!("{}\n", file.display())),
        Some(ConfigCommand::Init { sender }) => {
            let sender = sender.as_deref().map(str::trim).filter(|s| !s.is_empty());
            match config::write_example(file, sender) {
                Ok(()) if sender.is_some() => {
                    print(&format!("wrote an example config to {}\n", file.display()))
                }
                Ok(()) => print(&format!(
                    "wrote an example config to {}\n\
                     `sender` is not set: add \"sender\": \"Your Name\" to it, \
                     or let the composer ask for your name when it starts\n",
                    file.display()
                )),
                Err(e) => usage_error(e),
            }
        }
        None => state(file),
    }
}

/// The path and what is there: no file (the defaults), or a valid file,
/// or the file's first error (exit 2).
fn state(file: &Path) -> ExitCode {
    let path = file.display();
    if !file.exists() {
        return print(&format!(
            "{path}\nno file there: every setting has its default (connote config init writes one)\n"
        ));
    }
    match Config::load(file) {
        Ok(config) => {
            let sender = config
                .sender(None)
                .map_or("no sender set".to_string(), |s| format!("sender {s}"));
            print(&format!("{path}\nvalid ({sender})\n"))
        }
        Err(e) => {
            let code = print(&format!("{path}\n"));
            if code != ExitCode::SUCCESS {
                return code;
            }
            usage_error(e)
        }
    }
}

fn print(text: &str) -> ExitCode {
    super::output::stdout(text).map_or_else(|code| code, |()| ExitCode::SUCCESS)
}
