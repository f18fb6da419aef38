//! `connote config` and `connote drafts`, run as the built binary with
//! temporary XDG directories (never the real home).

use std::path::PathBuf;
use std::process::{Command, Output};

use connote::clock;
use connote::note::{Limit, Note, Parts, Scenario};
use connote::store::{Draft, DraftState, DraftStore, config::Config};

struct Env {
    root: tempfile::TempDir,
}

impl Env {
    fn new() -> Env {
        Env {
            root: tempfile::tempdir().expect("temp dir"),
        }
    }

    fn config_home(&self) -> PathBuf {
        self.root.path().join("config")
    }

    fn drafts(&self) -> DraftStore {
        DraftStore::new(self.root.path().join("data/connote/drafts"))
    }

    fn run(&self, args: &[&str]) -> Output {
        Command::new(env!("CARGO_BIN_EXE_connote"))
            .args(args)
            .env("HOME", self.root.path().join("home"))
            .env("XDG_CONFIG_HOME", self.config_home())
            .env("XDG_DATA_HOME", self.root.path().join("data"))
            .output()
            .expect("run connote")
    }
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).expect("utf-8 stdout")
}

fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).expect("utf-8 stderr")
}

fn draft(id: &str, recipient: &str, updated: u64, state: DraftState) -> Draft {
    Draft {
        id: id.into(),
        note: Note {
            scenario: Some(Scenario::Acquaintance),
            recipient: recipient.into(),
            parts: Parts {
                context: "we sat together at the Porto data meetup in May".into(),
                ..Parts::default()
            },
            sign_off: "Sam".into(),
            free_text: None,
            ..Note::default()
        },
        limit: Limit::Free,
        created: updated,
        updated,
        state,
    }
}

#[test]
fn config_path_follows_xdg_and_the_flag() {
    let env = Env::new();
    let out = env.run(&["config", "path"]);
    assert!(out.status.success());
    assert_eq!(
        stdout(&out),
        format!(
            "{}\n",
            env.config_home().join("connote/config.json").display()
        )
    );
    let out = env.run(&["--config", "/elsewhere/c.json", "config", "path"]);
    assert_eq!(stdout(&out), "/elsewhere/c.json\n");
}

#[test]
fn config_init_writes_a_valid_example_once() {
    let env = Env::new();
    let path = env.config_home().join("connote/config.json");
    let out = env.run(&["config", "init"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        stdout(&out),
        format!(
            "wrote an example config to {}\n`sender` is not set: add \"sender\": \"Your Name\" \
             to it, or let the composer ask for your name when it starts\n",
            path.display()
        )
    );
    let written = std::fs::read_to_string(&path).unwrap();
    assert_eq!(written, Config::example(None));
    assert_eq!(Config::load(&path).unwrap().sender, None);
    Config::load(&path).unwrap();

    std::fs::write(&path, "{}").unwrap();
    let out = env.run(&["config", "init"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr(&out),
        format!(
            "connote: {} already exists; edit it, or move it away to start again from the example\n",
            path.display()
        )
    );
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "{}");
}

#[test]
fn config_init_honours_the_flag_and_creates_directories() {
    let env = Env::new();
    let path = env.root.path().join("a/b/mine.json");
    let out = env.run(&["--config", path.to_str().unwrap(), "config", "init"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(path.exists());
    assert!(!env.config_home().exists());
}

#[test]
fn drafts_lists_newest_first_in_both_formats() {
    let env = Env::new();
    let out = env.run(&["drafts"]);
    assert!(out.status.success());
    assert!(
        stdout(&out).starts_with("no drafts in "),
        "{}",
        stdout(&out)
    );

    let now = clock::now();
    let store = env.drafts();
    store
        .save(&draft(
            "old-1",
            "Priya Shah",
            now - 3 * 86_400,
            DraftState::Copied,
        ))
        .unwrap();
    store
        .save(&draft("new-2", "Bo", now - 300, DraftState::Draft))
        .unwrap();

    let out = env.run(&["drafts"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 3, "{text}");
    assert!(lines[0].starts_with("ID  "), "{text}");
    for (line, words) in lines[1..].iter().zip([
        ["new-2", "Bo", "acquaintance", "draft", "5 min ago"],
        [
            "old-1",
            "Priya Shah",
            "acquaintance",
            "copied",
            "3 days ago",
        ],
    ]) {
        for w in words {
            assert!(line.contains(w), "{line:?} lacks {w:?}");
        }
        assert!(
            line.ends_with("we sat together at the Porto data meetup…"),
            "{line}"
        );
    }

    let out = env.run(&["drafts", "--format", "json"]);
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let items = json.as_array().unwrap();
    assert_eq!(items.len(), 2);
    assert_eq!(items[0]["id"], "new-2");
    assert_eq!(items[0]["recipient"], "Bo");
    assert_eq!(items[0]["scenario"], "acquaintance");
    assert_eq!(items[0]["state"], "draft");
    assert_eq!(items[0]["age"], "5 min ago");
    assert_eq!(items[1]["state"], "copied");
}

#[test]
fn drafts_reports_a_corrupt_file_and_keeps_it() {
    let env = Env::new();
    let store = env.drafts();
    store
        .save(&draft("good", "Bo", 10, DraftState::Draft))
        .unwrap();
    let bad = store.dir().join("bad.json");
    std::fs::write(&bad, "{\"note\": ").unwrap();
    let out = env.run(&["drafts", "--format", "json"]);
    assert!(out.status.success());
    let err = stderr(&out);
    assert!(
        err.starts_with(&format!("connote: warning: {}:1:", bad.display())),
        "{err}"
    );
    assert!(err.contains("moved aside to"), "{err}");
    assert_eq!(
        std::fs::read_to_string(store.dir().join("bad.json.corrupt")).unwrap(),
        "{\"note\": "
    );
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json.as_array().unwrap().len(), 1);
}

#[test]
fn drafts_rm_removes_and_names_the_closest_on_a_typo() {
    let env = Env::new();
    let store = env.drafts();
    store
        .save(&draft("20261122-030509-7-0", "Bo", 10, DraftState::Draft))
        .unwrap();
    store
        .save(&draft("20261122-030509-7-1", "Cy", 11, DraftState::Draft))
        .unwrap();

    let out = env.run(&["drafts", "rm", "20261122-030509-7-0"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(stdout(&out), "removed draft 20261122-030509-7-0\n");
    assert!(!store.path_of("20261122-030509-7-0").exists());

    let out = env.run(&["drafts", "rm", "20261122-030509-7-2"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr(&out),
        format!(
            "connote: no draft `20261122-030509-7-2` in {} (closest: 20261122-030509-7-1)\n",
            store.dir().display()
        )
    );
    assert!(store.path_of("20261122-030509-7-1").exists());
}

#[test]
fn drafts_rm_takes_a_unique_start_of_an_id() {
    let env = Env::new();
    let store = env.drafts();
    for (id, who) in [
        ("20261122-030509-7-0", "Bo"),
        ("20261122-030509-7-1", "Cy"),
        ("20261123-101010-7-0", "Di"),
    ] {
        store.save(&draft(id, who, 10, DraftState::Draft)).unwrap();
    }
    let out = env.run(&["drafts", "rm", "20261122"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr(&out),
        "connote: `20261122` is the start of 2 drafts (20261122-030509-7-0, \
         20261122-030509-7-1): give more of the id\n"
    );
    assert!(store.path_of("20261122-030509-7-0").exists());
    assert!(store.path_of("20261122-030509-7-1").exists());

    let out = env.run(&["drafts", "rm", "20261123"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(stdout(&out), "removed draft 20261123-101010-7-0\n");
    assert!(!store.path_of("20261123-101010-7-0").exists());
}

#[test]
fn drafts_refuses_other_formats() {
    let env = Env::new();
    let out = env.run(&["drafts", "--format", "jsonl"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("[possible values: human, json]"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn listings_offer_only_the_formats_they_print() {
    let env = Env::new();
    for command in ["drafts", "templates"] {
        let out = env.run(&[command, "--help"]);
        let help = stdout(&out);
        let values: Vec<&str> = help
            .lines()
            .filter_map(|l| l.trim().strip_prefix("- "))
            .filter_map(|l| l.split(':').next())
            .collect();
        assert_eq!(values, ["human", "json"], "{command}: {help}");
        let out = env.run(&[command, "-h"]);
        assert!(
            stdout(&out).contains("[possible values: human, json]"),
            "{command}: {}",
            stdout(&out)
        );
    }
}

#[test]
fn drafts_align_columns_by_display_width() {
    let env = Env::new();
    let now = clock::now();
    let store = env.drafts();
    store
        .save(&draft("a-1", "李伟", now - 300, DraftState::Draft))
        .unwrap();
    store
        .save(&draft("b-2", "Ana", now - 600, DraftState::Draft))
        .unwrap();
    let out = env.run(&["drafts"]);
    let text = stdout(&out);
    let column = |line: &str| {
        let at = line.find("acquaintance").unwrap();
        unicode_width::UnicodeWidthStr::width(&line[..at])
    };
    let lines: Vec<&str> = text.lines().skip(1).collect();
    assert_eq!(lines.len(), 2, "{text}");
    assert_eq!(column(lines[0]), column(lines[1]), "{text}");
}

#[test]
fn config_alone_says_where_the_file_is_and_whether_it_is_valid() {
    let env = Env::new();
    let path = env.config_home().join("connote/config.json");
    let out = env.run(&["config"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        stdout(&out),
        format!(
            "{}\nno file there: every setting has its default (connote config init writes one)\n",
            path.display()
        )
    );
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(&path, "{\"sender\": \"Ana Lima\"}").unwrap();
    let out = env.run(&["config"]);
    assert_eq!(
        stdout(&out),
        format!("{}\nvalid (sender Ana Lima)\n", path.display())
    );
    std::fs::write(&path, "{\n  \"sendr\": 1\n}").unwrap();
    let out = env.run(&["config"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(stdout(&out), format!("{}\n", path.display()));
    assert!(
        stderr(&out).contains("config.json:2:3: unknown key `sendr`"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn config_init_takes_the_sender_and_never_invents_one() {
    let env = Env::new();
    let path = env.config_home().join("connote/config.json");
    let out = env.run(&["config", "init", "--sender", "Ana Lima"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        Config::load(&path).unwrap().sender.as_deref(),
        Some("Ana Lima")
    );
    assert!(
        !std::fs::read_to_string(&path)
            .unwrap()
            .contains("Sam Rivera")
    );
}
