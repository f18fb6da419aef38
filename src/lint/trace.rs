//! A finding's evidence in words, for `connote lint --trace`: each pattern
//! by id and as written, the words of the note it matched, and the
//! exceptions and frames that applied. Built only when asked for, so the
//! lint itself carries nothing but ids and spans.

use std::ops::Range;

use serde::Serialize;

use super::phrases::{PatternId, PhraseBook};
use super::text::Analysis;
use super::{Evidence, PhraseRef};

/// One pattern that matched, in words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TracedPhrase {
    /// The pattern's id: `list/N` or `list/NAME`.
    pub pattern: String,
    /// The pattern as written in the phrase list.
    pub source: String,
    /// The words of the note it matched, as written.
    pub words: String,
    /// Char offset of the first word.
    pub start: usize,
    /// Char offset one past the last word.
    pub end: usize,
}

/// What a step of the trace says about the finding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum StepKind {
    /// A phrase the finding rests on.
    Matched,
    /// A phrase that did not count, and why.
    SetAside,
    /// A check that applied or something the rule did not find.
    Note,
}

/// One line of a finding's trace.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TraceStep {
    /// Matched, set aside, or a note.
    pub kind: StepKind,
    /// The phrase, for matched and set-aside steps.
    #[serde(flatten, skip_serializing_if = "Option::is_none")]
    pub phrase: Option<TracedPhrase>,
    /// What applied: why a phrase was set aside, or what else was checked.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<&'static str>,
    /// The exception phrase a set-aside phrase lies inside.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub exception: Option<TracedPhrase>,
}

/// Puts the evidence of one note's findings into words. Analyses the note
/// once, to split merged matches back into the patterns behind them.
#[derive(Debug)]
pub struct Tracer<'a> {
    book: &'a PhraseBook,
    text: &'a str,
    analysis: Analysis,
}

impl<'a> Tracer<'a> {
    /// A tracer for `text` linted with the phrases of `book`.
    pub fn new(book: &'a PhraseBook, text: &'a str) -> Self {
        Tracer {
            book,
            text,
            analysis: Analysis::new(text, book),
        }
    }

    /// The steps behind one finding's `evidence`, in order.
    pub fn steps(&self, evidence: &[Evidence]) -> Vec<TraceStep> {
        let mut out = Vec::new();
        for e in evidence {
            match *e {
                Evidence::Matched { phrase, note } => {
                    for p in self.phrases(phrase) {
                        out.push(TraceStep {
                            kind: StepKind::Matched,
                            phrase: Some(p),
                            note,
                            exception: None,
                        });
                    }
                }
                Evidence::SetAside {
                    phrase,
                    why,
                    exception,
                } => {
                    let exception = exception.and_then(|x| self.phrases(x).into_iter().next());
                    for p in self.phrases(phrase) {
                        out.push(TraceStep {
                            kind: StepKind::SetAside,
                            phrase: Some(p),
                            note: Some(why),
                            exception: exception.clone(),
                        });
                    }
                }
                Evidence::Note(note) => out.push(TraceStep {
                    kind: StepKind::Note,
                    phrase: None,
                    note: Some(note),
                    exception: None,
                }),
            }
        }
        out
    }

    /// Every pattern of the phrase's list that matches inside it (a merged
    /// match has several), or the recorded pattern alone.
    fn phrases(&self, phrase: PhraseRef) -> Vec<TracedPhrase> {
        let tokens = &self.analysis.tokens;
        let first = tokens.partition_point(|t| t.chars.start < phrase.span.start);
        let last = tokens.partition_point(|t| t.chars.end <= phrase.span.end);
        let range = first..last.max(first);
        let hits = self
            .book
            .pattern(phrase.pattern)
            .map(|info| self.book.hits_of_list(info.list, tokens, &range))
            .unwrap_or_default();
        if hits.is_empty() {
            return self.described(phrase.pattern, &range).into_iter().collect();
        }
        hits.iter()
            .filter_map(|(id, r)| self.described(*id, r))
            .collect()
    }

    fn described(&self, id: PatternId, tokens: &Range<usize>) -> Option<TracedPhrase> {
        let info = self.book.pattern(id)?;
        let (words, start, end) = if tokens.is_empty() {
            (String::new(), 0, 0)
        } else {
            let a = &self.analysis;
            let chars = a.char_span(tokens);
            (
                self.text[a.byte_span(tokens)].to_string(),
                chars.start,
                chars.end,
            )
        };
        Some(TracedPhrase {
            pattern: info.id(),
            source: info.source.clone(),
            words,
            start,
            end,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::{LintInput, Linter};
    use crate::note::Scenario;

    fn trace_of(rule: &str, text: &str, scenario: Scenario) -> Vec<TraceStep> {
        let linter = Linter::default();
        let report = linter.lint(&LintInput::new(text, scenario));
        let d = report
            .diagnostics
            .iter()
            .find(|d| d.rule == rule)
            .unwrap_or_else(|| panic!("{rule} did not fire on {text:?}"));
        Tracer::new(linter.phrases(), text).steps(&d.evidence)
    }

    #[test]
    fn a_phrase_finding_names_its_pattern_and_words() {
        let steps = trace_of(
            "premature-ask",
            "Hi Greta, could you refer me for the data role?",
            Scenario::Stranger,
        );
        // The finding's words are two patterns' matches merged: both show.
        let shown: Vec<(&str, &str, &str)> = steps
            .iter()
            .filter(|s| s.kind == StepKind::Matched)
            .filter_map(|s| s.phrase.as_ref())
            .map(|p| (p.pattern.as_str(), p.source.as_str(), p.words.as_str()))
            .collect();
        assert_eq!(
            shown,
            [
                ("premature-ask/1", "=refer me", "refer me"),
                ("premature-ask/2", "=refer * me * for|to", "refer me for")
            ]
        );
    }

    #[test]
    fn missing_context_lists_what_it_set_aside() {
        let steps = trace_of(
            "missing-context",
            "Hi Kenji, I admire your work. Let's connect.",
            Scenario::Stranger,
        );
        let aside = steps
            .iter()
            .find(|s| s.kind == StepKind::SetAside)
            .unwrap_or_else(|| panic!("{steps:?}"));
        assert_eq!(aside.note, Some("a frame without a detail nearby"));
        assert!(aside.phrase.as_ref().unwrap().words.contains("your work"));
    }

    #[test]
    fn an_absence_is_a_note() {
        let steps = trace_of(
            "missing-next-step",
            "Hi Aiko, we met at the Kobe ceramics fair.",
            Scenario::Acquaintance,
        );
        assert_eq!(steps.len(), 1);
        assert_eq!(steps[0].kind, StepKind::Note);
    }

    #[test]
    fn serialises_flat_without_empty_fields() {
        let step = TraceStep {
            kind: StepKind::Note,
            phrase: None,
            note: Some("n"),
            exception: None,
        };
        assert_eq!(
            serde_json::to_value(&step).unwrap(),
            serde_json::json!({"kind": "note", "note": "n"})
        );
    }
}
