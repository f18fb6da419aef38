use super::*;
use crate::lint::Linter;

fn parse(text: &str) -> Result<Config, ConfigError> {
    Config::parse(text, Path::new("/cfg/config.json"))
}

fn err(text: &str) -> String {
    parse(text).unwrap_err().to_string()
}

#[test]
fn missing_or_blank_file_is_the_default() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("none.json");
    assert_eq!(Config::load(&path).unwrap(), Config::default());
    std::fs::write(&path, " \n").unwrap();
    assert_eq!(Config::load(&path).unwrap(), Config::default());
}

#[test]
fn reads_every_key() {
    let config = parse(
        r#"{"sender": "Sam", "limit": 250, "rules": {"empty-note": "off"},
            "phrases": {"filler": ["no worries"]}, "clipboard": "osc52"}"#,
    )
    .unwrap();
    assert_eq!(config.sender.as_deref(), Some("Sam"));
    assert_eq!(config.limit, Some(Limit::Custom(250)));
    assert_eq!(config.rules.get("empty-note"), Some(&Level::Off));
    assert_eq!(config.phrases["filler"], vec!["no worries".to_string()]);
    assert_eq!(config.clipboard, ClipboardMode::Osc52);
    let lint = config.lint_config();
    assert_eq!(lint.severities, config.rules);
    assert_eq!(lint.extra_phrases, config.phrases);
}

#[test]
fn phrases_off_takes_known_pattern_ids() {
    let config = parse(r#"{"phrases_off": ["self-centered/5", "filler/2"]}"#).unwrap();
    assert!(config.phrases_off.contains("self-centered/5"));
    assert_eq!(config.lint_config().phrases_off, config.phrases_off);
    Linter::new(&config.lint_config()).unwrap();
    assert_eq!(
        err("{\n  \"phrases_off\": [\"self-centred/5\"]\n}"),
        "/cfg/config.json:2:3: `phrases_off`: unknown phrase pattern `self-centred/5` \
         (did you mean `self-centered/5`?) (ids are `list/N`, N counting from 1 in the list)"
    );
    assert!(
        err(r#"{"phrases_off": ["filler/999"]}"#).contains("unknown phrase pattern `filler/999`")
    );
    assert!(err(r#"{"phrases_off": "filler/1"}"#).contains("`phrases_off`: invalid type"));
}

#[test]
fn limit_takes_a_profile_name() {
    assert_eq!(
        parse(r#"{"limit": "free"}"#).unwrap().limit,
        Some(Limit::Free)
    );
}

#[test]
fn unknown_key_is_named_with_the_valid_keys() {
    assert_eq!(
        err("{\n  \"sendr\": \"Sam\"\n}"),
        "/cfg/config.json:2:3: unknown key `sendr`, did you mean `sender`? \
         (valid keys: sender, greeting, limit, rules, phrases, phrases_off, clipboard, monthly_notes)"
    );
    assert_eq!(
        err(r#"{"colour": "red"}"#),
        "/cfg/config.json:1:2: unknown key `colour` \
         (valid keys: sender, greeting, limit, rules, phrases, phrases_off, clipboard, monthly_notes)"
    );
    assert!(matches!(
        parse(r#"{"colour": 1}"#),
        Err(ConfigError::UnknownKey { ref key, .. }) if key == "colour"
    ));
}

#[test]
fn malformed_json_names_line_and_column() {
    assert_eq!(
        err("{\n  \"sender\": \"Sam\",\n}"),
        "/cfg/config.json:3:1: trailing comma"
    );
    assert_eq!(
        err("{\"sender\": \"Sam\""),
        "/cfg/config.json:1:16: EOF while parsing an object"
    );
    assert_eq!(
        err("\n  [\"Sam\"]"),
        "/cfg/config.json:2:3: expected a JSON object of settings, `{ ... }`"
    );
    assert_eq!(
        err("{\"sender\": \"Sam\"} x"),
        "/cfg/config.json:1:19: trailing characters"
    );
}

#[test]
fn bad_severity_names_the_rule_and_the_value() {
    assert_eq!(
        err("{\"rules\": {\n  \"empty-note\": \"loud\"\n}}"),
        "/cfg/config.json:2:3: `rules.empty-note`: invalid severity `loud` \
         (expected error, warning, hint or off)"
    );
    assert_eq!(
        err(r#"{"rules": {"empty-note": 3}}"#),
        "/cfg/config.json:1:12: `rules.empty-note`: invalid severity 3 \
         (expected error, warning, hint or off)"
    );
}

#[test]
fn unknown_rule_is_named_with_a_suggestion() {
    assert_eq!(
        err(r#"{"rules": {"empty-nite": "off"}}"#),
        "/cfg/config.json:1:12: `rules.empty-nite`: unknown rule `empty-nite` (did you mean `empty-note`?)"
    );
}

#[test]
fn monthly_notes_is_a_positive_number_with_no_default() {
    assert_eq!(parse("{}").unwrap().monthly_notes, None);
    assert_eq!(
        parse(r#"{"monthly_notes": 5}"#).unwrap().monthly_notes,
        Some(5)
    );
    for bad in ["0", "-1", "2.5", "\"five\""] {
        let e = err(&format!("{{\"monthly_notes\": {bad}}}"));
        assert!(e.contains("`monthly_notes`: invalid value"), "{e}");
    }
}

#[test]
fn bad_values_name_their_key() {
    assert_eq!(
        err(r#"{"limit": 0}"#),
        "/cfg/config.json:1:2: `limit`: invalid limit `0` \
         (expected premium, free, inmail, message or a positive number)"
    );
    assert_eq!(
        err("{\"sender\": \"limit\",\n \"limit\": \"huge\"}"),
        "/cfg/config.json:2:2: `limit`: invalid limit `huge` \
         (expected premium, free, inmail, message or a positive number)"
    );
    assert_eq!(
        err(r#"{"clipboard": "both"}"#),
        "/cfg/config.json:1:2: `clipboard`: invalid value `both` \
         (expected auto, osc52, system or off)"
    );
    assert_eq!(
        err(r#"{"sender": 7}"#),
        "/cfg/config.json:1:2: `sender`: invalid type: integer `7`, expected a string"
    );
    assert_eq!(
        err(r#"{"phrases": {"filler": "x"}}"#),
        "/cfg/config.json:1:2: `phrases`: invalid type: string \"x\", expected a sequence"
    );
}

#[test]
fn unreadable_file_is_an_error_that_names_it() {
    let dir = tempfile::tempdir().unwrap();
    // A directory cannot be read as a file.
    let e = Config::load(dir.path()).unwrap_err();
    assert!(matches!(e, ConfigError::Read { .. }));
    assert!(
        e.to_string().starts_with(&format!(
            "{}: cannot read the config: ",
            dir.path().display()
        )),
        "{e}"
    );
}

#[test]
fn example_is_a_valid_config_with_every_key() {
    let config = parse(&Config::example(Some("Ana \"Lu\" Lima"))).unwrap();
    assert_eq!(config.sender.as_deref(), Some("Ana \"Lu\" Lima"));
    assert_eq!(parse(&Config::example(None)).unwrap().sender, None);
    assert!(config.limit.is_some());
    assert!(!config.rules.is_empty());
    let value: serde_json::Value = serde_json::from_str(&Config::example(Some("Ana"))).unwrap();
    let keys: Vec<&str> = value
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    // `monthly_notes` is true of one account or another, never an example.
    for key in KEYS.into_iter().filter(|k| *k != "monthly_notes") {
        assert!(keys.contains(&key), "example lacks `{key}`");
    }
    Linter::new(&config.lint_config()).unwrap();
}

#[test]
fn write_example_creates_dirs_and_never_overwrites() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a/b/config.json");
    write_example(&path, None).unwrap();
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        Config::example(None)
    );
    std::fs::write(&path, "{\"sender\": \"Mine\"}").unwrap();
    let e = write_example(&path, Some("Ana")).unwrap_err();
    assert_eq!(
        e.to_string(),
        format!(
            "{} already exists; edit it, or move it away to start again from the example",
            path.display()
        )
    );
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        "{\"sender\": \"Mine\"}"
    );
}

#[test]
fn a_bom_is_no_part_of_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("config.json");
    std::fs::write(&path, b"\xEF\xBB\xBF{\"sender\": \"Sam\"}").unwrap();
    assert_eq!(Config::load(&path).unwrap().sender.as_deref(), Some("Sam"));
}

#[test]
fn invalid_utf8_names_line_and_column() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("config.json");
    std::fs::write(&path, b"{\n  \"sender\": \"Zo\xEB\"\n}").unwrap();
    let e = Config::load(&path).unwrap_err().to_string();
    assert_eq!(
        e,
        format!(
            "{}:2:16: invalid UTF-8 (byte 0xEB); save the file as UTF-8",
            path.display()
        )
    );
}

#[test]
fn error_columns_count_characters() {
    // `é` is two bytes: serde_json's column is one more than an editor's.
    let text = "{\"sender\": \"Zoé\", x}";
    let e = err(text);
    assert!(e.starts_with("/cfg/config.json:1:"), "{e}");
    let column: usize = e.split(':').nth(2).unwrap().parse().unwrap();
    let byte_column = serde_json::from_str::<serde_json::Value>(text)
        .unwrap_err()
        .column();
    assert_eq!(column + 1, byte_column, "{e}");
}

#[test]
fn a_config_named_on_the_command_line_must_exist() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("nope.json");
    let e = Config::load_given(&path).unwrap_err().to_string();
    assert!(
        e.starts_with(&format!("{}: cannot read the config", path.display())),
        "{e}"
    );
    std::fs::write(&path, "{}").unwrap();
    assert_eq!(Config::load_given(&path).unwrap(), Config::default());
}
