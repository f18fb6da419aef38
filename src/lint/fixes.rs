//! Mechanical edits that leave clean text behind: removing a phrase must
//! not leave double spaces, a space before punctuation, an empty line or a
//! sentence starting in lowercase.

use std::ops::Range;

use super::Fix;

fn is_hspace(c: char) -> bool {
    c == ' ' || c == '\t'
}

/// A fix removing `bytes`/`chars` (the same range in both units) from
/// `text`, and the byte range it replaces. `clause_start` says the phrase
/// opens a sentence or follows the greeting, so its trailing punctuation
/// goes with it.
pub fn remove_with_bytes(
    text: &str,
    bytes: Range<usize>,
    chars: Range<usize>,
    clause_start: bool,
) -> (Fix, Range<usize>) {
    let (mut bs, mut be) = (bytes.start, bytes.end);
    let (mut cs, mut ce) = (chars.start, chars.end);
    let trimmed_before = text[..bs].trim_end_matches(is_hspace);
    let prev = trimmed_before.chars().last();
    let mut replacement = String::new();
    if clause_start {
        let mut comma = false;
        while let Some(c) = text[be..]
            .chars()
            .next()
            .filter(|c| matches!(c, ',' | '.' | '!' | ';' | ':' | '…'))
        {
            comma |= c == ',';
            be += c.len_utf8();
            ce += 1;
        }
        if comma {
            let rest = &text[be..];
            let lead = rest.len() - rest.trim_start_matches(is_hspace).len();
            for conj in ["but ", "and ", "so "] {
                let word = &conj[..conj.len() - 1];
                if rest[lead..]
                    .get(..conj.len())
                    .is_some_and(|h| h.eq_ignore_ascii_case(conj))
                {
                    be += lead + word.len();
                    ce += lead + word.len();
                    break;
                }
            }
        }
        while let Some(c) = text[be..].chars().next().filter(|c| is_hspace(*c)) {
            be += c.len_utf8();
            ce += 1;
        }
        let at_line_end = text[be..]
            .chars()
            .next()
            .is_none_or(|c| c == '\n' || c == '\r');
        if at_line_end {
            while text[..bs].ends_with(is_hspace) {
                bs -= 1;
                cs -= 1;
            }
            let line_empty = text[..bs].chars().last().is_none_or(|c| c == '\n');
            if line_empty {
                if text[be..].starts_with('\n') {
                    be += 1;
                    ce += 1;
                } else if text[..bs].ends_with('\n') {
                    bs -= 1;
                    cs -= 1;
                }
            }
        } else if matches!(prev, None | Some('.' | '!' | '?' | '\n'))
            && let Some(c) = text[be..].chars().next().filter(|c| c.is_lowercase())
        {
            replacement.extend(c.to_uppercase());
            be += c.len_utf8();
            ce += 1;
        }
    } else {
        let next = text[be..].chars().next();
        if prev == Some(',') && matches!(next, Some('.' | '!' | '?' | ',' | ';')) {
            let spaces = bs - trimmed_before.len();
            bs = trimmed_before.len() - 1;
            cs -= spaces + 1;
        } else if text[..bs].ends_with(' ') {
            bs -= 1;
            cs -= 1;
        } else if text[be..].starts_with(' ') {
            be += 1;
            ce += 1;
        }
    }
    let fix = Fix {
        start: cs,
        end: ce,
        replacement,
    };
    (fix, bs..be)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::apply_fix;

    /// Removes the first occurrence of `phrase` from `text`.
    fn cut(text: &str, phrase: &str, clause_start: bool) -> String {
        let bs = text.find(phrase).unwrap();
        let be = bs + phrase.len();
        let cs = text[..bs].chars().count();
        let ce = cs + phrase.chars().count();
        apply_fix(
            text,
            &remove_with_bytes(text, bs..be, cs..ce, clause_start).0,
        )
    }

    #[test]
    fn removes_a_sentence_after_the_greeting() {
        let text = "Hi Ana, I hope this note finds you well. I liked your Lisbon talk.";
        assert_eq!(
            cut(text, "I hope this note finds you well", true),
            "Hi Ana, I liked your Lisbon talk."
        );
    }

    #[test]
    fn removes_a_leading_clause_and_its_conjunction() {
        let text = "Sorry to bother you, but your bike-lane map helped me.";
        assert_eq!(
            cut(text, "Sorry to bother you", true),
            "Your bike-lane map helped me."
        );
    }

    #[test]
    fn removes_a_trailing_clause_with_its_comma() {
        let text = "Your survey was sharp, sorry to bother you. Coffee?";
        assert_eq!(
            cut(text, "sorry to bother you", false),
            "Your survey was sharp. Coffee?"
        );
    }

    #[test]
    fn removes_a_last_sentence_without_leaving_a_space() {
        let text = "Great panel in Accra. I know you're busy!";
        assert_eq!(
            cut(text, "I know you're busy", true),
            "Great panel in Accra."
        );
    }

    #[test]
    fn removes_a_whole_line() {
        let text = "Hi Ana,\nI hope this finds you well.\nLoved the zine.";
        assert_eq!(
            cut(text, "I hope this finds you well", true),
            "Hi Ana,\nLoved the zine."
        );
    }

    #[test]
    fn removes_a_mid_sentence_phrase_and_one_space() {
        let text = "We met at the expo and sorry to bother you then.";
        assert_eq!(
            cut(text, "sorry to bother you", false),
            "We met at the expo and then."
        );
    }
}
