use std::fs;

use super::*;

fn write(dir: &Path, relative: &str, text: &str) -> PathBuf {
    let path = dir.join(relative);
    fs::create_dir_all(path.parent().unwrap()).unwrap();
    fs::write(&path, text).unwrap();
    path
}

fn user_template(id: &str, scenario: &str, context: &str) -> String {
    serde_json::json!({
        "id": id,
        "title": "Mine",
        "scenario": scenario,
        "description": "My own.",
        "context": context,
        "invite": "let's connect",
        "next_step": "coffee?",
        "placeholders": [{"name": "event", "prompt": "Which event?", "example": "PyCon"}]
    })
    .to_string()
}

#[test]
fn builtins_load_without_errors_in_every_scenario() {
    let (library, errors) = Library::load(None);
    assert!(errors.is_empty(), "{errors:#?}");
    for scenario in Scenario::ALL {
        assert!(library.for_scenario(scenario).count() >= 8, "{scenario}");
    }
    assert!(library.all().iter().all(|t| t.source == Source::Builtin));
    assert_eq!(Library::builtin().all(), library.all());
}

#[test]
fn listing_is_sorted_by_scenario_then_id() {
    let library = Library::builtin();
    let keys: Vec<_> = library.all().iter().map(|t| (t.scenario, &t.id)).collect();
    let mut sorted = keys.clone();
    sorted.sort();
    assert_eq!(keys, sorted);
}

#[test]
fn user_templates_add_and_override() {
    let dir = tempfile::tempdir().unwrap();
    let added = write(
        dir.path(),
        "stranger/mine.json",
        &user_template("mine", "stranger", "we were both at {event}"),
    );
    let overriding = write(
        dir.path(),
        "their-post.json",
        &user_template("their-post", "stranger", "loved {event}"),
    );
    let (library, errors) = Library::load(Some(dir.path()));
    assert!(errors.is_empty(), "{errors:#?}");
    assert_eq!(library.all().len(), Library::builtin().all().len() + 1);
    let mine = library.get("mine").unwrap();
    assert_eq!(mine.source, Source::User(added));
    let post = library.get("their-post").unwrap();
    assert_eq!(post.source, Source::User(overriding));
    assert_eq!(post.parts.context, "loved {event}");
    assert_eq!(
        library
            .all()
            .iter()
            .filter(|t| t.id == "their-post")
            .count(),
        1
    );
}

#[test]
fn malformed_file_is_reported_and_the_rest_still_load() {
    let dir = tempfile::tempdir().unwrap();
    let broken = write(
        dir.path(),
        "close/broken.json",
        "{\n  \"id\": \"x\",\n  oops\n}",
    );
    write(
        dir.path(),
        "close/fine.json",
        &user_template("fine", "close", "saw you at {event}"),
    );
    write(dir.path(), "notes.txt", "not a template");
    write(dir.path(), ".hidden.json", "{");
    let (library, errors) = Library::load(Some(dir.path()));
    assert!(library.get("fine").is_some());
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert_eq!(
        errors[0].to_string(),
        format!(
            "{}:3:3: not valid JSON: key must be a string; fix the syntax",
            broken.display()
        )
    );
}

#[test]
fn invalid_template_is_skipped_with_its_id() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(
        dir.path(),
        "acquaintance/odd.json",
        &user_template("odd", "acquaintance", "we met at {venue}"),
    );
    let (library, errors) = Library::load(Some(dir.path()));
    assert!(library.get("odd").is_none());
    assert_eq!(errors.len(), 1);
    let message = errors[0].to_string();
    assert!(
        message.starts_with(&format!("{}:1:", path.display())),
        "{message}"
    );
    assert!(
        message.contains("template `odd`: `{venue}` is used in `context` but not declared"),
        "{message}"
    );
}

#[test]
fn duplicate_user_ids_keep_the_first_and_report_the_second() {
    let dir = tempfile::tempdir().unwrap();
    let first = write(
        dir.path(),
        "a.json",
        &user_template("twin", "close", "{event}"),
    );
    let second = write(
        dir.path(),
        "b.json",
        &user_template("twin", "close", "at {event}"),
    );
    let (library, errors) = Library::load(Some(dir.path()));
    assert_eq!(
        library.get("twin").unwrap().source,
        Source::User(first.clone())
    );
    assert_eq!(errors.len(), 1);
    assert_eq!(
        errors[0].to_string(),
        format!(
            "{}: template `twin`: the id is already used by {}; give one of them another id",
            second.display(),
            first.display()
        )
    );
}

#[test]
fn missing_user_directory_is_not_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let (library, errors) = Library::load(Some(&dir.path().join("nope")));
    assert!(errors.is_empty());
    assert_eq!(library.all().len(), Library::builtin().all().len());
}

#[test]
fn render_fills_values_and_leaves_gaps_visible() {
    let library = Library::builtin();
    let t = library.get("met-at-event").unwrap();
    let mut values = t.example_values();
    values.remove("topic");
    let parts = t.render(&values);
    assert!(parts.context.contains("{topic}"), "{}", parts.context);
    assert!(!parts.context.contains("{event}"));
    assert_eq!(t.missing(&values).len(), 1);
    assert_eq!(t.missing(&values)[0].name, "topic");
    assert!(t.missing(&t.example_values()).is_empty());
}

#[test]
fn compose_adds_greeting_and_sign_off() {
    let library = Library::builtin();
    let t = library.get("quick-hello").unwrap();
    let note = t.example_note(EXAMPLE_RECIPIENT, EXAMPLE_SENDER);
    assert!(note.starts_with("Hi Maya,\n"), "{note}");
    assert!(note.ends_with("\n– Sam"), "{note}");
    assert!(!note.contains('{'), "{note}");
}

#[test]
fn closest_suggests_typos_and_partial_ids() {
    let library = Library::builtin();
    assert_eq!(library.closest("their-psot").first(), Some(&"their-post"));
    assert!(library.closest("favour").contains(&"small-favour"));
    assert!(library.closest("zzzzzz").is_empty());
    assert!(library.closest("their").len() <= 3);
}

#[test]
fn source_kind_names() {
    assert_eq!(Source::Builtin.kind(), "builtin");
    assert_eq!(Source::User(PathBuf::from("x")).kind(), "user");
}
