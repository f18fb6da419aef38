//! Mapping a lint fix, given in offsets of the composed note, back to the
//! field the text came from.
//!
//! `note::compose` normalises the fields (collapses whitespace, capitalises,
//! adds full stops, a greeting and a dash), so offsets in the note are not
//! offsets in any field. [`compose_map`] composes the same text while
//! remembering where each char came from; a fix whose text lies in one
//! field is applied to that field. A fix that spans several fields, or
//! only touches text the composer added, cannot be put back into the fields
//! faithfully: the caller then applies it to the whole note as free text.

use super::field::Field;
use crate::lint::Fix;
use crate::note::{compose_parts, greeting, needs_stop};

/// Where a char of the composed note came from: a field and the char
/// offset in that field's raw text, or `None` for text compose added.
pub type Origin = Option<(Field, usize)>;

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

/// Composes like [`compose`] and returns the origin of every char.
pub fn compose_map(word: &str, raw: &[String; 5]) -> (String, Vec<Origin>) {
    let mut out: Vec<(char, Origin)> = Vec::new();
    let words = greeting::name_words(&raw[0]);
    if !words.is_empty() {
        if !word.is_empty() {
            synthetic(&mut out, word);
            synthetic(&mut out, " ");
        }
        let capitalise = greeting::capitalises(&words);
        for (i, (at, name)) in words.into_iter().enumerate() {
            if i > 0 {
                synthetic(&mut out, " ");
            }
            for (k, c) in name.chars().enumerate() {
                let origin = Some((Field::To, at + k));
                if k == 0 && capitalise {
                    out.extend(c.to_uppercase().map(|u| (u, origin)));
                } else {
                    out.push((c, origin));
                }
            }
        }
        synthetic(&mut out, ",");
    }
    let body: Vec<_> = [Field::Context, Field::Invite, Field::NextStep]
        .into_iter()
        .filter_map(|f| sentence(&raw[f.index()], f))
        .collect();
    for (i, s) in body.into_iter().enumerate() {
        if i == 0 {
            if !out.is_empty() {
                synthetic(&mut out, "\n");
            }
        } else {
            synthetic(&mut out, " ");
        }
        out.extend(s);
    }
    let closing = collapse(&raw[4], Field::SignOff);
    if let Some((first, _)) = closing.first() {
        if !out.is_empty() {
            synthetic(&mut out, "\n");
        }
        let has_comma = closing.iter().any(|(c, _)| *c == ',');
        if first.is_alphanumeric() && !has_comma {
            synthetic(&mut out, "– ");
        }
        out.extend(closing);
    }
    out.into_iter().unzip()
}

/// Translates `fix` into an edit of one field, or `None` when it cannot be.
pub fn to_field_edit(word: &str, raw: &[String; 5], fix: &Fix) -> Option<FieldEdit> {
    let (text, origins) = compose_map(word, raw);
    // Never guess: if the mirror ever disagrees with compose, give up.
    if text != compose_parts(word, &raw[0], [&raw[1], &raw[2], &raw[3]], &raw[4]) {
        return None;
    }
    let end = fix.end.max(fix.start).min(origins.len());
    let start = fix.start.min(end);
    if start == end {
        // An insertion goes before the char at `start`, which must be a field's.
        let (field, at) = origins.get(start).copied().flatten()?;
        return Some(FieldEdit {
            field,
            start: at,
            end: at,
            replacement: fix.replacement.clone(),
        });
    }
    let touched: Vec<(Field, usize)> = origins[start..end].iter().flatten().copied().collect();
    let (field, _) = *touched.first()?;
    if touched.iter().any(|(f, _)| *f != field) {
        return None;
    }
    let lo = touched.iter().map(|t| t.1).min()?;
    let hi = touched.iter().map(|t| t.1).max()? + 1;
    Some(FieldEdit {
        field,
        start: lo,
        end: hi,
        replacement: fix.replacement.clone(),
    })
}

fn synthetic(out: &mut Vec<(char, Origin)>, s: &str) {
    out.extend(s.chars().map(|c| (c, None)));
}

/// Whitespace runs become one space mapped to the run's first char.
fn collapse(raw: &str, field: Field) -> Vec<(char, Origin)> {
    let mut out = Vec::new();
    let mut gap: Option<usize> = None;
    for (i, c) in raw.chars().enumerate() {
        if c.is_whitespace() {
            gap.get_or_insert(i);
        } else {
            if let Some(g) = gap.take()
                && !out.is_empty()
            {
                out.push((' ', Some((field, g))));
            }
            out.push((c, Some((field, i))));
        }
    }
    out
}

/// Mirrors compose's sentence rule: trim trailing `,`/`;`, capitalise, add a stop.
fn sentence(raw: &str, field: Field) -> Option<Vec<(char, Origin)>> {
    let mut s = collapse(raw, field);
    while s.last().is_some_and(|(c, _)| matches!(c, ',' | ';')) {
        s.pop();
        while s.last().is_some_and(|(c, _)| c.is_whitespace()) {
            s.pop();
        }
    }
    let (first, origin) = *s.first()?;
    let mut out: Vec<(char, Origin)> = first.to_uppercase().map(|c| (c, origin)).collect();
    out.extend_from_slice(&s[1..]);
    if out.last().is_some_and(|(c, _)| needs_stop(*c)) {
        out.push(('.', None));
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::apply_fix;

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
                let (text, origins) = compose_map(word, &r);
                let parts = [r[1].as_str(), &r[2], &r[3]];
                assert_eq!(text, compose_parts(word, &r[0], parts, &r[4]), "{case:?}");
                assert_eq!(origins.len(), text.chars().count());
            }
        }
    }

    #[test]
    fn fix_inside_one_field_maps_to_raw_offsets() {
        let r = raw(["Ana", "sorry to bother you,  we met at QCon", "", "", "Tom"]);
        let (text, _) = compose_map("Hi", &r);
        let start = text.find("Sorry").unwrap();
        let len = "Sorry to bother you, ".len();
        let edit = to_field_edit("Hi", &r, &fix(start, start + len, "")).unwrap();
        assert_eq!(edit.field, Field::Context);
        let mut context: Vec<char> = r[1].chars().collect();
        context.splice(edit.start..edit.end, []);
        let context: String = context.into_iter().collect();
        assert_eq!(context.trim_start(), "we met at QCon");
    }

    #[test]
    fn fix_covering_a_whole_part_and_its_separator() {
        let r = raw(["", "I hope this finds you well", "glad to connect", "", ""]);
        let (text, _) = compose_map("Hi", &r);
        let f = fix(0, "I hope this finds you well. ".len(), "");
        assert_eq!(apply_fix(&text, &f), "Glad to connect.");
        let edit = to_field_edit("Hi", &r, &f).unwrap();
        assert_eq!((edit.field, edit.start, edit.end), (Field::Context, 0, 26));
    }

    #[test]
    fn fix_across_fields_or_in_added_text_is_refused() {
        let r = raw(["Ana", "one", "two", "", ""]);
        let (text, _) = compose_map("Hi", &r);
        assert_eq!(text, "Hi Ana,\nOne. Two.");
        assert_eq!(to_field_edit("Hi", &r, &fix(8, 17, "")), None);
        assert_eq!(to_field_edit("Hi", &r, &fix(0, 3, "Hello ")), None);
    }

    #[test]
    fn the_greeted_first_name_maps_back_to_the_to_field() {
        let r = raw(["  jose  Ruiz", "one", "", "", ""]);
        let (text, _) = compose_map("Hey", &r);
        assert_eq!(text, "Hey Jose,\nOne.");
        let edit = to_field_edit("Hey", &r, &fix(4, 8, "José")).unwrap();
        assert_eq!((edit.field, edit.start, edit.end), (Field::To, 2, 6));
    }
}
