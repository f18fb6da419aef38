//! What the composer reads from and writes to disk, behind a few small
//! functions: the config, templates, drafts and the copy history.

use std::path::Path;

use super::app::{Init, Status};
use crate::library::Library;
use crate::lint::{Linter, PastNote};
use crate::store::{ClipboardMode, Config, Draft, DraftStore, Paths, history};

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
    let mut problems: Vec<String> = Vec::new();
    let paths = match Paths::from_env(config_override) {
        Ok(p) => Some(p),
        Err(e) => {
            problems.push(format!("no home directory ({e}): drafts are not saved"));
            None
        }
    };
    let config = paths.as_ref().map_or_else(Config::default, |p| {
        let (config, problem) = Config::load_or_default(&p.config_file);
        problems.extend(problem);
        config
    });
    let linter = Linter::new(&config.lint_config()).unwrap_or_else(|e| {
        problems.push(format!("config rules ignored: {e}"));
        Linter::default()
    });
    let (library, errors) = Library::load(paths.as_ref().map(Paths::templates_dir).as_deref());
    if let Some(first) = errors.first() {
        problems.push(match errors.len() {
            1 => format!("template skipped: {first}"),
            n => format!("{n} templates skipped, first: {first}"),
        });
    }
    let drafts = paths
        .as_ref()
        .map(|p| list_drafts(&DraftStore::new(p.drafts_dir()), &mut problems))
        .unwrap_or_default();
    let history = paths
        .as_ref()
        .map(|p| {
            let file = p.history_file();
            match history::read(&file) {
                Ok(h) => {
                    problems.extend(h.warnings(&file).into_iter().take(1));
                    h.notes
                }
                Err(e) => {
                    problems.push(format!("history ignored: {e}"));
                    Vec::new()
                }
            }
        })
        .unwrap_or_default();
    let status = (!problems.is_empty()).then(|| Status {
        text: problems.join(" · "),
        error: true,
    });
    Loaded {
        init: Init {
            sender: config.sender(None).map(str::to_string),
            limit: config.limit.unwrap_or_default(),
            linter,
            templates: library.all().to_vec(),
            drafts,
            history,
            status,
            now,
        },
        storage: Storage { paths },
        clipboard: config.clipboard,
    }
}

/// How many drafts the picker offers.
const PICKER_DRAFTS: usize = 20;

/// Unfinished drafts, newest first; unreadable ones are reported (the
/// store has moved them aside).
fn list_drafts(store: &DraftStore, problems: &mut Vec<String>) -> Vec<Draft> {
    match store.list() {
        Ok(listing) => {
            problems.extend(
                listing
                    .problems
                    .iter()
                    .map(|p| format!("draft skipped: {p}")),
            );
            listing.unfinished(PICKER_DRAFTS).cloned().collect()
        }
        Err(e) => {
            problems.push(format!("drafts not listed: {e}"));
            Vec::new()
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

    /// Records a copied note for `duplicate-note`.
    pub fn append_history(&self, note: &PastNote) -> Result<(), String> {
        let Some(paths) = &self.paths else {
            return Err("no home directory".into());
        };
        history::append(&paths.history_file(), note).map_err(|e| e.to_string())
    }
}

/// A new draft id, as the store makes them.
pub fn new_draft_id(now: u64) -> String {
    crate::store::drafts::new_id(now)
}
