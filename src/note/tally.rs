//! The length of a composed note without composing it.
//!
//! [`compose`](super::compose) collapses whitespace, capitalises and
//! punctuates each part, so the count of a note is not the sum of its
//! fields. A [`Tally`] keeps the few totals of a field's raw text that the
//! count depends on; an edit updates it in time proportional to the edit,
//! so a keystroke in a field holding a megabyte is measured in microseconds.
//! [`note_units`] turns the tallies of a layout's fields into the exact
//! UTF-16 count of the note, reading what compose does to each field from
//! the same shapes compose follows.

use std::ops::Range;

use super::layout::{Layout, Role, shape};

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

/// The UTF-16 count of the text [`compose`](super::compose_layout) makes
/// of `fields` in `layout`, from their tallies and the shapes compose
/// gives their ends, which are short in any real note; the greeting opens
/// with `word` (see [`super::greeting`]).
pub fn note_units(word: &str, layout: Layout, fields: &[Measured<'_>]) -> usize {
    let mut units = 0;
    let mut lines: usize = 0;
    for line in layout {
        let slots: Vec<usize> = line
            .iter()
            .filter_map(|slot| slot_units(word, slot.role, *fields.get(slot.field)?))
            .collect();
        if !slots.is_empty() {
            units += slots.iter().sum::<usize>() + slots.len() - 1;
            lines += 1;
        }
    }
    units + lines.saturating_sub(1)
}

/// Units of one field as compose writes it in `role`, or `None` when it
/// leaves no trace.
fn slot_units(word: &str, role: Role, field: Measured<'_>) -> Option<usize> {
    if field.tally.words == 0 {
        return None;
    }
    if role == Role::Greeting {
        // The greeting reads only the first and last words of the name.
        let line = super::greeting::line(word, field.text)?;
        return Some(utf16(&line));
    }
    let shape = shape(role, field.text)?;
    let text = field.text;
    let mut kept = field.tally;
    kept.replace(text, shape.kept.end..text.len(), "");
    kept.replace(&text[..shape.kept.end], 0..shape.kept.start, "");
    let mut units = utf16(shape.lead) + kept.solid + kept.words - 1 + utf16(shape.trail);
    if let Some(upper) = &shape.first {
        let first = text[shape.kept.start..].chars().next()?;
        units = units + utf16(upper) - first.len_utf16();
    }
    Some(units)
}

fn utf16(s: &str) -> usize {
    s.encode_utf16().count()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::note::testgen::{Rng, TRICKY};
    use crate::note::{INVITATION, Parts, compose};

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
        let m: Vec<Measured<'_>> = fields.iter().map(|f| Measured::new(f)).collect();
        note_units("Hi", INVITATION, &m)
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
