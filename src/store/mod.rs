//! Everything connote keeps on disk: where files live, the config, drafts
//! and the history of copied notes.

pub mod config;
pub mod drafts;
pub mod history;
pub mod paths;

pub use config::{ClipboardMode, Config, ConfigError};
pub use drafts::{Draft, DraftState, DraftStore};
pub use paths::Paths;
