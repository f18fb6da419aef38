//! The length of a composed note without composing it.
//!
//! [`compose`](super::compose) collapses whitespace, capitalises and
//! punctuates each part, so the count of a note is not the sum of its
//! fields. A [`Tally`] keeps the few totals of a field's raw text that the
//! count depends on; an edit updates it in time proportional to the edit,
//! so a keystroke in a field holding a megabyte is measured in microseconds.
//! [`note_units`] turns the tallies of the five fields into the exact
//! UTF-16 count of the note.

use std::ops::Range;

use super::compose::needs_stop;

/// Running totals of one field's raw text.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Tally {
    /// UTF-16 code units of the whole text.
    pub units: usize,
    /// UTF-16 code units of its non-whitespace chars.
    pub solid: usize,
    /// Runs of non-whitespace chars: what `split_whitespace` yields.
    pub words: usize,
}

impl Tally {
    /// Counts `text` from scratch.
    pub fn of(text: &str) -> Tally {
        let mut tally = Tally::default();
        let mut after_space = true;
        for c in text.chars() {
            let units = c.len_utf16();
            tally.units += units;
            let space = c.is_whitespace();
            if !space {
                tally.solid += units;
                tally.words += usize::from(after_space);
            }
            after_space = space;
        }
        tally
    }

    /// Updates the tally of `before` for replacing the bytes `range` of it
    /// with `with`. Costs the length of the two pieces, not of the text.
    pub fn replace(&mut self, before: &str, range: Range<usize>, with: &str) {
        let removed = &before[range.clone()];
        let old = Tally::of(removed);
        let new = Tally::of(with);
        let solid = |c: Option<char>| c.is_some_and(|c| !c.is_whitespace());
        let left = solid(before[..range.start].chars().next_back());
        let right = solid(before[range.end..].chars().next());
        // A word that runs across an end of the piece is one word, not two.
        let joins = |piece: &str| {
            if piece.is_empty() {
                return usize::from(left && right);
            }
            usize::from(left && solid(piece.chars().next()))
                + usize::from(right && solid(piece.chars().next_back()))
        };
        self.units = self.units + new.units - old.units;
        self.solid = self.solid + new.solid - old.solid;
        self.words = self.words + joins(removed) + new.words - old.words - joins(with);
    }
}

/// A field's text with its tally, as [`note_units`] reads them.
#[derive(Debug, Clone, Copy)]
pub struct Measured<'a> {
    /// The raw text.
    pub text: &'a str,
    /// Its tally, kept current by the caller.
    pub tally: Tally,
}

impl<'a> Measured<'a> {
    /// `text` with a tally counted from scratch.
    pub fn new(text: &'a str) -> Measured<'a> {
        Measured {
            text,
            tally: Tally::of(text),
        }
    }
}

/// The UTF-16 count of `compose_parts(word, recipient, parts, sign_off)`.
///
/// Besides the tallies it only looks at the ends of the texts (leading
/// whitespace, trailing punctuation), which are short in any real note.
pub fn note_units(
    word: &str,
    recipient: Measured<'_>,
    parts: [Measured<'_>; 3],
    sign_off: Measured<'_>,
) -> usize {
    let mut units = 0;
    let mut lines: usize = 0;
    if recipient.tally.words > 0 {
        let line = super::greeting::line(word, recipient.text).unwrap_or_default();
        units += line.encode_utf16().count();
        lines += 1;
    }
    let sentences: Vec<usize> = parts.iter().filter_map(|p| sentence_units(*p)).collect();
    if !sentences.is_empty() {
        units += sentences.iter().sum::<usize>() + sentences.len() - 1;
        lines += 1;
    }
    let closing = collapsed_units(sign_off.tally);
    if closing > 0 {
        let first = sign_off.text.trim_start().chars().next();
        if first.is_some_and(char::is_alphanumeric) && !sign_off.text.contains(',') {
            units += "– ".encode_utf16().count();
        }
        units += closing;
        lines += 1;
    }
    units + lines.saturating_sub(1)
}

/// Units of the text with its whitespace runs collapsed to single spaces
/// and trimmed.
fn collapsed_units(tally: Tally) -> usize {
    if tally.words == 0 {
        0
    } else {
        tally.solid + tally.words - 1
    }
}

/// Units of the part as compose's sentence, or `None` when it leaves no
/// sentence (blank, or only commas and semicolons).
fn sentence_units(part: Measured<'_>) -> Option<usize> {
    if part.tally.words == 0 {
        return None;
    }
    let trailing = |c: char| c.is_whitespace() || matches!(c, ',' | ';');
    let kept = part.text.trim_end_matches(trailing);
    let last = kept.chars().next_back()?;
    // The trailing commas and semicolons go, with the single spaces that
    // collapsing left between them.
    let mut dropped = 0;
    let mut after_space = false;
    for c in part.text[kept.len()..].chars() {
        if c.is_whitespace() {
            after_space = true;
        } else {
            dropped += 1 + usize::from(after_space);
            after_space = false;
        }
    }
    let body = kept.trim_start();
    let first = body.chars().next()?;
    let upper: usize = first.to_uppercase().map(char::len_utf16).sum();
    let end = if body.len() == first.len_utf8() {
        first.to_uppercase().last().unwrap_or(first)
    } else {
        last
    };
    let stop = usize::from(needs_stop(end));
    Some(collapsed_units(part.tally) - dropped - first.len_utf16() + upper + stop)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::note::testgen::{Rng, TRICKY};
    use crate::note::{Parts, compose};

    fn text(rng: &mut Rng, max: usize) -> String {
        rng.text(TRICKY, max)
    }

    fn units(fields: &[String; 5]) -> usize {
        let parts = Parts {
            context: fields[1].clone(),
            invite: fields[2].clone(),
            next_step: fields[3].clone(),
        };
        compose(&fields[0], &parts, &fields[4])
            .encode_utf16()
            .count()
    }

    fn measured(fields: &[String; 5]) -> usize {
        let m = |i: usize| Measured::new(&fields[i]);
        note_units("Hi", m(0), [m(1), m(2), m(3)], m(4))
    }

    #[test]
    fn tally_counts_words_like_split_whitespace() {
        for s in ["", "  ", "a", " a  b ", "a\u{3000}b\nc", "🙂 x"] {
            let t = Tally::of(s);
            assert_eq!(t.words, s.split_whitespace().count(), "{s:?}");
            assert_eq!(t.units, s.encode_utf16().count(), "{s:?}");
        }
    }

    #[test]
    fn replace_agrees_with_a_recount() {
        let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
        for _ in 0..5_000 {
            let before = text(&mut rng, 12);
            let (a, b) = (rng.boundary(&before), rng.boundary(&before));
            let range = a.min(b)..a.max(b);
            let with = text(&mut rng, 4);
            let mut tally = Tally::of(&before);
            tally.replace(&before, range.clone(), &with);
            let mut after = before.clone();
            after.replace_range(range, &with);
            assert_eq!(tally, Tally::of(&after), "{before:?} -> {after:?}");
        }
    }

    #[test]
    fn note_units_agree_with_compose() {
        let mut rng = Rng(0x2545_f491_4f6c_dd1d);
        for _ in 0..20_000 {
            let fields = [(); 5].map(|()| text(&mut rng, 7));
            assert_eq!(measured(&fields), units(&fields), "{fields:?}");
        }
    }

    #[test]
    fn note_units_on_the_usual_shapes() {
        let cases = crate::note::testgen::FIELD_SHAPES;
        for case in cases {
            let fields = case.map(String::from);
            assert_eq!(measured(&fields), units(&fields), "{case:?}");
        }
    }
}
