//! Templates as the composer uses them: filling in what the user already
//! typed, previewing, and finding the first gap left to fill.

use super::paste::sanitize;
use crate::library::{Template, Values, placeholders, with_people};
use crate::note::{Parts, compose_parts};

/// The byte range of the first `{placeholder}` in `text` (the library's
/// placeholder syntax, so prose braces are never taken for gaps).
pub fn find_placeholder(text: &str) -> Option<(usize, usize)> {
    placeholders(text)
        .first()
        .map(|(open, name)| (*open, open + name.len() + 2))
}

/// The template's parts with the names typed so far filled in: the
/// recipient from *To*, the sender from *Sign-off*. Other gaps stay. The
/// parts are cleaned like pasted text: a template file is data, and its
/// escape sequences must never reach the terminal through a field.
pub fn parts(template: &Template, to: &str, sign_off: &str) -> Parts {
    let filled = template.render(&with_people(&Values::new(), to, sign_off));
    let part = |text: &str| sanitize(text, false);
    Parts {
        context: part(&filled.context),
        invite: part(&filled.invite),
        next_step: part(&filled.next_step),
    }
}

/// The note the template would give with the fields typed so far,
/// greeted with `word`.
pub fn preview(template: &Template, word: &str, to: &str, sign_off: &str) -> String {
    let p = parts(template, to, sign_off);
    compose_parts(word, to, p.as_array(), sign_off)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn template_parts_arrive_cleaned_like_a_paste() {
        let mut t = crate::library::Library::builtin().all()[0].clone();
        t.parts.context = "we met\u{1b}]52;c;aGk=\u{7} at {event}\r\nin May".into();
        t.parts.invite = "let us\u{9b}2J connect".into();
        let p = parts(&t, "Ana", "Sam");
        assert_eq!(p.context, "we met at {event} in May");
        assert_eq!(p.invite, "let us connect");
    }

    #[test]
    fn finds_the_first_real_placeholder() {
        assert_eq!(find_placeholder("a { b } {event} x"), Some((8, 15)));
        assert_eq!(find_placeholder("{a, b} {topic}."), Some((7, 14)));
        assert_eq!(find_placeholder("no gaps"), None);
        assert_eq!(find_placeholder("open { only"), None);
    }
}
