//! Reading notes: files or stdin as bytes, UTF-8 checked by hand so an
//! error can name the line, and JSON Lines rows for `--batch`.

use std::io::{self, Read};
use std::path::Path;

use serde::Deserialize;

use crate::note::{Kind, Scenario};
use crate::store::json_pos;

/// The name stdin goes by in messages.
pub const STDIN: &str = "<stdin>";

/// Why an input could not be turned into notes. Each message names the
/// input, and the line when there is one.
#[derive(Debug, thiserror::Error)]
pub enum InputError {
    /// The file is missing, a directory, or unreadable.
    #[error("{name}: {what}")]
    Unreadable {
        /// The file as given.
        name: String,
        /// What went wrong, in words.
        what: String,
    },
    /// The bytes are not UTF-8.
    #[error("{name}:{line}:{column}: invalid UTF-8 (byte 0x{byte:02X}); save the file as UTF-8")]
    Utf8 {
        /// The file as given.
        name: String,
        /// 1-based line of the first bad byte.
        line: usize,
        /// 1-based column (chars) of the first bad byte.
        column: usize,
        /// The first bad byte.
        byte: u8,
    },
    /// A `--batch` line that is not a valid row.
    #[error(
        "{name}:{line}:{column}: {message} (expected {{\"text\": \"...\"}} with optional id, kind, scenario, subject, to, from)"
    )]
    Row {
        /// The file as given.
        name: String,
        /// 1-based line in the file.
        line: usize,
        /// 1-based column reported by the JSON parser.
        column: usize,
        /// The parser's message.
        message: String,
    },
    /// A `--batch` row with a kind or scenario that does not exist.
    #[error("{name}:{line}: {message}")]
    Unknown {
        /// The file as given.
        name: String,
        /// 1-based line in the file.
        line: usize,
        /// What is wrong.
        message: String,
    },
}

/// Reads a whole file, or stdin when `path` is `None`, as text.
pub fn read(path: Option<&Path>) -> Result<String, InputError> {
    let name = path.map_or_else(|| STDIN.to_string(), |p| p.display().to_string());
    let bytes = if let Some(p) = path {
        std::fs::read(p)
    } else {
        let mut buf = Vec::new();
        io::stdin().lock().read_to_end(&mut buf).map(|_| buf)
    }
    .map_err(|e| InputError::Unreadable {
        what: describe(&e),
        name: name.clone(),
    })?;
    decode(&name, bytes)
}

fn describe(e: &io::Error) -> String {
    match e.kind() {
        io::ErrorKind::NotFound => "no such file; check the path".into(),
        io::ErrorKind::PermissionDenied => "permission denied".into(),
        io::ErrorKind::IsADirectory => "is a directory; pass the files inside it".into(),
        _ => format!("cannot read: {e}"),
    }
}

/// Checks that `bytes` are UTF-8 and drops a leading byte-order mark.
pub fn decode(name: &str, bytes: Vec<u8>) -> Result<String, InputError> {
    json_pos::decode(bytes).map_err(|bad| InputError::Utf8 {
        name: name.to_string(),
        line: bad.line,
        column: bad.column,
        byte: bad.byte,
    })
}

/// A note file's text: one final line break is the editor's, not the note's.
pub fn note_text(mut text: String) -> String {
    if text.ends_with('\n') {
        text.pop();
        if text.ends_with('\r') {
            text.pop();
        }
    }
    text
}

/// One `--batch` row, with its line number in the input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    /// 1-based line in the input.
    pub line: usize,
    /// The caller's id, echoed in the output.
    pub id: Option<String>,
    /// The note.
    pub text: String,
    /// Overrides `--kind`.
    pub kind: Option<Kind>,
    /// Overrides `--subject`.
    pub subject: Option<String>,
    /// Overrides `--scenario`.
    pub scenario: Option<Scenario>,
    /// Overrides `--to`.
    pub to: Option<String>,
    /// Overrides `--from`.
    pub from: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRow {
    #[serde(default)]
    id: Option<RawId>,
    text: String,
    #[serde(default)]
    kind: Option<String>,
    #[serde(default)]
    subject: Option<String>,
    #[serde(default)]
    scenario: Option<String>,
    #[serde(default)]
    to: Option<String>,
    #[serde(default)]
    from: Option<String>,
}

/// Ids may be strings or numbers; both come back as text.
#[derive(Deserialize)]
#[serde(untagged)]
enum RawId {
    Text(String),
    Number(serde_json::Number),
}

/// Parses JSON Lines; blank lines are skipped, anything else must be a row.
pub fn parse_batch(name: &str, text: &str) -> Result<Vec<Row>, InputError> {
    let mut rows = Vec::new();
    for (index, raw) in text.lines().enumerate() {
        let line = index + 1;
        if raw.trim().is_empty() {
            continue;
        }
        let row: RawRow = serde_json::from_str(raw).map_err(|e| {
            let full = e.to_string();
            let suffix = format!(" at line {} column {}", e.line(), e.column());
            InputError::Row {
                name: name.to_string(),
                line,
                column: json_pos::char_column(raw, 1, e.column()),
                message: full.strip_suffix(&suffix).unwrap_or(&full).to_string(),
            }
        })?;
        let scenario = row
            .scenario
            .map(|s| s.parse::<Scenario>())
            .transpose()
            .map_err(|e| InputError::Unknown {
                name: name.to_string(),
                line,
                message: e.to_string(),
            })?;
        let kind = row
            .kind
            .map(|k| k.parse::<Kind>())
            .transpose()
            .map_err(|e| InputError::Unknown {
                name: name.to_string(),
                line,
                message: e.to_string(),
            })?;
        rows.push(Row {
            line,
            kind,
            subject: row.subject,
            id: row.id.map(|id| match id {
                RawId::Text(s) => s,
                RawId::Number(n) => number_as_written(raw, &n),
            }),
            text: row.text,
            scenario,
            to: row.to,
            from: row.from,
        });
    }
    Ok(rows)
}

/// A numeric id exactly as the row spells it: parsed, a long number would
/// come back rounded (`1.2345678901234568e+22`), and the caller could not
/// match its rows to the output.
fn number_as_written(raw: &str, n: &serde_json::Number) -> String {
    json_pos::locate_key(raw, &["id"])
        .and_then(|at| {
            let rest = raw[at + "\"id\"".len()..]
                .trim_start()
                .strip_prefix(':')?
                .trim_start();
            let end = rest
                .find(|c: char| !(c.is_ascii_digit() || matches!(c, '-' | '+' | '.' | 'e' | 'E')))
                .unwrap_or(rest.len());
            let written = &rest[..end];
            (written.parse::<serde_json::Number>().ok()? == *n).then(|| written.to_string())
        })
        .unwrap_or_else(|| n.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invalid_utf8_names_line_and_column() {
        let err = decode("n.txt", b"Hi Ana,\nca\xC3\xA9 \xFFok".to_vec()).unwrap_err();
        assert_eq!(
            err.to_string(),
            "n.txt:2:5: invalid UTF-8 (byte 0xFF); save the file as UTF-8"
        );
    }

    #[test]
    fn bom_is_dropped_and_one_final_newline() {
        let text = decode("n", b"\xEF\xBB\xBFHi\n\n".to_vec()).unwrap();
        assert_eq!(note_text(text), "Hi\n");
        assert_eq!(note_text("Hi\r\n".into()), "Hi");
    }

    #[test]
    fn batch_rows_with_overrides_and_blank_lines() {
        let input = "{\"text\":\"a\"}\n\n{\"id\":7,\"text\":\"b\",\"scenario\":\"Close\",\"to\":\"Ana\",\"from\":\"Bo\"}\r\n";
        let rows = parse_batch("b", input).unwrap();
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[0].id, None);
        assert_eq!(rows[1].line, 3);
        assert_eq!(rows[1].id.as_deref(), Some("7"));
        assert_eq!(rows[1].scenario, Some(Scenario::Close));
        assert_eq!(rows[1].to.as_deref(), Some("Ana"));
        assert_eq!(rows[1].from.as_deref(), Some("Bo"));
    }

    #[test]
    fn numeric_ids_come_back_as_written() {
        let input = "{\"id\": 12345678901234567890123, \"text\": \"a\"}\n\
                     {\"text\": \"b\", \"id\":1.50}\n{\"id\":-7e2,\"text\":\"c\"}";
        let ids: Vec<String> = parse_batch("b", input)
            .unwrap()
            .into_iter()
            .filter_map(|r| r.id)
            .collect();
        assert_eq!(ids, ["12345678901234567890123", "1.50", "-7e2"]);
    }

    #[test]
    fn error_columns_count_characters() {
        let err = parse_batch("b", "{\"to\": \"Zoë\", \"text\": 1}").unwrap_err();
        assert!(err.to_string().starts_with("b:1:23: invalid type"), "{err}");
    }

    #[test]
    fn malformed_row_names_line_and_column() {
        let err = parse_batch("b.jsonl", "{\"text\":\"a\"}\n{\"text\": 1}\n").unwrap_err();
        let msg = err.to_string();
        assert!(msg.starts_with("b.jsonl:2:10: invalid type"), "{msg}");
        assert!(!msg.contains("at line"), "{msg}");
    }

    #[test]
    fn missing_text_and_unknown_keys_are_errors() {
        let err = parse_batch("b", "{\"id\":\"x\"}").unwrap_err().to_string();
        assert!(err.contains("missing field `text`"), "{err}");
        let err = parse_batch("b", "{\"text\":\"a\",\"scenrio\":\"close\"}").unwrap_err();
        assert!(err.to_string().contains("unknown field `scenrio`"), "{err}");
    }

    #[test]
    fn rows_carry_a_kind_and_a_subject() {
        let input =
            "{\"text\":\"a\",\"kind\":\"permission-ask\",\"subject\":\"Kilns\"}\n{\"text\":\"b\"}";
        let rows = parse_batch("b", input).unwrap();
        assert_eq!(rows[0].kind, Some(Kind::PermissionAsk));
        assert_eq!(rows[0].subject.as_deref(), Some("Kilns"));
        assert_eq!((rows[1].kind, rows[1].subject.as_deref()), (None, None));
        let err = parse_batch("b.jsonl", "{\"text\":\"a\",\"kind\":\"memo\"}").unwrap_err();
        assert!(
            err.to_string()
                .starts_with("b.jsonl:1: unknown kind `memo`"),
            "{err}"
        );
    }

    #[test]
    fn unknown_scenario_names_the_line() {
        let err = parse_batch("b.jsonl", "\n{\"text\":\"a\",\"scenario\":\"pal\"}").unwrap_err();
        assert_eq!(
            err.to_string(),
            "b.jsonl:2: unknown scenario `pal` (expected close, acquaintance or stranger)"
        );
    }
}
