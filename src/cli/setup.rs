//! What `templates` and `render` read before they run: the paths, the
//! config and the template library. Problems with any of them are reported
//! on stderr and the command carries on with what could be read, because a
//! broken user file should never hide the built-ins.

use std::path::Path;

use crate::library::Library;
use crate::lint::Linter;
use crate::store::{Config, Paths};

/// The config and library a template command works with.
pub(super) struct Setup {
    /// The user's config, or the defaults when it could not be read.
    pub config: Config,
    /// Built-ins plus the user's templates that loaded.
    pub library: Library,
}

impl Setup {
    /// Loads everything, printing what was skipped to stderr.
    pub fn load(config_override: Option<&Path>) -> Setup {
        let paths = match Paths::from_env(config_override) {
            Ok(paths) => Some(paths),
            Err(e) => {
                eprintln!("connote: {e}; using the defaults and the built-in templates only");
                None
            }
        };
        let config = paths.as_ref().map_or_else(Config::default, |p| {
            Config::load(&p.config_file).unwrap_or_else(|e| {
                eprintln!("connote: {e}; using the default settings");
                Config::default()
            })
        });
        let user_dir = paths.as_ref().map(Paths::templates_dir);
        let (library, errors) = Library::load(user_dir.as_deref());
        for e in errors {
            eprintln!("connote: skipped {e}");
        }
        Setup { config, library }
    }

    /// The linter with the user's rule settings, or the defaults (said on
    /// stderr) when the config names a rule that does not exist.
    pub fn linter(&self) -> Linter {
        Linter::new(&self.config.lint_config()).unwrap_or_else(|e| {
            eprintln!("connote: config: {e}; using the default rule settings");
            Linter::default()
        })
    }
}
