//! What became of the notes you sent: the log's entries joined into one
//! record per note, and the questions `connote sent`, `connote stats` and
//! the composer ask of them. No terminal and no disk here.

pub mod stats;
pub mod wilson;

use crate::clock as time;
use crate::store::sent::{DEFAULT_KIND, Entry, Outcome, SentNote};
use crate::store::summary::opening_words;

/// LinkedIn lets you invite someone again three weeks after withdrawing, so
/// a pending invitation this old is worth withdrawing and sending again.
pub const WITHDRAW_AFTER: u64 = 21 * 86_400;

/// A sent note with its latest outcome.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sent {
    /// The note as it was copied.
    pub note: SentNote,
    /// The latest outcome recorded, if any.
    pub outcome: Option<Outcome>,
    /// When that outcome was recorded.
    pub outcome_at: Option<u64>,
}

impl Sent {
    /// No outcome yet.
    pub fn is_pending(&self) -> bool {
        self.outcome.is_none()
    }

    /// A pending invitation older than [`WITHDRAW_AFTER`].
    pub fn is_withdrawable(&self, now: u64) -> bool {
        self.is_pending()
            && self.note.kind == DEFAULT_KIND
            && now.saturating_sub(self.note.copied_at) >= WITHDRAW_AFTER
    }

    /// The outcome as listings show it: `pending`, or `withdrawable` for a
    /// pending invitation that can be withdrawn and sent again.
    pub fn outcome_label(&self, now: u64) -> &'static str {
        match self.outcome {
            Some(o) => o.id(),
            None if self.is_withdrawable(now) => "withdrawable",
            None => "pending",
        }
    }

    /// The note's first words after the greeting.
    pub fn first_words(&self, n: usize) -> String {
        opening_words(&self.note.text, n)
    }

    /// The recipient, or `(no name)`.
    pub fn recipient_label(&self) -> &str {
        match self.note.recipient.trim() {
            "" => "(no name)",
            name => name,
        }
    }
}

/// Why a note could not be picked out of the ledger.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FindError {
    /// No id starts with the prefix.
    #[error("no sent note has an id starting with `{0}`; `connote sent` lists them")]
    NoId(String),
    /// Several ids start with it.
    #[error("`{prefix}` matches {} notes ({}); type more of the id", ids.len(), ids.join(", "))]
    Ambiguous {
        /// What was typed.
        prefix: String,
        /// The ids it matches.
        ids: Vec<String>,
    },
    /// No note went to that name.
    #[error("no sent note to `{0}`; `connote sent` lists them")]
    NoRecipient(String),
}

/// Every sent note with its outcome, newest first.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Ledger {
    /// Newest first.
    pub notes: Vec<Sent>,
}

impl Ledger {
    /// Joins the log's entries: each outcome event replaces the note's
    /// previous outcome; events for forgotten notes are ignored.
    pub fn from_entries(entries: Vec<Entry>) -> Ledger {
        let mut notes: Vec<Sent> = Vec::new();
        let mut events = Vec::new();
        for entry in entries {
            match entry {
                Entry::Sent(note) => notes.push(Sent {
                    note,
                    outcome: None,
                    outcome_at: None,
                }),
                Entry::Outcome(event) => events.push(event),
            }
        }
        let targets: Vec<Option<usize>> = {
            let index: rustc_hash::FxHashMap<&str, usize> = notes
                .iter()
                .enumerate()
                .map(|(i, s)| (s.note.id.as_str(), i))
                .collect();
            events
                .iter()
                .map(|e| index.get(e.id.as_str()).copied())
                .collect()
        };
        for (event, target) in events.into_iter().zip(targets) {
            if let Some(i) = target {
                notes[i].outcome = Some(event.outcome);
                notes[i].outcome_at = Some(event.at);
            }
        }
        // Stable: notes copied in the same second keep their file order.
        notes.reverse();
        notes.sort_by_key(|s| std::cmp::Reverse(s.note.copied_at));
        Ledger { notes }
    }

    /// The note whose id starts with `prefix`, if exactly one does.
    pub fn find(&self, prefix: &str) -> Result<&Sent, FindError> {
        let prefix = prefix.trim().to_ascii_lowercase();
        let hits: Vec<&Sent> = self
            .notes
            .iter()
            .filter(|s| !prefix.is_empty() && s.note.id.starts_with(&prefix))
            .collect();
        match hits.as_slice() {
            [one] => Ok(one),
            [] => Err(FindError::NoId(prefix)),
            many => Err(FindError::Ambiguous {
                prefix,
                ids: many.iter().map(|s| s.note.id.clone()).collect(),
            }),
        }
    }

    /// The latest note to `name` (ignoring case and surrounding spaces).
    pub fn latest_to(&self, name: &str) -> Result<&Sent, FindError> {
        let wanted = name.trim().to_lowercase();
        self.notes
            .iter()
            .find(|s| s.note.recipient.trim().to_lowercase() == wanted)
            .ok_or_else(|| FindError::NoRecipient(name.to_string()))
    }

    /// Invitations copied in the UTC calendar month of `now`.
    pub fn month_count(&self, now: u64) -> usize {
        let start = time::month_start(now);
        self.notes
            .iter()
            .take_while(|s| s.note.copied_at >= start)
            .filter(|s| s.note.kind == DEFAULT_KIND)
            .count()
    }

    /// Records an outcome in memory (the caller appends it to the log).
    pub fn mark(&mut self, id: &str, outcome: Outcome, at: u64) {
        if let Some(s) = self.notes.iter_mut().find(|s| s.note.id == id) {
            s.outcome = Some(outcome);
            s.outcome_at = Some(at);
        }
    }

    /// Adds a note just copied (the newest).
    pub fn push(&mut self, note: SentNote) {
        self.notes.insert(
            0,
            Sent {
                note,
                outcome: None,
                outcome_at: None,
            },
        );
    }
}

#[cfg(test)]
pub(crate) mod testing {
    use crate::store::sent::{DEFAULT_KIND, SentNote};

    /// A sent note with only what the tests vary.
    pub fn note(id: &str, recipient: &str, copied_at: u64) -> SentNote {
        SentNote {
            id: id.into(),
            copied_at,
            recipient: recipient.into(),
            text: format!(
                "Hi {recipient},\nWe met at the Lyon meetup in May, and I would like to stay in touch."
            ),
            kind: DEFAULT_KIND.into(),
            scenario: None,
            template: None,
            limit: Some(300),
            findings: None,
            checklist: None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::testing::note;
    use super::*;
    use crate::store::sent::OutcomeEvent;

    fn ledger() -> Ledger {
        let ev = |id: &str, outcome, at| {
            Entry::Outcome(OutcomeEvent {
                id: id.into(),
                outcome,
                at,
            })
        };
        Ledger::from_entries(vec![
            Entry::Sent(note("aa11", "Priya", 100)),
            Entry::Sent(note("ab22", "Bo", 200)),
            ev("aa11", Outcome::NoAnswer, 300),
            ev("aa11", Outcome::Accepted, 400),
            ev("zz99", Outcome::Declined, 500),
            Entry::Sent(note("cc33", "priya ", 300)),
        ])
    }

    #[test]
    fn joins_newest_first_with_the_latest_outcome() {
        let l = ledger();
        let ids: Vec<&str> = l.notes.iter().map(|s| s.note.id.as_str()).collect();
        assert_eq!(ids, ["cc33", "ab22", "aa11"]);
        assert_eq!(l.notes[2].outcome, Some(Outcome::Accepted));
        assert_eq!(l.notes[2].outcome_at, Some(400));
        assert!(l.notes[0].is_pending());
    }

    #[test]
    fn finds_by_unique_prefix_or_latest_recipient() {
        let l = ledger();
        assert_eq!(l.find("AA").unwrap().note.id, "aa11");
        assert!(matches!(l.find("a"), Err(FindError::Ambiguous { ids, .. }) if ids.len() == 2));
        assert!(matches!(l.find("x"), Err(FindError::NoId(_))));
        assert!(matches!(l.find(""), Err(FindError::NoId(_))));
        assert_eq!(l.latest_to("Priya").unwrap().note.id, "cc33");
        assert!(l.latest_to("Ana").is_err());
    }

    #[test]
    fn three_weeks_pending_is_withdrawable() {
        let l = ledger();
        let now = 300 + WITHDRAW_AFTER;
        assert!(l.notes[0].is_withdrawable(now));
        assert!(!l.notes[0].is_withdrawable(now - 1));
        assert_eq!(l.notes[0].outcome_label(now), "withdrawable");
        assert_eq!(l.notes[0].outcome_label(now - 1), "pending");
        assert_eq!(l.notes[2].outcome_label(now), "accepted");
    }

    #[test]
    fn counts_this_months_invitations() {
        let day = 86_400;
        let start = time::parse_date("2026-03-01").unwrap();
        let mut l = Ledger::from_entries(vec![
            Entry::Sent(note("a", "A", start - day)),
            Entry::Sent(note("b", "B", start)),
            Entry::Sent(note("c", "C", start + 3 * day)),
        ]);
        assert_eq!(l.month_count(start + 10 * day), 2);
        l.notes[0].note.kind = "follow-up".into();
        assert_eq!(l.month_count(start + 10 * day), 1);
        l.push(note("d", "D", start + 11 * day));
        l.mark("d", Outcome::Replied, start + 12 * day);
        assert_eq!(l.month_count(start + 12 * day), 2);
        assert_eq!(l.notes[0].outcome, Some(Outcome::Replied));
    }
}
