//! Changing one setting of the config file from the composer (the sender
//! typed on the first run, the greeting word), keeping the rest of the
//! file as the user wrote it.
//!
//! The file is edited as text: the value of the key is replaced where it
//! stands, or the key is added after the opening brace, so the user's
//! order, spacing and other keys stay. A missing or blank file becomes
//! the example `connote config init` writes. A file that does not parse is
//! never touched: the user's words are worth more than the setting.

use std::path::Path;

use super::config::{Config, ConfigError};
use super::json_pos;

/// Sets the top-level string `key` to `value` in the config at `path`.
pub fn set_string(path: &Path, key: &str, value: &str) -> Result<(), ConfigError> {
    let text = match std::fs::read(path) {
        Ok(bytes) => json_pos::decode(bytes).map_err(|bad| ConfigError::Parse {
            path: path.to_path_buf(),
            line: bad.line,
            column: bad.column,
            message: bad.to_string(),
        })?,
        Err(e)
            if matches!(
                e.kind(),
                std::io::ErrorKind::NotFound | std::io::ErrorKind::NotADirectory
            ) =>
        {
            String::new()
        }
        Err(source) => {
            return Err(ConfigError::Read {
                path: path.to_path_buf(),
                source,
            });
        }
    };
    let new = if text.trim().is_empty() {
        let mut fresh = Config::example(None);
        fresh = with_value(&fresh, key, value);
        fresh
    } else {
        // Refuses (with the file's own error) a file that does not parse.
        Config::parse(&text, path)?;
        with_value(&text, key, value)
    };
    Config::parse(&new, path)?;
    super::atomic::write_atomic_private(path, new.as_bytes()).map_err(|source| ConfigError::Write {
        path: path.to_path_buf(),
        source,
    })
}

/// `text` (a valid config) with `key` set to the JSON string `value`.
fn with_value(text: &str, key: &str, value: &str) -> String {
    let quoted = serde_json::Value::String(value.to_string()).to_string();
    if let Some(at) = json_pos::locate_key(text, &[key]) {
        let colon = at + text[at..].find(':').unwrap_or(0) + 1;
        let start = colon + (text[colon..].len() - text[colon..].trim_start().len());
        let mut stream =
            serde_json::Deserializer::from_str(&text[start..]).into_iter::<serde_json::Value>();
        if let Some(Ok(_)) = stream.next() {
            let end = start + stream.byte_offset();
            return format!("{}{quoted}{}", &text[..start], &text[end..]);
        }
    }
    // A new key goes first, written the way the file is: one key a line,
    // or all on one.
    let open = text.find('{').map_or(0, |i| i + 1);
    let (head, rest) = text.split_at(open);
    let body = rest.trim_start();
    if let Some(after) = body.strip_prefix('}') {
        format!("{head}\n  \"{key}\": {quoted}\n}}{after}")
    } else if rest[..rest.len() - body.len()].contains('\n') {
        format!("{head}\n  \"{key}\": {quoted},{rest}")
    } else {
        format!("{head}\"{key}\": {quoted}, {body}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn set(text: &str, key: &str, value: &str) -> (String, Config) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("config.json");
        std::fs::write(&path, text).unwrap();
        set_string(&path, key, value).unwrap();
        let out = std::fs::read_to_string(&path).unwrap();
        let config = Config::parse(&out, &path).unwrap();
        (out, config)
    }

    #[test]
    fn replaces_a_value_where_it_stands() {
        let (out, config) = set(
            "{\n  \"limit\": \"free\",\n  \"sender\": \"Old\"\n}\n",
            "sender",
            "Ana \"Lu\" Lima",
        );
        assert_eq!(config.sender.as_deref(), Some("Ana \"Lu\" Lima"));
        assert_eq!(config.limit, Some(crate::note::Limit::Free));
        assert!(out.starts_with("{\n  \"limit\": \"free\",\n  \"sender\": \"Ana"));
    }

    #[test]
    fn adds_a_missing_key_and_keeps_the_others() {
        let (out, config) = set("{\"limit\":\"free\"}", "greeting", "Olá");
        assert_eq!(config.limit, Some(crate::note::Limit::Free));
        assert_eq!(out, "{\"greeting\": \"Olá\", \"limit\":\"free\"}");
        let (out, _) = set("{\n  \"limit\": \"free\"\n}\n", "greeting", "Hey");
        assert_eq!(
            out,
            "{\n  \"greeting\": \"Hey\",\n  \"limit\": \"free\"\n}\n"
        );
        let (out, config) = set("{ }", "greeting", "Hey");
        assert_eq!(config.greeting.as_deref(), Some("Hey"));
        assert_eq!(out, "{\n  \"greeting\": \"Hey\"\n}");
    }

    #[test]
    fn a_missing_file_becomes_the_example_private_to_its_owner() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("new").join("config.json");
        set_string(&path, "sender", "Ana Lima").unwrap();
        let out = std::fs::read_to_string(&path).unwrap();
        let config = Config::parse(&out, &path).unwrap();
        assert_eq!(config.sender.as_deref(), Some("Ana Lima"));
        assert!(out.contains("\"clipboard\": \"auto\""), "{out}");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&path).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
    }

    #[test]
    fn a_broken_file_is_left_alone() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("config.json");
        std::fs::write(&path, "{\"sendr\": 1}").unwrap();
        let err = set_string(&path, "sender", "Ana").unwrap_err();
        assert!(err.to_string().contains("unknown key `sendr`"), "{err}");
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "{\"sendr\": 1}");
    }
}
