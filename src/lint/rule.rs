//! The contract every lint rule implements.

use serde::{Deserialize, Serialize};

use super::phrases::{List, PhraseBook};
use super::text::Analysis;
use super::{Fix, Level, Span};
use crate::note::{Count, Scenario};

/// A rule's documentation, printed by `connote lint --explain ID`.
#[derive(Debug, Clone, Copy)]
pub struct RuleDoc {
    /// What it catches, in a sentence or two.
    pub what: &'static str,
    /// Why it lowers the chance of acceptance.
    pub why: &'static str,
    /// A weak note that triggers it.
    pub bad: &'static str,
    /// The same idea written well.
    pub good: &'static str,
}

/// A note copied earlier, kept so `duplicate-note` can spot mass sending.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PastNote {
    /// Who the note was copied for.
    pub recipient: String,
    /// The text as it was copied.
    pub text: String,
    /// When it was copied, in seconds since the Unix epoch.
    pub copied_at: u64,
}

/// Everything a rule may look at. Built once per lint, shared by all rules.
#[derive(Debug)]
pub struct Context<'a> {
    /// The note exactly as it will be pasted.
    pub text: &'a str,
    /// The relationship the note starts from.
    pub scenario: Scenario,
    /// The recipient's name, when known.
    pub recipient: Option<&'a str>,
    /// The sender's name, when known.
    pub sender: Option<&'a str>,
    /// The limit in UTF-16 code units.
    pub limit: usize,
    /// The note's size.
    pub count: Count,
    /// Notes copied before, for `duplicate-note`.
    pub history: &'a [PastNote],
    /// Now, in seconds since the Unix epoch (so messages like "3 days ago" are testable).
    pub now: u64,
    /// The note tokenised once, with every phrase-list match, shared by all rules.
    pub analysis: Analysis,
    /// The phrase lists in force: the built-in ones plus the user's extras.
    pub phrases: &'a PhraseBook,
}

/// What a rule found, before the engine stamps it with the rule id and severity.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// One line saying what is wrong.
    pub message: String,
    /// Where, when a place makes sense.
    pub span: Option<Span>,
    /// A mechanical fix, when there is one.
    pub fix: Option<Fix>,
    /// The rule's milder case, reported as a hint whatever the rule's level:
    /// the stock sentence is polish in a note that has context, a problem
    /// in one that has nothing else.
    pub mild: bool,
}

impl Finding {
    /// A finding with a message only.
    pub fn new(message: impl Into<String>) -> Self {
        Finding {
            message: message.into(),
            span: None,
            fix: None,
            mild: false,
        }
    }

    /// Marks the finding as the rule's milder case (see [`Finding::mild`]).
    #[must_use]
    pub fn mild(mut self, mild: bool) -> Self {
        self.mild = mild;
        self
    }

    /// Adds the span.
    #[must_use]
    pub fn span(mut self, span: Span) -> Self {
        self.span = Some(span);
        self
    }

    /// Adds a fix.
    #[must_use]
    pub fn fix(mut self, fix: Fix) -> Self {
        self.fix = Some(fix);
        self
    }
}

/// One lint rule: a stable id, per-scenario defaults, its docs and its check.
pub trait Rule: Send + Sync {
    /// The stable kebab-case id (`stock-phrase`).
    fn id(&self) -> &'static str;

    /// The level in `scenario` before user overrides.
    fn default_level(&self, scenario: Scenario) -> Level;

    /// What `--explain` prints.
    fn doc(&self) -> &'static RuleDoc;

    /// The phrase lists the rule reads, so `--explain` can say which lists
    /// in `config.json` tune it. Empty for rules that match no phrases.
    fn lists(&self) -> &'static [List] {
        &[]
    }

    /// Appends what the rule finds in the note.
    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>);
}
