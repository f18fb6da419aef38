//! What the composer reads from and writes to disk, behind a few small
//! functions: the config, templates, drafts and the copy history.

use std::path::Path;

use super::app::{Init, Status};
use crate::library::Library;
use crate::lint::{Linter, PastNote};
use crate::store::{ClipboardMode, Config, Draft, DraftState, DraftStore, Paths, history};

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
        Config::load(&p.config_file).unwrap_or_else(|e| {
            problems.push(format!("config ignored, using defaults: {e}"));
            Config::default()
        })
    });
    let linter = Linter::new(&config.lint_config()).unwrap_or_else(|e| {
        problems.push(format!("config rules ignored: {e}"));
        Linter::default()
    });
    let library = load_library(paths.as_ref(), &mut problems);
    let drafts = paths
        .as_ref()
        .map(|p| list_drafts(&DraftStore::new(p.drafts_dir()), &mut problems))
        .unwrap_or_default();
    let history = paths
        .as_ref()
        .map(|p| {
            history::load(&p.history_file()).unwrap_or_else(|e| {
                problems.push(format!("history ignored: {e}"));
                Vec::new()
            })
        })
        .unwrap_or_default();
    let status = (!problems.is_empty()).then(|| Status {
        text: problems.join(" · "),
        error: true,
    });
    Loaded {
        init: Init {
            sender: config.sender.clone(),
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

fn load_library(_paths: Option<&Paths>, _problems: &mut Vec<String>) -> Library {
    Library::default()
}

/// Unfinished drafts, newest first.
fn list_drafts(store: &DraftStore, problems: &mut Vec<String>) -> Vec<Draft> {
    let Ok(entries) = std::fs::read_dir(store.dir()) else {
        return Vec::new();
    };
    let mut drafts: Vec<Draft> = Vec::new();
    for entry in entries.flatten() {
        let path = entry.path();
        if path.extension().is_none_or(|e| e != "json") {
            continue;
        }
        match std::fs::read_to_string(&path).map(|t| serde_json::from_str::<Draft>(&t)) {
            Ok(Ok(d)) => drafts.push(d),
            _ => problems.push(format!("{}: unreadable draft skipped", path.display())),
        }
    }
    drafts.retain(|d| d.state == DraftState::Draft);
    drafts.sort_by_key(|d| std::cmp::Reverse(d.updated));
    drafts
}

impl Storage {
    /// Writes `draft` (atomically: temp file, then rename).
    pub fn save_draft(&self, draft: &Draft) -> Result<(), String> {
        let Some(paths) = &self.paths else {
            return Err("no home directory".into());
        };
        let dir = paths.drafts_dir();
        std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        let json = serde_json::to_string_pretty(draft).map_err(|e| e.to_string())?;
        let file = dir.join(format!("{}.json", draft.id));
        let tmp = dir.join(format!(".{}.json.tmp", draft.id));
        std::fs::write(&tmp, json)
            .and_then(|()| std::fs::rename(&tmp, &file))
            .map_err(|e| format!("{}: {e}", file.display()))
    }

    /// Records a copied note for `duplicate-note`.
    pub fn append_history(&self, note: &PastNote) -> Result<(), String> {
        use std::io::Write;
        let Some(paths) = &self.paths else {
            return Err("no home directory".into());
        };
        let file = paths.history_file();
        if let Some(dir) = file.parent() {
            std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        }
        let line = serde_json::to_string(note).map_err(|e| e.to_string())?;
        std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(&file)
            .and_then(|mut f| writeln!(f, "{line}"))
            .map_err(|e| format!("{}: {e}", file.display()))
    }
}

/// A new draft id: sortable by time, unique per process.
pub fn new_draft_id(now_millis: u128) -> String {
    format!("{now_millis}-{}", std::process::id())
}
