//! The one place that knows how a note's fields become its text.
//!
//! A [`Layout`] says which field goes where: lines of slots, each slot a
//! field index and the [`Role`] its text plays there. [`compose`] writes the
//! text and a map from each output span to the field and offset it came
//! from ([`Composed`]). What compose does to a field depends only on the
//! ends of its text (a greeting around it, a capital letter, trailing
//! commas dropped, a full stop); [`shape`] decides those ends, and the
//! middle is the text with its whitespace collapsed. The running count
//! ([`super::tally`]) reads the same shapes, so it never has to mirror the
//! rules.

use std::ops::Range;

/// How one field's text enters the note.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// The name in the greeting line: the greeting word, the first name
    /// (see [`super::greeting`]) and a comma.
    Greeting,
    /// A sentence: whitespace collapsed, first letter capitalised, trailing
    /// commas and semicolons dropped, a full stop when it ends in a letter,
    /// a digit or an unfilled `{placeholder}`.
    Sentence,
    /// Text kept as typed, its whitespace collapsed (a subject line, a name).
    Plain,
    /// The person an introduction is asked for: a bare name (`Ana Lima`)
    /// becomes the ask (`Could you introduce me to Ana Lima?`), anything
    /// else is a [`Role::Sentence`] in the user's own words.
    Target,
    /// The closing line: a dash before it unless it reads like a closing
    /// (`Best, Sam`, `— Sam`).
    SignOff,
}

/// One field in its place: the index of the field in the caller's list of
/// texts, and its role.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Slot {
    /// Index into the texts given to [`compose`].
    pub field: usize,
    /// What compose does to it.
    pub role: Role,
}

/// Lines of slots. The slots of a line are joined by a space, the lines by
/// a line break; blank slots and lines leave no trace.
pub type Layout = &'static [&'static [Slot]];

/// Where a run of the composed text came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Origin {
    /// The field, as an index into the texts.
    pub field: usize,
    /// The char offset in that field's raw text.
    pub offset: usize,
}

/// A run of the composed text: `len` chars from char `start`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    /// First char of the run in the composed text.
    pub start: usize,
    /// Its length in chars.
    pub len: usize,
    /// For text copied from a field, where its first char came from (the
    /// others follow it one for one); `None` for text compose added.
    pub origin: Option<Origin>,
}

/// A composed text with the map of where each of its chars came from.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Composed {
    /// The text to paste.
    pub text: String,
    /// Consecutive runs covering the text, in order.
    pub spans: Vec<Span>,
}

impl Composed {
    /// The origin of every char of the text, in order.
    pub fn origins(&self) -> Vec<Option<Origin>> {
        let mut out = Vec::with_capacity(self.spans.iter().map(|s| s.len).sum());
        for span in &self.spans {
            out.extend((0..span.len).map(|i| {
                span.origin.map(|o| Origin {
                    field: o.field,
                    offset: o.offset + i,
                })
            }));
        }
        out
    }

    fn added(&mut self, s: &str) {
        for c in s.chars() {
            self.push(c, None);
        }
    }

    /// Appends `c`, extending the last span when it continues it.
    fn push(&mut self, c: char, origin: Option<Origin>) {
        self.text.push(c);
        if let Some(last) = self.spans.last_mut() {
            let continues = match (last.origin, origin) {
                (None, None) => true,
                (Some(a), Some(b)) => a.field == b.field && a.offset + last.len == b.offset,
                _ => false,
            };
            if continues {
                last.len += 1;
                return;
            }
        }
        let start = self.spans.last().map_or(0, |s| s.start + s.len);
        self.spans.push(Span {
            start,
            len: 1,
            origin,
        });
    }
}

/// What compose does to one field's text: added text around it, the byte
/// range of the raw text that stays (its whitespace then collapsed), and a
/// replacement for its first char.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Shape {
    /// Added before the text.
    pub lead: &'static str,
    /// The bytes of the raw text that are kept; they start and end with a
    /// non-whitespace char.
    pub kept: Range<usize>,
    /// What the first kept char becomes, when it changes.
    pub first: Option<String>,
    /// Added after the text.
    pub trail: &'static str,
}

/// The shape of `text` in `role`, or `None` when it leaves no trace.
/// Reads only the ends of the text, except that a sign-off is searched for
/// a comma.
pub(crate) fn shape(role: Role, text: &str) -> Option<Shape> {
    match role {
        Role::Greeting => greeting(text),
        Role::Sentence => sentence(text),
        Role::Plain => Some(plain(text)?.0),
        Role::SignOff => sign_off(text),
        Role::Target => target(text),
    }
}

/// A bare name asked for by name; anything else as a sentence.
fn target(text: &str) -> Option<Shape> {
    if !is_bare_name(text) {
        return sentence(text);
    }
    let (shape, _) = plain(text)?;
    Some(Shape {
        lead: "Could you introduce me to ",
        trail: "?",
        ..shape
    })
}

/// Whether `text` is only a name: it reads like one (see
/// [`super::greeting::looks_like_name`]) and every word is capitalised,
/// except the particles of family names (`Ana de Souza`). "introduce me
/// to Ana" is a sentence, not a name.
fn is_bare_name(text: &str) -> bool {
    const PARTICLES: [&str; 16] = [
        "al", "bin", "da", "das", "de", "del", "den", "der", "di", "do", "dos", "du", "la", "le",
        "van", "von",
    ];
    !text.trim().is_empty()
        && super::greeting::looks_like_name(text)
        && text
            .split_whitespace()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase) || PARTICLES.contains(&w))
}

/// The kept bytes of `text` (its ends trimmed) and its first char, or
/// `None` when it is blank.
fn plain(text: &str) -> Option<(Shape, char)> {
    let trimmed = text.trim();
    let first = trimmed.chars().next()?;
    let start = trimmed.as_ptr() as usize - text.as_ptr() as usize;
    let shape = Shape {
        lead: "",
        kept: start..start + trimmed.len(),
        first: None,
        trail: "",
    };
    Some((shape, first))
}

/// The greeting's extent: the name, trimmed. What it writes is decided by
/// [`super::greeting`] (`Hi Priya,`), see [`write_greeting`].
fn greeting(name: &str) -> Option<Shape> {
    let (shape, _) = plain(name)?;
    Some(Shape {
        lead: "Hi ",
        trail: ",",
        ..shape
    })
}

fn sentence(text: &str) -> Option<Shape> {
    let kept = text.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, ',' | ';'));
    let (shape, first) = plain(kept)?;
    let upper: String = first.to_uppercase().collect();
    let only = shape.kept.len() == first.len_utf8();
    let last = if only {
        upper.chars().next_back()
    } else {
        kept.chars().next_back()
    };
    let trail = if last.is_some_and(needs_stop) {
        "."
    } else {
        ""
    };
    let changed = upper.chars().ne(std::iter::once(first));
    Some(Shape {
        first: changed.then_some(upper),
        trail,
        ..shape
    })
}

fn sign_off(text: &str) -> Option<Shape> {
    let (shape, first) = plain(text)?;
    let dash = first.is_alphanumeric() && !text.contains(',');
    Some(Shape {
        lead: if dash { "– " } else { "" },
        ..shape
    })
}

/// Whether a part ending in `last` gets a full stop. A part ending in an
/// unfilled `{placeholder}` still reads as a sentence, so template previews
/// punctuate the same before and after filling.
pub(crate) fn needs_stop(last: char) -> bool {
    last.is_alphanumeric() || last == '}'
}

/// Writes the note `layout` makes of `texts`, with the origin of every span,
/// greeting with the default word (`Hi`). A slot whose field is missing
/// from `texts` counts as blank.
pub fn compose(layout: Layout, texts: &[&str]) -> Composed {
    compose_greeted(super::greeting::DEFAULT, layout, texts)
}

/// [`compose`], opening the greeting with `word` (`Hello`; empty for none).
pub fn compose_greeted(word: &str, layout: Layout, texts: &[&str]) -> Composed {
    let shapes = shapes(layout, texts);
    compose_shaped(word, layout, texts, &shapes)
}

/// The shape of every slot of `layout`, line by line.
pub(crate) fn shapes(layout: Layout, texts: &[&str]) -> Vec<Vec<Option<Shape>>> {
    layout
        .iter()
        .map(|line| {
            line.iter()
                .map(|slot| shape(slot.role, texts.get(slot.field).copied().unwrap_or("")))
                .collect()
        })
        .collect()
}

/// Writes the slots of `layout` as `shapes` says.
pub(crate) fn compose_shaped(
    word: &str,
    layout: Layout,
    texts: &[&str],
    shapes: &[Vec<Option<Shape>>],
) -> Composed {
    let mut out = Composed::default();
    for (line, shapes) in layout.iter().zip(shapes) {
        let mut first_in_line = true;
        for (slot, shape) in line.iter().zip(shapes) {
            let Some(shape) = shape else { continue };
            if first_in_line && !out.text.is_empty() {
                out.added("\n");
            } else if !first_in_line {
                out.added(" ");
            }
            first_in_line = false;
            if slot.role == Role::Greeting {
                write_greeting(&mut out, word, slot.field, texts[slot.field]);
            } else {
                write(&mut out, slot.field, texts[slot.field], shape);
            }
        }
    }
    out
}

/// The greeting line: `word`, the name as [`super::greeting`] picks it
/// (the first name, or a title and the family name), each char mapped to
/// the name's raw text, and a comma.
fn write_greeting(out: &mut Composed, word: &str, field: usize, text: &str) {
    use super::greeting;
    let words = greeting::name_words(text);
    if !word.is_empty() {
        out.added(word);
        out.added(" ");
    }
    let capitalise = greeting::capitalises(&words);
    for (i, (at, name)) in words.into_iter().enumerate() {
        if i > 0 {
            out.added(" ");
        }
        for (k, c) in name.chars().enumerate() {
            let origin = Some(Origin {
                field,
                offset: at + k,
            });
            if k == 0 && capitalise {
                c.to_uppercase().for_each(|u| out.push(u, origin));
            } else {
                out.push(c, origin);
            }
        }
    }
    out.added(",");
}

/// One field's text as its shape says: the kept bytes with each run of
/// whitespace collapsed to one space (mapped to the run's first char).
fn write(out: &mut Composed, field: usize, text: &str, shape: &Shape) {
    out.added(shape.lead);
    let offset = text[..shape.kept.start].chars().count();
    let mut gap = None;
    let mut first = shape.first.as_deref();
    for (i, c) in text[shape.kept.clone()].chars().enumerate() {
        let origin = Some(Origin {
            field,
            offset: offset + i,
        });
        if c.is_whitespace() {
            gap.get_or_insert(origin);
            continue;
        }
        if let Some(space) = gap.take() {
            out.push(' ', space);
        }
        match first.take() {
            Some(upper) => upper.chars().for_each(|u| out.push(u, origin)),
            None => out.push(c, origin),
        }
    }
    out.added(shape.trail);
}

#[cfg(test)]
mod tests {
    use super::*;

    const TWO: Layout = &[
        &[Slot {
            field: 0,
            role: Role::Greeting,
        }],
        &[
            Slot {
                field: 1,
                role: Role::Sentence,
            },
            Slot {
                field: 2,
                role: Role::Sentence,
            },
        ],
    ];

    #[test]
    fn spans_cover_the_text_and_point_into_the_fields() {
        let texts = ["  Ana ", "we  met", "ßo"];
        let c = compose(TWO, &texts);
        assert_eq!(c.text, "Hi Ana,\nWe met. SSo.");
        let origins = c.origins();
        assert_eq!(origins.len(), c.text.chars().count());
        let chars: Vec<char> = c.text.chars().collect();
        for (ch, origin) in chars.iter().zip(&origins) {
            let Some(o) = origin else { continue };
            let raw = texts[o.field].chars().nth(o.offset).unwrap();
            let same = raw == *ch || (raw.is_whitespace() && *ch == ' ');
            assert!(same || raw.to_uppercase().any(|u| u == *ch), "{ch:?} {o:?}");
        }
        assert_eq!(
            origins[3],
            Some(Origin {
                field: 0,
                offset: 2
            })
        );
        assert_eq!(origins[0], None);
    }

    #[test]
    fn every_copied_char_points_at_its_raw_char() {
        use crate::note::testgen::{Rng, TRICKY};
        let mut rng = Rng(0x1234_5678_9abc_def1);
        for _ in 0..5_000 {
            let texts = [(); 5].map(|()| rng.text(TRICKY, 8));
            let refs = texts.each_ref().map(String::as_str);
            let c = compose(crate::note::INVITATION, &refs);
            let origins = c.origins();
            assert_eq!(origins.len(), c.text.chars().count(), "{texts:?}");
            for (ch, o) in c.text.chars().zip(origins) {
                let Some(o) = o else { continue };
                let raw = texts[o.field].chars().nth(o.offset).unwrap();
                let same = raw == ch || (raw.is_whitespace() && ch == ' ');
                assert!(same || raw.to_uppercase().any(|u| u == ch), "{texts:?}");
            }
        }
    }

    #[test]
    fn a_missing_field_is_blank_and_the_model_takes_any_number_of_fields() {
        assert_eq!(compose(TWO, &["Ana"]).text, "Hi Ana,");
        let one: Layout = &[&[Slot {
            field: 6,
            role: Role::Plain,
        }]];
        let texts = ["", "", "", "", "", "", " Re:  coffee "];
        assert_eq!(compose(one, &texts).text, "Re: coffee");
    }
}

#[cfg(test)]
mod target_tests {
    use super::*;
    use crate::note::Kind;

    const WHO: Layout = &[&[Slot {
        field: 0,
        role: Role::Target,
    }]];

    fn who(text: &str) -> String {
        compose(WHO, &[text]).text
    }

    #[test]
    fn a_bare_name_becomes_the_ask() {
        assert_eq!(who(" Leo  Park "), "Could you introduce me to Leo Park?");
        assert_eq!(
            who("Ana de Souza"),
            "Could you introduce me to Ana de Souza?"
        );
        assert_eq!(who("Dr. Mei Lin"), "Could you introduce me to Dr. Mei Lin?");
    }

    #[test]
    fn anything_else_is_the_users_sentence() {
        assert_eq!(who("introduce me to Ana"), "Introduce me to Ana.");
        assert_eq!(who("someone at Acme"), "Someone at Acme.");
        assert_eq!(
            who("Could you put me in touch with Ana Lima?"),
            "Could you put me in touch with Ana Lima?"
        );
        assert_eq!(who("   "), "");
    }

    #[test]
    fn the_ask_maps_back_to_the_name() {
        let composed = compose(WHO, &["Leo Park"]);
        let origins = composed.origins();
        let at = composed.text.find("Leo").expect("the name");
        let chars_before = composed.text[..at].chars().count();
        assert_eq!(
            origins[chars_before].map(|o| (o.field, o.offset)),
            Some((0, 0))
        );
        assert_eq!(origins[0], None, "the ask is added text");
    }

    #[test]
    fn an_introduction_request_names_its_target_from_a_bare_name() {
        let texts = [
            "Maya",
            "Leo Park",
            "he runs the retrofit pilots",
            "",
            "",
            "Rui",
        ];
        let note = compose(Kind::IntroductionRequest.layout(), &texts).text;
        assert!(
            note.contains("Could you introduce me to Leo Park? He runs"),
            "{note}"
        );
    }
}
