//! `connote render`: fill a template from `--set` values, compose the note
//! and lint it.
//!
//! Unfilled placeholders stay in the note as `{name}` (and without `--to`
//! the greeting reads `Hi {recipient},`), so nothing half-finished can be
//! mistaken for a finished note: the `placeholder` rule reports it, the exit
//! code is 1, and stderr lists what is missing with each prompt and the
//! `--set` that fills it.

use std::fmt::Write as _;
use std::path::Path;
use std::process::ExitCode;

use serde::Serialize;

use super::output::{stderr, visible_lines};
use super::setup::Setup;
use super::{EXIT_FINDINGS, Format, RenderArgs};
use crate::library::{Library, Template, Values, with_people};
use crate::lint::{Diagnostic, DiagnosticJson, LintInput, Report, Severity};
use crate::note::{Kind, count};
use crate::suggest;

/// Stands in for the recipient's name when `--to` is not given.
const RECIPIENT_GAP: &str = "{recipient}";

/// Runs `connote render`.
pub fn run(args: &RenderArgs, config: Option<&Path>) -> ExitCode {
    let json = match args.note.format {
        None | Some(Format::Text) => false,
        Some(Format::Json) => true,
        Some(other) => {
            return super::usage_error(format!(
                "`render` prints text or json, not {}",
                super::setup::format_name(other)
            ));
        }
    };
    let setup = match Setup::load(config) {
        Ok(setup) => setup,
        Err(message) => return super::usage_error(message),
    };
    let Some(template) = setup.library.get(&args.template) else {
        return super::usage_error(unknown_template(&setup.library, &args.template));
    };
    let values = match parse_sets(template, &args.set) {
        Ok(values) => values,
        Err(message) => return super::usage_error(message),
    };

    let recipient = args.note.to.as_deref().unwrap_or(RECIPIENT_GAP);
    let sender = setup.config.sender(args.note.from.as_deref());
    let values = with_people(
        &values,
        args.note.to.as_deref().unwrap_or(""),
        sender.unwrap_or(""),
    );
    // What the user typed (`--set`, `--to`, `--from`) goes out as typed;
    // what the template file says is shown, controls and all.
    let shown = shown(template);
    let text = shown.compose(&values, recipient, sender.unwrap_or(""));
    let subject = shown.subject(&values);
    let forwardable = shown.forwardable(&values);
    let kind = args.kind.unwrap_or(template.kind);
    let mut input = LintInput::new(&text, args.scenario.unwrap_or(template.scenario));
    input.kind = kind;
    input.subject = subject.as_deref();
    input.forwardable = forwardable.as_deref().filter(|_| kind == template.kind);
    input.recipient = args.note.to.as_deref();
    input.sender = sender;
    input.limit = args
        .note
        .limit
        .unwrap_or_else(|| kind.limit_with(setup.config.limit));
    input.now = crate::clock::now();
    let report = setup.linter.lint(&input);

    stderr(&gaps(
        template,
        &values,
        args.note.to.is_none(),
        sender.is_none(),
    ));
    let printed = if json {
        let rendered = Rendered {
            text: &text,
            subject: subject.as_deref(),
            forwardable: forwardable.as_deref(),
        };
        let json = to_json(template, &rendered, &report);
        super::output::stdout(&format!("{}\n", super::output::json_safe(&json)))
    } else {
        // The subject goes first, as `lint --kind permission-ask` reads it back.
        let head = subject
            .map(|s| format!("Subject: {s}\n"))
            .unwrap_or_default();
        super::output::stdout(&format!("{head}{text}\n")).inspect(|()| {
            let gaps = gap_tokens(template, &values, args.note.to.is_none());
            stderr(&findings(&report, &text, &gaps));
        })
    };
    if let Err(code) = printed {
        return code;
    }
    if report.has_errors() {
        ExitCode::from(EXIT_FINDINGS)
    } else {
        ExitCode::SUCCESS
    }
}

/// "unknown template" with the closest ids, for exit code 2.
fn unknown_template(library: &Library, id: &str) -> String {
    let hint = suggest::did_you_mean(&library.closest(id));
    format!("unknown template `{id}`{hint}; `connote templates` lists them all")
}

/// The `--set KEY=VALUE` pairs as values, or a message saying which one is
/// wrong and how to write it. A key set twice keeps the last value.
fn parse_sets(template: &Template, sets: &[String]) -> Result<Values, String> {
    let mut values = Values::new();
    for set in sets {
        let Some((key, value)) = set.split_once('=').filter(|(k, _)| !k.trim().is_empty()) else {
            return Err(format!(
                "`--set {set}` needs the form KEY=VALUE, e.g. --set event=\"RustConf 2025\""
            ));
        };
        let key = key.trim();
        if template.placeholder(key).is_none() {
            let names: Vec<&str> = template
                .placeholders
                .iter()
                .map(|p| p.name.as_str())
                .collect();
            let closest = suggest::did_you_mean(&suggest::closest(key, names.iter().copied()));
            let known = if names.is_empty() {
                "it has none".to_string()
            } else {
                format!("its placeholders are {}", names.join(", "))
            };
            return Err(format!(
                "template `{}` has no placeholder `{key}`{closest}; {known}",
                template.id
            ));
        }
        values.insert(key.to_string(), value.to_string());
    }
    Ok(values)
}

/// What the note still lacks, with the option that supplies each: printed
/// on stderr so the note on stdout stays clean for pipes.
fn gaps(template: &Template, values: &Values, no_recipient: bool, no_sender: bool) -> String {
    let missing = template.missing(values);
    let mut out = String::new();
    if no_recipient || !missing.is_empty() {
        let n = missing.len() + usize::from(no_recipient);
        let _ = writeln!(
            out,
            "connote: {n} gap{} left in the note as {{name}}; fill {}:",
            if n == 1 { "" } else { "s" },
            if n == 1 { "it" } else { "them" }
        );
        let mut rows: Vec<(String, String)> = Vec::new();
        if no_recipient {
            rows.push(("--to NAME".into(), "the recipient's name".into()));
        }
        for p in missing {
            rows.push((
                format!("--set {}=…", p.name),
                format!("{} (e.g. {})", p.prompt, p.example),
            ));
        }
        let width = rows
            .iter()
            .map(|(o, _)| o.chars().count())
            .max()
            .unwrap_or(0);
        for (option, help) in rows {
            let pad = width - option.chars().count();
            let _ = writeln!(out, "  {option}{:pad$}  {help}", "");
        }
    }
    if no_sender {
        let _ = writeln!(
            out,
            "connote: no sign-off; pass --from NAME or set `sender` in the config"
        );
    }
    out
}

/// The `{name}` gaps the hint already lists, including the greeting's
/// when there is no `--to` (with one, a `{recipient}` typed into a value
/// is a gap nobody listed, and is reported).
fn gap_tokens(template: &Template, values: &Values, no_recipient: bool) -> Vec<String> {
    template
        .missing(values)
        .iter()
        .map(|p| format!("{{{}}}", p.name))
        .chain(no_recipient.then(|| RECIPIENT_GAP.to_string()))
        .collect()
}

/// The template with its parts' controls shown as `<U+XXXX>`, so a user
/// file cannot write escape sequences through the note it renders.
fn shown(template: &Template) -> Template {
    let mut shown = template.clone();
    let parts = [
        &mut shown.parts.context,
        &mut shown.parts.invite,
        &mut shown.parts.next_step,
    ];
    for part in parts.into_iter().chain(shown.fields.values_mut()) {
        *part = visible_lines(part);
    }
    shown
}

/// Errors and warnings, one line each, for the text format. A `placeholder`
/// finding on a gap the hint above already lists is not repeated; one on
/// anything else (a `TODO` typed into a value) is.
fn findings(report: &Report, text: &str, gaps: &[String]) -> String {
    let listed = |d: &Diagnostic| {
        d.rule == "placeholder"
            && d.span.is_some_and(|s| {
                let spanned: String = text.chars().skip(s.start).take(s.end - s.start).collect();
                gaps.contains(&spanned)
            })
    };
    let mut out = String::new();
    for d in &report.diagnostics {
        if d.severity >= Severity::Warning && !listed(d) {
            let _ = writeln!(out, "connote: {}[{}]: {}", d.severity, d.rule, d.message);
        }
    }
    out
}

/// `render --format json` (SPEC §5).
#[derive(Serialize)]
struct RenderJson<'a> {
    template: &'a str,
    kind: Kind,
    text: &'a str,
    count: usize,
    limit: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    subject: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    subject_count: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    forwardable: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    forwardable_count: Option<usize>,
    diagnostics: Vec<DiagnosticJson<'a>>,
}

/// What render made of a template: the message, and the pieces of it that
/// are counted on their own.
struct Rendered<'a> {
    text: &'a str,
    subject: Option<&'a str>,
    forwardable: Option<&'a str>,
}

fn to_json(template: &Template, rendered: &Rendered<'_>, report: &Report) -> String {
    let text = rendered.text;
    let units = |s: &str| count(s).units;
    let json = RenderJson {
        template: &template.id,
        kind: report.checklist.kind,
        text,
        count: report.count.units,
        limit: report.limit,
        subject: rendered.subject,
        subject_count: rendered.subject.map(units),
        forwardable: rendered.forwardable,
        forwardable_count: rendered.forwardable.map(units),
        diagnostics: report
            .diagnostics
            .iter()
            .map(|d| DiagnosticJson::new(d, text))
            .collect(),
    };
    // Strings, numbers and derived structs: serialisation cannot fail.
    serde_json::to_string_pretty(&json).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn template() -> Template {
        Library::builtin().get("met-at-event").unwrap().clone()
    }

    #[test]
    fn sets_fill_declared_placeholders() {
        let values = parse_sets(
            &template(),
            &["event=PyCon = fun".into(), "when= in May".into()],
        );
        let values = values.unwrap();
        assert_eq!(values["event"], "PyCon = fun");
        assert_eq!(values["when"], " in May");
    }

    #[test]
    fn set_without_equals_is_rejected() {
        let e = parse_sets(&template(), &["event".into()]).unwrap_err();
        assert!(
            e.starts_with("`--set event` needs the form KEY=VALUE"),
            "{e}"
        );
        assert!(parse_sets(&template(), &["=x".into()]).is_err());
    }

    #[test]
    fn undeclared_key_suggests_and_lists() {
        let e = parse_sets(&template(), &["evnt=x".into()]).unwrap_err();
        assert_eq!(
            e,
            "template `met-at-event` has no placeholder `evnt` (did you mean `event`?); its \
             placeholders are event, when, topic"
        );
    }

    #[test]
    fn unknown_template_lists_the_closest() {
        let message = unknown_template(&Library::builtin(), "met-at-evnt");
        assert!(
            message.starts_with("unknown template `met-at-evnt` (did you mean `met-at-event`"),
            "{message}"
        );
        let none = unknown_template(&Library::builtin(), "qqqqqq");
        assert_eq!(
            none,
            "unknown template `qqqqqq`; `connote templates` lists them all"
        );
    }

    #[test]
    fn a_typed_recipient_gap_is_listed_only_without_to() {
        let t = template();
        let values = t.example_values();
        assert!(gap_tokens(&t, &values, true).contains(&RECIPIENT_GAP.to_string()));
        assert!(!gap_tokens(&t, &values, false).contains(&RECIPIENT_GAP.to_string()));
    }

    #[test]
    fn template_parts_are_shown_not_obeyed() {
        let mut t = template();
        t.parts.context = "we met \u{1b}[2Jhere".into();
        assert_eq!(shown(&t).parts.context, "we met <U+001B>[2Jhere");
    }

    #[test]
    fn gaps_name_each_missing_value_and_its_option() {
        let t = template();
        let mut values = t.example_values();
        values.remove("topic");
        let out = gaps(&t, &values, true, false);
        assert!(out.starts_with("connote: 2 gaps left"), "{out}");
        assert!(out.contains("  --to NAME"), "{out}");
        let topic = t.placeholders.iter().find(|p| p.name == "topic").unwrap();
        let line = format!("  --set topic=…  {} (e.g. {})", topic.prompt, topic.example);
        assert!(out.contains(&line), "{out}");
        assert_eq!(gaps(&t, &t.example_values(), false, false), "");
    }
}
