//! Runs the rules over a note with the user's severities.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

use super::phrases::{List, PhraseBook, PhraseError};
use super::report::Report;
use super::text::Analysis;
use super::{Context, Diagnostic, Level, PastNote, Severity, detect, registry};
use crate::note::{Kind, Limit, Scenario, count};

/// User settings that change what the lint reports.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LintConfig {
    /// Rule id → level, overriding the scenario defaults.
    pub severities: BTreeMap<String, Level>,
    /// Phrase list name → extra phrases added to the built-in list.
    pub extra_phrases: BTreeMap<String, Vec<String>>,
    /// Ids of built-in patterns that must not match (`self-centered/5`),
    /// for a phrase that misfires on the user's own notes.
    pub phrases_off: BTreeSet<String>,
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
    /// Extra phrases for a list that does not exist.
    #[error("unknown phrase list `{name}`{}; known lists: {}", suggestion(.closest.as_deref()), list_names())]
    UnknownPhraseList {
        /// The list name as written.
        name: String,
        /// The closest known list name, if any is close.
        closest: Option<String>,
    },
    /// `phrases_off` names a pattern that does not exist.
    #[error("unknown phrase pattern `{id}`{} (ids are `list/N`, N counting from 1 in the list)", suggestion(.closest.as_deref()))]
    UnknownPattern {
        /// The id as written.
        id: String,
        /// The closest known id, if any is close.
        closest: Option<String>,
    },
    /// An extra phrase that does not parse.
    #[error("phrase list `{list}`: cannot use pattern `{pattern}`: {reason}")]
    BadPattern {
        /// The list it was meant for.
        list: String,
        /// The pattern as written.
        pattern: String,
        /// What is wrong with it.
        reason: String,
    },
}

fn list_names() -> String {
    List::ALL
        .iter()
        .map(|l| l.name())
        .collect::<Vec<_>>()
        .join(", ")
}

impl From<PhraseError> for LintConfigError {
    fn from(e: PhraseError) -> Self {
        match e {
            PhraseError::UnknownList(name) => LintConfigError::UnknownPhraseList {
                closest: crate::suggest::closest(&name, List::ALL.iter().map(|l| l.name()))
                    .first()
                    .map(|n| (*n).to_string()),
                name,
            },
            PhraseError::UnknownPattern { id, closest } => {
                LintConfigError::UnknownPattern { id, closest }
            }
            PhraseError::BadPattern {
                list,
                pattern,
                reason,
            } => LintConfigError::BadPattern {
                list,
                pattern,
                reason,
            },
        }
    }
}

fn suggestion(closest: Option<&str>) -> String {
    crate::suggest::did_you_mean(closest.as_slice())
}

impl LintConfigError {
    /// The error for a rule id no rule has, with the closest known id.
    pub fn unknown_rule(id: &str) -> Self {
        let closest = crate::suggest::closest(id, registry::rules().iter().map(|r| r.id()));
        LintConfigError::UnknownRule {
            id: id.to_string(),
            closest: closest.first().map(|c| (*c).to_string()),
        }
    }
}

/// One note to lint and what is known around it.
#[derive(Debug, Clone, Copy)]
pub struct LintInput<'a> {
    /// The note exactly as it will be pasted.
    pub text: &'a str,
    /// What is being written; it decides which rules apply and how.
    pub kind: Kind,
    /// The subject line, for a kind that has one (a permission-ask).
    pub subject: Option<&'a str>,
    /// The note an introduction request gives the mutual contact to
    /// forward, when the fields say which text it is (the composer, a
    /// template); else the rules look for a phrase that introduces one.
    pub forwardable: Option<&'a str>,
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
    /// A note with defaults: an invitation, premium limit, no names, no history.
    pub fn new(text: &'a str, scenario: Scenario) -> Self {
        LintInput {
            text,
            kind: Kind::Invitation,
            subject: None,
            forwardable: None,
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
#[derive(Debug, Clone)]
pub struct Linter {
    severities: BTreeMap<String, Level>,
    phrases: Arc<PhraseBook>,
}

impl Default for Linter {
    fn default() -> Self {
        Linter {
            severities: BTreeMap::new(),
            phrases: PhraseBook::builtin(),
        }
    }
}

impl Linter {
    /// A linter with the user's overrides and extra phrases; unknown rule
    /// ids, unknown phrase lists and unparsable patterns are errors.
    pub fn new(config: &LintConfig) -> Result<Self, LintConfigError> {
        for id in config.severities.keys() {
            if registry::rule(id).is_none() {
                return Err(LintConfigError::unknown_rule(id));
            }
        }
        let phrases = if config.extra_phrases.is_empty() && config.phrases_off.is_empty() {
            PhraseBook::builtin()
        } else {
            Arc::new(PhraseBook::with_options(
                &config.extra_phrases,
                &config.phrases_off,
            )?)
        };
        Ok(Linter {
            severities: config.severities.clone(),
            phrases,
        })
    }

    /// The phrase lists in force, to resolve the pattern ids of a trace.
    pub fn phrases(&self) -> &PhraseBook {
        &self.phrases
    }

    /// The level `rule_id` runs at for `kind` in `scenario`, after
    /// overrides.
    pub fn level(&self, rule_id: &str, kind: Kind, scenario: Scenario) -> Level {
        if let Some(level) = self.severities.get(rule_id) {
            return *level;
        }
        registry::rule(rule_id).map_or(Level::Off, |r| r.kind_level(kind, scenario))
    }

    /// Lints one note: diagnostics sorted by severity (errors first), then position.
    pub fn lint(&self, input: &LintInput<'_>) -> Report {
        let size = count(input.text);
        let limit = input.limit.units();
        let cx = Context {
            input: LintInput {
                recipient: input.recipient.filter(|s| !s.trim().is_empty()),
                sender: input.sender.filter(|s| !s.trim().is_empty()),
                ..*input
            },
            limit,
            count: size,
            analysis: Analysis::new(input.text, &self.phrases),
            phrases: &self.phrases,
            context_given: std::cell::OnceCell::new(),
            names: std::cell::OnceCell::new(),
        };
        let mut diagnostics = Vec::new();
        let mut findings = Vec::new();
        for rule in registry::rules() {
            let set = if self.severities.is_empty() {
                None
            } else {
                self.severities.get(rule.id()).copied()
            };
            let level = set.unwrap_or_else(|| rule.kind_level(input.kind, input.scenario));
            let Some(severity) = level.severity() else {
                continue;
            };
            findings.clear();
            rule.check(&cx, &mut findings);
            super::bound::bound(&mut findings);
            diagnostics.extend(findings.drain(..).map(|f| Diagnostic {
                rule: rule.id(),
                severity: if f.mild {
                    severity.min(Severity::Hint)
                } else {
                    severity
                },
                message: f.message,
                span: f.span,
                fix: f.fix,
                evidence: f.evidence,
            }));
        }
        diagnostics.sort_by_key(|d| (std::cmp::Reverse(d.severity), d.span.map_or(0, |s| s.start)));
        let checklist = detect::checklist(&cx);
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
    fn extra_phrases_join_the_built_in_lists() {
        let text = "Hi Wen, I ride with the Zhongshan dawn cyclists too. Coffee?";
        let quiet = |linter: &Linter| {
            let report = linter.lint(&LintInput::new(text, Scenario::Acquaintance));
            report
                .diagnostics
                .iter()
                .all(|d| d.rule != "missing-context")
        };
        assert!(!quiet(&Linter::default()));
        let mut config = LintConfig::default();
        config
            .extra_phrases
            .insert("context-acquaintance".into(), vec!["ride|rode with".into()]);
        assert!(quiet(&Linter::new(&config).unwrap()));
    }

    #[test]
    fn bad_extra_phrases_are_named() {
        let mut config = LintConfig::default();
        config
            .extra_phrases
            .insert("filer".into(), vec!["as per my last note".into()]);
        let err = Linter::new(&config).unwrap_err().to_string();
        assert!(
            err.starts_with("unknown phrase list `filer` (did you mean `filler`?)"),
            "{err}"
        );
        let mut config = LintConfig::default();
        config
            .extra_phrases
            .insert("filler".into(), vec!["* oops".into()]);
        let err = Linter::new(&config).unwrap_err().to_string();
        assert_eq!(
            err,
            "phrase list `filler`: cannot use pattern `* oops`: a pattern cannot start with a gap"
        );
    }

    #[test]
    fn phrases_off_turns_patterns_off_by_id() {
        let text = "Hi Olu, I'm expanding my network in fintech.";
        let fires = |linter: &Linter| {
            let report = linter.lint(&LintInput::new(text, Scenario::Stranger));
            report
                .diagnostics
                .into_iter()
                .find(|d| d.rule == "self-centered")
        };
        let linter = Linter::default();
        let d = fires(&linter).expect("self-centered fires");
        let steps = crate::lint::trace::Tracer::new(linter.phrases(), text).steps(&d.evidence);
        let mut config = LintConfig {
            phrases_off: steps
                .iter()
                .filter_map(|s| s.phrase.as_ref())
                .map(|p| p.pattern.clone())
                .collect(),
            ..LintConfig::default()
        };
        assert!(!config.phrases_off.is_empty());
        assert!(fires(&Linter::new(&config).unwrap()).is_none());
        config.phrases_off = BTreeSet::from(["self-centred/1".to_string()]);
        assert_eq!(
            Linter::new(&config).unwrap_err().to_string(),
            "unknown phrase pattern `self-centred/1` (did you mean `self-centered/1`?) \
             (ids are `list/N`, N counting from 1 in the list)"
        );
    }

    #[test]
    fn checklist_reflects_the_detectors() {
        let text =
            "Hi Wen, we met at the Shenzhen maker faire. Let's connect! Coffee next week?\n– Ola";
        let mut input = LintInput::new(text, Scenario::Acquaintance);
        input.sender = Some("Ola Nordmann");
        let c = Linter::default().lint(&input).checklist;
        assert!(c.name && c.context && c.invite && c.next_step && c.sign_off && c.within_limit);
        let c = Linter::default()
            .lint(&LintInput::new("Hello! Nice profile.", Scenario::Stranger))
            .checklist;
        assert!(!c.name && !c.context && !c.invite && !c.next_step && !c.sign_off);
        // With the sender unknown, a name-like sign-off line counts.
        let c = Linter::default()
            .lint(&LintInput::new(
                "Hi Wen, coffee?\nBest,\nOla",
                Scenario::Close,
            ))
            .checklist;
        assert!(c.sign_off);
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
