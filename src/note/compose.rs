//! Turning the parts of a note into the text a user pastes.

use serde::{Deserialize, Serialize};

use super::{Scenario, greeting};

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
/// `Hi` and the recipient's first name on its own line (`Hi Priya,`); the sign-off closes the note on its
/// own line, prefixed with a dash unless it already reads like a closing
/// (`Best, Sam`).
pub fn compose(recipient: &str, parts: &Parts, sign_off: &str) -> String {
    compose_parts(greeting::DEFAULT, recipient, parts.as_array(), sign_off)
}

/// [`compose`] over borrowed parts, in reading order, opening with the
/// greeting word `word` (see [`greeting`]).
pub fn compose_parts(word: &str, recipient: &str, parts: [&str; 3], sign_off: &str) -> String {
    join(
        greeting::line(word, recipient),
        parts,
        sign_off,
        sign_off.contains(','),
    )
}

/// The first `max` chars of the note [`compose`] writes, and whether that
/// is the whole note (then it may be longer than `max`).
///
/// Each field is read only as far as the prefix needs, so a preview of a
/// note holding a megabyte costs what a screenful does.
pub fn compose_prefix(
    word: &str,
    recipient: &str,
    parts: [&str; 3],
    sign_off: &str,
    max: usize,
) -> (String, bool) {
    let mut cut = false;
    let mut clip = |text| {
        let (head, clipped) = clip(text, max);
        cut |= clipped;
        head
    };
    let (to, [a, b, c], from) = (clip(recipient), parts.map(&mut clip), clip(sign_off));
    let mut note = join(
        greeting::line(word, to),
        [a, b, c],
        from,
        sign_off.contains(','),
    );
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

/// Greeting, sentences and sign-off as lines; `has_comma` says whether the
/// whole sign-off has a comma (the dash depends on it).
fn join(greeting: Option<String>, parts: [&str; 3], sign_off: &str, has_comma: bool) -> String {
    let mut lines: Vec<String> = Vec::with_capacity(3);
    lines.extend(greeting);
    let body: Vec<String> = parts.into_iter().filter_map(sentence).collect();
    if !body.is_empty() {
        lines.push(body.join(" "));
    }
    let closing = collapse(sign_off);
    if !closing.is_empty() {
        lines.push(sign_off_line(&closing, has_comma));
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
    if out.chars().last().is_some_and(needs_stop) {
        out.push('.');
    }
    Some(out)
}

/// Whether a part ending in `last` gets a full stop. A part ending in an
/// unfilled `{placeholder}` still reads as a sentence, so template previews
/// punctuate the same before and after filling. Shared by everything that
/// mirrors [`compose`] (the running count, the fix map).
pub(crate) fn needs_stop(last: char) -> bool {
    last.is_alphanumeric() || last == '}'
}

fn sign_off_line(closing: &str, has_comma: bool) -> String {
    let starts_with_letter = closing.chars().next().is_some_and(char::is_alphanumeric);
    if starts_with_letter && !has_comma {
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
    fn prefix_is_the_start_of_the_note() {
        use crate::note::testgen::{Rng, TRICKY};
        let mut rng = Rng(0x5851_f42d_4c95_7f2d);
        for _ in 0..20_000 {
            let f = [(); 5].map(|()| rng.text(TRICKY, 12));
            let max = rng.below(14);
            let whole = compose(&f[0], &parts(&f[1], &f[2], &f[3]), &f[4]);
            let (prefix, complete) = compose_prefix("Hi", &f[0], [&f[1], &f[2], &f[3]], &f[4], max);
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
        let (prefix, complete) = compose_prefix("Hi", "Ana", [&huge, "", ""], "Tom", 20);
        assert_eq!(prefix, "Hi Ana,\nLorem ipsum ");
        assert!(!complete);
    }
}
