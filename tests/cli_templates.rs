//! `connote templates` and `connote render` as a user runs them: the built
//! binary, from a directory that is not the source tree, with its config
//! and data directories in a temporary place.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::Value;
use tempfile::TempDir;

struct Env {
    home: TempDir,
}

impl Env {
    fn new() -> Self {
        Env {
            home: tempfile::tempdir().expect("temp dir"),
        }
    }

    fn config_dir(&self) -> PathBuf {
        self.home.path().join("config/connote")
    }

    fn write(&self, relative: &str, text: &str) -> PathBuf {
        let path = self.config_dir().join(relative);
        fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
        fs::write(&path, text).expect("write");
        path
    }

    /// `connote ARGS` in this sandbox, with no colour settings inherited.
    fn command(&self, args: &[&str]) -> Command {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_connote"));
        cmd.args(args)
            .current_dir(self.home.path())
            .env("HOME", self.home.path())
            .env("XDG_CONFIG_HOME", self.home.path().join("config"))
            .env("XDG_DATA_HOME", self.home.path().join("data"))
            .env_remove("NO_COLOR")
            .env_remove("CLICOLOR_FORCE");
        cmd
    }

    fn run(&self, args: &[&str]) -> Output {
        self.command(args).output().expect("run connote")
    }
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).expect("utf-8 stdout")
}

fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).expect("utf-8 stderr")
}

fn keys(v: &Value) -> Vec<&str> {
    let mut keys: Vec<&str> = v
        .as_object()
        .expect("object")
        .keys()
        .map(String::as_str)
        .collect();
    keys.sort_unstable();
    keys
}

fn user_template(id: &str, scenario: &str) -> String {
    serde_json::json!({
        "id": id,
        "title": "From the climbing gym",
        "scenario": scenario,
        "description": "Someone you belay with.",
        "context": "we climb at {gym} on Tuesdays",
        "invite": "connecting here too",
        "next_step": "see you on the wall?",
        "placeholders": [{"name": "gym", "prompt": "Which gym?", "example": "The Arch"}]
    })
    .to_string()
}

#[test]
fn templates_json_has_the_spec_shape() {
    let out = Env::new().run(&["templates", "--format", "json"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let list: Vec<Value> = serde_json::from_str(&stdout(&out)).expect("json array");
    assert!(list.len() >= 24);
    // The other kinds add their subject or note to forward (tests/cli_kinds.rs).
    for t in list.iter().filter(|t| t["kind"] == "invitation") {
        assert_eq!(
            keys(t),
            [
                "count",
                "description",
                "example",
                "id",
                "kind",
                "placeholders",
                "scenario",
                "source",
                "title"
            ]
        );
        assert_eq!(t["source"], "builtin");
        let example = t["example"].as_str().expect("example");
        assert_eq!(
            t["count"].as_u64(),
            u64::try_from(example.encode_utf16().count()).ok()
        );
        assert!(example.starts_with("Hi Maya,\n") && example.ends_with("\n– Sam"));
        for p in t["placeholders"].as_array().expect("placeholders") {
            assert_eq!(keys(p), ["example", "name", "prompt"]);
        }
    }
}

#[test]
fn templates_human_filters_by_scenario() {
    let out = Env::new().run(&["templates", "--scenario", "close"]);
    assert!(out.status.success());
    let text = stdout(&out);
    assert!(text.starts_with("Close contact (close) · "), "{text}");
    assert!(text.contains("never-connected"));
    assert!(!text.contains("Stranger"));
    assert!(!text.contains("their-post"));
}

#[test]
fn user_templates_show_up_and_override() {
    let env = Env::new();
    env.write(
        "templates/close/climbing.json",
        &user_template("climbing", "close"),
    );
    env.write(
        "templates/their-post.json",
        &user_template("their-post", "stranger"),
    );
    let out = env.run(&["templates", "--format", "json"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let list: Vec<Value> = serde_json::from_str(&stdout(&out)).expect("json");
    let find = |id: &str| list.iter().find(|t| t["id"] == id).expect(id).clone();
    assert_eq!(find("climbing")["source"], "user");
    assert_eq!(
        find("climbing")["example"],
        "Hi Maya,\nWe climb at The Arch on Tuesdays. Connecting here too. See you on the wall?\n– Sam"
    );
    assert_eq!(find("their-post")["source"], "user");
    assert_eq!(list.iter().filter(|t| t["id"] == "their-post").count(), 1);
    let human = stdout(&env.run(&["templates"]));
    assert!(human.contains("From the climbing gym (user)"), "{human}");
}

#[test]
fn malformed_user_file_is_reported_and_the_rest_still_work() {
    let env = Env::new();
    let path = env.write(
        "templates/stranger/bad.json",
        "{\n  \"id\": \"bad\"\n  \"title\": 1\n}",
    );
    let out = env.run(&["templates", "--format", "json"]);
    assert!(out.status.success());
    assert_eq!(
        stderr(&out),
        format!(
            "connote: skipped {}:3:3: not valid JSON: expected `,` or `}}`; fix the syntax\n",
            path.display()
        )
    );
    let list: Vec<Value> = serde_json::from_str(&stdout(&out)).expect("json");
    assert!(list.iter().any(|t| t["id"] == "their-post"));
    assert!(list.iter().all(|t| t["id"] != "bad"));
}

#[test]
fn render_fills_values_and_signs_with_the_configured_sender() {
    let env = Env::new();
    env.write("config.json", r#"{"sender": "Robin"}"#);
    let out = env.run(&[
        "render",
        "--template",
        "quick-hello",
        "--set",
        "event=the Beta Festival",
        "--set",
        "when=yesterday",
        "--set",
        "city=Leeds",
        "--to",
        "Ana",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        stdout(&out),
        "Hi Ana,\nGood meeting you at the Beta Festival yesterday. Let's stay in touch. \
         Coffee next time you're in Leeds?\n– Robin\n"
    );
    assert_eq!(stderr(&out), "");
}

#[test]
fn render_greets_by_first_name() {
    let env = Env::new();
    let out = env.run(&[
        "render",
        "--template",
        "their-post",
        "--set",
        "topic=tracing",
        "--set",
        "detail=the flame graphs",
        "--to",
        "priya raman",
        "--from",
        "Sam",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).starts_with("Hi Priya,\n"), "{}", stdout(&out));
}

#[test]
fn render_leaves_gaps_visible_and_says_how_to_fill_them() {
    let out = Env::new().run(&["render", "--template", "quick-hello", "--from", "Sam"]);
    assert_eq!(out.status.code(), Some(1), "an unfilled gap is an error");
    let note = stdout(&out);
    assert!(
        note.starts_with("Hi {recipient},\nGood meeting you at {event} {when}. Let's"),
        "{note}"
    );
    let err = stderr(&out);
    assert!(
        err.starts_with("connote: 4 gaps left in the note as {name}"),
        "{err}"
    );
    assert!(
        err.contains("  --set city=…   Where could you meet again? (e.g. Leeds)"),
        "{err}"
    );
    assert!(
        !err.contains("error[placeholder]"),
        "gaps are listed once: {err}"
    );
}

#[test]
fn render_reports_what_lint_finds_in_the_values() {
    let out = Env::new().run(&[
        "render",
        "--template",
        "quick-hello",
        "--to",
        "Ana",
        "--from",
        "Sam",
        "--set",
        "event=TODO",
        "--set",
        "when=yesterday",
        "--set",
        "city=Leeds",
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stdout(&out).contains("Good meeting you at TODO yesterday."));
    let err = stderr(&out);
    assert!(err.starts_with("connote: error[placeholder]: "), "{err}");
    assert!(!err.contains("gaps left"), "{err}");
}

#[test]
fn render_json_has_the_spec_shape() {
    let out = Env::new().run(&[
        "render",
        "--template",
        "quick-hello",
        "--format",
        "json",
        "--limit",
        "free",
        "--set",
        "event=a very long name for an event that goes on and on and on and on and on",
        "--set",
        "when=yesterday",
        "--set",
        "city=a city with an even longer name than the event had, for the sake of the test",
        "--to",
        "Ana",
        "--from",
        "Sam",
    ]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let json: Value = serde_json::from_str(&stdout(&out)).expect("json");
    assert_eq!(
        keys(&json),
        ["count", "diagnostics", "kind", "limit", "template", "text"]
    );
    assert_eq!(json["template"], "quick-hello");
    assert_eq!(json["limit"], 200);
    let text = json["text"].as_str().expect("text");
    assert_eq!(
        json["count"].as_u64(),
        u64::try_from(text.encode_utf16().count()).ok()
    );
    let over = json["diagnostics"]
        .as_array()
        .expect("diagnostics")
        .iter()
        .find(|d| d["rule"] == "over-limit")
        .expect("over-limit");
    assert_eq!(over["severity"], "error");
    assert_eq!(over["start"], 200);
    assert_eq!(over["line"], 2);
}

#[test]
fn unknown_template_suggests_the_closest_ids() {
    let out = Env::new().run(&["render", "--template", "their-psot"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stdout(&out).is_empty());
    assert_eq!(
        stderr(&out).lines().next(),
        Some(
            "connote: unknown template `their-psot` (did you mean `their-post`?); \
             `connote templates` lists them all"
        )
    );
}

#[test]
fn bad_set_is_a_usage_error() {
    let env = Env::new();
    let out = env.run(&["render", "--template", "their-post", "--set", "topic"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("`--set topic` needs the form KEY=VALUE"));
    let out = env.run(&["render", "--template", "their-post", "--set", "topci=x"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("has no placeholder `topci` (did you mean `topic`?)"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn formats_that_do_not_apply_are_rejected() {
    let env = Env::new();
    assert_eq!(
        env.run(&["templates", "--format", "text"]).status.code(),
        Some(2)
    );
    assert_eq!(
        env.run(&["render", "--template", "their-post", "--format", "human"])
            .status
            .code(),
        Some(2)
    );
}

#[test]
fn works_from_any_directory() {
    let out = Command::new(env!("CARGO_BIN_EXE_connote"))
        .args(["templates", "--format", "json"])
        .current_dir(Path::new("/"))
        .env("XDG_CONFIG_HOME", "/nonexistent/config")
        .env("XDG_DATA_HOME", "/nonexistent/data")
        .output()
        .expect("run");
    assert!(out.status.success());
    let list: Vec<Value> = serde_json::from_str(&stdout(&out)).expect("json");
    assert!(list.len() >= 24);
}

#[test]
fn render_lints_against_the_chosen_scenario_and_config_file() {
    let env = Env::new();
    let config = env.home.path().join("elsewhere.json");
    fs::write(&config, r#"{"sender": "Robin"}"#).expect("write config");
    let config = config.to_str().expect("utf-8 path");
    let mut args = vec![
        "render",
        "--template",
        "never-connected",
        "--to",
        "Ana",
        "--set",
        "shared_history=years of five-a-side",
        "--set",
        "their_news=the flat",
        "--config",
        config,
        "--format",
        "json",
    ];
    let own: Value = serde_json::from_str(&stdout(&env.run(&args))).expect("json");
    assert!(own["text"].as_str().expect("text").ends_with("\n– Robin"));
    assert_eq!(own["diagnostics"], serde_json::json!([]));
    args.extend(["--scenario", "stranger"]);
    let out = env.run(&args);
    assert!(out.status.success(), "warnings alone do not fail render");
    let other: Value = serde_json::from_str(&stdout(&out)).expect("json");
    let rules: Vec<&str> = other["diagnostics"]
        .as_array()
        .expect("diagnostics")
        .iter()
        .filter_map(|d| d["rule"].as_str())
        .collect();
    assert!(rules.contains(&"missing-context"), "{rules:?}");
}

/// The whole human listing of one scenario, so a change to a template or to
/// the layout shows up in review as the user would see it.
#[test]
fn templates_human_listing_snapshot() {
    let out = Env::new().run(&["templates", "--scenario", "stranger"]);
    assert!(out.status.success());
    insta::assert_snapshot!(stdout(&out));
}

/// The listing up to its third template: the heading, a count within the
/// limit and one over it, so the snapshot shows every colour it uses.
fn first_two_templates(listing: &str) -> String {
    listing
        .split("\n\n")
        .take(3)
        .collect::<Vec<_>>()
        .join("\n\n")
}

/// Colour as `connote lint` uses it, forced on although stdout is a pipe.
/// Escape characters are shown as `␛` so the snapshot reads in review.
#[test]
fn templates_human_listing_in_colour() {
    let env = Env::new();
    env.write("config.json", r#"{"limit": 180}"#);
    let out = env
        .command(&["templates", "--scenario", "close"])
        .env("CLICOLOR_FORCE", "1")
        .output()
        .expect("run connote");
    assert!(out.status.success(), "{}", stderr(&out));
    let listing = stdout(&out);
    assert!(
        listing.starts_with("\x1b[1mClose contact (close)\x1b[0m\x1b[2m · "),
        "{listing:?}"
    );
    assert!(listing.contains("    \x1b[1;34m│\x1b[0m Hi Maya,\n"));
    insta::assert_snapshot!(first_two_templates(&listing).replace('\x1b', "␛"));
}

/// `NO_COLOR` wins over `CLICOLOR_FORCE`, as for `connote lint`: the
/// listing is exactly the uncoloured one.
#[test]
fn templates_human_listing_no_color() {
    let env = Env::new();
    let plain = stdout(&env.run(&["templates"]));
    let out = env
        .command(&["templates"])
        .env("NO_COLOR", "1")
        .env("CLICOLOR_FORCE", "1")
        .output()
        .expect("run connote");
    assert!(out.status.success(), "{}", stderr(&out));
    let listing = stdout(&out);
    assert!(!listing.contains('\x1b'), "{listing:?}");
    assert_eq!(listing, plain);
}
