//! Word wrapping by display width, the one wrapper for the command line's
//! listings and the composer's panes.

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// Greedy word wrap of each line of `text` to `width` columns, measured as
/// a terminal shows them (an ideograph takes two). A word wider than
/// `width` is cut to fit when `break_words` is set (a pane cannot draw past
/// its edge) and otherwise stands on a line of its own. Every line of
/// `text` gives at least one line.
pub fn wrap(text: &str, width: usize, break_words: bool) -> Vec<String> {
    let width = width.max(1);
    let mut lines = Vec::new();
    for paragraph in text.split('\n') {
        let first = lines.len();
        let mut line = String::new();
        let mut used = 0;
        for mut word in paragraph.split_whitespace() {
            while break_words && word.width() > width {
                if used > 0 {
                    lines.push(std::mem::take(&mut line));
                    used = 0;
                }
                let cut = fitting_prefix(word, width);
                lines.push(word[..cut].to_string());
                word = &word[cut..];
            }
            let w = word.width();
            if used > 0 && used + 1 + w > width {
                lines.push(std::mem::take(&mut line));
                used = 0;
            }
            if used > 0 {
                line.push(' ');
                used += 1;
            }
            line.push_str(word);
            used += w;
        }
        // A cut word may have ended the paragraph exactly on a full line.
        if !line.is_empty() || lines.len() == first {
            lines.push(line);
        }
    }
    lines
}

/// The byte length of the longest start of `word` that fits in `width`
/// columns; at least one character, so a wide one still moves on.
fn fitting_prefix(word: &str, width: usize) -> usize {
    let mut used = 0;
    for (i, c) in word.char_indices() {
        used += c.width().unwrap_or(0);
        if i > 0 && used > width {
            return i;
        }
    }
    word.len()
}

#[cfg(test)]
mod tests {
    use super::wrap;

    #[test]
    fn wraps_on_words_by_display_width() {
        assert_eq!(wrap("aa bb cc", 5, false), ["aa bb", "cc"]);
        assert_eq!(wrap("abcdefgh ij", 4, false), ["abcdefgh", "ij"]);
        assert_eq!(wrap("", 10, false), [""]);
        // Each ideograph takes two columns.
        assert_eq!(wrap("你好 世界", 4, false), ["你好", "世界"]);
    }

    #[test]
    fn breaks_long_words_by_display_width_when_asked() {
        assert_eq!(wrap("aa bb cc", 5, true), ["aa bb", "cc"]);
        assert_eq!(wrap("abcdefg", 3, true), ["abc", "def", "g"]);
        assert_eq!(wrap("a\n\nb", 9, true), ["a", "", "b"]);
        assert_eq!(wrap("x", 0, true), ["x"]);
        assert_eq!(wrap("你好世界", 5, true), ["你好", "世界"]);
        assert_eq!(wrap("你", 1, true), ["你"]);
    }
}
