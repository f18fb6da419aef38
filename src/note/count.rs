//! Counting characters the way LinkedIn's box does, conservatively.

use serde::Serialize;
use unicode_segmentation::UnicodeSegmentation;

/// The size of a note: what the limit is checked against, and what a reader sees.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct Count {
    /// UTF-16 code units: what LinkedIn's box measures.
    #[serde(rename = "count")]
    pub units: usize,
    /// User-perceived characters (extended grapheme clusters, UAX #29).
    pub graphemes: usize,
}

/// Counts `text` exactly as it will be pasted.
pub fn count(text: &str) -> Count {
    // ASCII is standalone: only what follows the first other byte is read as chars.
    let ascii = crate::scan::first_non_ascii(text.as_bytes()).unwrap_or(text.len());
    if text[ascii..].chars().all(standalone) {
        // Each char is its own grapheme, except CR LF which is one (UAX #29 GB3).
        let chars = ascii + text[ascii..].chars().count();
        let bytes = text.as_bytes();
        let crlf = memchr::memchr_iter(b'\r', bytes)
            .filter(|&at| bytes.get(at + 1) == Some(&b'\n'))
            .count();
        return Count {
            units: chars,
            graphemes: chars - crlf,
        };
    }
    Count {
        units: text.encode_utf16().count(),
        graphemes: text.graphemes(true).count(),
    }
}

/// A BMP char that never joins a neighbour into one grapheme: below the
/// combining marks (U+0300), or general punctuation such as dashes, curly
/// quotes and the ellipsis. Most notes are made only of these, and counting
/// them needs no segmentation, which keeps linting a note cheap.
fn standalone(c: char) -> bool {
    matches!(c, '\0'..='\u{2FF}' | '\u{2010}'..='\u{2027}' | '\u{2030}'..='\u{205E}')
}

/// `n` with the word for what LinkedIn counts: "1 character", "2 characters".
/// Every message that gives a count says it through here.
pub fn characters(n: usize) -> String {
    if n == 1 {
        "1 character".to_string()
    } else {
        format!("{n} characters")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_character_is_singular() {
        assert_eq!(characters(1), "1 character");
        assert_eq!(characters(0), "0 characters");
        assert_eq!(characters(212), "212 characters");
    }

    fn c(s: &str) -> (usize, usize) {
        let n = count(s);
        (n.units, n.graphemes)
    }

    #[test]
    fn ascii_counts_one_each() {
        assert_eq!(c("Hi Ana, coffee?"), (15, 15));
        assert_eq!(c(""), (0, 0));
    }

    #[test]
    fn accented_letters() {
        // Precomposed é is one unit; e + combining acute is two units, one grapheme.
        assert_eq!(c("café"), (4, 4));
        assert_eq!(c("cafe\u{301}"), (5, 4));
    }

    #[test]
    fn emoji_outside_bmp_count_two() {
        assert_eq!(c("🙂"), (2, 1));
        assert_eq!(c("ok 👍"), (5, 4));
    }

    #[test]
    fn zwj_sequence_counts_every_unit() {
        // man, ZWJ, woman, ZWJ, girl: 2 + 1 + 2 + 1 + 2.
        assert_eq!(c("👨\u{200d}👩\u{200d}👧"), (8, 1));
    }

    #[test]
    fn flags_are_two_regional_indicators() {
        assert_eq!(c("🇩🇪"), (4, 1));
    }

    #[test]
    fn cjk_in_bmp_counts_one() {
        assert_eq!(c("你好世界"), (4, 4));
    }

    #[test]
    fn fast_path_agrees_with_segmentation() {
        for text in [
            "Hi Zoë – “great talk”… ‼ ok",
            "a\r\n\r\nb\r",
            "\u{AD}\t\u{7F}x",
            "",
            "Best,\n– Rui",
        ] {
            let slow = (text.encode_utf16().count(), text.graphemes(true).count());
            assert_eq!(c(text), slow, "{text:?}");
            assert!(text.chars().all(standalone), "{text:?}");
        }
        // Combining marks and emoji take the full path.
        assert!(!standalone('\u{301}') && !standalone('\u{200D}') && !standalone('🙂'));
    }

    #[test]
    fn line_breaks_count_one() {
        assert_eq!(c("a\nb"), (3, 3));
        // CRLF is two units but one grapheme.
        assert_eq!(c("a\r\nb"), (4, 3));
    }
}
