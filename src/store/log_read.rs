//! Reading the log of sent notes fast: a large log is split into one
//! share per core, and each share is streamed through a small buffer that
//! is reused line after line. Nothing the size of the file is ever held in
//! memory, so a 64 MB log costs neither 64 MB of page faults nor the copy.

use std::fs::File;
use std::io::{self, BufRead, BufReader, Seek, SeekFrom};
use std::path::Path;

use super::history::{Log, SkippedLine};
use super::sent::{self, LineError, Text};

/// Below this size one thread reads the whole file: starting threads costs
/// more than it saves.
const PARALLEL_FROM: u64 = 1 << 20;

/// How much of the file each reader holds at a time.
const BUFFER: usize = 256 << 10;

/// Reads every entry of the log at `path` of `len` bytes, in parallel.
pub(super) fn read_parallel(path: &Path, len: u64, text: Text) -> io::Result<Log> {
    let threads = std::thread::available_parallelism().map_or(1, usize::from);
    let parts: u64 = if len < PARALLEL_FROM {
        1
    } else {
        threads as u64
    };
    let bounds: Vec<u64> = (0..=parts).map(|k| len * k / parts).collect();
    let shares: Vec<io::Result<Share>> = std::thread::scope(|s| {
        let handles: Vec<_> = bounds
            .windows(2)
            .map(|w| {
                let (from, to) = (w[0], w[1]);
                s.spawn(move || read_share(path, from, to, text))
            })
            .collect();
        handles
            .into_iter()
            .map(|h| {
                h.join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
            })
            .collect()
    });
    let mut log = Log::default();
    let mut lines_before = 0;
    for share in shares {
        let share = share?;
        log.entries.extend(share.log.entries);
        log.skipped
            .extend(share.log.skipped.into_iter().map(|mut s| {
                s.line += lines_before;
                s
            }));
        lines_before += share.lines;
    }
    Ok(log)
}

/// What one reader found: the entries and skipped lines of its share, with
/// line numbers counted from the share's first line.
struct Share {
    log: Log,
    lines: usize,
}

/// Parses the lines of `path` whose first byte lies in `from..to`. A line
/// starts at 0 or just after a line break, so every line belongs to
/// exactly one share however the file is cut.
fn read_share(path: &Path, from: u64, to: u64, text: Text) -> io::Result<Share> {
    let mut file = File::open(path)?;
    let mut at = from.saturating_sub(1);
    file.seek(SeekFrom::Start(at))?;
    let mut reader = BufReader::with_capacity(BUFFER, file);
    let mut line = Vec::with_capacity(4096);
    if from > 0 {
        // The byte before `from` is a line break exactly when a line starts
        // at `from`; otherwise the line in progress belongs to the share
        // before this one.
        at += reader.read_until(b'\n', &mut line)? as u64;
        line.clear();
    }
    let mut share = Share {
        log: Log::default(),
        lines: 0,
    };
    while at < to {
        let read = reader.read_until(b'\n', &mut line)?;
        if read == 0 {
            break;
        }
        at += read as u64;
        let bytes = line.strip_suffix(b"\n").unwrap_or(&line);
        let index = share.lines;
        share.lines += 1;
        if !bytes.iter().all(u8::is_ascii_whitespace) {
            match sent::parse_line_as(bytes, text) {
                Ok(entry) => share.log.entries.push(entry),
                Err(e) => share.log.skipped.push(skipped(index, e)),
            }
        }
        line.clear();
    }
    Ok(share)
}

/// The report for line `index` (0-based) that could not be read.
pub(super) fn skipped(index: usize, error: LineError) -> SkippedLine {
    let (column, message) = match error {
        LineError::Invalid(column, message) => (column, message),
        LineError::Newer(v) => (
            1,
            format!("written by a newer connote (log version {v}); update connote to read it"),
        ),
    };
    SkippedLine {
        line: index + 1,
        column,
        message,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::sent::{Entry, SentNote};

    fn line(i: u64) -> Vec<u8> {
        let mut line = sent::to_line(&Entry::Sent(SentNote {
            id: format!("{i:010}"),
            copied_at: i,
            recipient: "R".into(),
            text: format!("note {i}\nwith a second line ✓"),
            kind: sent::DEFAULT_KIND.into(),
            scenario: None,
            template: None,
            limit: None,
            findings: None,
            checklist: None,
        }));
        line.push(b'\n');
        line
    }

    /// Every cut of the file gives the same entries, and the same line
    /// numbers for what was skipped, as reading it in one piece.
    #[test]
    fn every_line_belongs_to_exactly_one_share() {
        let mut bytes = Vec::new();
        for i in 0..40u64 {
            bytes.extend(line(i));
            if i % 13 == 5 {
                bytes.extend(b"\n{broken\n   \n");
            }
        }
        bytes.extend(b"{torn"); // no final line break
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("h.jsonl");
        std::fs::write(&path, &bytes).unwrap();
        let len = bytes.len() as u64;
        let whole = read_share(&path, 0, len, Text::Keep).unwrap();
        assert_eq!(whole.log.entries.len(), 40);
        let broken: Vec<usize> = whole.log.skipped.iter().map(|s| s.line).collect();
        assert_eq!(broken, [8, 24, 40, 50]);
        for n in [2u64, 3, 7, 200, len] {
            let mut entries = Vec::new();
            let mut skipped = Vec::new();
            let mut lines = 0;
            for k in 0..n {
                let share = read_share(&path, len * k / n, len * (k + 1) / n, Text::Keep).unwrap();
                entries.extend(share.log.entries);
                skipped.extend(share.log.skipped.iter().map(|s| s.line + lines));
                lines += share.lines;
            }
            assert_eq!(entries, whole.log.entries, "{n} shares");
            assert_eq!(skipped, broken, "{n} shares");
            assert_eq!(lines, whole.lines, "{n} shares");
        }
    }
}
