//! The history of copied notes, read by `duplicate-note`.
//!
//! A JSON Lines file, one [`PastNote`] per line, only ever appended to. Each
//! note goes out in a single `write` on a file opened for appending, then
//! fsynced, so concurrent composers do not interleave lines; a crash can at
//! worst leave the last line torn, and readers skip and report such lines.

use std::fs::{self, File};
use std::io::{self, Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

use super::json_pos;
use crate::lint::PastNote;

/// Why the history could not be read or extended.
#[derive(Debug, thiserror::Error)]
pub enum HistoryError {
    /// The file exists but could not be read.
    #[error("{path}: {source}")]
    Read {
        /// The history file.
        path: PathBuf,
        /// The I/O error.
        source: std::io::Error,
    },
    /// The file could not be created or appended to.
    #[error("{}: cannot record the copied note: {source}", path.display())]
    Write {
        /// The history file.
        path: PathBuf,
        /// The I/O error.
        source: std::io::Error,
    },
}

/// A line of the history that could not be parsed and was skipped.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SkippedLine {
    /// 1-based line number in the file.
    pub line: usize,
    /// 1-based column of the parse error.
    pub column: usize,
    /// What was wrong.
    pub message: String,
}

/// Everything readable in the history file, and what was skipped.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct History {
    /// Copied notes, oldest first.
    pub notes: Vec<PastNote>,
    /// Lines that were not valid (a torn last line after a crash, or edits).
    pub skipped: Vec<SkippedLine>,
}

impl History {
    /// One message per skipped line, `file:line:column: message`, for
    /// front ends to show as warnings.
    pub fn warnings(&self, path: &Path) -> Vec<String> {
        self.skipped
            .iter()
            .map(|s| {
                format!(
                    "{}:{}:{}: skipped an unreadable history line: {}",
                    path.display(),
                    s.line,
                    s.column,
                    s.message
                )
            })
            .collect()
    }
}

/// Reads the history, keeping track of lines that had to be skipped.
pub fn read(path: &Path) -> Result<History, HistoryError> {
    let bytes = match fs::read(path) {
        Ok(bytes) => bytes,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(History::default()),
        Err(source) => {
            return Err(HistoryError::Read {
                path: path.to_path_buf(),
                source,
            });
        }
    };
    let mut history = History::default();
    // Split bytes, not text: a torn write may cut a character in half.
    for (i, line) in bytes.split(|b| *b == b'\n').enumerate() {
        if line.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        match serde_json::from_slice::<PastNote>(line) {
            Ok(note) => history.notes.push(note),
            Err(e) => history.skipped.push(SkippedLine {
                line: i + 1,
                column: e.column().max(1),
                message: json_pos::message(&e),
            }),
        }
    }
    Ok(history)
}

/// Appends `note` to the history at `path` (creating it and its directory)
/// and makes it durable before returning.
pub fn append(path: &Path, note: &PastNote) -> Result<(), HistoryError> {
    let write_err = |source| HistoryError::Write {
        path: path.to_path_buf(),
        source,
    };
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        fs::create_dir_all(dir).map_err(write_err)?;
    }
    let mut line = serde_json::to_vec(note).map_err(|e| write_err(e.into()))?;
    line.push(b'\n');
    let mut file = File::options()
        .read(true)
        .append(true)
        .create(true)
        .open(path)
        .map_err(write_err)?;
    // After a torn write the file does not end in a newline; start a fresh
    // line so this note is not glued to the broken one.
    if ends_without_newline(&mut file).map_err(write_err)? {
        line.insert(0, b'\n');
    }
    file.write_all(&line).map_err(write_err)?;
    file.sync_data().map_err(write_err)
}

fn ends_without_newline(file: &mut File) -> io::Result<bool> {
    if file.metadata()?.len() == 0 {
        return Ok(false);
    }
    file.seek(SeekFrom::End(-1))?;
    let mut last = [0u8; 1];
    file.read_exact(&mut last)?;
    Ok(last[0] != b'\n')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn note(recipient: &str, text: &str, at: u64) -> PastNote {
        PastNote {
            recipient: recipient.into(),
            text: text.into(),
            copied_at: at,
        }
    }

    #[test]
    fn missing_file_is_empty() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(read(&dir.path().join("h.jsonl")).unwrap().notes, vec![]);
    }

    #[test]
    fn appends_and_reads_back_in_order() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("data/history.jsonl");
        let a = note("Priya", "Hi Priya,\nLoved the talk.\n– Sam", 10);
        let b = note("Bo", "Hi Bo, \"quoted\" ✓", 20);
        append(&path, &a).unwrap();
        append(&path, &b).unwrap();
        assert_eq!(read(&path).unwrap().notes, vec![a, b]);
        let text = fs::read_to_string(&path).unwrap();
        assert_eq!(text.lines().count(), 2);
    }

    #[test]
    fn torn_last_line_is_skipped_reported_and_not_glued_to() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("history.jsonl");
        let a = note("Priya", "one", 10);
        append(&path, &a).unwrap();
        // A crash in the middle of the second append, cutting a multi-byte char.
        let mut torn = serde_json::to_vec(&note("Bo", "twó", 20)).unwrap();
        torn.truncate(torn.len() - 8);
        File::options()
            .append(true)
            .open(&path)
            .unwrap()
            .write_all(&torn)
            .unwrap();
        let h = read(&path).unwrap();
        assert_eq!(h.notes, vec![a.clone()]);
        assert_eq!(h.skipped.len(), 1);
        assert_eq!(h.skipped[0].line, 2);
        let warning = &h.warnings(&path)[0];
        assert!(
            warning.starts_with(&format!("{}:2:", path.display())),
            "{warning}"
        );

        let c = note("Cy", "three", 30);
        append(&path, &c).unwrap();
        let h = read(&path).unwrap();
        assert_eq!(h.notes, vec![a, c]);
        assert_eq!(h.skipped.len(), 1);
    }

    #[test]
    fn concurrent_appends_keep_every_line_whole() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("history.jsonl");
        std::thread::scope(|s| {
            for t in 0..4u64 {
                let path = &path;
                s.spawn(move || {
                    for i in 0..25u64 {
                        let text = format!("note {t}-{i} ").repeat(20);
                        append(path, &note(&format!("R{t}"), &text, i)).unwrap();
                    }
                });
            }
        });
        let h = read(&path).unwrap();
        assert!(h.skipped.is_empty(), "{:?}", h.skipped);
        assert_eq!(h.notes.len(), 100);
        for n in &h.notes {
            let t = n.recipient.trim_start_matches('R');
            assert_eq!(n.text, format!("note {t}-{} ", n.copied_at).repeat(20));
        }
    }
}
