//! What the composer, `render` and `templates` read before they run: the
//! paths, the config, the linter its rules ask for and the template
//! library. One reader, one fallback policy: reading never stops at a
//! problem, each is kept beside the defaults used instead, and the front
//! end says it where its user looks (stderr, the status line).
//!
//! `connote lint` reads on its own: a broken config must stop a lint, and
//! a lint must not pay for loading templates.

use std::path::Path;

use super::{Config, ConfigError, Paths};
use crate::library::{Library, LibraryError};
use crate::lint::{LintConfigError, Linter};

/// Something that could not be read, with the default used in its place.
#[derive(Debug)]
pub enum Problem {
    /// No home directory: no config, user templates, drafts or history.
    NoHome(etcetera::HomeDirError),
    /// The config could not be read or parsed: the defaults are used.
    Config(ConfigError),
    /// The config's rules or phrases are not valid: the default linter is used.
    Rules(LintConfigError),
    /// User templates that did not load; the others are there.
    Templates(Vec<LibraryError>),
}

/// Everything read at start, and what went wrong reading it, in order.
#[derive(Debug)]
pub struct Startup {
    /// Where files live, when there is a home directory.
    pub paths: Option<Paths>,
    /// The user's config, or the defaults.
    pub config: Config,
    /// The linter the config asks for, or the default one.
    pub linter: Linter,
    /// Built-ins plus the user's templates that loaded.
    pub library: Library,
    /// What could not be read, in the order it was met.
    pub problems: Vec<Problem>,
}

impl Startup {
    /// Reads the paths, config, linter and templates; never fails.
    pub fn load(config_override: Option<&Path>) -> Startup {
        let mut problems = Vec::new();
        let paths = Paths::from_env(config_override)
            .map_err(|e| problems.push(Problem::NoHome(e)))
            .ok();
        // A config named on the command line must exist; the usual one may not.
        let config = paths.as_ref().map_or_else(Config::default, |p| {
            let loaded = if config_override.is_some() {
                Config::load_given(&p.config_file)
            } else {
                Config::load(&p.config_file)
            };
            loaded.unwrap_or_else(|e| {
                problems.push(Problem::Config(e));
                Config::default()
            })
        });
        let linter = Linter::new(&config.lint_config()).unwrap_or_else(|e| {
            problems.push(Problem::Rules(e));
            Linter::default()
        });
        let (library, errors) = Library::load(paths.as_ref().map(Paths::templates_dir).as_deref());
        if !errors.is_empty() {
            problems.push(Problem::Templates(errors));
        }
        Startup {
            paths,
            config,
            linter,
            library,
            problems,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config_problem(s: &Startup) -> Option<String> {
        s.problems.iter().find_map(|p| match p {
            Problem::Config(e) => Some(e.to_string()),
            _ => None,
        })
    }

    #[test]
    fn a_broken_config_falls_back_to_the_defaults_and_says_why() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("config.json");
        std::fs::write(&path, r#"{"sender": "Sam", "extra": 1}"#).expect("write");
        let s = Startup::load(Some(&path));
        assert_eq!(s.config, Config::default());
        let problem = config_problem(&s).expect("the config problem");
        assert!(problem.contains("unknown key `extra`"), "{problem}");

        std::fs::write(&path, r#"{"sender": "Sam"}"#).expect("write");
        let s = Startup::load(Some(&path));
        assert_eq!(s.config.sender.as_deref(), Some("Sam"));
        assert_eq!(config_problem(&s), None);
    }

    #[test]
    fn the_composer_hears_of_a_missing_config_it_was_given() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("nope.json");
        let s = Startup::load(Some(&path));
        assert_eq!(s.config, Config::default());
        let problem = config_problem(&s).expect("the config problem");
        assert!(problem.contains("cannot read the config"), "{problem}");
    }
}
