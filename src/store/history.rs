//! The history of copied notes, read by `duplicate-note`.

use std::path::{Path, PathBuf};

use crate::lint::PastNote;

/// Why the history could not be read.
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
}

/// Reads every copied note from `path`; a missing file is an empty history.
pub fn load(path: &Path) -> Result<Vec<PastNote>, HistoryError> {
    match std::fs::read_to_string(path) {
        Ok(text) => Ok(text
            .lines()
            .filter_map(|l| serde_json::from_str(l).ok())
            .collect()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Vec::new()),
        Err(source) => Err(HistoryError::Read {
            path: path.to_path_buf(),
            source,
        }),
    }
}
