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

/// What `connote --version` (or `-V`) prints, when those are the only
/// arguments: answered before clap builds the whole command tree, which
/// is most of what such a run would cost. Anything else is clap's.
pub fn version_only(args: &[std::ffi::OsString]) -> Option<String> {
    match args {
        [flag] if flag == "--version" || flag == "-V" => {
            Some(format!("connote {}\n", env!("CARGO_PKG_VERSION")))
        }
        _ => None,
    }
}

/// Prints [`version_only`]'s line; a closed or full stdout ends quietly
/// with the usual codes (see [`output::stdout`]).
pub fn print_version(line: &str) -> ExitCode {
    match output::stdout(line) {
        Ok(()) => ExitCode::SUCCESS,
        Err(code) => code,
    }
}

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

#[cfg(test)]
mod version_tests {
    use std::ffi::OsString;

    use clap::CommandFactory as _;

    use super::{Args, version_only};

    #[test]
    fn the_quick_version_is_what_clap_prints_and_only_for_the_flag_alone() {
        let clap_line = Args::command().render_version();
        for flag in ["--version", "-V"] {
            assert_eq!(
                version_only(&[OsString::from(flag)]),
                Some(clap_line.clone())
            );
        }
        let other =
            |args: &[&str]| version_only(&args.iter().map(OsString::from).collect::<Vec<_>>());
        assert_eq!(other(&[]), None);
        assert_eq!(other(&["--version", "lint"]), None);
        assert_eq!(other(&["lint", "--version"]), None);
        assert_eq!(other(&["--help"]), None);
    }
}
