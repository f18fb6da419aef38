//! The contract every lint rule implements.

use serde::{Deserialize, Serialize};

use super::phrases::{List, PhraseBook};
use super::text::Analysis;
use super::{Evidence, Fix, Level, LintInput, Span};
use crate::note::{Count, Kind, Scenario};

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

impl PastNote {
    /// The history entry for `text` copied for `recipient` at `copied_at`;
    /// the name is kept with its spacing tidied, as it is compared later.
    pub fn new(recipient: &str, text: String, copied_at: u64) -> Self {
        PastNote {
            recipient: recipient.split_whitespace().collect::<Vec<_>>().join(" "),
            text,
            copied_at,
        }
    }
}

/// Everything a rule may look at: the [`LintInput`] (its fields read
/// through this context, with blank names as `None`) and what the engine
/// derives from it once and shares with every rule.
#[derive(Debug)]
pub struct Context<'a> {
    /// The note and what is known around it.
    pub input: LintInput<'a>,
    /// The input's limit in UTF-16 code units.
    pub limit: usize,
    /// The note's size.
    pub count: Count,
    /// The note tokenised once, with every phrase-list match, shared by all rules.
    pub analysis: Analysis,
    /// The phrase lists in force: the built-in ones plus the user's extras.
    pub phrases: &'a PhraseBook,
    /// Whether the note gives context ([`super::detect::has_context`]),
    /// worked out once: a rule and the checklist both ask.
    pub context_given: std::cell::OnceCell<bool>,
    /// The words of the recipient's and the sender's names, worked out
    /// once: several rules and the checklist compare the note with them.
    pub names: std::cell::OnceCell<[Vec<String>; 2]>,
}

impl Context<'_> {
    /// The recipient's name as [`super::detect::name_words`] splits it
    /// (empty when unknown).
    pub fn recipient_words(&self) -> &[String] {
        &self.names()[0]
    }

    /// The sender's name as [`super::detect::name_words`] splits it
    /// (empty when unknown).
    pub fn sender_words(&self) -> &[String] {
        &self.names()[1]
    }

    fn names(&self) -> &[Vec<String>; 2] {
        self.names.get_or_init(|| {
            [self.recipient, self.sender]
                .map(|n| n.map_or_else(Vec::new, |n| super::detect::name_words(n, self.phrases)))
        })
    }
}

impl<'a> std::ops::Deref for Context<'a> {
    type Target = LintInput<'a>;

    /// `cx.text`, `cx.recipient` and the rest read the input itself.
    fn deref(&self) -> &LintInput<'a> {
        &self.input
    }
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
    /// Why it fired: the phrases and checks behind it, for `--trace`.
    pub evidence: Vec<Evidence>,
}

impl Finding {
    /// A finding with a message only.
    pub fn new(message: impl Into<String>) -> Self {
        Finding {
            message: message.into(),
            span: None,
            fix: None,
            mild: false,
            evidence: Vec::new(),
        }
    }

    /// Marks the finding as the rule's milder case (see [`Finding::mild`]).
    #[must_use]
    pub fn mild(mut self, mild: bool) -> Self {
        self.mild = mild;
        self
    }

    /// Adds a step of the reasoning behind the finding: a phrase it rests
    /// on, one set aside, or a note on a check that applied.
    #[must_use]
    pub fn because(mut self, evidence: Evidence) -> Self {
        self.evidence.push(evidence);
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

/// A rule's fixture: a note it must flag and one it must leave alone, in
/// one setting. The registry test lints both; the rule's snapshot shows
/// what it says about each.
#[derive(Debug, Clone, Copy)]
pub struct Fixture {
    /// The kind of message both notes are.
    pub kind: Kind,
    /// The subject line, for a kind that has one.
    pub subject: Option<&'static str>,
    /// The scenario both notes are linted in.
    pub scenario: Scenario,
    /// The recipient's name, when the rule needs it.
    pub recipient: Option<&'static str>,
    /// The sender's name, when the rule needs it.
    pub sender: Option<&'static str>,
    /// Notes copied before, as (recipient, text), a day before the lint.
    pub history: &'static [(&'static str, &'static str)],
    /// A note the rule must flag.
    pub bad: &'static str,
    /// A note the rule must leave alone.
    pub good: &'static str,
}

impl Fixture {
    /// When the fixture's notes are linted, in seconds since the Unix epoch.
    pub const NOW: u64 = 1_800_000_000;

    /// The fixture's history as copied notes, each a day before [`Self::NOW`].
    pub fn history(&self) -> Vec<PastNote> {
        self.history
            .iter()
            .map(|(to, text)| PastNote::new(to, (*text).to_string(), Self::NOW - 86_400))
            .collect()
    }
}

/// One lint rule: a stable id, per-scenario defaults, its docs, its
/// fixture and its check.
pub trait Rule: Send + Sync {
    /// The stable kebab-case id (`stock-phrase`).
    fn id(&self) -> &'static str;

    /// The level in `scenario` before user overrides, for the kinds the
    /// rule applies to.
    fn default_level(&self, scenario: Scenario) -> Level;

    /// The one kind of message the rule is about (`missing-thanks`: a
    /// follow-up); `None` for a rule that reads every kind.
    fn only_for(&self) -> Option<Kind> {
        None
    }

    /// The level for a message of `kind` in `scenario` before user
    /// overrides: off for a kind the rule is not about (see
    /// [`Rule::only_for`]). A rule read differently in one kind says so
    /// here.
    fn kind_level(&self, kind: Kind, scenario: Scenario) -> Level {
        match self.only_for() {
            Some(only) if only != kind => Level::Off,
            _ => self.default_level(scenario),
        }
    }

    /// What `--explain` prints.
    fn doc(&self) -> &'static RuleDoc;

    /// The phrase lists the rule reads, so `--explain` can say which lists
    /// in `config.json` tune it. Empty for rules that match no phrases.
    fn lists(&self) -> &'static [List] {
        &[]
    }

    /// A note the rule flags and one it leaves alone, for its tests.
    fn fixture(&self) -> Fixture;

    /// Appends what the rule finds in the note.
    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>);
}
