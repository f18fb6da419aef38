//! Scenario templates: the built-ins embedded from `templates/`, and the
//! user's own from the config directory.
//!
//! A template is data: three parts with `{placeholders}` (or the fields of
//! another kind of message), and for each placeholder a prompt and an
//! example. Everything here is free of terminal
//! code so the command line and the composer share it:
//!
//! ```
//! use connote::library::Library;
//! use connote::note::{Kind, Scenario};
//!
//! let (library, errors) = Library::load(None); // or Some(&paths.templates_dir())
//! assert!(errors.is_empty());
//! let mut stranger = library.for_scenario(Scenario::Stranger);
//! let template = stranger.find(|t| t.kind == Kind::Invitation).unwrap();
//! let mut values = template.example_values();
//! values.remove(&template.placeholders[0].name);
//! let parts = template.render(&values); // the gap stays visible as `{name}`
//! assert!(parts.as_array().iter().any(|p| p.contains('{')));
//! ```

mod error;
mod fill;
mod load;
mod parse;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::note::{Kind, Parts, Scenario, compose};

pub use error::{LibraryError, LibraryErrorKind};
pub use fill::{Values, fill, is_valid_name, placeholders, with_people};

/// The recipient name used for examples, so every preview reads the same.
pub const EXAMPLE_RECIPIENT: &str = "Maya";
/// The sender name used for examples when none is configured.
pub const EXAMPLE_SENDER: &str = "Sam";

/// One fillable gap in a template.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Placeholder {
    /// The name used as `{name}` in the parts.
    pub name: String,
    /// What to type there, as a question or instruction.
    pub prompt: String,
    /// A plausible value, used for previews and tests.
    pub example: String,
}

/// Where a template came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// Embedded in the binary.
    Builtin,
    /// A file in the user's template directory.
    User(PathBuf),
}

impl Source {
    /// `builtin` or `user`, as `templates --format json` reports it.
    pub fn kind(&self) -> &'static str {
        match self {
            Source::Builtin => "builtin",
            Source::User(_) => "user",
        }
    }
}

/// A scenario template: parts with `{placeholders}` and their prompts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Template {
    /// Stable id, unique across the library.
    pub id: String,
    /// Short title for lists.
    pub title: String,
    /// The kind of message it writes; files without one are invitations.
    pub kind: Kind,
    /// The scenario it is written for.
    pub scenario: Scenario,
    /// When to use it.
    pub description: String,
    /// The parts of an invitation, with `{placeholders}`.
    pub parts: Parts,
    /// The fields of another kind, by field id, with `{placeholders}`.
    pub fields: BTreeMap<String, String>,
    /// Every placeholder the parts use, in the order the file declares them.
    pub placeholders: Vec<Placeholder>,
    /// Built-in or user file.
    pub source: Source,
}

impl Template {
    /// The parts with each `{name}` replaced by `values[name]`.
    ///
    /// A placeholder without a value (or with a blank one) stays as `{name}`,
    /// so an unfinished note shows its gaps and the `placeholder` lint rule
    /// reports them. Values for names the template does not use are ignored.
    pub fn render(&self, values: &Values) -> Parts {
        Parts {
            context: fill(&self.parts.context, values),
            invite: fill(&self.parts.invite, values),
            next_step: fill(&self.parts.next_step, values),
        }
    }

    /// Every placeholder filled with its example: what previews show.
    pub fn example_values(&self) -> Values {
        self.placeholders
            .iter()
            .map(|p| (p.name.clone(), p.example.clone()))
            .collect()
    }

    /// The whole note: greeting, rendered parts and sign-off, composed the
    /// same way the composer composes typed parts.
    pub fn compose(&self, values: &Values, recipient: &str, sign_off: &str) -> String {
        if self.kind == Kind::Invitation {
            return compose(recipient, &self.render(values), sign_off);
        }
        let texts = self.texts(values, recipient, sign_off);
        let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
        self.kind.compose(&refs).text
    }

    /// Every field of the template's kind filled from `values`, in the
    /// kind's order, with the recipient first and the sign-off last.
    pub fn texts(&self, values: &Values, recipient: &str, sign_off: &str) -> Vec<String> {
        let parts = self.render(values);
        let fields = self.kind.fields();
        fields
            .iter()
            .enumerate()
            .map(|(i, f)| match f.id {
                _ if i == 0 => recipient.to_string(),
                _ if i == fields.len() - 1 => sign_off.to_string(),
                "context" if self.kind == Kind::Invitation => parts.context.clone(),
                "invite" if self.kind == Kind::Invitation => parts.invite.clone(),
                "next_step" if self.kind == Kind::Invitation => parts.next_step.clone(),
                id => fill(self.fields.get(id).map_or("", String::as_str), values),
            })
            .collect()
    }

    /// The subject line filled from `values`, for a kind that has one.
    pub fn subject(&self, values: &Values) -> Option<String> {
        let texts = self.texts(values, "", "");
        let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
        self.kind.subject(&refs)
    }

    /// The note the mutual contact can forward, filled from `values`, for a
    /// kind that has one.
    pub fn forwardable(&self, values: &Values) -> Option<String> {
        let texts = self.texts(values, "", "");
        let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
        self.kind.forwardable(&refs)
    }

    /// The note rendered with the examples, for `recipient` from `sign_off`.
    pub fn example_note(&self, recipient: &str, sign_off: &str) -> String {
        self.compose(&self.example_values(), recipient, sign_off)
    }

    /// The placeholders `values` leaves unfilled, in declaration order.
    pub fn missing(&self, values: &Values) -> Vec<&Placeholder> {
        self.placeholders
            .iter()
            .filter(|p| values.get(&p.name).is_none_or(|v| v.trim().is_empty()))
            .collect()
    }

    /// The declared placeholder called `name`.
    pub fn placeholder(&self, name: &str) -> Option<&Placeholder> {
        self.placeholders.iter().find(|p| p.name == name)
    }
}

/// All templates: built-ins plus the user's, user ones overriding by id.
#[derive(Debug, Clone, Default)]
pub struct Library {
    templates: Vec<Template>,
}

impl Library {
    /// The built-in templates only. They are parsed once per process.
    pub fn builtin() -> Library {
        Library::from_templates(load::builtin().0.clone())
    }

    /// The built-ins plus the templates in `user_dir` (usually
    /// [`Paths::templates_dir`](crate::store::Paths::templates_dir)).
    ///
    /// A user template with a built-in's id replaces it. Files that cannot be
    /// used are skipped and returned as errors, each naming the file, the
    /// position and the template id where known; the rest still load. A
    /// missing directory is not an error.
    pub fn load(user_dir: Option<&Path>) -> (Library, Vec<LibraryError>) {
        let (builtin, builtin_errors) = load::builtin();
        let mut templates = builtin.clone();
        let mut errors = builtin_errors.clone();
        if let Some(dir) = user_dir {
            let (user, user_errors) = load::user(dir);
            errors.extend(user_errors);
            for t in user {
                match templates.iter_mut().find(|b| b.id == t.id) {
                    Some(slot) => *slot = t,
                    None => templates.push(t),
                }
            }
        }
        (Library::from_templates(templates), errors)
    }

    /// A library of exactly these templates, sorted by scenario then id.
    pub fn from_templates(mut templates: Vec<Template>) -> Library {
        templates.sort_by(|a, b| (a.scenario, &a.id).cmp(&(b.scenario, &b.id)));
        Library { templates }
    }

    /// Every template, sorted by scenario then id.
    pub fn all(&self) -> &[Template] {
        &self.templates
    }

    /// The template with this id.
    pub fn get(&self, id: &str) -> Option<&Template> {
        self.templates.iter().find(|t| t.id == id)
    }

    /// The templates written for `scenario`.
    pub fn for_scenario(&self, scenario: Scenario) -> impl Iterator<Item = &Template> {
        self.templates
            .iter()
            .filter(move |t| t.scenario == scenario)
    }

    /// Up to three ids that look like `id`, closest first, for "did you
    /// mean" messages. A typo and a partial id (`post` for `their-post`)
    /// both find their template.
    pub fn closest(&self, id: &str) -> Vec<&str> {
        let wanted = id.trim().to_lowercase();
        crate::suggest::closest(&wanted, self.templates.iter().map(|t| t.id.as_str()))
    }
}

#[cfg(test)]
mod tests;
