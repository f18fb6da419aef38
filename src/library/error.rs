//! Why a template file was skipped, said so the user can find and fix it.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// A template that could not be loaded. It names the file, the position in
/// it when one is known, and the template id when the file got far enough
/// to have one; loading goes on with the other files.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}{kind}", prefix(path, *position, id.as_deref()))]
pub struct LibraryError {
    /// The template file (for built-ins, its path in the source tree).
    pub path: PathBuf,
    /// 1-based line and column of the problem, when it has a place.
    pub position: Option<(usize, usize)>,
    /// The template id, when the file declares one.
    pub id: Option<String>,
    /// What is wrong.
    pub kind: LibraryErrorKind,
}

/// What is wrong with a template file; each message ends with what to do.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LibraryErrorKind {
    /// The file or directory could not be read.
    #[error("cannot read it: {0}; check that it exists and is readable")]
    Read(String),
    /// The file is not JSON.
    #[error("not valid JSON: {0}; fix the syntax")]
    Syntax(String),
    /// Valid JSON but not a template: an unknown key or a wrong type.
    #[error("{0}; see `connote templates --format json` for the expected shape")]
    Shape(String),
    /// A required key is absent.
    #[error(
        "missing `{0}`; a template needs id, title, scenario, description, context, invite \
         and next_step"
    )]
    Missing(&'static str),
    /// A required text is blank.
    #[error("{0} is empty; write something there")]
    Empty(String),
    /// The id cannot be typed as `--template ID`.
    #[error("id `{0}` may only contain ASCII letters, digits, `-` and `_`")]
    InvalidId(String),
    /// The scenario is not one of the three.
    #[error("unknown scenario `{0}`; use close, acquaintance or stranger")]
    UnknownScenario(String),
    /// The file sits in another scenario's folder.
    #[error(
        "the file is in the `{folder}/` folder but its scenario is `{scenario}`; move the file \
         or change the scenario"
    )]
    ScenarioFolder {
        /// The folder the file is in.
        folder: String,
        /// The scenario the file declares.
        scenario: String,
    },
    /// A declared placeholder name cannot be written as `{name}`.
    #[error(
        "placeholder name `{0}` is not usable; start with a letter and use only ASCII letters, \
         digits and `_`"
    )]
    InvalidPlaceholderName(String),
    /// The same placeholder is declared twice.
    #[error("placeholder `{0}` is declared twice; keep one declaration")]
    DuplicatePlaceholder(String),
    /// A part uses a placeholder that `placeholders` does not declare.
    #[error(
        "`{{{name}}}` is used in `{part}` but not declared; add {{\"name\": \"{name}\", \
         \"prompt\": …, \"example\": …}} to `placeholders`"
    )]
    Undeclared {
        /// The placeholder name.
        name: String,
        /// The part that uses it.
        part: &'static str,
    },
    /// A declared placeholder that no part uses.
    #[error("placeholder `{0}` is declared but no part uses it; use `{{{0}}}` or remove it")]
    Unused(String),
    /// Two user files declare the same id.
    #[error("the id is already used by {}; give one of them another id", .0.display())]
    DuplicateId(PathBuf),
}

fn prefix(path: &Path, position: Option<(usize, usize)>, id: Option<&str>) -> String {
    let mut out = path.display().to_string();
    if let Some((line, column)) = position {
        let _ = write!(out, ":{line}:{column}");
    }
    out.push_str(": ");
    if let Some(id) = id {
        let _ = write!(out, "template `{id}`: ");
    }
    out
}

impl LibraryError {
    /// An error about `path` with no position or id yet.
    pub(crate) fn new(path: &Path, kind: LibraryErrorKind) -> Self {
        LibraryError {
            path: path.to_path_buf(),
            position: None,
            id: None,
            kind,
        }
    }

    /// Adds the position.
    #[must_use]
    pub(crate) fn at(mut self, position: Option<(usize, usize)>) -> Self {
        self.position = position;
        self
    }

    /// Adds the template id.
    #[must_use]
    pub(crate) fn id(mut self, id: Option<&str>) -> Self {
        self.id = id.map(str::to_string);
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_file_position_and_template() {
        let e = LibraryError::new(
            Path::new("t/close/a.json"),
            LibraryErrorKind::Unused("topic".into()),
        )
        .at(Some((7, 12)))
        .id(Some("a"));
        assert_eq!(
            e.to_string(),
            "t/close/a.json:7:12: template `a`: placeholder `topic` is declared but no part \
             uses it; use `{topic}` or remove it"
        );
    }

    #[test]
    fn leaves_out_what_is_unknown() {
        let e = LibraryError::new(Path::new("x.json"), LibraryErrorKind::Missing("invite"));
        assert!(
            e.to_string().starts_with("x.json: missing `invite`;"),
            "{e}"
        );
    }

    #[test]
    fn undeclared_shows_the_declaration_to_add() {
        let kind = LibraryErrorKind::Undeclared {
            name: "event".into(),
            part: "context",
        };
        assert_eq!(
            kind.to_string(),
            "`{event}` is used in `context` but not declared; add {\"name\": \"event\", \
             \"prompt\": …, \"example\": …} to `placeholders`"
        );
    }
}
