//! Turning the parts of a note into the text a user pastes.

use serde::{Deserialize, Serialize};

use std::collections::BTreeMap;

use super::layout::{self, Layout, Role, Slot};
use super::{Kind, Scenario, greeting};

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
#[serde(default, deny_unknown_fields)]
pub struct Note {
    /// What is being written; files written before kinds existed hold
    /// invitations.
    pub kind: Kind,
    /// The relationship the note starts from.
    pub scenario: Option<Scenario>,
    /// The recipient's name as the greeting should use it.
    pub recipient: String,
    /// The three parts of an invitation.
    pub parts: Parts,
    /// The fields of the other kinds, by field id (`thanks`, `subject`, …).
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub fields: BTreeMap<String, String>,
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
            None => self.kind.compose(&self.texts()).text,
        }
    }

    /// The raw text of each of the kind's fields, in [`Kind::fields`] order.
    pub fn texts(&self) -> Vec<&str> {
        let fields = self.kind.fields();
        fields
            .iter()
            .enumerate()
            .map(|(i, f)| match f.id {
                _ if i == 0 => self.recipient.as_str(),
                _ if i == fields.len() - 1 => self.sign_off.as_str(),
                "context" if self.kind == Kind::Invitation => self.parts.context.as_str(),
                "invite" if self.kind == Kind::Invitation => self.parts.invite.as_str(),
                "next_step" if self.kind == Kind::Invitation => self.parts.next_step.as_str(),
                id => self.fields.get(id).map_or("", String::as_str),
            })
            .collect()
    }
}

const fn slot(field: usize, role: Role) -> Slot {
    Slot { field, role }
}

/// The invitation, its fields in order To, Context, Invite, Next step,
/// Sign-off: the greeting (`Hi Priya,`, see [`greeting`]) on its own line, the three parts as
/// sentences of one paragraph, the sign-off on its own line.
pub const INVITATION: Layout = &[
    &[slot(0, Role::Greeting)],
    &[
        slot(1, Role::Sentence),
        slot(2, Role::Sentence),
        slot(3, Role::Sentence),
    ],
    &[slot(4, Role::SignOff)],
];

/// Joins greeting, parts and sign-off into one note, as [`INVITATION`] lays
/// them out (see [`Role`] for what happens to each).
pub fn compose(recipient: &str, parts: &Parts, sign_off: &str) -> String {
    compose_parts(greeting::DEFAULT, recipient, parts.as_array(), sign_off)
}

/// [`compose`] over borrowed parts, in reading order, opening with the
/// greeting word `word` (see [`greeting`]).
pub fn compose_parts(word: &str, recipient: &str, parts: [&str; 3], sign_off: &str) -> String {
    let [a, b, c] = parts;
    layout::compose_greeted(word, INVITATION, &[recipient, a, b, c, sign_off]).text
}

/// The first `max` chars of the note `layout` makes of `texts`, and whether
/// that is the whole note (then it may be longer than `max`).
///
/// Each field is read only as far as the prefix needs, so a preview of a
/// note holding a megabyte costs what a screenful does.
pub fn compose_prefix(word: &str, layout: Layout, texts: &[&str], max: usize) -> (String, bool) {
    let mut shapes = layout::shapes(layout, texts);
    let mut cut = false;
    for (line, shapes) in layout.iter().zip(&mut shapes) {
        for (slot, shape) in line.iter().zip(shapes.iter_mut()) {
            // The greeting reads only the ends of the name: never clipped.
            if let Some(shape) = shape.as_mut().filter(|_| slot.role != Role::Greeting) {
                let kept = &texts[slot.field][shape.kept.clone()];
                let (head, clipped) = clip(kept, max);
                shape.kept.end = shape.kept.start + head.len();
                cut |= clipped;
            }
        }
    }
    let mut note = layout::compose_shaped(word, layout, texts, &shapes).text;
    if cut && let Some((end, _)) = note.char_indices().nth(max) {
        note.truncate(end);
    }
    (note, !cut)
}

/// The start of `text` that composes into the same first `max + 1` chars
/// as the whole, and whether anything was left out.
///
/// The cut falls after `max + 1` non-whitespace chars, on a char that is
/// neither whitespace nor a comma or semicolon, so collapsing and the
/// trailing-punctuation rule treat the start exactly as inside the whole.
fn clip(text: &str, max: usize) -> (&str, bool) {
    let mut solid = 0;
    for (i, c) in text.char_indices() {
        if c.is_whitespace() {
            continue;
        }
        solid += 1;
        if solid > max && !matches!(c, ',' | ';') {
            let end = i + c.len_utf8();
            return (&text[..end], end < text.len());
        }
    }
    (text, false)
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
            "li\nWei",
            &parts("we met\n\n at   QCon", "", ""),
            "Best,\nAna",
        );
        assert_eq!(note, "Hi Li,\nWe met at QCon.\nBest, Ana");
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

    #[test]
    fn a_note_without_a_kind_is_an_invitation_and_other_kinds_use_their_fields() {
        let old: Note = serde_json::from_str(r#"{"recipient":"Ana","sign_off":"Tom"}"#).unwrap();
        assert_eq!(old.kind, Kind::Invitation);
        let note = Note {
            kind: Kind::FollowUp,
            recipient: "Ana".into(),
            fields: [("thanks".to_string(), "thanks for accepting".to_string())].into(),
            sign_off: "Tom".into(),
            ..Note::default()
        };
        assert_eq!(note.text(), "Hi Ana,\nThanks for accepting.\n– Tom");
        let json = serde_json::to_string(&note).unwrap();
        assert!(json.contains(r#""kind":"follow-up""#), "{json}");
        assert_eq!(serde_json::from_str::<Note>(&json).unwrap(), note);
    }

    #[test]
    fn prefix_is_the_start_of_the_note() {
        use crate::note::testgen::{Rng, TRICKY};
        let mut rng = Rng(0x5851_f42d_4c95_7f2d);
        for _ in 0..20_000 {
            let f = [(); 5].map(|()| rng.text(TRICKY, 12));
            let max = rng.below(14);
            let whole = compose(&f[0], &parts(&f[1], &f[2], &f[3]), &f[4]);
            let texts: Vec<&str> = f.iter().map(String::as_str).collect();
            let (prefix, complete) = compose_prefix("Hi", INVITATION, &texts, max);
            if complete {
                assert_eq!(prefix, whole, "{f:?}");
            } else {
                let start: String = whole.chars().take(max).collect();
                assert_eq!(prefix, start, "{f:?} max {max}");
                assert!(whole.chars().count() > max);
            }
        }
    }

    #[test]
    fn prefix_of_a_huge_part_reads_only_its_start() {
        let huge = "lorem ipsum ".repeat(100_000);
        let (prefix, complete) =
            compose_prefix("Hi", INVITATION, &["Ana", &huge, "", "", "Tom"], 20);
        assert_eq!(prefix, "Hi Ana,\nLorem ipsum ");
        assert!(!complete);
    }
}
