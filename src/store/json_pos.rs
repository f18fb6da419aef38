//! Positions in JSON files for error messages: serde_json's message without
//! its trailing position (ours say `file:line:column:` up front), and where
//! a key is, so an error about a value can point at its key.

/// serde_json's message for `e` without the ` at line L column C` it appends.
pub(crate) fn message(e: &serde_json::Error) -> String {
    strip_position(&e.to_string()).to_string()
}

/// `message` without a trailing ` at line L column C`.
pub(crate) fn strip_position(message: &str) -> &str {
    match message.rfind(" at line ") {
        Some(i) if message[i..].contains(" column ") => &message[..i],
        _ => message,
    }
}

/// The byte offset of the innermost key of `keys` (`["rules", "filler"]`):
/// each `"key":` is searched for after the previous one.
pub(crate) fn locate_key(text: &str, keys: &[&str]) -> Option<usize> {
    let mut from = 0;
    let mut found = None;
    for key in keys {
        let quoted = format!("\"{key}\"");
        let mut at = from;
        loop {
            let i = at + text.get(at..)?.find(&quoted)?;
            let after = i + quoted.len();
            // A string value that happens to equal the key is not the key.
            if text[after..].trim_start().starts_with(':') {
                found = Some(i);
                from = after;
                break;
            }
            at = after;
        }
    }
    found
}

/// serde_json's column (1-based, in bytes) on `line` (1-based) of `text`
/// as the 1-based column in characters that an editor shows.
pub(crate) fn char_column(text: &str, line: usize, byte_column: usize) -> usize {
    let Some(line_text) = text.split('\n').nth(line.saturating_sub(1)) else {
        return byte_column.max(1);
    };
    let mut end = byte_column.min(line_text.len());
    let mut inside_char = false;
    while !line_text.is_char_boundary(end) {
        end -= 1;
        inside_char = true;
    }
    (line_text[..end].chars().count() + usize::from(inside_char)).max(1)
}

/// Where text stops being UTF-8, for messages that name the line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct BadUtf8 {
    /// 1-based line of the first bad byte.
    pub line: usize,
    /// 1-based column, in characters, of the first bad byte.
    pub column: usize,
    /// The first bad byte.
    pub byte: u8,
}

impl std::fmt::Display for BadUtf8 {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "invalid UTF-8 (byte 0x{:02X}); save the file as UTF-8",
            self.byte
        )
    }
}

/// `bytes` as text, without a leading byte-order mark (some editors write
/// one; it is no part of the content), or where the first bad byte is.
pub(crate) fn decode(bytes: Vec<u8>) -> Result<String, BadUtf8> {
    let mut text = String::from_utf8(bytes).map_err(|e| {
        let bytes = e.as_bytes();
        let prefix = &bytes[..e.utf8_error().valid_up_to()];
        let line_start = prefix
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |i| i + 1);
        // The prefix is valid UTF-8 by definition of `valid_up_to`.
        let column =
            std::str::from_utf8(&prefix[line_start..]).map_or(1, |s| s.chars().count() + 1);
        BadUtf8 {
            line: prefix.split(|&b| b == b'\n').count(),
            column,
            byte: bytes[prefix.len()],
        }
    })?;
    if text.starts_with('\u{FEFF}') {
        text.drain(..'\u{FEFF}'.len_utf8());
    }
    Ok(text)
}

/// 1-based line and column (in chars) of a byte offset.
pub(crate) fn line_column(text: &str, byte: usize) -> (usize, usize) {
    let before = &text[..byte];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, before[line_start..].chars().count() + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn message_drops_the_position_only() {
        let e = serde_json::from_str::<u8>("\n \"x\"").unwrap_err();
        assert_eq!(message(&e), "invalid type: string \"x\", expected u8");
        assert_eq!(strip_position("no position here"), "no position here");
    }

    #[test]
    fn byte_columns_become_char_columns() {
        let text = "{\n  \"ключ\": x\n}";
        let e = serde_json::from_str::<serde_json::Value>(text).unwrap_err();
        assert_eq!((e.line(), e.column()), (2, 15));
        assert_eq!(char_column(text, e.line(), e.column()), 11);
        assert_eq!(char_column("aé", 1, 2), 2);
        assert_eq!(char_column("a", 1, 0), 1);
        assert_eq!(char_column("a", 9, 4), 4);
    }

    #[test]
    fn decoding_names_the_bad_byte_and_drops_a_bom() {
        let e = decode(b"{\n  \"s\": \"caf\xC3\xA9 \xFF\"}".to_vec()).unwrap_err();
        assert_eq!((e.line, e.column, e.byte), (2, 14, 0xFF));
        assert_eq!(decode(b"\xEF\xBB\xBF{}".to_vec()).unwrap(), "{}");
    }

    #[test]
    fn locates_nested_keys_not_equal_values() {
        let text = "{\"a\": \"rules\",\n \"rules\": {\"x\": 1, \"é\": 2}}";
        let at = locate_key(text, &["rules", "é"]).unwrap();
        assert_eq!(&text[at..at + 4], "\"é\"");
        assert_eq!(line_column(text, at), (2, 20));
        assert_eq!(
            locate_key(text, &["rules"]).map(|i| line_column(text, i)),
            Some((2, 2))
        );
        assert_eq!(locate_key(text, &["missing"]), None);
    }
}
