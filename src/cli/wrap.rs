//! Word wrapping for the plain-text listings (`templates`, `--explain`).

use unicode_width::UnicodeWidthStr;

/// Greedy word wrap by display width (CJK counts two columns); a word
/// longer than `width` stands on its own line. Always at least one line.
pub(crate) fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        if !line.is_empty() && line.width() + 1 + word.width() > width {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::wrap;

    #[test]
    fn wraps_on_words_by_display_width() {
        assert_eq!(wrap("aa bb cc", 5), ["aa bb", "cc"]);
        assert_eq!(wrap("abcdefgh ij", 4), ["abcdefgh", "ij"]);
        assert_eq!(wrap("", 10), [""]);
        // Each ideograph takes two columns.
        assert_eq!(wrap("你好 世界", 4), ["你好", "世界"]);
    }
}
