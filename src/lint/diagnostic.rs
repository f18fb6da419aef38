//! What a rule reports: severity, span and an optional mechanical fix.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

/// How much a finding matters. Ordered so that `Error` is the greatest.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Polish: the note works, this would make it better.
    Hint,
    /// Likely to lower the chance the invitation is accepted.
    Warning,
    /// Should not be sent as it is.
    Error,
}

impl Severity {
    /// The lowercase name used in output and config.
    pub fn name(self) -> &'static str {
        match self {
            Severity::Hint => "hint",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// A rule's configured level: a severity, or `off` (the rule does not run).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    /// The rule does not run.
    Off,
    /// See [`Severity::Hint`].
    Hint,
    /// See [`Severity::Warning`].
    Warning,
    /// See [`Severity::Error`].
    Error,
}

impl Level {
    /// The severity findings get, or `None` when the rule is off.
    pub fn severity(self) -> Option<Severity> {
        match self {
            Level::Off => None,
            Level::Hint => Some(Severity::Hint),
            Level::Warning => Some(Severity::Warning),
            Level::Error => Some(Severity::Error),
        }
    }

    /// The lowercase name used in output and config.
    pub fn name(self) -> &'static str {
        self.severity().map_or("off", Severity::name)
    }
}

impl From<Severity> for Level {
    fn from(s: Severity) -> Self {
        match s {
            Severity::Hint => Level::Hint,
            Severity::Warning => Level::Warning,
            Severity::Error => Level::Error,
        }
    }
}

impl FromStr for Level {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim().to_ascii_lowercase().as_str() {
            "off" => Ok(Level::Off),
            "hint" => Ok(Level::Hint),
            "warning" => Ok(Level::Warning),
            "error" => Ok(Level::Error),
            _ => Err(format!(
                "invalid severity `{s}` (expected error, warning, hint or off)"
            )),
        }
    }
}

/// A range of the note in `char` offsets, end exclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Span {
    /// First char of the range.
    pub start: usize,
    /// One past the last char.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end` (char offsets).
    pub fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }
}

/// A mechanical edit that resolves a finding: replace `start..end` (chars).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Fix {
    /// First char to replace.
    pub start: usize,
    /// One past the last char to replace.
    pub end: usize,
    /// The text that goes in its place.
    pub replacement: String,
}

/// One finding of one rule in one note.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Diagnostic {
    /// The rule's stable id, e.g. `stock-phrase`.
    pub rule: &'static str,
    /// The severity after scenario defaults and user overrides.
    pub severity: Severity,
    /// One line saying what is wrong and, where useful, what to do.
    pub message: String,
    /// Where in the note, when a place makes sense.
    pub span: Option<Span>,
    /// A mechanical fix, when there is one.
    pub fix: Option<Fix>,
    /// Why it fired (see [`crate::lint::trace`] to put it in words).
    pub evidence: Vec<super::Evidence>,
}

/// Applies `fix` to `text`, clamping offsets that run past the end.
pub fn apply_fix(text: &str, fix: &Fix) -> String {
    let byte = |chars: usize| {
        text.char_indices()
            .nth(chars)
            .map_or(text.len(), |(i, _)| i)
    };
    let (start, end) = (byte(fix.start), byte(fix.end.max(fix.start)));
    let mut out = String::with_capacity(text.len() + fix.replacement.len());
    out.push_str(&text[..start]);
    out.push_str(&fix.replacement);
    out.push_str(&text[end..]);
    out
}

/// The 1-based line and column (in chars) of a char offset.
pub fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let (mut line, mut col) = (1, 1);
    for ch in text.chars().take(offset) {
        if ch == '\n' {
            line += 1;
            col = 1;
        } else {
            col += 1;
        }
    }
    (line, col)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn severity_orders_error_highest() {
        assert!(Severity::Error > Severity::Warning);
        assert!(Severity::Warning > Severity::Hint);
    }

    #[test]
    fn level_parses_and_maps() {
        assert_eq!("OFF".parse::<Level>(), Ok(Level::Off));
        assert_eq!(Level::Warning.severity(), Some(Severity::Warning));
        assert_eq!(Level::Off.severity(), None);
        assert!("loud".parse::<Level>().is_err());
    }

    #[test]
    fn fix_uses_char_offsets() {
        let fix = Fix {
            start: 5,
            end: 11,
            replacement: String::new(),
        };
        assert_eq!(apply_fix("café sorry ok", &fix), "café ok");
        let past_end = Fix {
            start: 3,
            end: 99,
            replacement: "!".into(),
        };
        assert_eq!(apply_fix("abcdef", &past_end), "abc!");
    }

    #[test]
    fn line_column_counts_chars() {
        assert_eq!(line_column("ab\ncé", 4), (2, 2));
        assert_eq!(line_column("abc", 0), (1, 1));
    }
}
