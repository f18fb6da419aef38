//! Counting characters the way LinkedIn's box does, conservatively.

use serde::Serialize;
use unicode_segmentation::UnicodeSegmentation;

/// The size of a note: what the limit is checked against, and what a reader sees.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct Count {
    /// UTF-16 code units: what LinkedIn's box measures.
    pub count: usize,
    /// User-perceived characters (extended grapheme clusters, UAX #29).
    pub graphemes: usize,
}

/// Counts `text` exactly as it will be pasted.
pub fn count(text: &str) -> Count {
    Count {
        count: text.encode_utf16().count(),
        graphemes: text.graphemes(true).count(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn c(s: &str) -> (usize, usize) {
        let n = count(s);
        (n.count, n.graphemes)
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
    fn line_breaks_count_one() {
        assert_eq!(c("a\nb"), (3, 3));
        // CRLF is two units but one grapheme.
        assert_eq!(c("a\r\nb"), (4, 3));
    }
}
