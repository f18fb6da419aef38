use super::*;
use crate::library::LibraryErrorKind;

const GOOD: &str = r#"{
  "id": "met-at-meetup",
  "title": "Met at a meetup",
  "scenario": "acquaintance",
  "description": "You talked at a meetup.",
  "context": "we met at {event}",
  "invite": "let's stay in touch",
  "next_step": "coffee in {city}?",
  "placeholders": [
    {"name": "event", "prompt": "Which meetup?", "example": "Rust Berlin"},
    {"name": "city", "prompt": "Where?", "example": "Berlin"}
  ]
}"#;

fn parse_str(text: &str) -> Result<Template, LibraryError> {
    parse(text, Path::new("t.json"), None, Source::Builtin)
}

fn err(text: &str) -> LibraryError {
    parse_str(text).expect_err("should not parse")
}

#[test]
fn parses_a_complete_template() {
    let t = parse_str(GOOD).unwrap();
    assert_eq!(t.id, "met-at-meetup");
    assert_eq!(t.scenario, Scenario::Acquaintance);
    assert_eq!(t.parts.next_step, "coffee in {city}?");
    assert_eq!(t.placeholders.len(), 2);
    assert_eq!(t.placeholders[1].example, "Berlin");
}

#[test]
fn syntax_error_has_line_and_column() {
    let broken = GOOD.replace("\"Met at a meetup\",", "\"Met at a meetup\"");
    let e = err(&broken);
    assert!(matches!(e.kind, LibraryErrorKind::Syntax(_)), "{e:?}");
    assert_eq!(e.position, Some((4, 3)));
    assert!(
        e.to_string()
            .starts_with("t.json:4:3: not valid JSON: expected `,` or `}`"),
        "{e}"
    );
}

#[test]
fn unknown_key_names_the_template_and_position() {
    let e = err(&GOOD.replace("\"title\"", "\"tittle\""));
    assert_eq!(e.id.as_deref(), Some("met-at-meetup"));
    assert_eq!(e.position.map(|p| p.0), Some(3));
    assert!(e.to_string().contains("unknown field `tittle`"), "{e}");
    assert!(e.to_string().ends_with("; rename or remove it"), "{e}");
    let e = err(&GOOD.replace(
        "\"example\": \"Berlin\"",
        "\"example\": \"Berlin\", \"x\": 1",
    ));
    assert!(e.to_string().contains("unknown field `x`"), "{e}");
}

#[test]
fn missing_part_names_the_key() {
    let e = err(&GOOD.replace("\"invite\": \"let's stay in touch\",", ""));
    assert_eq!(e.kind, LibraryErrorKind::Missing("invite"));
    assert_eq!(
        e.to_string().split(';').next(),
        Some("t.json: template `met-at-meetup`: missing `invite`")
    );
}

#[test]
fn blank_title_is_an_error_but_a_blank_part_is_allowed() {
    let e = err(&GOOD.replace("Met at a meetup", " "));
    assert_eq!(e.kind, LibraryErrorKind::Empty("`title`".into()));
    let t = parse_str(&GOOD.replace("let's stay in touch", "")).unwrap();
    assert_eq!(t.parts.invite, "");
}

#[test]
fn unknown_scenario_points_at_the_key() {
    let e = err(&GOOD.replace("\"acquaintance\"", "\"colleague\""));
    assert_eq!(
        e.kind,
        LibraryErrorKind::UnknownScenario("colleague".into())
    );
    assert_eq!(e.position, Some((4, 3)));
}

#[test]
fn folder_of_another_scenario_is_an_error() {
    let path = Path::new("close/t.json");
    let e = parse(GOOD, path, Some("close"), Source::Builtin).unwrap_err();
    assert!(
        e.to_string()
            .contains("is in the `close/` folder but its scenario is `acquaintance`"),
        "{e}"
    );
    assert!(parse(GOOD, path, Some("mine"), Source::Builtin).is_ok());
}

#[test]
fn undeclared_placeholder_names_part_and_position() {
    let e = err(&GOOD.replace("let's stay in touch", "see you at {venue}"));
    assert_eq!(
        e.kind,
        LibraryErrorKind::Undeclared {
            name: "venue".into(),
            part: "invite"
        }
    );
    assert_eq!(e.position, Some((7, 25)));
    assert!(
        e.to_string()
            .starts_with("t.json:7:25: template `met-at-meetup`: `{venue}`")
    );
}

#[test]
fn unused_placeholder_is_an_error() {
    let e = err(&GOOD.replace("coffee in {city}?", "coffee?"));
    assert_eq!(e.kind, LibraryErrorKind::Unused("city".into()));
    assert_eq!(e.position.map(|p| p.0), Some(11));
}

#[test]
fn placeholder_declarations_are_checked() {
    let twice = GOOD.replace("\"name\": \"city\"", "\"name\": \"event\"");
    assert_eq!(
        err(&twice).kind,
        LibraryErrorKind::DuplicatePlaceholder("event".into())
    );
    let bad_name = GOOD
        .replace("\"name\": \"city\"", "\"name\": \"the city\"")
        .replace("{city}", "there");
    assert_eq!(
        err(&bad_name).kind,
        LibraryErrorKind::InvalidPlaceholderName("the city".into())
    );
    let no_example = GOOD.replace("\"Berlin\"}", "\" \"}");
    assert_eq!(
        err(&no_example).kind,
        LibraryErrorKind::Empty("the example of placeholder `city`".into())
    );
}

#[test]
fn id_must_be_typeable() {
    let e = err(&GOOD.replace("met-at-meetup", "met at meetup"));
    assert_eq!(e.kind, LibraryErrorKind::InvalidId("met at meetup".into()));
}

#[test]
fn wrong_type_is_a_shape_error() {
    let e = err(&GOOD.replace("\"placeholders\": [", "\"placeholders\": 3, \"x\": ["));
    assert!(matches!(e.kind, LibraryErrorKind::Shape(_)), "{e:?}");
    assert!(e.to_string().contains("invalid type: integer `3`"), "{e}");
}

#[test]
fn a_file_must_hold_one_object() {
    let e = err("[1, 2]");
    assert_eq!(
        e.to_string(),
        "t.json:1:1: a template file holds one JSON object, not an array; a template is one \
         object with id, title, scenario, description, context, invite, next_step and \
         placeholders ({name, prompt, example} each); a template of another kind says so \
         in `kind` and has that kind's fields"
    );
}

const FOLLOW_UP: &str = r#"{
  "id": "thanks-and-a-map",
  "title": "Thanks, and a map",
  "kind": "follow-up",
  "scenario": "stranger",
  "description": "Send the map you mentioned.",
  "thanks": "thanks for accepting",
  "who_i_am": "I map cycle lanes in {city}",
  "offer": "here is our map: {link}",
  "next_step": "",
  "placeholders": [
    {"name": "city", "prompt": "Where?", "example": "Ghent"},
    {"name": "link", "prompt": "Where is it?", "example": "https://example.org/map"}
  ]
}"#;

#[test]
fn a_file_without_a_kind_is_an_invitation() {
    let t = parse_str(GOOD).unwrap();
    assert_eq!(t.kind, crate::note::Kind::Invitation);
    assert!(t.fields.is_empty());
}

#[test]
fn a_template_of_another_kind_has_that_kinds_fields() {
    let t = parse_str(FOLLOW_UP).unwrap();
    assert_eq!(t.kind, crate::note::Kind::FollowUp);
    assert_eq!(t.fields["who_i_am"], "I map cycle lanes in {city}");
    let values = t.example_values();
    assert_eq!(
        t.compose(&values, "Ana", "Tom"),
        "Hi Ana,\nThanks for accepting. I map cycle lanes in Ghent. Here is our map: \
         https://example.org/map.\n– Tom"
    );
}

#[test]
fn a_field_of_another_kind_or_a_missing_one_is_named() {
    let wrong = FOLLOW_UP.replace("\"next_step\": \"\",", "\"invite\": \"let's connect\",");
    let e = err(&wrong);
    assert!(e.to_string().contains("`next_step`"), "{e}");
    let extra = FOLLOW_UP.replace(
        "\"next_step\": \"\",",
        "\"next_step\": \"\", \"invite\": \"x\",",
    );
    let e = err(&extra);
    assert!(
        e.to_string()
            .contains("`invite` is not a field of a follow-up"),
        "{e}"
    );
    let unknown = FOLLOW_UP.replace("\"follow-up\"", "\"memo\"");
    assert!(err(&unknown).to_string().contains("unknown kind `memo`"));
}
