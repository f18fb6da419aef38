//! Templates as the composer uses them: filling in what the user already
//! typed, previewing, and finding the first gap left to fill.

use crate::library::{Template, Values, placeholders, with_people};
use crate::note::{Parts, compose};

/// The byte range of the first `{placeholder}` in `text` (the library's
/// placeholder syntax, so prose braces are never taken for gaps).
pub fn find_placeholder(text: &str) -> Option<(usize, usize)> {
    placeholders(text)
        .first()
        .map(|(open, name)| (*open, open + name.len() + 2))
}

/// The template's parts with the names typed so far filled in: the
/// recipient from *To*, the sender from *Sign-off*. Other gaps stay.
pub fn parts(template: &Template, to: &str, sign_off: &str) -> Parts {
    template.render(&with_people(&Values::new(), to, sign_off))
}

/// The note the template would give with the fields typed so far.
pub fn preview(template: &Template, to: &str, sign_off: &str) -> String {
    compose(to, &parts(template, to, sign_off), sign_off)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_first_real_placeholder() {
        assert_eq!(find_placeholder("a { b } {event} x"), Some((8, 15)));
        assert_eq!(find_placeholder("{a, b} {topic}."), Some((7, 14)));
        assert_eq!(find_placeholder("no gaps"), None);
        assert_eq!(find_placeholder("open { only"), None);
    }
}
