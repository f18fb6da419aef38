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
