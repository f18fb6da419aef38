//! Runs the rules over a note with the user's severities.

use std::collections::BTreeMap;

use super::report::{Checklist, Report};
use super::{Context, Diagnostic, Level, PastNote, registry};
use crate::note::{Limit, Scenario, count};

/// User settings that change what the lint reports.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LintConfig {
    /// Rule id → level, overriding the scenario defaults.
    pub severities: BTreeMap<String, Level>,
    /// Phrase list name → extra phrases added to the built-in list.
    pub extra_phrases: BTreeMap<String, Vec<String>>,
}

/// A setting that names something the engine does not know.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LintConfigError {
    /// A severity override for a rule that does not exist.
    #[error("unknown rule `{id}`{}", suggestion(.closest.as_deref()))]
    UnknownRule {
        /// The id as written.
        id: String,
        /// The closest known id, if any is close.
        closest: Option<String>,
    },
}

fn suggestion(closest: Option<&str>) -> String {
    closest
        .map(|c| format!(" (did you mean `{c}`?)"))
        .unwrap_or_default()
}

/// The closest known rule id to `id`, for "did you mean" messages.
pub(crate) fn closest_rule(id: &str) -> Option<String> {
    registry::rules()
        .iter()
        .map(|r| (strsim::levenshtein(id, r.id()), r.id()))
        .filter(|(d, _)| *d <= 3)
        .min()
        .map(|(_, id)| id.to_string())
}

/// One note to lint and what is known around it.
#[derive(Debug, Clone, Copy)]
pub struct LintInput<'a> {
    /// The note exactly as it will be pasted.
    pub text: &'a str,
    /// The relationship the note starts from.
    pub scenario: Scenario,
    /// The recipient's name, when known.
    pub recipient: Option<&'a str>,
    /// The sender's name, when known.
    pub sender: Option<&'a str>,
    /// The box the note goes into.
    pub limit: Limit,
    /// Notes copied before, for `duplicate-note`.
    pub history: &'a [PastNote],
    /// Now, in seconds since the Unix epoch.
    pub now: u64,
}

impl<'a> LintInput<'a> {
    /// A note with defaults: premium limit, no names, no history.
    pub fn new(text: &'a str, scenario: Scenario) -> Self {
        LintInput {
            text,
            scenario,
            recipient: None,
            sender: None,
            limit: Limit::Premium,
            history: &[],
            now: 0,
        }
    }
}

/// The configured lint engine. Build once, lint many notes.
#[derive(Debug, Clone, Default)]
pub struct Linter {
    severities: BTreeMap<String, Level>,
}

impl Linter {
    /// A linter with the user's overrides; unknown rule ids are an error.
    pub fn new(config: &LintConfig) -> Result<Self, LintConfigError> {
        for id in config.severities.keys() {
            if registry::rule(id).is_none() {
                return Err(LintConfigError::UnknownRule {
                    id: id.clone(),
                    closest: closest_rule(id),
                });
            }
        }
        Ok(Linter {
            severities: config.severities.clone(),
        })
    }

    /// The level `rule_id` runs at in `scenario`, after overrides.
    pub fn level(&self, rule_id: &str, scenario: Scenario) -> Level {
        if let Some(level) = self.severities.get(rule_id) {
            return *level;
        }
        registry::rule(rule_id).map_or(Level::Off, |r| r.default_level(scenario))
    }

    /// Lints one note: diagnostics sorted by severity (errors first), then position.
    pub fn lint(&self, input: &LintInput<'_>) -> Report {
        let size = count(input.text);
        let limit = input.limit.chars();
        let cx = Context {
            text: input.text,
            scenario: input.scenario,
            recipient: input.recipient.filter(|s| !s.trim().is_empty()),
            sender: input.sender.filter(|s| !s.trim().is_empty()),
            limit,
            count: size,
            history: input.history,
            now: input.now,
        };
        let mut diagnostics = Vec::new();
        let mut findings = Vec::new();
        for rule in registry::rules() {
            let Some(severity) = self.level(rule.id(), input.scenario).severity() else {
                continue;
            };
            findings.clear();
            rule.check(&cx, &mut findings);
            diagnostics.extend(findings.drain(..).map(|f| Diagnostic {
                rule: rule.id(),
                severity,
                message: f.message,
                span: f.span,
                fix: f.fix,
            }));
        }
        diagnostics.sort_by_key(|d| (std::cmp::Reverse(d.severity), d.span.map_or(0, |s| s.start)));
        let checklist = Checklist {
            within_limit: size.count <= limit,
            ..Checklist::default()
        };
        Report {
            count: size,
            limit,
            diagnostics,
            checklist,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::Severity;

    #[test]
    fn empty_note_is_an_error() {
        let report = Linter::default().lint(&LintInput::new("  \n", Scenario::Close));
        assert!(
            report
                .diagnostics
                .iter()
                .any(|d| d.rule == "empty-note" && d.severity == Severity::Error)
        );
        assert!(report.has_errors());
    }

    #[test]
    fn over_limit_spans_the_overflow() {
        let text = "a".repeat(205);
        let mut input = LintInput::new(&text, Scenario::Stranger);
        input.limit = Limit::Free;
        let report = Linter::default().lint(&input);
        let d = report
            .diagnostics
            .iter()
            .find(|d| d.rule == "over-limit")
            .unwrap();
        assert_eq!(d.span.map(|s| (s.start, s.end)), Some((200, 205)));
        assert!(d.message.contains("cut 5"), "{}", d.message);
        assert!(!report.checklist.within_limit);
    }

    #[test]
    fn overrides_change_severity_or_silence() {
        let mut config = LintConfig::default();
        config.severities.insert("empty-note".into(), Level::Off);
        let linter = Linter::new(&config).unwrap();
        let report = linter.lint(&LintInput::new("", Scenario::Close));
        assert!(report.diagnostics.iter().all(|d| d.rule != "empty-note"));
    }

    #[test]
    fn unknown_rule_suggests_the_closest() {
        let mut config = LintConfig::default();
        config.severities.insert("empty-nite".into(), Level::Off);
        let err = Linter::new(&config).unwrap_err();
        assert_eq!(
            err.to_string(),
            "unknown rule `empty-nite` (did you mean `empty-note`?)"
        );
    }
}
