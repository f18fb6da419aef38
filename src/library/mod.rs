//! Scenario templates: the built-ins embedded from `templates/`, and the
//! user's own from the config directory.

use std::path::PathBuf;

use serde::Serialize;

use crate::note::{Parts, Scenario};

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

/// A scenario template: parts with `{placeholders}` and their prompts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Template {
    /// Stable id, unique across the library.
    pub id: String,
    /// Short title for lists.
    pub title: String,
    /// The scenario it is written for.
    pub scenario: Scenario,
    /// When to use it.
    pub description: String,
    /// The parts, with `{placeholders}`.
    pub parts: Parts,
    /// Every placeholder the parts use.
    pub placeholders: Vec<Placeholder>,
    /// Built-in or user file.
    pub source: Source,
}

/// All templates: built-ins plus the user's, user ones overriding by id.
#[derive(Debug, Clone, Default)]
pub struct Library {
    templates: Vec<Template>,
}

impl Library {
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
}
