//! Everything connote keeps on disk: where files live, the config, drafts
//! and the log of copied notes and their outcomes.

pub(crate) mod atomic;
pub mod config;
pub mod config_write;
pub(crate) mod drafts;
pub mod history;
pub(crate) mod json_pos;
pub mod lock;
mod log_read;
pub mod paths;
mod private;
pub mod sent;
pub mod startup;
pub mod summary;

pub use config::{ClipboardMode, Config, ConfigError};
pub use drafts::{Draft, DraftError, DraftProblem, DraftState, DraftStore, Listing};
pub use history::{History, HistoryError, Log};
pub use paths::Paths;
pub use sent::{Entry, Finding, Outcome, OutcomeEvent, SentNote};
pub use startup::{Problem, Startup};
pub use summary::DraftSummary;
