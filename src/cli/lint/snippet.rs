//! The line of a note under a diagnostic, made safe and measurable for a
//! terminal: tabs expanded, invisible and control characters shown as
//! `<U+XXXX>` (a note must never smuggle escape sequences or bidi controls
//! into the terminal), long lines cropped around the span, and the span's
//! columns measured in display cells so the carets sit under wide characters.

use std::fmt::Write;

use unicode_width::UnicodeWidthStr;

/// Columns a tab expands to.
const TAB: &str = "    ";
/// Display columns kept before the span when the line is cropped.
const BEFORE: usize = 40;
/// A span starting within this many columns shows its line from the start.
const REACH: usize = 80;
/// Display columns shown at most, unless the span starts further right.
const WIDTH: usize = 120;

/// One line of a note ready to print, with where its carets go.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Snippet {
    /// The line as it should be printed.
    pub line: String,
    /// Display column (0-based) of the first caret.
    pub caret_column: usize,
    /// Number of carets, at least one.
    pub carets: usize,
}

/// True for characters a terminal would hide or act on.
pub fn is_hidden(ch: char) -> bool {
    if ch.is_ascii() {
        return ch.is_ascii_control();
    }
    ch.is_control()
        || matches!(ch,
            '\u{00AD}' | '\u{061C}' | '\u{180E}' | '\u{200B}' | '\u{200C}' | '\u{200E}' | '\u{200F}'
            | '\u{2028}'..='\u{202E}' | '\u{2060}'..='\u{2064}' | '\u{2066}'..='\u{2069}'
            | '\u{FEFF}' | '\u{FFF9}'..='\u{FFFB}')
}

/// Appends `ch` as it should appear on screen.
fn push_visible(out: &mut String, ch: char) {
    if ch == '\t' {
        out.push_str(TAB);
    } else if is_hidden(ch) {
        // Writing to a String cannot fail.
        let _ = write!(out, "<U+{:04X}>", u32::from(ch));
    } else {
        out.push(ch);
    }
}

/// `text` with tabs, controls and invisible characters made visible.
pub fn visible(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in text.chars() {
        push_visible(&mut out, ch);
    }
    out
}

/// The line starting at byte `line_start` that holds the span
/// `start..end` (bytes; `end` may lie on a later line or past the end).
pub fn snippet(text: &str, line_start: usize, start: usize, end: usize) -> Snippet {
    // Walk back from the span at most REACH columns so a huge line costs no
    // more than a short one; crop only when the span starts far to the right.
    let mut from = start;
    let mut cropped_from = None;
    let mut width = 0;
    for ch in text[line_start..start].chars().rev() {
        width += UnicodeWidthStr::width(visible(ch.encode_utf8(&mut [0; 4])).as_str());
        if width > BEFORE && cropped_from.is_none() {
            cropped_from = Some(from);
        }
        if width > REACH {
            break;
        }
        from -= ch.len_utf8();
    }
    if from > line_start {
        from = cropped_from.unwrap_or(from);
    }
    let mut line = String::new();
    if from > line_start {
        line.push_str("… ");
    }
    let (mut caret_start, mut caret_end) = (None, None);
    let mut cropped_right = false;
    let mut shown = 0;
    let rest = &text[from..];
    let mut stop = rest.len();
    for (i, ch) in rest.char_indices() {
        let byte = from + i;
        if byte == start {
            caret_start = Some(line.len());
        }
        if byte == end {
            caret_end = Some(line.len());
        }
        if ch == '\n' || (ch == '\r' && rest[i + 1..].starts_with('\n')) {
            stop = i;
            break;
        }
        if byte >= start && shown >= WIDTH {
            cropped_right = true;
            stop = i;
            break;
        }
        let before = line.len();
        push_visible(&mut line, ch);
        shown += line[before..].width();
    }
    let line_end = line.len();
    if from + stop == start {
        caret_start = Some(line_end);
    }
    if cropped_right {
        if !line.ends_with(' ') {
            line.push(' ');
        }
        line.push('…');
    }
    let caret_start = caret_start.unwrap_or(line_end);
    let caret_end = caret_end.unwrap_or(line_end).max(caret_start);
    let caret_column = line[..caret_start].width();
    let carets = line[caret_start..caret_end].width().max(1);
    Snippet {
        line,
        caret_column,
        carets,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str, start: usize, end: usize) -> (String, String) {
        let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
        let s = snippet(text, line_start, start, end);
        let carets = format!("{}{}", " ".repeat(s.caret_column), "^".repeat(s.carets));
        (s.line, carets)
    }

    #[test]
    fn underlines_ascii() {
        let (line, carets) = at("Hi Ana, grow my network", 8, 23);
        assert_eq!(line, "Hi Ana, grow my network");
        assert_eq!(carets, "        ^^^^^^^^^^^^^^^");
    }

    #[test]
    fn wide_characters_take_two_columns() {
        let text = "你好 Ana 世界";
        let start = text.find("世界").unwrap();
        let (line, carets) = at(text, start, text.len());
        assert_eq!(line, text);
        assert_eq!(carets, "         ^^^^");
    }

    #[test]
    fn tabs_expand_and_carets_follow() {
        let (line, carets) = at("a\tbc", 2, 4);
        assert_eq!(line, "a    bc");
        assert_eq!(carets, "     ^^");
    }

    #[test]
    fn shows_the_line_of_the_span_only() {
        let text = "Hi Ana,\nsecond line here\r\nthird";
        let start = text.find("line").unwrap();
        let (line, carets) = at(text, start, text.len());
        assert_eq!(line, "second line here");
        assert_eq!(carets, "       ^^^^^^^^^");
    }

    #[test]
    fn hidden_characters_become_visible() {
        let text = "ok\u{200B}go\u{202E}\u{1b}[2J";
        let start = text.find('\u{200B}').unwrap();
        let (line, carets) = at(text, start, start + 3);
        assert_eq!(line, "ok<U+200B>go<U+202E><U+001B>[2J");
        assert_eq!(carets, "  ^^^^^^^^");
    }

    #[test]
    fn lines_of_ordinary_length_are_not_cropped() {
        let text = format!("{} NEEDLE {}", "a".repeat(75), "b".repeat(30));
        let (line, carets) = at(&text, 76, 82);
        assert_eq!(line, text);
        assert_eq!(carets, format!("{}^^^^^^", " ".repeat(76)));
    }

    #[test]
    fn empty_span_at_end_gets_one_caret() {
        let (line, carets) = at("Thanks", 6, 6);
        assert_eq!(line, "Thanks");
        assert_eq!(carets, "      ^");
    }

    #[test]
    fn long_lines_are_cropped_around_the_span() {
        let text = format!("{}NEEDLE{}", "x".repeat(5000), "y".repeat(5000));
        let (line, carets) = at(&text, 5000, 5006);
        assert!(line.starts_with("… "), "{line}");
        assert!(line.ends_with(" …"), "{line}");
        assert!(line.width() <= BEFORE + WIDTH + 4, "{}", line.width());
        // Every shown character is one column wide here, so columns are chars.
        let caret = carets.find('^').unwrap();
        let under: String = line.chars().skip(caret).take(6).collect();
        assert_eq!(under, "NEEDLE");
        assert_eq!(carets.trim_start(), "^^^^^^");
    }
}
