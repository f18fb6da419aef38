//! The user's config file (SPEC §6).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::lint::{Level, LintConfig};
use crate::note::Limit;

/// How `Ctrl-Y` reaches the clipboard.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ClipboardMode {
    /// OSC 52 and the system clipboard; success if either works.
    #[default]
    Auto,
    /// Only the OSC 52 escape sequence through the terminal.
    Osc52,
    /// Only the system clipboard.
    System,
    /// Never copy.
    Off,
}

/// The settings in `config.json`; every key is optional.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Config {
    /// The sender's name: prefills the sign-off and feeds the name rules.
    pub sender: Option<String>,
    /// The default limit profile or number.
    pub limit: Option<Limit>,
    /// Rule id → `error|warning|hint|off`.
    pub rules: BTreeMap<String, Level>,
    /// Phrase list name → extra phrases for the heuristic rules.
    pub phrases: BTreeMap<String, Vec<String>>,
    /// How to copy.
    pub clipboard: ClipboardMode,
}

/// Why the config could not be used.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    /// The file exists but could not be read.
    #[error("{path}: {source}")]
    Read {
        /// The config file.
        path: PathBuf,
        /// The I/O error.
        source: std::io::Error,
    },
    /// The file is not valid config JSON.
    #[error("{path}:{line}:{column}: {message}")]
    Parse {
        /// The config file.
        path: PathBuf,
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
        /// What is wrong.
        message: String,
    },
}

impl Config {
    /// Reads `path`; a missing file is the default config.
    pub fn load(path: &Path) -> Result<Config, ConfigError> {
        let text = match std::fs::read_to_string(path) {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Config::default()),
            Err(source) => {
                return Err(ConfigError::Read {
                    path: path.to_path_buf(),
                    source,
                });
            }
        };
        serde_json::from_str(&text).map_err(|e| ConfigError::Parse {
            path: path.to_path_buf(),
            line: e.line(),
            column: e.column(),
            message: e.to_string(),
        })
    }

    /// The lint settings this config asks for.
    pub fn lint_config(&self) -> LintConfig {
        LintConfig {
            severities: self.rules.clone(),
            extra_phrases: self.phrases.clone(),
        }
    }
}
