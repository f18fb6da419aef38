//! The note the fields compose, as the composer keeps it: its exact count
//! on every keystroke, its start for the preview, and its lint: at once for
//! a note of normal size, when the user pauses for a huge one.
//!
//! Nothing here reads more of a huge field than a screenful: the count
//! comes from the fields' running tallies, the preview from the start of
//! each field. The whole note is composed only when it is needed whole
//! (copying, a lint, a fix, free edit).

use super::app::App;
use super::editor::Editor;
use super::field::Field;
use crate::lint::{LintInput, Linter, PastNote, Report};
use crate::note::{
    Count, Kind, Limit, Note, Parts, Scenario, compose_layout_greeted, compose_prefix, count,
    note_units,
};
use crate::store::{Draft, DraftState};

/// Notes whose text is longer than this (bytes, all fields together) are
/// linted when the user pauses, not on every keystroke.
pub const LINT_NOW_MAX: usize = 20_000;

impl App {
    /// Whether the note is small enough to lint on every keystroke (on the
    /// worker in the running composer, at once in tests).
    pub fn lint_each_key(&self) -> bool {
        let size: usize = match &self.form.free {
            Some(free) => free.text().len(),
            None => self.field_texts().iter().map(|t| t.len()).sum(),
        };
        size <= LINT_NOW_MAX
    }

    /// Whether an action needing fresh findings must wait for the worker;
    /// if so, it is queued (`action`) and the user told.
    pub fn wait_for_lint(&mut self, action: super::action::Action, what: &str) -> bool {
        if !self.derived.lint_stale {
            return false;
        }
        if !self.derived.lint_off_thread {
            self.relint();
            return false;
        }
        self.ui.after_lint = Some(action);
        self.info(format!("Checking the note before {what}…"));
        true
    }
}

impl App {
    /// The raw text of every field of the kind, in [`Field::all`] order.
    pub fn field_texts(&self) -> Vec<&str> {
        self.form.fields.iter().map(Editor::text).collect()
    }

    /// The same, owned.
    pub fn raw_fields(&self) -> Vec<String> {
        self.form
            .fields
            .iter()
            .map(|f| f.text().to_string())
            .collect()
    }

    /// The recipient, as typed in the first field.
    pub fn recipient(&self) -> &str {
        self.form.fields.first().map_or("", Editor::text)
    }

    /// The sign-off, as typed in the last field.
    pub fn sign_off_text(&self) -> &str {
        self.form.fields.last().map_or("", Editor::text)
    }

    /// A permission-ask's subject line, as it will be sent; `None` for the
    /// kinds without one.
    pub fn subject(&self) -> Option<String> {
        self.form.kind.subject(&self.field_texts())
    }

    /// An introduction request's note to forward; `None` for the other kinds.
    pub fn forwardable(&self) -> Option<String> {
        self.form.kind.forwardable(&self.field_texts())
    }

    /// The whole note as it will be pasted.
    pub fn text(&self) -> String {
        if self.derived.preview_whole {
            return self.derived.preview.clone();
        }
        self.compose_whole()
    }

    /// Whether the note has nothing to send.
    pub fn is_blank(&self) -> bool {
        match &self.form.free {
            Some(free) => free.is_blank(),
            // A composed note is trimmed: it is empty or has text.
            None => self.derived.count.units == 0,
        }
    }

    /// The note as a draft stores it.
    pub fn note(&self) -> Note {
        let kind = self.form.kind;
        let raw = self.raw_fields();
        let text = |id: &str| {
            kind.field_index(id)
                .and_then(|i| raw.get(i).cloned())
                .unwrap_or_default()
        };
        let (parts, fields) = if kind == Kind::Invitation {
            let parts = Parts {
                context: text("context"),
                invite: text("invite"),
                next_step: text("next_step"),
            };
            (parts, std::collections::BTreeMap::new())
        } else {
            let fields = kind.fields()[1..raw.len().saturating_sub(1)]
                .iter()
                .map(|f| (f.id.to_string(), text(f.id)))
                .collect();
            (Parts::default(), fields)
        };
        Note {
            kind,
            scenario: Some(self.form.scenario),
            recipient: text("to"),
            parts,
            fields,
            sign_off: text("sign_off"),
            free_text: self.form.free.as_ref().map(|f| f.text().to_string()),
        }
    }

    /// Whether there is anything worth saving.
    pub fn has_content(&self) -> bool {
        let sender = self.sender.as_deref().unwrap_or("").trim();
        let last = Field::sign_off(self.form.kind);
        let typed = Field::all(self.form.kind).any(|f| {
            let t = self.form.fields[f.index()].text().trim();
            !t.is_empty() && (f != last || t != sender)
        });
        typed || self.form.free.as_ref().is_some_and(|f| !f.is_blank())
    }

    /// The draft to save for the current note.
    pub fn draft(&self) -> Draft {
        Draft {
            id: self.draft_id.clone().unwrap_or_default(),
            note: self.note(),
            limit: self.form.limit,
            created: self.created,
            updated: self.now,
            state: if self.is_copied() {
                DraftState::Copied
            } else {
                DraftState::Draft
            },
        }
    }

    /// Recomputes the count, the preview and (for normal sizes) the lint.
    /// Called by `update` whenever text, scenario or limit change.
    pub fn refresh(&mut self) {
        self.revision += 1;
        self.derived.count = Count {
            units: self.units(),
            graphemes: self.derived.report.count.graphemes,
        };
        let size: usize = match &self.form.free {
            Some(free) => free.text().len(),
            None => self.field_texts().iter().map(|t| t.len()).sum(),
        };
        if size <= LINT_NOW_MAX {
            self.derived.preview = self.compose_whole();
            self.derived.preview_whole = true;
            debug_assert_eq!(
                self.derived.count.units,
                count(&self.derived.preview).units,
                "running count"
            );
            if self.derived.lint_off_thread {
                self.derived.lint_stale = true;
            } else {
                self.relint();
            }
        } else {
            // Graphemes are slow to count and not shown: they wait for the lint.
            self.update_preview();
            self.derived.lint_stale = true;
        }
    }

    /// The UTF-16 count of the note, from the running tallies.
    fn units(&self) -> usize {
        if let Some(free) = &self.form.free {
            return free.measured().tally.units;
        }
        let fields: Vec<_> = self.form.fields.iter().map(Editor::measured).collect();
        note_units(&self.greeting, self.form.kind.layout(), &fields)
    }

    fn compose_whole(&self) -> String {
        if let Some(free) = &self.form.free {
            return free.text().to_string();
        }
        compose_layout_greeted(&self.greeting, self.form.kind.layout(), &self.field_texts()).text
    }

    /// Recomposes as much of a huge note as the screen can show; also
    /// called when the terminal grows.
    pub fn update_preview(&mut self) {
        let (width, height) = self.ui.size;
        // Twice the cells, for what wrapping leaves blank.
        let max = usize::from(width) * usize::from(height) * 2 + 64;
        let (preview, whole) = if let Some(free) = &self.form.free {
            let text = free.text();
            match text.char_indices().nth(max) {
                Some((end, _)) => (text[..end].to_string(), false),
                None => (text.to_string(), true),
            }
        } else {
            compose_prefix(
                &self.greeting,
                self.form.kind.layout(),
                &self.field_texts(),
                max,
            )
        };
        self.derived.preview = preview;
        self.derived.preview_whole = whole;
    }

    /// Lints the current text now (copying and fixing need the findings of
    /// the very text on screen).
    pub fn relint(&mut self) {
        let text = self.text();
        let subject = self.subject();
        let forwardable = self.forwardable();
        let report = lint_note(
            &self.linter,
            &Linted {
                text: &text,
                kind: self.form.kind,
                subject: subject.as_deref(),
                forwardable: forwardable.as_deref(),
                recipient: self.recipient(),
                sign_off: self.sign_off_text(),
                sender: self.sender.as_deref(),
                scenario: self.form.scenario,
                limit: self.form.limit,
                history: &self.history,
                now: self.now,
            },
        );
        self.take_report(report);
    }

    /// A snapshot of the note to lint on another thread.
    pub fn lint_job(&self) -> LintJob {
        LintJob {
            revision: self.revision,
            free: self.form.free.as_ref().map(|f| f.text().to_string()),
            fields: self.raw_fields(),
            kind: self.form.kind,
            sender: self.sender.clone(),
            greeting: self.greeting.clone(),
            scenario: self.form.scenario,
            limit: self.form.limit,
            history: self.history.clone(),
            now: self.now,
        }
    }

    /// Takes the findings of a lint run elsewhere, unless the note changed
    /// since its snapshot; `true` when they were taken.
    pub fn accept_lint(&mut self, done: LintDone) -> bool {
        if done.revision != self.revision {
            return false;
        }
        self.take_report(done.report);
        true
    }

    fn take_report(&mut self, report: Report) {
        self.derived.report = report;
        self.derived.count = self.derived.report.count;
        self.derived.lint_stale = false;
        let n = self.derived.report.diagnostics.len();
        self.ui.lint_selected = self.ui.lint_selected.min(n.saturating_sub(1));
    }
}

/// A note and what the lint must know around it, borrowed.
struct Linted<'a> {
    text: &'a str,
    kind: Kind,
    subject: Option<&'a str>,
    forwardable: Option<&'a str>,
    recipient: &'a str,
    sign_off: &'a str,
    sender: Option<&'a str>,
    scenario: Scenario,
    limit: Limit,
    history: &'a [PastNote],
    now: u64,
}

/// The one way the composer lints: the sender is the configured one, else
/// whoever signs the note.
fn lint_note(linter: &Linter, s: &Linted<'_>) -> Report {
    let sender = s.sender.unwrap_or_else(|| s.sign_off.trim());
    let recipient = s.recipient.trim();
    linter.lint(&LintInput {
        text: s.text,
        kind: s.kind,
        subject: s.subject,
        forwardable: s.forwardable,
        scenario: s.scenario,
        recipient: Some(recipient).filter(|r| !r.is_empty()),
        sender: Some(sender).filter(|s| !s.is_empty()),
        limit: s.limit,
        history: s.history,
        now: s.now,
    })
}

/// A note to lint, owned, taken by [`App::lint_job`].
#[derive(Debug, Clone)]
pub struct LintJob {
    /// The revision of the note it was taken at.
    pub revision: u64,
    free: Option<String>,
    fields: Vec<String>,
    kind: Kind,
    sender: Option<String>,
    greeting: String,
    scenario: Scenario,
    limit: Limit,
    history: std::sync::Arc<Vec<PastNote>>,
    now: u64,
}

/// The findings of a [`LintJob`].
#[derive(Debug, Clone)]
pub struct LintDone {
    /// The revision of the note they are for.
    pub revision: u64,
    /// The findings.
    pub report: Report,
}

impl LintJob {
    /// Composes and lints the note; the slow part, meant for a worker.
    pub fn run(&self, linter: &Linter) -> LintDone {
        let texts: Vec<&str> = self.fields.iter().map(String::as_str).collect();
        let text = match &self.free {
            Some(free) => free.clone(),
            None => compose_layout_greeted(&self.greeting, self.kind.layout(), &texts).text,
        };
        let subject = self.kind.subject(&texts);
        let forwardable = self.kind.forwardable(&texts);
        let report = lint_note(
            linter,
            &Linted {
                text: &text,
                kind: self.kind,
                subject: subject.as_deref(),
                forwardable: forwardable.as_deref(),
                recipient: texts.first().copied().unwrap_or(""),
                sign_off: texts.last().copied().unwrap_or(""),
                sender: self.sender.as_deref(),
                scenario: self.scenario,
                limit: self.limit,
                history: &self.history,
                now: self.now,
            },
        );
        LintDone {
            revision: self.revision,
            report,
        }
    }
}
