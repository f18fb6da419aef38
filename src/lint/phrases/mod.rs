//! The phrase lists behind the heuristic rules: data in
//! `assets/phrases.json`, compiled by the build script into an image the
//! binary reads in place (see [`image`]), extendable from the user's
//! config. See [`pattern`] for the pattern syntax.
//!
//! Patterns match over [`super::text`]'s tokens, and the tokeniser reads
//! the word sets here: the one import circle in the crate, kept on purpose
//! (see the `text` module).

mod book;
mod compile;
#[cfg(test)]
mod examples;
pub mod image;
mod list;
mod matching;
pub mod pattern;
// The build script reads all of it; the tests, the examples.
#[cfg(test)]
#[allow(dead_code)]
mod raw;
pub(crate) mod table;
#[cfg(test)]
mod tests;
pub mod vocab;

use std::ops::Range;

pub use book::{PhraseBook, WordInfo};
pub use list::{COMMON, DETAIL, List, SPELT};
pub use vocab::{FxBuild, UNKNOWN};

/// The phrase data, for the tests of its examples (the binary carries the
/// compiled image instead).
#[cfg(test)]
const BUILTIN_JSON: &str = include_str!("../../../assets/phrases.json");

/// A run of tokens that matched a phrase of some list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Match {
    /// Token indexes, end exclusive.
    pub tokens: Range<usize>,
    /// The pattern that produced it, so a finding can say which phrase it
    /// rests on; for merged matches, the lowest id among those starting
    /// first (a trace recovers the others, see [`PhraseBook::hits_of_list`]).
    pub pattern: PatternId,
    /// Every pattern behind it is a frame (`~` in the data): words that
    /// gesture at something ("since we last spoke") and count only next
    /// to a concrete detail.
    pub frame: bool,
    /// Where the last of the merged matches starts: a match that starts in
    /// the greeting ("Hi Ana, …") may hide one that starts after it.
    pub last_start: usize,
}

/// The index of a pattern as written (one entry of a list), stable for a
/// given phrase book: what a [`Match`] records and a trace resolves with
/// [`PhraseBook::pattern`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct PatternId(pub u32);

/// A pattern as written, with what identifies it to people: `list/N` (its
/// 1-based place in the list) or `list/NAME` when the data names it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PatternInfo {
    /// The list it belongs to.
    pub list: List,
    /// Its 1-based position in the list (the user's extras follow the
    /// built-in entries).
    pub number: usize,
    /// The name the data gives it, if any.
    pub name: Option<String>,
    /// The pattern text as written.
    pub source: String,
}

impl PatternInfo {
    /// The id traces print and `phrases_off` takes: `list/NAME` or `list/N`.
    pub fn id(&self) -> String {
        match &self.name {
            Some(name) => format!("{}/{name}", self.list.name()),
            None => format!("{}/{}", self.list.name(), self.number),
        }
    }

    /// Whether `id` names this pattern, by name or by number.
    pub fn answers_to(&self, id: &str) -> bool {
        let Some((list, rest)) = id.split_once('/') else {
            return false;
        };
        list == self.list.name()
            && (rest.parse::<usize>().ok() == Some(self.number)
                || self.name.as_deref() == Some(rest))
    }
}

/// A pattern that could not be added to a list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PhraseError {
    /// No list has this name.
    UnknownList(String),
    /// `phrases_off` names a pattern no list has.
    UnknownPattern {
        /// The id as written.
        id: String,
        /// The closest known id, if any is close.
        closest: Option<String>,
    },
    /// The pattern does not parse.
    BadPattern {
        /// The list it was meant for.
        list: String,
        /// The pattern as written.
        pattern: String,
        /// What is wrong with it.
        reason: String,
    },
}

/// One pattern matching at one place, before overlapping hits are merged.
pub(crate) struct Hit {
    pub(crate) tokens: Range<usize>,
    pub(crate) frame: bool,
    pub(crate) pattern: PatternId,
}

/// Adds a match to its list, merging it into the previous one when they
/// overlap; a merged match is a frame only when both parts are, and keeps
/// the lowest pattern id among the hits at its start (so the id does not
/// depend on the order patterns are tried in).
pub(crate) fn merge(found: &mut Vec<Match>, hit: Hit) {
    let Hit {
        tokens,
        frame,
        pattern,
    } = hit;
    match found.last_mut() {
        Some(prev) if prev.tokens.end > tokens.start => {
            if prev.tokens.start == tokens.start {
                prev.pattern = prev.pattern.min(pattern);
            }
            prev.tokens.end = prev.tokens.end.max(tokens.end);
            prev.frame &= frame;
            prev.last_start = tokens.start;
        }
        _ => found.push(Match {
            last_start: tokens.start,
            tokens,
            pattern,
            frame,
        }),
    }
}

/// The name and purpose of every phrase list, for config documentation.
pub fn phrase_lists() -> Vec<(&'static str, String)> {
    let book = PhraseBook::builtin();
    List::ALL
        .iter()
        .map(|l| (l.name(), book.about(*l).to_string()))
        .collect()
}
