//! A fix that only adds to the end of the note (the `missing-sign-off`
//! name, a closing word) goes into the field that ends the note, so the
//! note stays made of its fields: a new closing line fills the Sign-off.

use super::field::Field;
use crate::lint::Fix;

/// The field to change and its new raw text, when `fix` appends to `note`
/// (it removes nothing but trailing whitespace); `None` otherwise.
/// `raw` holds the fields of the note's kind, the sign-off last.
pub fn to_field(raw: &[String], note: &str, fix: &Fix) -> Option<(Field, String)> {
    let len = note.chars().count();
    let removed: String = note.chars().skip(fix.start).collect();
    if fix.end < len || fix.start > len || !removed.trim().is_empty() {
        return None;
    }
    let part = fix
        .replacement
        .trim_start_matches(|c: char| c.is_whitespace() || matches!(c, '–' | '-'))
        .trim_end();
    if part.is_empty() {
        return None;
    }
    let sign_off_field = Field::at(raw.len().checked_sub(1)?);
    if fix.replacement.starts_with('\n') {
        let sign_off = raw[sign_off_field.index()].trim_end();
        let text = if sign_off.trim().is_empty() {
            part.to_string()
        } else if sign_off.ends_with(',') {
            format!("{sign_off} {part}")
        } else {
            format!("{sign_off}, {part}")
        };
        return Some((sign_off_field, text));
    }
    let last = (0..raw.len())
        .rev()
        .map(Field::at)
        .find(|f| !raw[f.index()].trim().is_empty())?;
    let text = format!("{}{}", raw[last.index()].trim_end(), fix.replacement);
    Some((last, text))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn raw(fields: [&str; 5]) -> [String; 5] {
        fields.map(String::from)
    }

    fn fix(note: &str, replacement: &str) -> Fix {
        Fix {
            start: note.trim_end().chars().count(),
            end: note.chars().count(),
            replacement: replacement.into(),
        }
    }

    #[test]
    fn a_closing_line_fills_the_sign_off() {
        let note = "Hi Ana,\nWe met at QCon.";
        let r = raw(["Ana", "we met at QCon", "", "", ""]);
        assert_eq!(
            to_field(&r, note, &fix(note, "\n– Tom")),
            Some((Field::at(4), "Tom".into()))
        );
        let r = raw(["Ana", "we met at QCon", "", "", "Thanks"]);
        assert_eq!(
            to_field(&r, note, &fix(note, "\n– Tom")),
            Some((Field::at(4), "Thanks, Tom".into()))
        );
        let r = raw(["Ana", "we met at QCon", "", "", "Best,"]);
        assert_eq!(
            to_field(&r, note, &fix(note, "\n– Tom")),
            Some((Field::at(4), "Best, Tom".into()))
        );
    }

    #[test]
    fn other_appends_go_to_the_last_field_and_edits_inside_are_refused() {
        let note = "Hi Ana,\nWe met at QCon.";
        let r = raw(["Ana", "we met at QCon", "", "", ""]);
        assert_eq!(
            to_field(&r, note, &fix(note, " Coffee?")),
            Some((Field::Context, "we met at QCon Coffee?".into()))
        );
        let inside = Fix {
            start: 3,
            end: 6,
            replacement: "Bo".into(),
        };
        assert_eq!(to_field(&r, note, &inside), None);
    }
}
