//! Everything connote keeps on disk: where files live, the config, drafts
//! and the history of copied notes.

pub(crate) mod atomic;
pub mod config;
pub(crate) mod drafts;
pub mod history;
mod json_pos;
pub(crate) mod paths;
pub mod startup;
pub(crate) mod summary;

pub use config::{ClipboardMode, Config, ConfigError};
pub use drafts::{Draft, DraftError, DraftProblem, DraftState, DraftStore, Listing};
pub use history::{History, HistoryError};
pub use paths::Paths;
pub use startup::{Problem, Startup};
pub use summary::DraftSummary;
