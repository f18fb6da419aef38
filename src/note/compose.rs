//! Turning the parts of a note into the text a user pastes.

use serde::{Deserialize, Serialize};

use super::Scenario;

/// The three parts of a good note, each one paragraph typed by the user.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Parts {
    /// How you know them, or why them.
    pub context: String,
    /// The invitation to connect, in the sender's own words.
    pub invite: String,
    /// What happens next: coffee, a call, a link, or the ball in their court.
    pub next_step: String,
}

impl Parts {
    /// The parts in reading order.
    pub fn as_array(&self) -> [&str; 3] {
        [&self.context, &self.invite, &self.next_step]
    }
}

/// A note as the composer and the drafts hold it: structured parts, or a
/// whole text typed or pasted freely.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Note {
    /// The relationship the note starts from.
    pub scenario: Option<Scenario>,
    /// The recipient's name as the greeting should use it.
    pub recipient: String,
    /// The three parts.
    pub parts: Parts,
    /// The sign-off, usually the sender's name.
    pub sign_off: String,
    /// When set, the whole note as typed; the parts are then ignored.
    pub free_text: Option<String>,
}

impl Note {
    /// The text to paste: the free text if there is one, else the composed parts.
    pub fn text(&self) -> String {
        match &self.free_text {
            Some(text) => text.clone(),
            None => compose(&self.recipient, &self.parts, &self.sign_off),
        }
    }
}

/// Joins greeting, parts and sign-off into one note.
///
/// Each part becomes a sentence: whitespace collapsed, first letter
/// capitalised, a full stop added when it ends in a letter, a digit or an
/// unfilled `{placeholder}`, and trailing commas dropped. Empty parts leave no trace. The greeting is
/// `Hi {recipient},` on its own line; the sign-off closes the note on its
/// own line, prefixed with a dash unless it already reads like a closing
/// (`Best, Sam`).
pub fn compose(recipient: &str, parts: &Parts, sign_off: &str) -> String {
    let mut lines: Vec<String> = Vec::with_capacity(3);
    let name = collapse(recipient);
    if !name.is_empty() {
        lines.push(format!("Hi {name},"));
    }
    let body: Vec<String> = parts.as_array().into_iter().filter_map(sentence).collect();
    if !body.is_empty() {
        lines.push(body.join(" "));
    }
    let closing = collapse(sign_off);
    if !closing.is_empty() {
        lines.push(sign_off_line(&closing));
    }
    lines.join("\n")
}

/// Collapses runs of whitespace (line breaks included) into single spaces.
fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// One part as a sentence, or `None` when it is blank.
fn sentence(part: &str) -> Option<String> {
    let mut s = collapse(part);
    while s.ends_with([',', ';']) {
        s.pop();
        s.truncate(s.trim_end().len());
    }
    let mut chars = s.chars();
    let first = chars.next()?;
    let mut out: String = first.to_uppercase().chain(chars).collect();
    // A part ending in an unfilled `{placeholder}` still reads as a sentence,
    // so template previews punctuate the same before and after filling.
    if out
        .chars()
        .last()
        .is_some_and(|c| c.is_alphanumeric() || c == '}')
    {
        out.push('.');
    }
    Some(out)
}

fn sign_off_line(closing: &str) -> String {
    let starts_with_letter = closing.chars().next().is_some_and(char::is_alphanumeric);
    if starts_with_letter && !closing.contains(',') {
        format!("– {closing}")
    } else {
        closing.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parts(context: &str, invite: &str, next_step: &str) -> Parts {
        Parts {
            context: context.into(),
            invite: invite.into(),
            next_step: next_step.into(),
        }
    }

    #[test]
    fn composes_all_parts() {
        let note = compose(
            "Priya",
            &parts(
                "enjoyed our chat at the Lisbon meetup",
                "let's stay in touch here",
                "coffee when you're next in town?",
            ),
            "Tom",
        );
        assert_eq!(
            note,
            "Hi Priya,\nEnjoyed our chat at the Lisbon meetup. Let's stay in touch here. \
             Coffee when you're next in town?\n– Tom"
        );
    }

    #[test]
    fn empty_parts_leave_no_trace() {
        let note = compose("Priya", &parts("", "  glad to connect,  ", ""), "");
        assert_eq!(note, "Hi Priya,\nGlad to connect.");
        assert!(!note.contains("  "));
        assert!(!note.contains(",."));
    }

    #[test]
    fn a_trailing_placeholder_ends_a_sentence() {
        let note = compose("", &parts("we met at {event}", "connect?", ""), "");
        assert_eq!(note, "We met at {event}. Connect?");
    }

    #[test]
    fn everything_empty_is_empty() {
        assert_eq!(compose(" ", &Parts::default(), "\n"), "");
    }

    #[test]
    fn keeps_own_punctuation_and_emoji() {
        let note = compose("", &parts("Saw your talk!", "Connect? 🙂", "…"), "");
        assert_eq!(note, "Saw your talk! Connect? 🙂 …");
    }

    #[test]
    fn multi_line_parts_become_one_paragraph() {
        let note = compose(
            "Li\nWei",
            &parts("we met\n\n at   QCon", "", ""),
            "Best,\nAna",
        );
        assert_eq!(note, "Hi Li Wei,\nWe met at QCon.\nBest, Ana");
    }

    #[test]
    fn sign_off_gets_a_dash_unless_it_is_a_closing() {
        assert!(compose("", &Parts::default(), "Sam").ends_with("– Sam"));
        assert_eq!(compose("", &Parts::default(), "Cheers, Sam"), "Cheers, Sam");
        assert_eq!(compose("", &Parts::default(), "— Sam"), "— Sam");
    }

    #[test]
    fn free_text_wins_over_parts() {
        let note = Note {
            recipient: "Ana".into(),
            parts: parts("ignored", "", ""),
            free_text: Some("My own words.\nSam".into()),
            ..Note::default()
        };
        assert_eq!(note.text(), "My own words.\nSam");
    }
}
