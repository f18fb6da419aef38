//! The user's config file (SPEC §6).

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::path::{Path, PathBuf};

use serde::de::{Error as _, MapAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize};

use super::json_pos;
use crate::lint::{Level, LintConfig, LintConfigError};
use crate::note::Limit;

/// How `Ctrl-Y` reaches the clipboard.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
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

impl std::str::FromStr for ClipboardMode {
    type Err = String;

    /// The one parser of the names the config file uses.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "auto" => Ok(ClipboardMode::Auto),
            "osc52" => Ok(ClipboardMode::Osc52),
            "system" => Ok(ClipboardMode::System),
            "off" => Ok(ClipboardMode::Off),
            _ => Err(format!(
                "invalid value `{s}` (expected auto, osc52, system or off)"
            )),
        }
    }
}

/// The keys a config file may have, in the order the docs list them.
pub const KEYS: [&str; 8] = [
    "sender",
    "greeting",
    "limit",
    "rules",
    "phrases",
    "phrases_off",
    "clipboard",
    "monthly_notes",
];

/// The settings in `config.json`; every key is optional.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Config {
    /// The sender's name: prefills the sign-off and feeds the name rules.
    #[serde(deserialize_with = "sender")]
    pub sender: Option<String>,
    /// The word the composer greets with (`Hi`, `Hello`, `Dear`, `Hey`,
    /// `none`, or any word of the user's).
    #[serde(deserialize_with = "greeting")]
    pub greeting: Option<String>,
    /// The default limit profile or number.
    #[serde(deserialize_with = "limit")]
    pub limit: Option<Limit>,
    /// Rule id → `error|warning|hint|off`.
    #[serde(deserialize_with = "rules")]
    pub rules: BTreeMap<String, Level>,
    /// Phrase list name → extra phrases for the heuristic rules.
    #[serde(deserialize_with = "phrases")]
    pub phrases: BTreeMap<String, Vec<String>>,
    /// Ids of built-in patterns turned off (`self-centered/5`), for a
    /// phrase that misfires on the user's notes.
    #[serde(deserialize_with = "phrases_off")]
    pub phrases_off: BTreeSet<String>,
    /// How to copy.
    #[serde(deserialize_with = "clipboard")]
    pub clipboard: ClipboardMode,
    /// How many personalised invitations the account allows a month; the
    /// composer and `connote sent` count against it when it is set.
    #[serde(deserialize_with = "monthly_notes")]
    pub monthly_notes: Option<u32>,
}

/// Why the config could not be used.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    /// The file exists but could not be read.
    #[error("{}: cannot read the config: {source}", path.display())]
    Read {
        /// The config file.
        path: PathBuf,
        /// The I/O error.
        source: std::io::Error,
    },
    /// The file is not valid config JSON.
    #[error("{}:{line}:{column}: {message}", path.display())]
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
    /// `connote config init` found a config already there.
    #[error(
        "{} already exists; edit it, or move it away to start again from the example",
        path.display()
    )]
    AlreadyExists {
        /// The config file.
        path: PathBuf,
    },
    /// The example config could not be written.
    #[error("{}: cannot write the config: {source}", path.display())]
    Write {
        /// The config file.
        path: PathBuf,
        /// The I/O error.
        source: std::io::Error,
    },
    /// A key the config does not have (often a typo).
    #[error(
        "{}:{line}:{column}: unknown key `{key}`{} (valid keys: {})",
        path.display(), did_you_mean(key), KEYS.join(", ")
    )]
    UnknownKey {
        /// The config file.
        path: PathBuf,
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
        /// The key as written.
        key: String,
    },
}

fn did_you_mean(key: &str) -> String {
    crate::suggest::closest(key, KEYS)
        .first()
        .map(|k| format!(", did you mean `{k}`?"))
        .unwrap_or_default()
}

impl Config {
    /// Reads `path`; a missing or blank file is the default config.
    pub fn load(path: &Path) -> Result<Config, ConfigError> {
        let bytes = match std::fs::read(path) {
            Ok(bytes) => bytes,
            // No file, or no directory for one: nothing configured.
            Err(e)
                if matches!(
                    e.kind(),
                    std::io::ErrorKind::NotFound | std::io::ErrorKind::NotADirectory
                ) =>
            {
                return Ok(Config::default());
            }
            Err(source) => {
                return Err(ConfigError::Read {
                    path: path.to_path_buf(),
                    source,
                });
            }
        };
        let text = json_pos::decode(bytes).map_err(|bad| ConfigError::Parse {
            path: path.to_path_buf(),
            line: bad.line,
            column: bad.column,
            message: bad.to_string(),
        })?;
        Config::parse(&text, path)
    }

    /// Reads a file named on the command line (`--config`): unlike the
    /// usual place, a missing file there is a mistake, not "no settings".
    pub fn load_given(path: &Path) -> Result<Config, ConfigError> {
        if let Err(e) = std::fs::metadata(path) {
            return Err(ConfigError::Read {
                path: path.to_path_buf(),
                source: e,
            });
        }
        Config::load(path)
    }

    /// Parses config text; `path` only names the file in errors.
    pub fn parse(text: &str, path: &Path) -> Result<Config, ConfigError> {
        let Some((start, first)) = text.char_indices().find(|(_, c)| !c.is_whitespace()) else {
            return Ok(Config::default());
        };
        // serde would also take a JSON array as the fields in order: refuse it.
        if first != '{' {
            let (line, column) = json_pos::line_column(text, start);
            return Err(ConfigError::Parse {
                path: path.to_path_buf(),
                line,
                column,
                message: "expected a JSON object of settings, `{ ... }`".to_string(),
            });
        }
        serde_json::from_str(text).map_err(|e| parse_error(&e, text, path))
    }

    /// Who the note is from: `given` (a `--from`), else the configured
    /// sender. A blank name is no name. Every front end asks here.
    pub fn sender<'a>(&'a self, given: Option<&'a str>) -> Option<&'a str> {
        given
            .or(self.sender.as_deref())
            .filter(|s| !s.trim().is_empty())
    }

    /// The lint settings this config asks for.
    pub fn lint_config(&self) -> LintConfig {
        LintConfig {
            severities: self.rules.clone(),
            extra_phrases: self.phrases.clone(),
            phrases_off: self.phrases_off.clone(),
        }
    }

    /// A valid config showing every key, written by `connote config init`
    /// and when the composer saves a first setting. `sender` is there only
    /// when given: nobody should sign with a made-up name.
    pub fn example(sender: Option<&str>) -> String {
        let sender = sender.map_or_else(String::new, |s| {
            format!(
                "  \"sender\": {},\n",
                serde_json::Value::String(s.to_string())
            )
        });
        format!("{{\n{sender}{EXAMPLE_REST}")
    }
}

/// The example after `sender`: every other key at its default.
const EXAMPLE_REST: &str = r#"  "greeting": "Hi",
  "limit": "premium",
  "rules": {
    "duplicate-note": "error"
  },
  "phrases": {},
  "phrases_off": [],
  "clipboard": "auto"
}
"#;

/// Writes [`Config::example`] to `path` (creating its directory) for
/// `connote config init`; never replaces an existing file.
pub fn write_example(path: &Path, sender: Option<&str>) -> Result<(), ConfigError> {
    let text = Config::example(sender);
    super::atomic::write_new_atomic(path, text.as_bytes()).map_err(|source| {
        if source.kind() == std::io::ErrorKind::AlreadyExists {
            ConfigError::AlreadyExists {
                path: path.to_path_buf(),
            }
        } else {
            ConfigError::Write {
                path: path.to_path_buf(),
                source,
            }
        }
    })
}

/// Turns serde_json's error into one that names the file, line and column
/// without repeating the position in the message. Errors about a key point
/// at the key itself, not at where the parser noticed.
fn parse_error(e: &serde_json::Error, text: &str, path: &Path) -> ConfigError {
    let message = json_pos::message(e);
    let unknown = message
        .strip_prefix("unknown field `")
        .and_then(|rest| rest.split('`').next());
    let key_path: Option<Vec<&str>> = match unknown {
        Some(key) => Some(vec![key]),
        None => message
            .strip_prefix('`')
            .and_then(|rest| rest.split('`').next())
            .map(|k| k.splitn(2, '.').collect()),
    };
    let (line, column) = key_path
        .and_then(|keys| json_pos::locate_key(text, &keys))
        .map_or(
            (e.line(), json_pos::char_column(text, e.line(), e.column())),
            |at| json_pos::line_column(text, at),
        );
    if let Some(key) = unknown {
        return ConfigError::UnknownKey {
            path: path.to_path_buf(),
            line,
            column,
            key: key.to_string(),
        };
    }
    let message = message.replace("struct Config", "a JSON object of settings");
    ConfigError::Parse {
        path: path.to_path_buf(),
        line,
        column,
        message,
    }
}

/// Prefixes a value's error with the key it belongs to.
fn keyed<'de, T: Deserialize<'de>, D: Deserializer<'de>>(d: D, key: &str) -> Result<T, D::Error> {
    T::deserialize(d).map_err(|e| {
        serde::de::Error::custom(format!(
            "`{key}`: {}",
            json_pos::strip_position(&e.to_string())
        ))
    })
}

fn sender<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    keyed(d, "sender")
}

fn greeting<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    keyed(d, "greeting")
}

fn phrases<'de, D: Deserializer<'de>>(d: D) -> Result<BTreeMap<String, Vec<String>>, D::Error> {
    keyed(d, "phrases")
}

/// Pattern ids to turn off: each must name a built-in pattern, checked one
/// by one so the error names the id and the closest known one.
fn phrases_off<'de, D: Deserializer<'de>>(d: D) -> Result<BTreeSet<String>, D::Error> {
    let ids: Vec<String> = keyed(d, "phrases_off")?;
    let book = crate::lint::PhraseBook::builtin();
    for id in &ids {
        if !book.knows_pattern(id) {
            let err = crate::lint::LintConfigError::UnknownPattern {
                id: id.clone(),
                closest: book.closest_id(id),
            };
            return Err(D::Error::custom(format!("`phrases_off`: {err}")));
        }
    }
    Ok(ids.into_iter().collect())
}

fn limit<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Limit>, D::Error> {
    let raw: Option<serde_json::Value> = keyed(d, "limit")?;
    let Some(raw) = raw else { return Ok(None) };
    let text = match &raw {
        serde_json::Value::String(s) => s.clone(),
        other => other.to_string(),
    };
    text.parse::<Limit>()
        .map(Some)
        .map_err(|e| D::Error::custom(format!("`limit`: {e}")))
}

fn clipboard<'de, D: Deserializer<'de>>(d: D) -> Result<ClipboardMode, D::Error> {
    let raw: String = keyed(d, "clipboard")?;
    raw.parse()
        .map_err(|e| D::Error::custom(format!("`clipboard`: {e}")))
}

fn monthly_notes<'de, D: Deserializer<'de>>(d: D) -> Result<Option<u32>, D::Error> {
    let raw: Option<serde_json::Value> = keyed(d, "monthly_notes")?;
    let Some(raw) = raw else { return Ok(None) };
    raw.as_u64()
        .and_then(|n| u32::try_from(n).ok())
        .filter(|n| *n > 0)
        .map(Some)
        .ok_or_else(|| {
            D::Error::custom(format!(
                "`monthly_notes`: invalid value {raw} (expected a positive whole number, e.g. 5)"
            ))
        })
}

/// Rule overrides: each value must be a level and each id a known rule.
/// Checked entry by entry so the error points just past the offending one.
fn rules<'de, D: Deserializer<'de>>(d: D) -> Result<BTreeMap<String, Level>, D::Error> {
    d.deserialize_map(RulesVisitor)
}

struct RulesVisitor;

impl<'de> Visitor<'de> for RulesVisitor {
    type Value = BTreeMap<String, Level>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("`rules` to be an object of rule id → error, warning, hint or off")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut out = BTreeMap::new();
        while let Some(id) = map.next_key::<String>()? {
            let value: serde_json::Value = map.next_value()?;
            let level = value
                .as_str()
                .ok_or_else(|| {
                    format!("invalid severity {value} (expected error, warning, hint or off)")
                })
                .and_then(str::parse::<Level>)
                .map_err(|e| A::Error::custom(format!("`rules.{id}`: {e}")))?;
            if crate::lint::rule(&id).is_none() {
                let e = LintConfigError::unknown_rule(&id);
                return Err(A::Error::custom(format!("`rules.{id}`: {e}")));
            }
            out.insert(id, level);
        }
        Ok(out)
    }
}

#[cfg(test)]
#[path = "config_tests.rs"]
mod tests;
