//! The command-line front end: one module per subcommand.

mod args;
mod config;
mod drafts;
mod generated;
mod lint;
mod output;
mod render;
mod sent;
mod setup;
mod stats;
pub mod style;
mod table;
mod templates;

pub use args::{
    Args, Command, ConfigArgs, ConfigCommand, DraftsArgs, DraftsCommand, Format, LintArgs,
    ListFormat, NoteArgs, RenderArgs, SentArgs, SentCommand, SentFormat, StatsArgs, StatsFormat,
    TemplatesArgs,
};

use std::process::ExitCode;

pub(crate) use crate::exit::{EXIT_FINDINGS, EXIT_OK, EXIT_USAGE};

/// Runs the parsed command line and returns the process exit code.
pub fn run(args: Args) -> ExitCode {
    let Args { config, command } = args;
    let config = config.as_deref();
    crate::tui::ignore_file_size_signal();
    let code = match command {
        None => crate::tui::run(config),
        Some(Command::Lint(a)) => lint::run(&a, config),
        Some(Command::Render(a)) => render::run(&a, config),
        Some(Command::Templates(a)) => templates::run(&a, config),
        Some(Command::Drafts(a)) => drafts::run(&a, config),
        Some(Command::Config(a)) => config::run(&a, config),
        Some(Command::Sent(a)) => sent::run(&a, config),
        Some(Command::Stats(a)) => stats::run(&a, config),
        Some(Command::Completions { shell }) => generated::completions(shell),
        Some(Command::Man) => generated::man(),
    };
    output::exit_code(code)
}

/// Prints `connote: {message}` to stderr, controls shown as `<U+XXXX>`,
/// and returns exit code 2.
pub(crate) fn usage_error(message: impl std::fmt::Display) -> ExitCode {
    output::stderr(&format!("connote: {message}\n"));
    ExitCode::from(EXIT_USAGE)
}
