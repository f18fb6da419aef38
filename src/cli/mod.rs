//! The command-line front end: one module per subcommand.

mod args;

pub use args::{
    Args, Command, ConfigArgs, ConfigCommand, DraftsArgs, DraftsCommand, Format, LintArgs,
    RenderArgs, TemplatesArgs,
};

use std::process::ExitCode;

/// Exit code when every note is clean enough.
pub const EXIT_OK: u8 = 0;
/// Exit code when a note has errors (or warnings with `--deny warnings`).
pub const EXIT_FINDINGS: u8 = 1;
/// Exit code for bad usage or unreadable input.
pub const EXIT_USAGE: u8 = 2;

/// Runs the parsed command line and returns the process exit code.
pub fn run(args: Args) -> ExitCode {
    let Args { config, command } = args;
    let Some(_command) = command else {
        return crate::tui::run(config.as_deref());
    };
    eprintln!("connote: this command is not available yet");
    ExitCode::from(EXIT_USAGE)
}
