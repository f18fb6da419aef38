//! Templates as the composer uses them: filling in what the user already
//! typed, previewing, and finding the first gap left to fill.

use super::paste::sanitize;
use crate::library::{Template, placeholders};
use crate::note::{Parts, compose};

/// Placeholder names that stand for the recipient's name.
const RECIPIENT_NAMES: &[&str] = &["name", "first_name", "recipient", "their_name"];
/// Placeholder names that stand for the sender's name.
const SENDER_NAMES: &[&str] = &["sender", "me", "my_name", "your_name"];

/// `text` with the placeholders the composer already knows filled in:
/// the recipient from *To*, the sender from *Sign-off*. Others stay.
pub fn fill_known(text: &str, to: &str, sign_off: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some((start, end)) = find_placeholder(rest) {
        let name = rest[start..end].trim_matches(['{', '}']).trim();
        let value = if RECIPIENT_NAMES.contains(&name) {
            to.trim()
        } else if SENDER_NAMES.contains(&name) {
            sign_off.trim()
        } else {
            ""
        };
        out.push_str(&rest[..start]);
        out.push_str(if value.is_empty() {
            &rest[start..end]
        } else {
            value
        });
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

/// The byte range of the first `{placeholder}` in `text` (the library's
/// placeholder syntax, so prose braces are never taken for gaps).
pub fn find_placeholder(text: &str) -> Option<(usize, usize)> {
    placeholders(text)
        .first()
        .map(|(open, name)| (*open, open + name.len() + 2))
}

/// The template's parts with what the user typed filled in, cleaned like
/// pasted text: a template file is data, and its escape sequences must
/// never reach the terminal through a field.
pub fn parts(template: &Template, to: &str, sign_off: &str) -> Parts {
    let part = |text: &str| sanitize(&fill_known(text, to, sign_off), false);
    Parts {
        context: part(&template.parts.context),
        invite: part(&template.parts.invite),
        next_step: part(&template.parts.next_step),
    }
}

/// The note the template would give with the fields typed so far.
pub fn preview(template: &Template, to: &str, sign_off: &str) -> String {
    compose(to, &parts(template, to, sign_off), sign_off)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fills_names_and_keeps_other_gaps() {
        assert_eq!(
            fill_known("Hi {name}, loved {talk}. – {sender}", "Ana", "Tom"),
            "Hi Ana, loved {talk}. – Tom"
        );
        assert_eq!(fill_known("{name} here", "", "Tom"), "{name} here");
    }

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
