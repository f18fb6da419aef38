//! What the composer reads from and writes to disk, behind a few small
//! functions: the config, templates, drafts and the log of sent notes.

use std::path::{Path, PathBuf};

use super::app::{Init, Status};
use crate::lint::PastNote;
use crate::note::greeting::word_from_config;
use crate::outcomes::Ledger;
use crate::store::lock::{self, Locked};
use crate::store::{
    ClipboardMode, Draft, DraftState, DraftStore, Entry, Paths, Problem, Startup, config_write,
    history,
};

/// Where drafts and history go, once the paths are known.
pub struct Storage {
    paths: Option<Paths>,
}

/// Everything the composer needs at start.
pub struct Loaded {
    /// The initial state.
    pub init: Init,
    /// The disk side.
    pub storage: Storage,
    /// How to copy.
    pub clipboard: ClipboardMode,
}

/// Reads the config, templates, drafts and history. Never fails: what
/// cannot be read is reported in the status line and replaced by defaults.
pub fn load(config_override: Option<&Path>, now: u64) -> Loaded {
    let Startup {
        paths,
        config,
        linter,
        library,
        problems,
    } = Startup::load(config_override);
    let mut problems: Vec<String> = problems.iter().map(status_text).collect();
    let drafts = paths
        .as_ref()
        .map(|p| list_drafts(&DraftStore::new(p.drafts_dir()), &mut problems))
        .unwrap_or_default();
    let (history, ledger) = paths
        .as_ref()
        .map(|p| read_log(&p.history_file(), &mut problems))
        .unwrap_or_default();
    let status = (!problems.is_empty()).then(|| Status {
        text: problems.join(" · "),
        error: true,
    });
    Loaded {
        init: Init {
            sender: config.sender(None).map(str::to_string),
            greeting: config.greeting.as_deref().map(word_from_config),
            limit: config.limit.unwrap_or_default(),
            linter,
            templates: library.all().to_vec(),
            drafts,
            history,
            ledger,
            monthly_notes: config.monthly_notes,
            ask_name: config.sender(None).is_none(),
            status,
            now,
        },
        storage: Storage { paths },
        clipboard: config.clipboard,
    }
}

/// A start-up problem as the status line says it.
fn status_text(problem: &Problem) -> String {
    match problem {
        Problem::NoHome(e) => format!("no home directory ({e}): drafts are not saved"),
        Problem::Config(e) => format!("{e}; using the defaults"),
        Problem::Rules(e) => format!("config rules ignored: {e}"),
        Problem::Templates(errors) => match errors.as_slice() {
            [one] => format!("template skipped: {one}"),
            [first, ..] => format!("{} templates skipped, first: {first}", errors.len()),
            [] => String::new(),
        },
    }
}

/// How many drafts (and copied notes) the picker offers.
const PICKER_DRAFTS: usize = 20;

/// Unfinished drafts, newest first, then the copied notes, newest first;
/// unreadable ones are reported (the store has moved them aside).
fn list_drafts(store: &DraftStore, problems: &mut Vec<String>) -> Vec<Draft> {
    match store.list() {
        Ok(listing) => {
            problems.extend(
                listing
                    .problems
                    .iter()
                    .map(|p| format!("draft skipped: {p}")),
            );
            let copied = listing
                .drafts
                .iter()
                .filter(|d| d.state == DraftState::Copied && !d.is_blank())
                .take(PICKER_DRAFTS);
            listing
                .unfinished(PICKER_DRAFTS)
                .chain(copied)
                .cloned()
                .collect()
        }
        Err(e) => {
            problems.push(format!("drafts not listed: {e}"));
            Vec::new()
        }
    }
}

/// The copied notes for `duplicate-note` and the ledger of sent notes,
/// from one read of the log; what cannot be read is reported.
fn read_log(file: &Path, problems: &mut Vec<String>) -> (Vec<PastNote>, Ledger) {
    match history::read_log(file) {
        Ok(log) => {
            problems.extend(log.warnings(file).into_iter().take(1));
            let ledger = Ledger::from_entries(log.entries);
            let mut notes: Vec<PastNote> = ledger
                .notes
                .iter()
                .map(|s| PastNote {
                    recipient: s.note.recipient.clone(),
                    text: s.note.text.clone(),
                    copied_at: s.note.copied_at,
                })
                .collect();
            notes.reverse();
            (notes, ledger)
        }
        Err(e) => {
            problems.push(format!("history ignored: {e}"));
            (Vec::new(), Ledger::default())
        }
    }
}

impl Storage {
    /// Saves `draft` (atomically, by the store).
    pub fn save_draft(&self, draft: &Draft) -> Result<(), String> {
        let Some(paths) = &self.paths else {
            return Err("no home directory".into());
        };
        DraftStore::new(paths.drafts_dir())
            .save(draft)
            .map_err(|e| e.to_string())
    }

    /// Deletes the draft `id`, unless another composer has it open.
    pub fn delete_draft(&self, id: &str) -> Result<(), String> {
        let Some(paths) = &self.paths else {
            return Err("no home directory".into());
        };
        if let Ok(Locked::Held(pid)) = lock::lock(&paths.drafts_dir(), id) {
            return Err(format!("it is open in another composer (process {pid})"));
        }
        DraftStore::new(paths.drafts_dir())
            .remove(id)
            .map_err(|e| e.to_string())
    }

    /// Locks the draft `id` for this composer; `Held` names the process
    /// that has it open. `None` when no lock can be taken (no data
    /// directory yet, a read-only disk): editing goes on without one.
    pub fn lock_draft(&self, id: &str) -> Option<Locked> {
        let paths = self.paths.as_ref()?;
        lock::lock(&paths.drafts_dir(), id).ok()
    }

    /// Sets `key` in the config file; returns the file's path.
    pub fn save_setting(&self, key: &str, value: &str) -> Result<PathBuf, String> {
        let Some(paths) = &self.paths else {
            return Err("no home directory".into());
        };
        let path = &paths.config_file;
        config_write::set_string(path, key, value).map_err(|e| e.to_string())?;
        Ok(path.clone())
    }

    /// Appends a copied note or an outcome to the log of sent notes.
    pub fn append_log(&self, entry: &Entry) -> Result<(), String> {
        let Some(paths) = &self.paths else {
            return Err("no home directory".into());
        };
        history::append(&paths.history_file(), entry).map_err(|e| e.to_string())
    }
}

/// A new draft id, as the store makes them.
pub fn new_draft_id(now: u64) -> String {
    crate::store::drafts::new_id(now)
}
