//! The Sent screen and the Stats view: their state, what their keys do,
//! and the record a copy leaves in the log. Pure, like `update`: writing
//! the log is an [`Effect`] for the runtime.

use super::action::Action;
use super::app::{App, Screen};
use super::update::Effect;
use crate::outcomes::stats::{self, Stats};
use crate::outcomes::{Ledger, Sent};
use crate::store::sent::{self, Finding, Outcome, OutcomeEvent, SentNote};

/// The sent notes as the composer shows them.
#[derive(Debug, Clone)]
pub struct SentView {
    /// Every sent note with its outcome, newest first.
    pub ledger: Ledger,
    /// Selected row of the Sent screen.
    pub selected: usize,
    /// First row of the Stats view.
    pub stats_scroll: usize,
    /// The figures the Stats view draws, recomputed when they may change.
    pub stats: Stats,
    /// `monthly_notes` from the config.
    pub monthly: Option<u32>,
}

impl SentView {
    /// The view of `ledger`, with the allowance from the config.
    pub fn new(ledger: Ledger, monthly: Option<u32>) -> SentView {
        let stats = stats::compute(&ledger.notes, None);
        SentView {
            ledger,
            selected: 0,
            stats_scroll: 0,
            stats,
            monthly,
        }
    }

    /// The selected note, if any.
    pub fn current(&self) -> Option<&Sent> {
        self.ledger.notes.get(self.selected)
    }

    /// `3 of 5 notes this month`, when the allowance is set.
    pub fn allowance(&self, now: u64) -> Option<String> {
        self.monthly.map(|m| {
            let used = self.ledger.month_count(now);
            format!("{used} of {m} notes this month")
        })
    }

    /// Whether copying one more invitation would go past the allowance.
    pub fn over_allowance(&self, now: u64) -> bool {
        self.monthly.is_some_and(|m| {
            self.ledger.month_count(now) >= usize::try_from(m).unwrap_or(usize::MAX)
        })
    }

    fn refresh_stats(&mut self) {
        self.stats = stats::compute(&self.ledger.notes, None);
    }
}

impl Default for SentView {
    fn default() -> Self {
        SentView::new(Ledger::default(), None)
    }
}

/// Applies the actions of the Sent screen and the Stats view.
pub fn update(app: &mut App, action: &Action) -> Vec<Effect> {
    let view = &mut app.sent;
    match action {
        Action::OpenSent => {
            app.ui.screen = Screen::Sent;
            if view.ledger.notes.is_empty() {
                app.info("No sent notes yet: each note you copy is listed here");
            }
        }
        Action::OpenStats => {
            view.refresh_stats();
            app.ui.screen = Screen::Stats;
        }
        Action::SentUp if app.ui.screen == Screen::Stats => {
            view.stats_scroll = view.stats_scroll.saturating_sub(1);
        }
        Action::SentDown if app.ui.screen == Screen::Stats => {
            view.stats_scroll = (view.stats_scroll + 1).min(view.stats.groups.len());
        }
        Action::SentUp => view.selected = view.selected.saturating_sub(1),
        Action::SentDown => {
            view.selected = (view.selected + 1).min(view.ledger.notes.len().saturating_sub(1));
        }
        Action::SentOpen if view.current().is_some() => app.ui.screen = Screen::SentNote,
        Action::Mark(outcome) => return mark(app, *outcome),
        Action::CopySent => {
            if let Some(s) = view.current() {
                return vec![Effect::CopyAgain(s.note.text.clone())];
            }
        }
        _ => {}
    }
    Vec::new()
}

/// `Esc` on these screens: a note goes back to the list, the rest to the picker.
pub fn back(app: &mut App) {
    app.ui.screen = match app.ui.screen {
        Screen::SentNote => Screen::Sent,
        _ => Screen::Picker,
    };
}

fn mark(app: &mut App, outcome: Outcome) -> Vec<Effect> {
    let now = app.now;
    let view = &mut app.sent;
    let Some(id) = view.current().map(|s| s.note.id.clone()) else {
        return Vec::new();
    };
    view.ledger.mark(&id, outcome, now);
    view.refresh_stats();
    let who = view.current().map_or("", Sent::recipient_label).to_string();
    app.info(format!("Marked the note to {who} {outcome}"));
    vec![Effect::RecordOutcome(OutcomeEvent {
        id,
        outcome,
        at: now,
    })]
}

/// What the log keeps of the note just copied: the text, and the lint and
/// checklist as they stood at that moment.
pub fn record(app: &App, text: &str) -> SentNote {
    SentNote {
        id: sent::new_id(app.now, text),
        copied_at: app.now,
        recipient: app.recipient().trim().to_string(),
        text: text.to_string(),
        kind: app.form.kind.id().to_string(),
        scenario: Some(app.form.scenario),
        template: app.form.template.clone(),
        limit: Some(app.form.limit.units()),
        findings: Some(
            app.derived
                .report
                .diagnostics
                .iter()
                .map(|d| Finding {
                    rule: d.rule.to_string(),
                    severity: d.severity,
                })
                .collect(),
        ),
        checklist: Some(app.derived.report.checklist),
    }
}
