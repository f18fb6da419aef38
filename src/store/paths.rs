//! Where connote's files live (XDG base directories).

use std::path::{Path, PathBuf};

use etcetera::BaseStrategy;

/// The locations of the config, user templates, drafts and history.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Paths {
    /// The config file (`--config` or `$XDG_CONFIG_HOME/connote/config.json`).
    pub config_file: PathBuf,
    /// `$XDG_CONFIG_HOME/connote`.
    pub config_dir: PathBuf,
    /// `$XDG_DATA_HOME/connote`.
    pub data_dir: PathBuf,
}

impl Paths {
    /// Resolves the paths from the environment; `config_override` is `--config`.
    pub fn from_env(config_override: Option<&Path>) -> Result<Paths, etcetera::HomeDirError> {
        let xdg = etcetera::base_strategy::Xdg::new()?;
        let config_dir = xdg.config_dir().join("connote");
        let data_dir = xdg.data_dir().join("connote");
        let config_file =
            config_override.map_or_else(|| config_dir.join("config.json"), Path::to_path_buf);
        Ok(Paths {
            config_file,
            config_dir,
            data_dir,
        })
    }

    /// The user's template directory.
    pub fn templates_dir(&self) -> PathBuf {
        self.config_dir.join("templates")
    }

    /// The drafts directory.
    pub fn drafts_dir(&self) -> PathBuf {
        self.data_dir.join("drafts")
    }

    /// The history of copied notes.
    pub fn history_file(&self) -> PathBuf {
        self.data_dir.join("history.jsonl")
    }
}
