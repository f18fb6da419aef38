//! Cleaning pasted text before it reaches a field.
//!
//! A paste may carry escape sequences (copied from a terminal, or planted
//! on a web page); they must never be echoed back to the terminal, so whole
//! sequences are dropped, not just their ESC byte.

/// Removes escape sequences and control characters from `text`.
///
/// Line breaks (`\n`, `\r\n`, lone `\r`) survive as `\n` when `multiline`
/// is true and become spaces otherwise (a field is one paragraph); tabs
/// become spaces.
pub fn sanitize(text: &str, multiline: bool) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\u{1b}' => skip_escape(&mut chars),
            // C1 CSI and OSC introducers start sequences just like ESC [ and ESC ].
            '\u{9b}' => skip_until_final(&mut chars),
            '\u{9d}' | '\u{90}' | '\u{9e}' | '\u{9f}' => skip_string(&mut chars),
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push(if multiline { '\n' } else { ' ' });
            }
            '\n' => out.push(if multiline { '\n' } else { ' ' }),
            '\t' => out.push(' '),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

type Chars<'a> = std::iter::Peekable<std::str::Chars<'a>>;

/// Skips what follows an ESC: a CSI, a string command, or one character.
fn skip_escape(chars: &mut Chars<'_>) {
    match chars.next() {
        Some('[') => skip_until_final(chars),
        Some(']' | 'P' | '^' | '_' | 'X') => skip_string(chars),
        _ => {}
    }
}

/// A CSI ends at its final byte, `@` to `~`.
fn skip_until_final(chars: &mut Chars<'_>) {
    for c in chars.by_ref() {
        if ('@'..='~').contains(&c) {
            return;
        }
    }
}

/// OSC, DCS and friends end at BEL, ST (`ESC \`) or the C1 ST.
fn skip_string(chars: &mut Chars<'_>) {
    while let Some(c) = chars.next() {
        match c {
            '\u{7}' | '\u{9c}' => return,
            '\u{1b}' => {
                if chars.peek() == Some(&'\\') {
                    chars.next();
                }
                return;
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn drops_whole_escape_sequences() {
        assert_eq!(sanitize("a\u{1b}[31mred\u{1b}[0m b", false), "ared b");
        assert_eq!(
            sanitize("x\u{1b}]52;c;ZXZpbA==\u{7}y\u{1b}]0;title\u{1b}\\z", false),
            "xyz"
        );
        assert_eq!(sanitize("\u{9b}2Jok", false), "ok");
        assert!(!sanitize("\u{1b}P+q\u{1b}\\\u{1b}c", true).contains('\u{1b}'));
    }

    #[test]
    fn line_breaks_follow_the_target() {
        assert_eq!(
            sanitize("one\r\ntwo\rthree\nfour", false),
            "one two three four"
        );
        assert_eq!(sanitize("one\r\ntwo\n", true), "one\ntwo\n");
        assert_eq!(sanitize("a\tb\u{7}\u{0}c", true), "a bc");
    }

    #[test]
    fn keeps_unicode_text() {
        assert_eq!(sanitize("Grüße 👋 你好", false), "Grüße 👋 你好");
    }
}
