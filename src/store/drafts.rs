//! Drafts: every composer session, saved so no note is ever lost.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::note::{Limit, Note};

/// Whether the draft's note has been copied yet.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DraftState {
    /// Still being written.
    #[default]
    Draft,
    /// Copied to the clipboard at least once.
    Copied,
}

/// One saved composer session.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Draft {
    /// File stem under the drafts directory.
    pub id: String,
    /// The note: scenario, recipient, parts, sign-off, free text.
    pub note: Note,
    /// The limit profile in use.
    pub limit: Limit,
    /// Created, seconds since the Unix epoch.
    pub created: u64,
    /// Last changed, seconds since the Unix epoch.
    pub updated: u64,
    /// Draft or copied.
    pub state: DraftState,
}

/// The drafts directory.
#[derive(Debug, Clone)]
pub struct DraftStore {
    dir: PathBuf,
}

impl DraftStore {
    /// A store in `dir` (created on first save).
    pub fn new(dir: impl Into<PathBuf>) -> Self {
        DraftStore { dir: dir.into() }
    }

    /// The directory drafts are kept in.
    pub fn dir(&self) -> &Path {
        &self.dir
    }
}
