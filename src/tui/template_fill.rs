//! Templates as the composer uses them: filling in what the user already
//! typed, previewing, and finding the first gap left to fill.

use super::field::Field;
use super::paste::sanitize;
use crate::library::{Template, Values, placeholders, with_people};
use crate::note::compose_layout_greeted;

/// The byte range of the first `{placeholder}` in `text` (the library's
/// placeholder syntax, so prose braces are never taken for gaps).
pub fn find_placeholder(text: &str) -> Option<(usize, usize)> {
    placeholders(text)
        .first()
        .map(|(open, name)| (*open, open + name.len() + 2))
}

/// The fields the template fills (all but the recipient and the sign-off,
/// in its kind's order), with the names typed so far filled in and cleaned
/// like a paste: a template file is data, and its escape sequences must
/// never reach the terminal through a field.
pub fn fields(template: &Template, to: &str, sign_off: &str) -> Vec<(Field, String)> {
    let values = with_people(&Values::new(), to, sign_off);
    let texts = template.texts(&values, to, sign_off);
    let last = texts.len().saturating_sub(1);
    texts
        .iter()
        .enumerate()
        .take(last)
        .skip(1)
        .map(|(i, text)| (Field::at(i), sanitize(text, false)))
        .collect()
}

/// The note the template would give with the fields typed so far,
/// greeted with `word`.
pub fn preview(template: &Template, word: &str, to: &str, sign_off: &str) -> String {
    let mut texts = vec![to.to_string()];
    texts.extend(fields(template, to, sign_off).into_iter().map(|(_, t)| t));
    texts.push(sign_off.to_string());
    let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
    compose_layout_greeted(word, template.kind.layout(), &refs).text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn template_parts_arrive_cleaned_like_a_paste() {
        let library = crate::library::Library::builtin();
        let mut t = library.get("met-at-event").unwrap().clone();
        t.parts.context = "we met\u{1b}]52;c;aGk=\u{7} at {event}\r\nin May".into();
        t.parts.invite = "let us\u{9b}2J connect".into();
        let p = fields(&t, "Ana", "Sam");
        assert_eq!(
            p[0],
            (Field::Context, "we met at {event} in May".to_string())
        );
        assert_eq!(p[1], (Field::Invite, "let us connect".to_string()));
    }

    #[test]
    fn a_template_of_another_kind_fills_its_own_fields() {
        let library = crate::library::Library::builtin();
        let t = library.get("thanks-and-an-article").unwrap();
        let filled = fields(t, "Ana", "Sam");
        let ids: Vec<&str> = filled.iter().map(|(f, _)| f.id(t.kind)).collect();
        assert_eq!(ids, ["thanks", "who_i_am", "offer", "next_step"]);
        assert_eq!(filled[0].1, "thanks for accepting");
        let note = preview(t, "Hello", "Ana", "Sam");
        assert!(
            note.starts_with("Hello Ana,\nThanks for accepting. I work on {field}"),
            "{note}"
        );
        assert!(note.ends_with("\n– Sam"), "{note}");
    }

    #[test]
    fn finds_the_first_real_placeholder() {
        assert_eq!(find_placeholder("a { b } {event} x"), Some((8, 15)));
        assert_eq!(find_placeholder("{a, b} {topic}."), Some((7, 14)));
        assert_eq!(find_placeholder("no gaps"), None);
        assert_eq!(find_placeholder("open { only"), None);
    }
}
