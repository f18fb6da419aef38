//! The result of linting one note, and its JSON shape (SPEC §5).

use serde::{Deserialize, Serialize};

use super::trace::TraceStep;
use super::{Diagnostic, Fix, Severity, line_column};
use crate::note::{Count, Scenario};

/// What the note already does well, per the scenario's idea of a good note.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Checklist {
    /// Addresses the recipient by name.
    pub name: bool,
    /// Gives context for the scenario.
    pub context: bool,
    /// Invites them to connect.
    pub invite: bool,
    /// Suggests a next step or leaves an open door.
    pub next_step: bool,
    /// Ends with the sender's name.
    pub sign_off: bool,
    /// Fits the limit.
    pub within_limit: bool,
}

impl Checklist {
    /// The items as (label, done) in the order front ends show them.
    pub fn items(&self) -> [(&'static str, bool); 6] {
        [
            ("name", self.name),
            ("context", self.context),
            ("invite", self.invite),
            ("next step", self.next_step),
            ("sign-off", self.sign_off),
            ("within limit", self.within_limit),
        ]
    }
}

/// The lint result for one note.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Report {
    /// The note's size.
    pub count: Count,
    /// The limit in UTF-16 code units.
    pub limit: usize,
    /// Findings, errors first, then by position.
    pub diagnostics: Vec<Diagnostic>,
    /// What the note does well.
    pub checklist: Checklist,
}

impl Report {
    /// True when any diagnostic is an error.
    pub fn has_errors(&self) -> bool {
        self.worst() == Some(Severity::Error)
    }

    /// The highest severity present.
    pub fn worst(&self) -> Option<Severity> {
        self.diagnostics.iter().map(|d| d.severity).max()
    }

    /// How many diagnostics have `severity`.
    pub fn count_of(&self, severity: Severity) -> usize {
        self.diagnostics
            .iter()
            .filter(|d| d.severity == severity)
            .count()
    }

    /// The SPEC §5 JSON object for this note.
    pub fn to_json<'a>(
        &'a self,
        id: Option<&'a str>,
        scenario: Scenario,
        text: &str,
    ) -> ReportJson<'a> {
        ReportJson {
            id,
            scenario,
            limit: self.limit,
            count: self.count.units,
            graphemes: self.count.graphemes,
            diagnostics: self
                .diagnostics
                .iter()
                .map(|d| DiagnosticJson::new(d, text))
                .collect(),
            checklist: self.checklist,
        }
    }
}

/// The JSON shape of one report (SPEC §5).
#[derive(Debug, Serialize)]
pub struct ReportJson<'a> {
    /// The batch id or file name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<&'a str>,
    /// The scenario linted against.
    pub scenario: Scenario,
    /// The limit in UTF-16 code units.
    pub limit: usize,
    /// UTF-16 code units.
    pub count: usize,
    /// Grapheme clusters.
    pub graphemes: usize,
    /// The findings.
    pub diagnostics: Vec<DiagnosticJson<'a>>,
    /// What the note does well.
    pub checklist: Checklist,
}

/// The JSON shape of one diagnostic (SPEC §5), shared by `lint` and `render`.
#[derive(Debug, Serialize)]
pub struct DiagnosticJson<'a> {
    /// Rule id.
    pub rule: &'a str,
    /// Severity name.
    pub severity: Severity,
    /// One-line message.
    pub message: &'a str,
    /// Char offset of the span start.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub start: Option<usize>,
    /// Char offset one past the span end.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end: Option<usize>,
    /// 1-based line of the span start.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line: Option<usize>,
    /// 1-based column (chars) of the span start.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub column: Option<usize>,
    /// The mechanical fix, when there is one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fix: Option<&'a Fix>,
    /// Why it fired, when a trace was asked for (`--trace`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub trace: Option<&'a [TraceStep]>,
}

impl<'a> DiagnosticJson<'a> {
    /// The JSON view of `d` in `text`.
    pub fn new(d: &'a Diagnostic, text: &str) -> Self {
        Self::at(d, d.span.map(|s| line_column(text, s.start)))
    }

    /// The JSON view of `d` with its (line, column) already resolved, for
    /// callers that resolve every position of a note in one pass.
    pub fn at(d: &'a Diagnostic, pos: Option<(usize, usize)>) -> Self {
        DiagnosticJson {
            rule: d.rule,
            severity: d.severity,
            message: &d.message,
            start: d.span.map(|s| s.start),
            end: d.span.map(|s| s.end),
            line: pos.map(|p| p.0),
            column: pos.map(|p| p.1),
            fix: d.fix.as_ref(),
            trace: None,
        }
    }

    /// The same view with the finding's trace.
    #[must_use]
    pub fn with_trace(mut self, trace: &'a [TraceStep]) -> Self {
        self.trace = Some(trace);
        self
    }
}
