//! The shape of `assets/phrases.json`: what the build script reads to
//! compile the phrase book, and the tests to check the data's examples.

use std::collections::BTreeMap;

use serde::Deserialize;

use super::compile::WordSets;

/// The whole data file.
#[derive(Debug, Deserialize)]
pub struct RawBook {
    /// Irregular word forms mapped to their base (`met` → `meet`).
    pub irregular: BTreeMap<String, String>,
    /// The named word sets (`@event`).
    #[serde(default)]
    pub sets: WordSets,
    /// The lists by name, in name order.
    pub lists: BTreeMap<String, RawList>,
}

/// One list of the data file.
#[derive(Debug, Clone, Deserialize)]
pub struct RawList {
    /// What the list is for.
    pub about: String,
    /// Its patterns, in order (their place gives the `list/N` ids).
    pub patterns: Vec<RawPattern>,
}

/// A pattern in the data file: its text alone, or an object that names it
/// and carries sentences it must and must not match.
#[derive(Debug, Clone, Deserialize)]
#[serde(untagged)]
pub enum RawPattern {
    /// The pattern text alone.
    Plain(String),
    /// The pattern with a name and examples.
    Full(PatternSpec),
}

/// The object form of a pattern in `assets/phrases.json`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PatternSpec {
    /// The pattern text.
    pub p: String,
    /// A name to use instead of the position in `list/N` ids.
    #[serde(default)]
    pub id: Option<String>,
    /// Sentences the pattern must match (checked by the tests).
    #[serde(default, rename = "match")]
    pub matches: Vec<String>,
    /// Sentences that look alike but must not match (checked by the tests).
    #[serde(default)]
    pub not: Vec<String>,
}

impl RawPattern {
    /// The pattern text.
    pub fn text(&self) -> &str {
        match self {
            RawPattern::Plain(p) => p,
            RawPattern::Full(spec) => &spec.p,
        }
    }

    /// The name the data gives it, if any.
    pub fn name(&self) -> Option<&str> {
        match self {
            RawPattern::Plain(_) => None,
            RawPattern::Full(spec) => spec.id.as_deref(),
        }
    }
}
