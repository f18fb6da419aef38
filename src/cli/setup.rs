//! What `templates` and `render` read before they run: the paths, the
//! config and the template library. Problems with any of them are reported
//! on stderr and the command carries on with what could be read, because a
//! broken user file should never hide the built-ins.

use std::path::Path;

use crate::library::Library;
use crate::lint::Linter;
use crate::store::{Config, Problem, Startup};

/// The config and library a template command works with.
pub(super) struct Setup {
    /// The user's config, or the defaults when it could not be read.
    pub config: Config,
    /// Built-ins plus the user's templates that loaded.
    pub library: Library,
    /// The linter the config asks for, or the default one.
    linter: Linter,
    /// Why the config's rules were not used, said once the linter is asked for.
    rules_problem: Option<String>,
}

impl Setup {
    /// Loads everything, printing what was skipped to stderr.
    pub fn load(config_override: Option<&Path>) -> Setup {
        let startup = Startup::load(config_override);
        let mut rules_problem = None;
        for problem in startup.problems {
            match problem {
                Problem::NoHome(e) => {
                    eprintln!("connote: {e}; using the defaults and the built-in templates only");
                }
                Problem::Config(e) => eprintln!("connote: {e}; using the default settings"),
                Problem::Rules(e) => rules_problem = Some(e.to_string()),
                Problem::Templates(errors) => {
                    for e in errors {
                        eprintln!("connote: skipped {e}");
                    }
                }
            }
        }
        Setup {
            config: startup.config,
            library: startup.library,
            linter: startup.linter,
            rules_problem,
        }
    }

    /// The linter with the user's rule settings, or the defaults (said on
    /// stderr) when the config names a rule that does not exist.
    pub fn linter(&self) -> &Linter {
        if let Some(e) = &self.rules_problem {
            eprintln!("connote: config: {e}; using the default rule settings");
        }
        &self.linter
    }
}

/// Writes `text` to stdout. A closed pipe (`connote templates | head`) is
/// not an error worth a panic: the reader has what it wanted.
pub(super) fn print(text: &str) {
    use std::io::Write as _;
    let mut out = std::io::stdout().lock();
    let _ = out.write_all(text.as_bytes()).and_then(|()| out.flush());
}

/// The name of a `--format` value as it is typed on the command line.
pub(super) fn format_name(format: super::Format) -> String {
    use clap::ValueEnum as _;
    format
        .to_possible_value()
        .map_or_else(String::new, |v| v.get_name().to_string())
}
