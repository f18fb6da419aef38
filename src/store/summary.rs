//! One-line descriptions of drafts for the picker and `connote drafts`.

use std::fmt;

use serde::Serialize;

use super::drafts::{Draft, DraftState};
use crate::clock::ago;
use crate::note::{Kind, Scenario};

/// How many words of the note a summary shows.
const FIRST_WORDS: usize = 8;

/// What a person needs to recognise a draft: who, which scenario, how old,
/// and how it starts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DraftSummary {
    /// The draft id, for `connote drafts rm` and resuming.
    pub id: String,
    /// The recipient, spacing collapsed; empty when not typed yet.
    pub recipient: String,
    /// The kind of message (drafts written before kinds: `invitation`).
    pub kind: Kind,
    /// The scenario, when one was chosen.
    pub scenario: Option<Scenario>,
    /// Draft or copied.
    pub state: DraftState,
    /// Last change, seconds since the Unix epoch.
    pub updated: u64,
    /// Last change as a phrase: `3 min ago`.
    pub age: String,
    /// The first words of the body (greeting left out), `…` when cut.
    pub first_words: String,
}

impl DraftSummary {
    /// Describes `draft` as seen at `now` (seconds since the Unix epoch).
    pub fn new(draft: &Draft, now: u64) -> Self {
        DraftSummary {
            id: draft.id.clone(),
            recipient: draft
                .note
                .recipient
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" "),
            kind: draft.note.kind,
            scenario: draft.note.scenario,
            state: draft.state,
            updated: draft.updated,
            age: ago(draft.updated, now),
            first_words: first_words(draft),
        }
    }
}

impl DraftSummary {
    /// The recipient for display: `(no name)` when empty.
    pub fn recipient_label(&self) -> &str {
        if self.recipient.is_empty() {
            "(no name)"
        } else {
            &self.recipient
        }
    }

    /// The scenario for display: `-` when none was chosen.
    pub fn scenario_label(&self) -> &'static str {
        self.scenario.map_or("-", Scenario::id)
    }
}

/// `Priya Shah · stranger · 3 min ago · Loved your talk on…`
impl fmt::Display for DraftSummary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} · ", self.recipient_label())?;
        if self.kind != Kind::Invitation {
            write!(f, "{} · ", self.kind)?;
        }
        write!(f, "{} · {}", self.scenario_label(), self.age)?;
        if !self.first_words.is_empty() {
            write!(f, " · {}", self.first_words)?;
        }
        Ok(())
    }
}

/// The body's first words: the kind's fields between the recipient and the
/// sign-off, in order, or the free text without a greeting line.
fn first_words(draft: &Draft) -> String {
    let note = &draft.note;
    if let Some(text) = &note.free_text {
        return opening_words(text, FIRST_WORDS);
    }
    let texts = note.texts();
    let body = texts.get(1..texts.len().saturating_sub(1)).unwrap_or(&[]);
    opening_words(&body.join(" "), FIRST_WORDS)
}

/// The first `n` words of a note after its greeting line, `…` when cut:
/// how listings of drafts and sent notes show what a note says.
pub fn opening_words(text: &str, n: usize) -> String {
    let words: Vec<&str> = skip_greeting(text).split_whitespace().collect();
    let mut out = words.iter().take(n).copied().collect::<Vec<_>>().join(" ");
    if words.len() > n {
        out.push('…');
    }
    out
}

/// Drops a first line that is only a greeting (`Hi Priya,`).
fn skip_greeting(text: &str) -> &str {
    let text = text.trim_start();
    match text.split_once('\n') {
        Some((first, rest))
            if first.trim_end().ends_with([',', '!']) && first.split_whitespace().count() <= 4 =>
        {
            rest
        }
        _ => text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::note::{Note, Parts};

    fn draft(recipient: &str, context: &str, free: Option<&str>) -> Draft {
        Draft {
            id: "d1".into(),
            note: Note {
                scenario: Some(Scenario::Stranger),
                recipient: recipient.into(),
                parts: Parts {
                    context: context.into(),
                    invite: "Happy to connect.".into(),
                    next_step: String::new(),
                },
                sign_off: "Sam".into(),
                free_text: free.map(Into::into),
                ..Note::default()
            },
            updated: 1_000,
            ..Draft::default()
        }
    }

    #[test]
    fn a_draft_of_another_kind_says_so_and_starts_with_its_fields() {
        let mut d = draft("Jonas", "", None);
        d.note.kind = Kind::FollowUp;
        d.note
            .fields
            .insert("thanks".into(), "thanks for accepting".into());
        d.note
            .fields
            .insert("offer".into(), "here is the deck".into());
        let s = DraftSummary::new(&d, 1_000);
        assert_eq!(s.kind, Kind::FollowUp);
        assert_eq!(s.first_words, "thanks for accepting here is the deck");
        assert_eq!(
            s.to_string(),
            "Jonas · follow-up · stranger · just now · thanks for accepting here is the deck"
        );
        let json = serde_json::to_value(&s).unwrap();
        assert_eq!(json["kind"], "follow-up");
        // An invitation's line stays as it was.
        let plain = DraftSummary::new(&draft("Ana", "We met", None), 1_000).to_string();
        assert!(plain.starts_with("Ana · stranger · "), "{plain}");
    }

    #[test]
    fn summarises_who_what_when_and_how_it_starts() {
        let d = draft(
            "Priya  Shah",
            "Loved your talk on queueing theory at RustConf this year",
            None,
        );
        let s = DraftSummary::new(&d, 1_000 + 180);
        assert_eq!(s.recipient, "Priya Shah");
        assert_eq!(s.scenario, Some(Scenario::Stranger));
        assert_eq!(s.age, "3 min ago");
        assert_eq!(
            s.first_words,
            "Loved your talk on queueing theory at RustConf…"
        );
        assert_eq!(
            s.to_string(),
            "Priya Shah · stranger · 3 min ago · Loved your talk on queueing theory at RustConf…"
        );
    }

    #[test]
    fn free_text_skips_the_greeting_and_short_notes_are_not_cut() {
        let d = draft("", "", Some("Hi Ana,\nGreat panel yesterday.\nSam"));
        let s = DraftSummary::new(&d, 1_000 + 2 * 86_400);
        assert_eq!(s.recipient, "");
        assert!(
            s.to_string()
                .starts_with("(no name) · stranger · 2 days ago")
        );
        assert_eq!(s.first_words, "Great panel yesterday. Sam");
        assert_eq!(s.age, "2 days ago");
    }

    #[test]
    fn no_scenario_shows_a_dash() {
        let mut d = draft("Bo", "Hello", None);
        d.note.scenario = None;
        let s = DraftSummary::new(&d, 1_000);
        assert_eq!(s.scenario, None);
        assert_eq!(s.to_string(), "Bo · - · just now · Hello Happy to connect.");
    }
}
