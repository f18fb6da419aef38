//! Drafts: every composer session, saved so no note is ever lost.
//!
//! One JSON file per draft, `<id>.json`, replaced atomically on each save
//! so a crash leaves the previous or the new version, never half of one.
//! Files that cannot be parsed are moved aside as `*.corrupt` and reported.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use std::sync::atomic::{AtomicU64, Ordering};

use serde::{Deserialize, Serialize};

use super::atomic::{is_temp_name, move_aside, write_atomic};
use super::json_pos;
use crate::clock::compact_utc;
use crate::lint::PastNote;
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

impl DraftState {
    /// The lowercase name used in files and listings.
    pub fn name(self) -> &'static str {
        match self {
            DraftState::Draft => "draft",
            DraftState::Copied => "copied",
        }
    }
}

/// One saved composer session. A key it does not know means the file is
/// not a draft (or was damaged), so it is reported rather than dropped.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
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

impl Draft {
    /// A fresh draft with a new unique id, created and updated `now`.
    pub fn new(note: Note, limit: Limit, now: u64) -> Draft {
        Draft {
            id: new_id(now),
            note,
            limit,
            created: now,
            updated: now,
            state: DraftState::Draft,
        }
    }

    /// The history entry for copying this draft's note at `now`.
    pub fn past_note(&self, now: u64) -> PastNote {
        PastNote::new(&self.note.recipient, self.note.text(), now)
    }

    /// True when the user has typed nothing worth resuming (the sign-off
    /// alone does not count: it is prefilled from the config).
    pub fn is_blank(&self) -> bool {
        let n = &self.note;
        n.recipient.trim().is_empty()
            && n.parts.as_array().iter().all(|p| p.trim().is_empty())
            && n.fields.values().all(|f| f.trim().is_empty())
            && n.free_text.as_deref().is_none_or(|t| t.trim().is_empty())
    }
}

/// Process-wide counter that keeps ids unique within one second.
static ID_COUNTER: AtomicU64 = AtomicU64::new(0);

/// A new draft id: `YYYYMMDD-HHMMSS-PPPPRRRR-N`. The UTC time makes ids sort
/// by creation; the pid (hex) separates processes running in the same
/// second, and four random hex digits a process that reuses the pid of one
/// that just exited; the counter separates drafts of one process.
pub fn new_id(now: u64) -> String {
    static TAG: OnceLock<String> = OnceLock::new();
    let tag = TAG.get_or_init(|| format!("{:x}{:04x}", std::process::id(), fastrand::u16(..)));
    let n = ID_COUNTER.fetch_add(1, Ordering::Relaxed);
    format!("{}-{tag}-{n}", compact_utc(now))
}

/// True for ids that are safe as a file stem: ASCII letters, digits, `-`, `_`.
pub fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 128
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// Why a draft operation failed.
#[derive(Debug, thiserror::Error)]
pub enum DraftError {
    /// Reading or writing the drafts directory failed.
    #[error("{}: {source}", path.display())]
    Io {
        /// The file or directory involved.
        path: PathBuf,
        /// The I/O error.
        source: io::Error,
    },
    /// The id cannot name a draft file.
    #[error("invalid draft id `{0}` (ids use letters, digits, `-` and `_`)")]
    InvalidId(String),
    /// No draft has this id.
    #[error("no draft `{id}` in {}{}", dir.display(), closest_hint(closest))]
    NotFound {
        /// The id asked for.
        id: String,
        /// The drafts directory.
        dir: PathBuf,
        /// Existing ids that look like it, closest first.
        closest: Vec<String>,
    },
    /// Several drafts start with the prefix given.
    #[error(
        "`{prefix}` is the start of {} drafts ({}): give more of the id",
        matches.len(),
        ambiguous_hint(matches)
    )]
    Ambiguous {
        /// What was given.
        prefix: String,
        /// The ids it starts, in order.
        matches: Vec<String>,
    },
}

fn ambiguous_hint(matches: &[String]) -> String {
    let shown: Vec<&str> = matches.iter().take(5).map(String::as_str).collect();
    let more = if matches.len() > shown.len() {
        ", …"
    } else {
        ""
    };
    format!("{}{more}", shown.join(", "))
}

fn closest_hint(closest: &[String]) -> String {
    if closest.is_empty() {
        "; `connote drafts` lists them".to_string()
    } else {
        format!(" (closest: {})", closest.join(", "))
    }
}

/// A draft file that could not be read, and what was done with it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DraftProblem {
    /// Where the file was.
    pub path: PathBuf,
    /// 1-based line of the parse error (0 when the file could not be read).
    pub line: usize,
    /// 1-based column of the parse error (0 when the file could not be read).
    pub column: usize,
    /// What was wrong.
    pub message: String,
    /// Where it was moved, when it was moved aside.
    pub moved_to: Option<PathBuf>,
}

impl std::fmt::Display for DraftProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.path.display())?;
        if self.line > 0 {
            write!(f, ":{}:{}", self.line, self.column)?;
        }
        write!(f, ": {}", self.message)?;
        match &self.moved_to {
            Some(to) => write!(f, "; moved aside to {}", to.display()),
            None => Ok(()),
        }
    }
}

/// What [`DraftStore::list`] found: readable drafts and unreadable files.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Listing {
    /// Drafts, most recently updated first.
    pub drafts: Vec<Draft>,
    /// Files that could not be read; corrupt ones were moved aside.
    pub problems: Vec<DraftProblem>,
}

impl Listing {
    /// The drafts the picker offers to resume: not yet copied, not blank,
    /// most recent first, at most `max`.
    pub fn unfinished(&self, max: usize) -> impl Iterator<Item = &Draft> {
        self.drafts
            .iter()
            .filter(|d| d.state == DraftState::Draft && !d.is_blank())
            .take(max)
    }
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

    /// The file a draft with `id` lives in.
    pub fn path_of(&self, id: &str) -> PathBuf {
        self.dir.join(format!("{id}.json"))
    }

    /// Writes `draft` atomically to `<id>.json`, replacing an older version.
    pub fn save(&self, draft: &Draft) -> Result<(), DraftError> {
        if !is_valid_id(&draft.id) {
            return Err(DraftError::InvalidId(draft.id.clone()));
        }
        let path = self.path_of(&draft.id);
        let mut bytes = serde_json::to_vec_pretty(draft).map_err(|e| DraftError::Io {
            path: path.clone(),
            source: e.into(),
        })?;
        bytes.push(b'\n');
        write_atomic(&path, &bytes).map_err(|source| DraftError::Io { path, source })
    }

    /// Reads one draft by id.
    pub fn load(&self, id: &str) -> Result<Draft, DraftError> {
        if !is_valid_id(id) {
            return Err(DraftError::InvalidId(id.to_string()));
        }
        let path = self.path_of(id);
        match fs::read(&path) {
            Ok(bytes) => parse(&bytes, &path).map_err(|p| DraftError::Io {
                path,
                source: io::Error::new(io::ErrorKind::InvalidData, p.to_string()),
            }),
            Err(e) if e.kind() == io::ErrorKind::NotFound => Err(self.not_found(id)),
            Err(source) => Err(DraftError::Io { path, source }),
        }
    }

    /// The id of the one draft whose id is `prefix` or starts with it, so
    /// a user can type the start of a long id.
    pub fn resolve(&self, prefix: &str) -> Result<String, DraftError> {
        if !is_valid_id(prefix) {
            return Err(DraftError::InvalidId(prefix.to_string()));
        }
        if self.path_of(prefix).is_file() {
            return Ok(prefix.to_string());
        }
        let matches: Vec<String> = self
            .draft_files()?
            .iter()
            .filter_map(|p| p.file_stem().map(|s| s.to_string_lossy().into_owned()))
            .filter(|id| id.starts_with(prefix))
            .collect();
        match matches.as_slice() {
            [one] => Ok(one.clone()),
            [] => Err(self.not_found(prefix)),
            _ => Err(DraftError::Ambiguous {
                prefix: prefix.to_string(),
                matches,
            }),
        }
    }

    /// Deletes the draft `id`; an unknown id names the closest existing ones.
    pub fn remove(&self, id: &str) -> Result<(), DraftError> {
        if !is_valid_id(id) {
            return Err(DraftError::InvalidId(id.to_string()));
        }
        let path = self.path_of(id);
        match fs::remove_file(&path) {
            Ok(()) => Ok(()),
            Err(e) if e.kind() == io::ErrorKind::NotFound => Err(self.not_found(id)),
            Err(source) => Err(DraftError::Io { path, source }),
        }
    }

    /// Every draft, most recently updated first. Unparsable files are moved
    /// aside to `*.corrupt` and reported; temp files of writes in progress
    /// (or cut short by a crash) are never read. A missing directory is empty.
    pub fn list(&self) -> Result<Listing, DraftError> {
        let mut listing = Listing::default();
        for path in self.draft_files()? {
            let bytes = match fs::read(&path) {
                Ok(bytes) => bytes,
                // Removed by another process since the directory was read.
                Err(e) if e.kind() == io::ErrorKind::NotFound => continue,
                Err(e) => {
                    listing.problems.push(DraftProblem {
                        path,
                        line: 0,
                        column: 0,
                        message: format!("cannot read: {e}"),
                        moved_to: None,
                    });
                    continue;
                }
            };
            match parse(&bytes, &path) {
                Ok(draft) => listing.drafts.push(draft),
                Err(mut problem) => match move_aside(&path) {
                    Ok(to) => {
                        problem.moved_to = Some(to);
                        listing.problems.push(problem);
                    }
                    // Another process moved it aside first and reports it.
                    Err(e) if e.kind() == io::ErrorKind::NotFound => {}
                    Err(e) => {
                        problem.message =
                            format!("{}; could not move it aside: {e}", problem.message);
                        listing.problems.push(problem);
                    }
                },
            }
        }
        listing
            .drafts
            .sort_by(|a, b| b.updated.cmp(&a.updated).then_with(|| b.id.cmp(&a.id)));
        Ok(listing)
    }

    /// `*.json` files in the directory, skipping temp and hidden files.
    fn draft_files(&self) -> Result<Vec<PathBuf>, DraftError> {
        let io_err = |source| DraftError::Io {
            path: self.dir.clone(),
            source,
        };
        let entries = match fs::read_dir(&self.dir) {
            Ok(entries) => entries,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Vec::new()),
            Err(e) => return Err(io_err(e)),
        };
        let mut files = Vec::new();
        for entry in entries {
            let entry = entry.map_err(io_err)?;
            let name = entry.file_name();
            let name = name.to_string_lossy();
            if is_temp_name(&name) {
                remove_if_stale(&entry);
                continue;
            }
            if name.starts_with('.') {
                continue;
            }
            let Some(stem) = name.strip_suffix(".json") else {
                continue;
            };
            if is_valid_id(stem) && entry.file_type().is_ok_and(|t| t.is_file()) {
                files.push(entry.path());
            }
        }
        files.sort();
        Ok(files)
    }

    fn not_found(&self, id: &str) -> DraftError {
        let ids: Vec<String> = self
            .draft_files()
            .unwrap_or_default()
            .iter()
            .filter_map(|p| p.file_stem().map(|s| s.to_string_lossy().into_owned()))
            .collect();
        DraftError::NotFound {
            id: id.to_string(),
            dir: self.dir.clone(),
            closest: closest_ids(id, &ids),
        }
    }
}

/// A temp file this old belongs to a write that was killed: a live write
/// lasts milliseconds. Removing it keeps crashes from piling up litter.
fn remove_if_stale(entry: &fs::DirEntry) {
    const STALE: std::time::Duration = std::time::Duration::from_secs(3600);
    let age = entry
        .metadata()
        .and_then(|m| m.modified())
        .ok()
        .and_then(|t| t.elapsed().ok());
    if age.is_some_and(|age| age > STALE) {
        // Best effort: a leftover temp file is harmless, only untidy.
        let _ = fs::remove_file(entry.path());
    }
}

/// Up to three ids that look like `id`.
fn closest_ids(id: &str, ids: &[String]) -> Vec<String> {
    crate::suggest::closest(id, ids.iter().map(String::as_str))
        .into_iter()
        .map(str::to_string)
        .collect()
}

/// Parses a draft file; the file name is the id, whatever the content says.
fn parse(bytes: &[u8], path: &Path) -> Result<Draft, DraftProblem> {
    // serde would also take an array as the fields in order: `[]` is no draft.
    if let Some(at) = bytes.iter().position(|b| !b.is_ascii_whitespace())
        && bytes[at] != b'{'
    {
        let line = bytes[..at].split(|b| *b == b'\n').count();
        let line_start = bytes[..at]
            .iter()
            .rposition(|b| *b == b'\n')
            .map_or(0, |i| i + 1);
        return Err(DraftProblem {
            path: path.to_path_buf(),
            line,
            column: at - line_start + 1,
            message: "not a readable draft: expected a JSON object, `{ ... }`".to_string(),
            moved_to: None,
        });
    }
    let mut draft: Draft = serde_json::from_slice(bytes).map_err(|e| DraftProblem {
        path: path.to_path_buf(),
        line: e.line(),
        column: e.column().max(1),
        message: format!("not a readable draft: {}", json_pos::message(&e)),
        moved_to: None,
    })?;
    if let Some(stem) = path.file_stem() {
        draft.id = stem.to_string_lossy().into_owned();
    }
    Ok(draft)
}

#[cfg(test)]
#[path = "drafts_tests.rs"]
mod tests;
