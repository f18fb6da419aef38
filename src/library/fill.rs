//! The `{placeholder}` syntax of template parts: finding the names a part
//! uses and filling them from values.

use std::collections::BTreeMap;

/// Placeholder name → the text that replaces `{name}`.
///
/// A `BTreeMap` so that iteration (and anything printed from it) is stable.
pub type Values = BTreeMap<String, String>;

/// Placeholder names that stand for the recipient's name.
/// (`{first_name}` gets the part the greeting uses.)
const RECIPIENT_NAMES: &[&str] = &["name", "first_name", "recipient", "their_name"];
/// Placeholder names that stand for the sender's name.
const SENDER_NAMES: &[&str] = &["sender", "me", "my_name", "your_name"];

/// `values` with the people filled in: every placeholder that stands for
/// the recipient's name gets `recipient`, every one for the sender's name
/// gets `sender`, unless `values` sets it already. Blank names fill nothing,
/// so those gaps stay visible. The composer and `connote render` both fill
/// through here, so `{first_name}` means the same in each.
pub fn with_people(values: &Values, recipient: &str, sender: &str) -> Values {
    let mut out = values.clone();
    for (names, value) in [(RECIPIENT_NAMES, recipient), (SENDER_NAMES, sender)] {
        let value = value.trim();
        if value.is_empty() {
            continue;
        }
        for name in names {
            let value = if *name == "first_name" {
                crate::note::greeting::first_name(value)
            } else {
                value.to_string()
            };
            out.entry((*name).to_string()).or_insert(value);
        }
    }
    out
}

/// True when `name` can be written as `{name}`: an ASCII letter, then ASCII
/// letters, digits or underscores. Keeping the alphabet small means prose
/// with a literal brace (`{ }`, `{a, b}`) is never mistaken for a gap.
pub fn is_valid_name(name: &str) -> bool {
    let mut chars = name.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
}

/// Every `{name}` in `text`, in order, as (byte offset of `{`, name).
pub fn placeholders(text: &str) -> Vec<(usize, &str)> {
    let mut found = Vec::new();
    let mut from = 0;
    while let Some(open) = text[from..].find('{').map(|i| from + i) {
        let rest = &text[open + 1..];
        match rest.find(['}', '{']) {
            Some(close) if rest.as_bytes()[close] == b'}' && is_valid_name(&rest[..close]) => {
                found.push((open, &rest[..close]));
                from = open + close + 2;
            }
            _ => from = open + 1,
        }
    }
    found
}

/// `text` with each `{name}` replaced by its value. A name with no value,
/// or only whitespace, stays as `{name}` so the gap is visible in the note
/// and the `placeholder` lint rule reports it.
pub fn fill(text: &str, values: &Values) -> String {
    let mut out = String::with_capacity(text.len());
    let mut copied = 0;
    for (open, name) in placeholders(text) {
        let Some(value) = values.get(name).map(|v| v.trim()).filter(|v| !v.is_empty()) else {
            continue;
        };
        out.push_str(&text[copied..open]);
        out.push_str(value);
        copied = open + name.len() + 2;
    }
    out.push_str(&text[copied..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn values(pairs: &[(&str, &str)]) -> Values {
        pairs
            .iter()
            .map(|(k, v)| ((*k).to_string(), (*v).to_string()))
            .collect()
    }

    #[test]
    fn people_fill_their_names_and_keep_other_gaps() {
        let people = with_people(&Values::new(), "Ana", "Tom");
        assert_eq!(
            fill("Hi {name}, loved {talk}. – {sender}", &people),
            "Hi Ana, loved {talk}. – Tom"
        );
        let nobody = with_people(&Values::new(), "", "Tom");
        assert_eq!(fill("{first_name} here", &nobody), "{first_name} here");
        let set = with_people(&values(&[("name", "Bo")]), "Ana", "");
        assert_eq!(fill("{name}", &set), "Bo");
    }

    #[test]
    fn first_name_is_the_name_the_greeting_uses() {
        let people = with_people(&Values::new(), " priya  raman", "Sam");
        assert_eq!(fill("{first_name}/{name}", &people), "Priya/priya  raman");
    }

    #[test]
    fn finds_names_in_order() {
        let names: Vec<&str> = placeholders("at {event} on {topic}, {event} again")
            .into_iter()
            .map(|(_, n)| n)
            .collect();
        assert_eq!(names, ["event", "topic", "event"]);
    }

    #[test]
    fn ignores_braces_that_are_not_names() {
        assert!(placeholders("a { b } {} {1st} {a b} {x-y} {").is_empty());
        let found = placeholders("{{event}} {open {name}");
        assert_eq!(found, [(1, "event"), (16, "name")]);
    }

    #[test]
    fn fills_known_values_and_keeps_the_rest_visible() {
        let text = "we met at {event} and talked {topic}";
        let filled = fill(text, &values(&[("event", "RustFest"), ("topic", "  ")]));
        assert_eq!(filled, "we met at RustFest and talked {topic}");
    }

    #[test]
    fn fills_repeated_names_and_multibyte_text() {
        let filled = fill("{city} → {city}, café", &values(&[("city", "Zürich")]));
        assert_eq!(filled, "Zürich → Zürich, café");
    }

    #[test]
    fn values_are_inserted_literally() {
        let filled = fill("see {a}", &values(&[("a", "{b}"), ("b", "no")]));
        assert_eq!(filled, "see {b}");
    }

    #[test]
    fn names_are_ascii_identifiers() {
        assert!(is_valid_name("mutual_name"));
        assert!(is_valid_name("year2"));
        assert!(!is_valid_name("2nd"));
        assert!(!is_valid_name("first name"));
        assert!(!is_valid_name(""));
    }
}
