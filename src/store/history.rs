//! The log of copied notes and their outcomes: read by `duplicate-note`,
//! `connote sent`, `connote stats` and the composer's Sent screen.
//!
//! A JSON Lines file, one [`Entry`] per line (see [`super::sent`] for the
//! shape), only ever appended to. Each entry goes out in a single `write`
//! on a file opened for appending, then fsynced, so concurrent composers do
//! not interleave lines; a crash can at worst leave the last line torn, and
//! readers skip and report such lines. Forgetting entries rewrites the file
//! atomically. The file is the owner's alone (`0600` in a `0700` directory).

use std::fs::{self, File};
use std::io::{self, Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

use super::log_read;
use super::sent::{self, Entry, Text};
use super::{atomic, private};
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
    /// The file could not be created, appended to or rewritten.
    #[error("{}: cannot write the log of sent notes: {source}", path.display())]
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

/// Every entry readable in the log, oldest first, and what was skipped.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Log {
    /// Sent notes and outcome events, in file order.
    pub entries: Vec<Entry>,
    /// Lines that were not valid (a torn last line after a crash, edits, or
    /// a newer connote's format).
    pub skipped: Vec<SkippedLine>,
}

impl Log {
    /// One message per skipped line, as [`History::warnings`] words them.
    pub fn warnings(&self, path: &Path) -> Vec<String> {
        History {
            notes: Vec::new(),
            skipped: self.skipped.clone(),
        }
        .warnings(path)
    }
}

/// Reads every copied note from `path`; a missing file is an empty history.
/// Unreadable lines are dropped silently; use [`read`] to report them.
pub fn load(path: &Path) -> Result<Vec<PastNote>, HistoryError> {
    read(path).map(|h| h.notes)
}

/// Reads the copied notes for `duplicate-note`, keeping track of lines
/// that had to be skipped.
pub fn read(path: &Path) -> Result<History, HistoryError> {
    let log = read_log(path)?;
    let notes = log
        .entries
        .into_iter()
        .filter_map(|e| match e {
            Entry::Sent(s) => Some(PastNote {
                recipient: s.recipient,
                text: s.text,
                copied_at: s.copied_at,
            }),
            Entry::Outcome(_) => None,
        })
        .collect();
    Ok(History {
        notes,
        skipped: log.skipped,
    })
}

/// Reads the whole log; a missing file is an empty log.
pub fn read_log(path: &Path) -> Result<Log, HistoryError> {
    read_log_as(path, Text::Keep)
}

/// Reads the whole log, keeping or skipping the notes' text. A large log
/// is read and parsed in parallel: each core reads the lines that start in
/// its share of the file.
pub fn read_log_as(path: &Path, text: Text) -> Result<Log, HistoryError> {
    let read_err = |source| HistoryError::Read {
        path: path.to_path_buf(),
        source,
    };
    let len = match fs::metadata(path) {
        Ok(m) => m.len(),
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Log::default()),
        Err(e) => return Err(read_err(e)),
    };
    log_read::read_parallel(path, len, text).map_err(read_err)
}

fn read_bytes(path: &Path) -> Result<Option<Vec<u8>>, HistoryError> {
    match fs::read(path) {
        Ok(bytes) => Ok(Some(bytes)),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(None),
        Err(source) => Err(HistoryError::Read {
            path: path.to_path_buf(),
            source,
        }),
    }
}

/// The non-blank lines. Split bytes, not text: a torn write may cut a
/// character in half.
fn lines(bytes: &[u8]) -> impl Iterator<Item = &[u8]> {
    bytes
        .split(|b| *b == b'\n')
        .filter(|line| !line.iter().all(u8::is_ascii_whitespace))
}

/// Appends `entry` to the log at `path` (creating it and its directory)
/// and makes it durable before returning.
pub fn append(path: &Path, entry: &Entry) -> Result<(), HistoryError> {
    let write_err = |source| HistoryError::Write {
        path: path.to_path_buf(),
        source,
    };
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        private::create_dir(dir).map_err(write_err)?;
    }
    let mut line = sent::to_line(entry);
    line.push(b'\n');
    let _writers = lock_writers(path).map_err(write_err)?;
    let mut file = private::open_append(path).map_err(write_err)?;
    // After a torn write the file does not end in a newline; start a fresh
    // line so this entry is not glued to the broken one.
    if ends_without_newline(&mut file).map_err(write_err)? {
        line.insert(0, b'\n');
    }
    file.write_all(&line).map_err(write_err)?;
    file.sync_data().map_err(write_err)
}

/// Rewrites the log without the entries `keep` refuses, atomically, and
/// returns how many were removed. Lines it cannot read are kept as they
/// are: forgetting must never destroy what a newer connote wrote.
pub fn retain(path: &Path, mut keep: impl FnMut(&Entry) -> bool) -> Result<usize, HistoryError> {
    if !path.exists() {
        return Ok(0);
    }
    let _writers = lock_writers(path).map_err(|source| HistoryError::Write {
        path: path.to_path_buf(),
        source,
    })?;
    let Some(bytes) = read_bytes(path)? else {
        return Ok(0);
    };
    let mut out = Vec::with_capacity(bytes.len());
    let mut removed = 0;
    for line in lines(&bytes) {
        if sent::parse_line(line).is_ok_and(|e| !keep(&e)) {
            removed += 1;
            continue;
        }
        out.extend_from_slice(line);
        out.push(b'\n');
    }
    if removed > 0 {
        atomic::write_atomic_private(path, &out).map_err(|source| HistoryError::Write {
            path: path.to_path_buf(),
            source,
        })?;
    }
    Ok(removed)
}

/// Waits for, then holds until dropped, the right to change the log.
/// Appends and rewrites both take it, so a rewrite can never drop an entry
/// appended while it ran, and two appends never both repair a torn line.
/// Readers need no lock: a rewrite replaces the file in one rename. The
/// lock is a file of its own beside the log, because a rewrite replaces
/// the log's inode; the operating system releases it if the process dies.
fn lock_writers(path: &Path) -> io::Result<File> {
    let mut name = path.as_os_str().to_owned();
    name.push(".lock");
    let lock = private::open_append(Path::new(&name))?;
    lock.lock()?;
    Ok(lock)
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
    use crate::store::sent::{Outcome, OutcomeEvent, SentNote};

    fn note(recipient: &str, text: &str, at: u64) -> PastNote {
        PastNote {
            recipient: recipient.into(),
            text: text.into(),
            copied_at: at,
        }
    }

    fn sent(recipient: &str, text: &str, at: u64) -> Entry {
        Entry::Sent(SentNote {
            id: format!("{at:010}"),
            copied_at: at,
            recipient: recipient.into(),
            text: text.into(),
            kind: sent::DEFAULT_KIND.into(),
            scenario: None,
            template: None,
            limit: Some(300),
            findings: None,
            checklist: None,
        })
    }

    fn outcome(at: u64, outcome: Outcome) -> Entry {
        Entry::Outcome(OutcomeEvent {
            id: format!("{at:010}"),
            outcome,
            at: at + 1,
        })
    }

    #[test]
    fn a_large_log_reads_in_order_with_its_broken_lines_numbered() {
        let mut bytes = Vec::new();
        for i in 0..50u64 {
            bytes.extend(sent::to_line(&sent("R", &format!("note {i}"), i)));
            bytes.extend(if i == 31 { &b"\n{broken\n"[..] } else { b"\n" });
        }
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("h.jsonl");
        fs::write(&path, bytes.repeat(600)).unwrap();
        let log = read_log_as(&path, Text::Skip).unwrap();
        assert_eq!(log.entries.len(), 30_000);
        assert_eq!(log.entries[49].id(), format!("{:010}", 49));
        let Entry::Sent(first) = &log.entries[0] else {
            panic!("not sent")
        };
        assert_eq!(first.text, "");
        let lines: Vec<usize> = log.skipped.iter().take(2).map(|s| s.line).collect();
        assert_eq!(lines, [33, 84]);
        assert_eq!(read_log(&path).unwrap().entries[7], sent("R", "note 7", 7));
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
        append(
            &path,
            &sent("Priya", "Hi Priya,\nLoved the talk.\n– Sam", 10),
        )
        .unwrap();
        append(&path, &outcome(10, Outcome::Accepted)).unwrap();
        append(&path, &sent("Bo", "Hi Bo, \"quoted\" ✓", 20)).unwrap();
        assert_eq!(
            load(&path).unwrap(),
            vec![
                note("Priya", "Hi Priya,\nLoved the talk.\n– Sam", 10),
                note("Bo", "Hi Bo, \"quoted\" ✓", 20)
            ]
        );
        let log = read_log(&path).unwrap();
        assert_eq!(log.entries.len(), 3);
        assert_eq!(log.entries[1], outcome(10, Outcome::Accepted));
        let text = fs::read_to_string(&path).unwrap();
        assert_eq!(text.lines().count(), 3);
    }

    #[test]
    fn old_history_files_still_load() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("history.jsonl");
        let old = note("Priya", "one", 10);
        fs::write(
            &path,
            [serde_json::to_vec(&old).unwrap(), b"\n".to_vec()].concat(),
        )
        .unwrap();
        append(&path, &sent("Bo", "two", 20)).unwrap();
        assert_eq!(load(&path).unwrap(), vec![old, note("Bo", "two", 20)]);
        assert!(read_log(&path).unwrap().skipped.is_empty());
    }

    #[cfg(unix)]
    #[test]
    fn the_log_is_private() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("data/connote/history.jsonl");
        append(&path, &sent("Bo", "two", 20)).unwrap();
        let mode = |p: &Path| fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(&path), 0o600);
        assert_eq!(mode(path.parent().unwrap()), 0o700);
        append(&path, &sent("Cy", "three", 30)).unwrap();
        retain(&path, |e| e.id() != format!("{:010}", 20)).unwrap();
        assert_eq!(mode(&path), 0o600);
    }

    #[test]
    fn retain_rewrites_without_the_refused_and_keeps_unknown_lines() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("history.jsonl");
        append(&path, &sent("A", "one", 10)).unwrap();
        append(&path, &sent("B", "two", 20)).unwrap();
        append(&path, &outcome(10, Outcome::Declined)).unwrap();
        let mut f = File::options().append(true).open(&path).unwrap();
        f.write_all(b"{\"v\":9,\"type\":\"future\"}\n").unwrap();
        let gone = format!("{:010}", 10);
        assert_eq!(retain(&path, |e| e.id() != gone).unwrap(), 2);
        let log = read_log(&path).unwrap();
        assert_eq!(log.entries, vec![sent("B", "two", 20)]);
        assert_eq!(log.skipped.len(), 1);
        assert!(
            log.skipped[0].message.contains("newer connote"),
            "{:?}",
            log.skipped
        );
        assert_eq!(retain(&path, |_| true).unwrap(), 0);
    }

    #[test]
    fn appends_made_during_rewrites_are_never_lost() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("history.jsonl");
        for at in 0..40 {
            append(&path, &sent("Old", "old note", at)).unwrap();
        }
        std::thread::scope(|s| {
            s.spawn(|| {
                for at in 1000..1150 {
                    append(&path, &sent("New", "new note", at)).unwrap();
                }
            });
            s.spawn(|| {
                for at in 0..40 {
                    let gone = format!("{at:010}");
                    assert_eq!(retain(&path, |e| e.id() != gone).unwrap(), 1);
                }
            });
        });
        let ids: Vec<String> = read_log(&path)
            .unwrap()
            .entries
            .iter()
            .map(|e| e.id().to_string())
            .collect();
        let expected: Vec<String> = (1000..1150).map(|at| format!("{at:010}")).collect();
        assert_eq!(ids, expected);
    }

    #[cfg(unix)]
    #[test]
    fn the_history_and_its_directory_are_private() {
        use std::os::unix::fs::PermissionsExt;
        let mode = |p: &Path| fs::metadata(p).unwrap().permissions().mode() & 0o777;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("data/history.jsonl");
        append(&path, &sent("Priya", "one", 10)).unwrap();
        assert_eq!(mode(&path), 0o600);
        assert_eq!(mode(path.parent().unwrap()), 0o700);
    }

    #[test]
    fn torn_last_line_is_skipped_reported_and_not_glued_to() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("history.jsonl");
        append(&path, &sent("Priya", "one", 10)).unwrap();
        // A crash in the middle of the second append, cutting a multi-byte char.
        let mut torn = sent::to_line(&sent("Bo", "twó", 20));
        torn.truncate(torn.len() - 8);
        File::options()
            .append(true)
            .open(&path)
            .unwrap()
            .write_all(&torn)
            .unwrap();
        let h = read(&path).unwrap();
        assert_eq!(h.notes, vec![note("Priya", "one", 10)]);
        assert_eq!(h.skipped.len(), 1);
        assert_eq!(h.skipped[0].line, 2);
        let warning = &h.warnings(&path)[0];
        assert!(
            warning.starts_with(&format!("{}:2:", path.display())),
            "{warning}"
        );

        append(&path, &sent("Cy", "three", 30)).unwrap();
        let h = read(&path).unwrap();
        assert_eq!(
            h.notes,
            vec![note("Priya", "one", 10), note("Cy", "three", 30)]
        );
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
                        append(path, &sent(&format!("R{t}"), &text, i)).unwrap();
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
