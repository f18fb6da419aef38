//! The greeting line: which word opens the note and which part of the
//! recipient's name it uses.
//!
//! People are greeted by their first name (`Priya Raman` gives `Hi Priya,`)
//! while the lint keeps the full name for its own checks. A name typed in
//! lower case is capitalised; one with a capital is kept as typed
//! (`McKenzie`, `de Souza`). A title keeps the family name with it
//! (`Dr. Amara Osei` gives `Dear Dr. Osei,`).

/// The greeting words the composer cycles through, in order; the empty
/// word is "no greeting word" (`Priya,`).
pub const WORDS: [&str; 5] = ["Hi", "Hello", "Dear", "Hey", ""];

/// The word used when nothing is configured.
pub const DEFAULT: &str = "Hi";

/// How the config and the status line name the empty word.
pub const NONE: &str = "none";

/// Titles that keep the family name with them, lower case, from the `title` list of `assets/phrases.json`
/// (written by build.rs), so the greeting and the lint know the same ones.
const TITLES: &[&str] = include!(concat!(env!("OUT_DIR"), "/titles.rs"));

/// A greeting word as the config stores it: `none` is no word, anything
/// else is used as written, whitespace collapsed.
pub fn word_from_config(value: &str) -> String {
    let word = value.split_whitespace().collect::<Vec<_>>().join(" ");
    if word.eq_ignore_ascii_case(NONE) {
        String::new()
    } else {
        word
    }
}

/// The word after `word` in [`WORDS`]; a custom word is followed by the
/// first of them.
pub fn next_word(word: &str) -> &'static str {
    WORDS
        .iter()
        .position(|w| *w == word)
        .map_or(WORDS[0], |i| WORDS[(i + 1) % WORDS.len()])
}

/// The words of `to` the greeting uses, each with the char offset where it
/// starts in `to`: the first word, or a title and the last word.
pub fn name_words(to: &str) -> Vec<(usize, &str)> {
    let mut words = Vec::new();
    let mut start = None;
    // Only the first two words and the last one are ever needed, so a huge
    // field costs no more than its ends.
    let mut last = None;
    for (i, (byte, c)) in to.char_indices().enumerate() {
        match (c.is_whitespace(), start) {
            (false, None) => start = Some((i, byte)),
            (true, Some((ci, b))) => {
                let word = (ci, &to[b..byte]);
                if words.len() < 2 {
                    words.push(word);
                }
                last = Some(word);
                start = None;
                if words.len() == 2 && !is_title(words[0].1) {
                    break;
                }
            }
            _ => {}
        }
    }
    if let Some((ci, b)) = start {
        let word = (ci, &to[b..]);
        if words.len() < 2 {
            words.push(word);
        }
        last = Some(word);
    }
    match (words.first(), last) {
        (Some(first), Some(last)) if is_title(first.1) && words.len() > 1 => vec![*first, last],
        (Some(first), _) => vec![*first],
        _ => Vec::new(),
    }
}

fn is_title(word: &str) -> bool {
    let bare = word.trim_end_matches('.').to_lowercase();
    TITLES.contains(&bare.as_str())
}

/// Whether the greeting capitalises the name: only when none of its words
/// has a capital already.
pub fn capitalises(words: &[(usize, &str)]) -> bool {
    !words.iter().any(|(_, w)| w.chars().any(char::is_uppercase))
}

/// The name as the greeting writes it.
pub fn first_name(to: &str) -> String {
    let words = name_words(to);
    let capitalise = capitalises(&words);
    let written: Vec<String> = words
        .iter()
        .map(|(_, w)| {
            if capitalise {
                capitalised(w)
            } else {
                (*w).to_string()
            }
        })
        .collect();
    written.join(" ")
}

/// `word` with its first letter in upper case.
pub fn capitalised(word: &str) -> String {
    let mut chars = word.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// The greeting line for `to` (`Hi Priya,`), or `None` when `to` is blank.
pub fn line(word: &str, to: &str) -> Option<String> {
    let name = first_name(to);
    if name.is_empty() {
        None
    } else if word.is_empty() {
        Some(format!("{name},"))
    } else {
        Some(format!("{word} {name},"))
    }
}

/// Whether `to` reads like a person's name: no digits, at most four words,
/// no sentence punctuation (a full stop only closes a title, an initial or
/// a short capitalised word such as `Jr.`).
pub fn looks_like_name(to: &str) -> bool {
    let words: Vec<&str> = to.split_whitespace().take(5).collect();
    if words.is_empty() || words.len() > 4 {
        return words.is_empty();
    }
    words.iter().all(|w| {
        // `Dr.`, `J.`, `Jr.`: a title, an initial or a capitalised short word.
        let short = w.ends_with('.') && w.chars().count() <= 4;
        let initial = w.chars().next().is_some_and(char::is_uppercase) || is_title(w);
        let dot_ok = !w.contains('.') || (short && initial);
        dot_ok
            && !w
                .chars()
                .any(|c| c.is_numeric() || matches!(c, '!' | '?' | ';' | ':' | ',' | '@' | '/'))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn greets_by_first_name_capitalised_when_typed_in_lower_case() {
        assert_eq!(line("Hi", "Priya Raman").as_deref(), Some("Hi Priya,"));
        assert_eq!(line("Hi", "priya").as_deref(), Some("Hi Priya,"));
        assert_eq!(
            line("Hi", "  McKenzie  Lee ").as_deref(),
            Some("Hi McKenzie,")
        );
        assert_eq!(line("Hi", "élodie").as_deref(), Some("Hi Élodie,"));
        assert_eq!(line("Hi", "   "), None);
    }

    #[test]
    fn a_title_keeps_the_family_name() {
        assert_eq!(
            line("Dear", "Dr. Amara Osei").as_deref(),
            Some("Dear Dr. Osei,")
        );
        assert_eq!(line("Dear", "prof ng").as_deref(), Some("Dear Prof Ng,"));
        assert_eq!(line("Hi", "Dr.").as_deref(), Some("Hi Dr.,"));
        // The titles are the lint's `title` list, not a shorter copy.
        assert_eq!(
            line("Hallo", "Frau Anna Müller").as_deref(),
            Some("Hallo Frau Müller,")
        );
        assert_eq!(
            line("Hola", "Señora Lucía Pérez").as_deref(),
            Some("Hola Señora Pérez,")
        );
    }

    #[test]
    fn no_word_and_custom_words() {
        assert_eq!(line("", "Ana").as_deref(), Some("Ana,"));
        assert_eq!(line("Olá", "ana").as_deref(), Some("Olá Ana,"));
        assert_eq!(word_from_config(" none "), "");
        assert_eq!(word_from_config("Good  morning"), "Good morning");
    }

    #[test]
    fn the_words_cycle_and_a_custom_one_returns_to_the_first() {
        let mut w = DEFAULT;
        let mut seen = vec![w];
        for _ in 0..WORDS.len() {
            w = next_word(w);
            seen.push(w);
        }
        assert_eq!(seen, ["Hi", "Hello", "Dear", "Hey", "", "Hi"]);
        assert_eq!(next_word("Olá"), "Hi");
    }

    #[test]
    fn name_words_carry_char_offsets() {
        assert_eq!(name_words(" é Bo"), [(1, "é")]);
        assert_eq!(name_words("Dr. A B  Cé"), [(0, "Dr."), (9, "Cé")]);
        assert!(name_words("").is_empty());
    }

    #[test]
    fn what_looks_like_a_name() {
        for name in [
            "Priya Raman",
            "Dr. Amara Osei",
            "J. R. Tolkien",
            "Jean-Luc",
            "李伟",
            "",
        ] {
            assert!(looks_like_name(name), "{name}");
        }
        for not in [
            "met her at the conference last week",
            "Priya 2",
            "Hello there!",
            "is this right?",
            "she said so. really",
            "priya@example.com",
        ] {
            assert!(!looks_like_name(not), "{not}");
        }
    }
}
