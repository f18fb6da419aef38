//! What `templates` and `render` read before they run: the paths, the
//! config and the template library. Problems with any of them are reported
//! on stderr and the command carries on with what could be read, because a
//! broken user file should never hide the built-ins.

use std::path::Path;

use super::output::stderr;
use crate::library::Library;
use crate::lint::Linter;
use crate::store::{Config, Paths};

/// The config and library a template command works with.
pub(super) struct Setup {
    /// The user's config.
    pub config: Config,
    /// Built-ins plus the user's templates that loaded.
    pub library: Library,
    /// The linter with the user's rule settings and phrases.
    pub linter: Linter,
}

impl Setup {
    /// Loads everything. A config that cannot be used stops the command
    /// (the message is returned, for exit code 2), as it stops `lint`; a
    /// broken user template is only skipped, said on stderr.
    pub fn load(config_override: Option<&Path>) -> Result<Setup, String> {
        let paths = match Paths::from_env(config_override) {
            Ok(paths) => Some(paths),
            Err(e) => {
                stderr(&format!(
                    "connote: {e}; using the defaults and the built-in templates only\n"
                ));
                None
            }
        };
        let (config, linter) = load_config(config_override, paths.as_ref())?;
        let user_dir = paths.as_ref().map(Paths::templates_dir);
        let (library, errors) = Library::load(user_dir.as_deref());
        for e in errors {
            stderr(&format!("connote: skipped {e}\n"));
        }
        Ok(Setup {
            config,
            library,
            linter,
        })
    }
}

/// The config and the linter it asks for: from `--config` (which must
/// exist), else from the usual place (where no file means the defaults).
pub(super) fn load_config(
    config_override: Option<&Path>,
    paths: Option<&Paths>,
) -> Result<(Config, Linter), String> {
    let (file, config) = match (config_override, paths) {
        (Some(file), _) => (file, Config::load_given(file)),
        (None, Some(paths)) => (
            paths.config_file.as_path(),
            Config::load(&paths.config_file),
        ),
        (None, None) => return Ok((Config::default(), Linter::default())),
    };
    let config = config.map_err(|e| e.to_string())?;
    let linter =
        Linter::new(&config.lint_config()).map_err(|e| format!("{}: {e}", file.display()))?;
    Ok((config, linter))
}

/// The name of a `--format` value as it is typed on the command line.
pub(super) fn format_name(format: super::Format) -> String {
    use clap::ValueEnum as _;
    format
        .to_possible_value()
        .map_or_else(String::new, |v| v.get_name().to_string())
}

/// Writes `text` to stdout for `sent` and `stats`; a closed pipe or a
/// failed write ends the output quietly (see [`super::output::stdout`]).
pub(super) fn print(text: &str) {
    let _ = super::output::stdout(text);
}
