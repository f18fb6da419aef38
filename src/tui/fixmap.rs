//! Mapping a lint fix, given in offsets of the composed note, back to the
//! field the text came from.
//!
//! `note::compose` normalises the fields (collapses whitespace, capitalises,
//! adds full stops, a greeting and a dash), so offsets in the note are not
//! offsets in any field; it also returns where each span of the note came
//! from, and that map is all this module reads. A fix whose text lies in
//! one field is applied to that field. A fix that spans several fields, or
//! only touches text the composer added, cannot be put back into the fields
//! faithfully: the caller then applies it to the whole note as free text.

use super::field::Field;
use crate::lint::Fix;
use crate::note::{Composed, Kind, Origin, compose_layout_greeted};

/// A fix translated to one field: replace raw chars `start..end`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldEdit {
    /// The field to edit.
    pub field: Field,
    /// First raw char to replace.
    pub start: usize,
    /// One past the last raw char to replace.
    pub end: usize,
    /// What goes there.
    pub replacement: String,
}

/// The note the fields of `kind` compose, greeted with `word`, with the
/// origin of every span.
pub fn compose_map(word: &str, kind: Kind, raw: &[String]) -> Composed {
    let texts: Vec<&str> = raw.iter().map(String::as_str).collect();
    compose_layout_greeted(word, kind.layout(), &texts)
}

/// Translates `fix` into an edit of one field, or `None` when it cannot be.
pub fn to_field_edit(word: &str, kind: Kind, raw: &[String], fix: &Fix) -> Option<FieldEdit> {
    let origins = compose_map(word, kind, raw).origins();
    let end = fix.end.max(fix.start).min(origins.len());
    let start = fix.start.min(end);
    let edit = |o: Origin, end: usize| {
        Some(FieldEdit {
            field: (o.field < raw.len()).then(|| Field::at(o.field))?,
            start: o.offset,
            end,
            replacement: fix.replacement.clone(),
        })
    };
    if start == end {
        // An insertion goes before the char at `start`, which must be a field's.
        let o = origins.get(start).copied().flatten()?;
        return edit(o, o.offset);
    }
    let touched: Vec<Origin> = origins[start..end].iter().flatten().copied().collect();
    let field = touched.first()?.field;
    if touched.iter().any(|o| o.field != field) {
        return None;
    }
    let lo = touched.iter().map(|o| o.offset).min()?;
    let hi = touched.iter().map(|o| o.offset).max()? + 1;
    edit(Origin { field, offset: lo }, hi)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::apply_fix;
    use crate::note::compose_parts;

    fn raw(fields: [&str; 5]) -> [String; 5] {
        fields.map(String::from)
    }

    fn fix(start: usize, end: usize, replacement: &str) -> Fix {
        Fix {
            start,
            end,
            replacement: replacement.into(),
        }
    }

    #[test]
    fn mirror_matches_compose() {
        let cases = crate::note::testgen::FIELD_SHAPES;
        for case in cases {
            let r = raw(case);
            for word in ["Hi", "", "Olá"] {
                let composed = compose_map(word, Kind::Invitation, &r);
                let parts = [r[1].as_str(), &r[2], &r[3]];
                assert_eq!(
                    composed.text,
                    compose_parts(word, &r[0], parts, &r[4]),
                    "{case:?}"
                );
                assert_eq!(composed.origins().len(), composed.text.chars().count());
            }
        }
    }

    #[test]
    fn fix_inside_one_field_maps_to_raw_offsets() {
        let r = raw(["Ana", "sorry to bother you,  we met at QCon", "", "", "Tom"]);
        let text = compose_map("Hi", Kind::Invitation, &r).text;
        let start = text.find("Sorry").unwrap();
        let len = "Sorry to bother you, ".len();
        let edit = to_field_edit("Hi", Kind::Invitation, &r, &fix(start, start + len, "")).unwrap();
        assert_eq!(edit.field, Field::Context);
        let mut context: Vec<char> = r[1].chars().collect();
        context.splice(edit.start..edit.end, []);
        let context: String = context.into_iter().collect();
        assert_eq!(context.trim_start(), "we met at QCon");
    }

    #[test]
    fn fix_covering_a_whole_part_and_its_separator() {
        let r = raw(["", "I hope this finds you well", "glad to connect", "", ""]);
        let text = compose_map("Hi", Kind::Invitation, &r).text;
        let f = fix(0, "I hope this finds you well. ".len(), "");
        assert_eq!(apply_fix(&text, &f), "Glad to connect.");
        let edit = to_field_edit("Hi", Kind::Invitation, &r, &f).unwrap();
        assert_eq!((edit.field, edit.start, edit.end), (Field::Context, 0, 26));
    }

    #[test]
    fn the_stop_after_a_placeholder_is_added_text() {
        let r = raw(["", "we met at {event}", "connect?", "", ""]);
        let text = compose_map("Hi", Kind::Invitation, &r).text;
        assert_eq!(text, "We met at {event}. Connect?");
        let stop = text.find('.').unwrap();
        assert_eq!(
            to_field_edit("Hi", Kind::Invitation, &r, &fix(stop, stop + 1, "!")),
            None
        );
        let edit = to_field_edit("Hi", Kind::Invitation, &r, &fix(0, 2, "We")).unwrap();
        assert_eq!((edit.field, edit.start, edit.end), (Field::Context, 0, 2));
    }

    #[test]
    fn a_fix_in_a_field_of_another_kind_maps_to_that_field() {
        let r: Vec<String> = [
            "Sam",
            "could you introduce me to Ana Lima?",
            "she built the team at Acme",
            "I'm Tom,  a data engineer",
            "no worries if not",
            "Tom",
        ]
        .map(String::from)
        .to_vec();
        let kind = Kind::IntroductionRequest;
        let text = compose_map("Hi", kind, &r).text;
        let start = text.find("a data").unwrap();
        let start = text[..start].chars().count();
        let edit = to_field_edit("Hi", kind, &r, &fix(start, start + 6, "an ops")).unwrap();
        assert_eq!((edit.field, edit.start, edit.end), (Field::at(3), 10, 16));
    }

    #[test]
    fn fix_across_fields_or_in_added_text_is_refused() {
        let r = raw(["Ana", "one", "two", "", ""]);
        let text = compose_map("Hi", Kind::Invitation, &r).text;
        assert_eq!(text, "Hi Ana,\nOne. Two.");
        assert_eq!(
            to_field_edit("Hi", Kind::Invitation, &r, &fix(8, 17, "")),
            None
        );
        assert_eq!(
            to_field_edit("Hi", Kind::Invitation, &r, &fix(0, 3, "Hello ")),
            None
        );
    }

    #[test]
    fn the_greeted_first_name_maps_back_to_the_to_field() {
        let r = raw(["  jose  Ruiz", "one", "", "", ""]);
        let text = compose_map("Hey", Kind::Invitation, &r).text;
        assert_eq!(text, "Hey Jose,\nOne.");
        let edit = to_field_edit("Hey", Kind::Invitation, &r, &fix(4, 8, "José")).unwrap();
        assert_eq!((edit.field, edit.start, edit.end), (Field::To, 2, 6));
    }
}
