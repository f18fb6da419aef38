//! The result of linting one note, and its JSON shape (SPEC §5).

use serde::{Deserialize, Serialize};

use super::trace::TraceStep;
use super::{Diagnostic, Fix, Severity, line_column};
use crate::note::{Count, Kind, Scenario};

/// One thing a good message of some kind does, as the checklist shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Item {
    /// Addresses the recipient by name.
    Name,
    /// Gives context for the scenario (for a permission-ask: why them).
    Context,
    /// Invites them to connect.
    Invite,
    /// Suggests a next step or leaves an open door.
    NextStep,
    /// Thanks them for accepting (follow-up).
    Thanks,
    /// Says who the sender is (follow-up, permission-ask).
    Introduction,
    /// Offers something, or asks about their work (follow-up).
    Offer,
    /// Has a subject line within its limit (permission-ask).
    Subject,
    /// Asks whether an invitation would be welcome (permission-ask).
    Permission,
    /// Names the person to be introduced to (introduction-request).
    Target,
    /// Says why the introduction is wanted (introduction-request).
    Reason,
    /// Has a short note the mutual contact can forward (introduction-request).
    Blurb,
    /// Lets the mutual contact decline comfortably (introduction-request).
    EasyOut,
    /// Ends with the sender's name.
    SignOff,
    /// Fits the limit.
    WithinLimit,
}

impl Item {
    /// The key in JSON and in the history.
    pub fn key(self) -> &'static str {
        match self {
            Item::Name => "name",
            Item::Context => "context",
            Item::Invite => "invite",
            Item::NextStep => "next_step",
            Item::Thanks => "thanks",
            Item::Introduction => "introduction",
            Item::Offer => "offer",
            Item::Subject => "subject",
            Item::Permission => "permission",
            Item::Target => "target",
            Item::Reason => "reason",
            Item::Blurb => "blurb",
            Item::EasyOut => "easy_out",
            Item::SignOff => "sign_off",
            Item::WithinLimit => "within_limit",
        }
    }

    /// The words front ends show.
    pub fn label(self) -> &'static str {
        match self {
            Item::Name => "name",
            Item::Context => "context",
            Item::Invite => "invite",
            Item::NextStep => "next step",
            Item::Thanks => "thanks",
            Item::Introduction => "who I am",
            Item::Offer => "something for them",
            Item::Subject => "subject",
            Item::Permission => "the ask",
            Item::Target => "who",
            Item::Reason => "why them",
            Item::Blurb => "note to forward",
            Item::EasyOut => "easy out",
            Item::SignOff => "sign-off",
            Item::WithinLimit => "within limit",
        }
    }

    /// The words front ends show in a message of `kind`: a permission-ask's
    /// context is why them.
    pub fn label_in(self, kind: Kind) -> &'static str {
        match (self, kind) {
            (Item::Context, Kind::PermissionAsk) => "why you",
            _ => self.label(),
        }
    }

    /// The items of a message of `kind`, in the order front ends show them;
    /// the last is always [`Item::WithinLimit`].
    pub fn of(kind: Kind) -> &'static [Item] {
        use Item::{
            Blurb, Context, EasyOut, Introduction, Invite, Name, NextStep, Offer, Permission,
            Reason, SignOff, Subject, Target, Thanks, WithinLimit,
        };
        match kind {
            Kind::Invitation => &[Name, Context, Invite, NextStep, SignOff, WithinLimit],
            Kind::FollowUp => &[
                Name,
                Thanks,
                Introduction,
                Offer,
                NextStep,
                SignOff,
                WithinLimit,
            ],
            Kind::PermissionAsk => &[
                Name,
                Subject,
                Introduction,
                Context,
                Permission,
                SignOff,
                WithinLimit,
            ],
            Kind::IntroductionRequest => {
                &[Name, Target, Reason, Blurb, EasyOut, SignOff, WithinLimit]
            }
        }
    }
}

/// What the note already does well, per its kind's and scenario's idea of a
/// good message. Only the kind's items are worked out, shown and written
/// (its keys in JSON); the others are false.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(default)]
pub struct Checklist {
    /// The kind whose items are shown; read back from the record's kind.
    #[serde(skip)]
    pub kind: Kind,
    /// Addresses the recipient by name.
    pub name: bool,
    /// Gives context for the scenario.
    pub context: bool,
    /// Invites them to connect.
    pub invite: bool,
    /// Suggests a next step or leaves an open door.
    pub next_step: bool,
    /// Thanks them for accepting.
    pub thanks: bool,
    /// Says who the sender is.
    pub introduction: bool,
    /// Offers something or asks about their work.
    pub offer: bool,
    /// Has a subject within its limit.
    pub subject: bool,
    /// Asks whether an invitation would be welcome.
    pub permission: bool,
    /// Names the person to be introduced to.
    pub target: bool,
    /// Says why the introduction is wanted.
    pub reason: bool,
    /// Has a note the mutual contact can forward.
    pub blurb: bool,
    /// Lets the mutual contact decline.
    pub easy_out: bool,
    /// Ends with the sender's name.
    pub sign_off: bool,
    /// Fits the limit.
    pub within_limit: bool,
}

impl Checklist {
    /// Whether `item` is done.
    pub fn get(&self, item: Item) -> bool {
        match item {
            Item::Name => self.name,
            Item::Context => self.context,
            Item::Invite => self.invite,
            Item::NextStep => self.next_step,
            Item::Thanks => self.thanks,
            Item::Introduction => self.introduction,
            Item::Offer => self.offer,
            Item::Subject => self.subject,
            Item::Permission => self.permission,
            Item::Target => self.target,
            Item::Reason => self.reason,
            Item::Blurb => self.blurb,
            Item::EasyOut => self.easy_out,
            Item::SignOff => self.sign_off,
            Item::WithinLimit => self.within_limit,
        }
    }

    /// The same checklist, shown as a message of `kind`.
    #[must_use]
    pub fn of_kind(self, kind: Kind) -> Self {
        Checklist { kind, ..self }
    }

    /// The kind's items as (label, done) in the order front ends show them.
    pub fn items(&self) -> Vec<(&'static str, bool)> {
        Item::of(self.kind)
            .iter()
            .map(|&i| (i.label_in(self.kind), self.get(i)))
            .collect()
    }
}

/// Written with the keys of its kind only, so a follow-up's checklist
/// has no `invite` and an invitation's no `thanks`.
impl Serialize for Checklist {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let items = Item::of(self.kind);
        let mut map = serializer.serialize_map(Some(items.len()))?;
        for &item in items {
            map.serialize_entry(item.key(), &self.get(item))?;
        }
        map.end()
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
            kind: self.checklist.kind,
            scenario,
            subject: None,
            subject_count: None,
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
    /// The kind of message linted.
    pub kind: Kind,
    /// The scenario linted against.
    pub scenario: Scenario,
    /// The subject line, for a kind that has one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub subject: Option<&'a str>,
    /// The subject's UTF-16 code units, counted on its own.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub subject_count: Option<usize>,
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

impl<'a> ReportJson<'a> {
    /// The same object with the message's subject and its own count.
    #[must_use]
    pub fn with_subject(mut self, subject: Option<&'a str>) -> Self {
        self.subject = subject;
        self.subject_count = subject.map(|s| crate::note::count(s).units);
        self
    }
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
