//! `connote templates`: every template with its example note and count,
//! grouped by scenario for people, or as the SPEC §5 array for scripts.

use std::fmt::Write as _;
use std::path::Path;
use std::process::ExitCode;

use serde::Serialize;

use super::lint::visible;
use super::setup::Setup;
use super::style::{Palette, Role};
use super::{ListFormat, TemplatesArgs};
use crate::library::{EXAMPLE_RECIPIENT, EXAMPLE_SENDER, Placeholder, Template};
use crate::note::{FORWARDABLE_LIMIT, Kind, Limit, SUBJECT_LIMIT, Scenario, count};
use crate::wrap::wrap;

/// Width the example notes are wrapped to in the human listing.
const WRAP: usize = 72;

/// Runs `connote templates`.
pub fn run(args: &TemplatesArgs, config: Option<&Path>) -> ExitCode {
    let format = args.format.unwrap_or(ListFormat::Human);
    let setup = match Setup::load(config) {
        Ok(setup) => setup,
        Err(message) => return super::usage_error(message),
    };
    let sender = setup.config.sender(None).unwrap_or(EXAMPLE_SENDER);
    let configured = setup.config.limit;
    let shown: Vec<Listed> = setup
        .library
        .all()
        .iter()
        .filter(|t| args.scenario.is_none_or(|s| t.scenario == s))
        .filter(|t| args.kind.is_none_or(|k| t.kind == k))
        .map(|t| Listed::new(t, sender, configured))
        .collect();
    let out = match format {
        ListFormat::Json => super::output::json_safe(&json(&shown)),
        ListFormat::Human => human(&shown, Palette::for_stdout()),
    };
    super::output::stdout(&out).map_or_else(|code| code, |()| ExitCode::SUCCESS)
}

/// A template with its example note, as both listings show it.
struct Listed<'a> {
    template: &'a Template,
    example: String,
    count: usize,
    /// The limit of the template's kind (the configured one for invitations).
    limit: usize,
    /// A permission-ask's subject, filled with the examples.
    subject: Option<String>,
    /// An introduction request's note to forward, filled with the examples.
    forwardable: Option<String>,
}

impl<'a> Listed<'a> {
    fn new(template: &'a Template, sender: &str, configured: Option<Limit>) -> Self {
        let example = template.example_note(EXAMPLE_RECIPIENT, sender);
        let count = count(&example).units;
        let values = template.example_values();
        Listed {
            template,
            example,
            count,
            limit: template.kind.limit_with(configured).units(),
            subject: template.subject(&values),
            forwardable: template.forwardable(&values),
        }
    }
}

/// One element of `templates --format json` (SPEC §5).
#[derive(Serialize)]
struct TemplateJson<'a> {
    id: &'a str,
    kind: Kind,
    scenario: Scenario,
    title: &'a str,
    description: &'a str,
    source: &'static str,
    placeholders: &'a [Placeholder],
    example: &'a str,
    count: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    subject: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    subject_count: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    forwardable: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    forwardable_count: Option<usize>,
}

fn json(shown: &[Listed<'_>]) -> String {
    let items: Vec<TemplateJson<'_>> = shown
        .iter()
        .map(|l| TemplateJson {
            id: &l.template.id,
            kind: l.template.kind,
            scenario: l.template.scenario,
            title: &l.template.title,
            description: &l.template.description,
            source: l.template.source.kind(),
            placeholders: &l.template.placeholders,
            example: &l.example,
            count: l.count,
            subject: l.subject.as_deref(),
            subject_count: l.subject.as_deref().map(|s| count(s).units),
            forwardable: l.forwardable.as_deref(),
            forwardable_count: l.forwardable.as_deref().map(|s| count(s).units),
        })
        .collect();
    // Serialising plain strings and numbers cannot fail.
    let mut out = serde_json::to_string_pretty(&items).unwrap_or_default();
    out.push('\n');
    out
}

/// Kind and scenario headings, then one aligned row per template (id, title, count)
/// with its description and example note indented beneath. Colours mean
/// what they mean in `connote lint`: headings and ids strong, secondary
/// text dim, the note behind a gutter bar, a count over the limit red.
fn human(shown: &[Listed<'_>], p: Palette) -> String {
    let id_width = shown.iter().map(|l| l.template.id.len()).max().unwrap_or(0);
    let title_width = shown
        .iter()
        .map(|l| title(l.template).chars().count())
        .max()
        .unwrap_or(0);
    let size_width = shown
        .iter()
        .map(|l| format!("{:>3}/{}", l.count, l.limit).len())
        .max()
        .unwrap_or(0);
    let mut out = String::new();
    let groups = Kind::ALL
        .into_iter()
        .flat_map(|k| Scenario::ALL.into_iter().map(move |s| (k, s)));
    for (kind, scenario) in groups {
        let group: Vec<&Listed<'_>> = shown
            .iter()
            .filter(|l| l.template.kind == kind && l.template.scenario == scenario)
            .collect();
        if group.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push('\n');
        }
        let n = group.len();
        let _ = writeln!(
            out,
            "{}{}",
            p.paint(Role::Strong, heading(kind, scenario)),
            p.paint(
                Role::Dim,
                format_args!(" · {n} template{}", if n == 1 { "" } else { "s" })
            ),
        );
        for l in group {
            // Padded outside the colour: escape codes take no columns.
            let id = &l.template.id;
            let pad = " ".repeat(id_width - id.len());
            let limit = l.limit;
            let size = format!("{:>3}/{limit}", l.count);
            let size_pad = " ".repeat(size_width - size.len());
            let size = if l.count > limit {
                format!("{size_pad}{}", p.paint(Role::Error, size))
            } else {
                format!("{size_pad}{size}")
            };
            let _ = writeln!(
                out,
                "\n  {}{pad}  {:title_width$}  {size}",
                p.paint(Role::Strong, id),
                title(l.template),
            );
            for line in wrap(&visible(&l.template.description), WRAP, false) {
                let _ = writeln!(out, "    {}", p.paint(Role::Dim, line));
            }
            for (name, text, most) in [
                ("subject", &l.subject, SUBJECT_LIMIT),
                ("to forward", &l.forwardable, FORWARDABLE_LIMIT),
            ] {
                if let Some(text) = text {
                    let n = count(text).units;
                    let size = format!("{n}/{most}");
                    let size = if n > most {
                        p.paint(Role::Error, size).to_string()
                    } else {
                        size
                    };
                    let _ = writeln!(
                        out,
                        "    {}",
                        p.paint(Role::Dim, format_args!("{name} ({size}):"))
                    );
                    for line in wrap(&visible(text), WRAP - 2, false) {
                        let _ = writeln!(out, "      {line}");
                    }
                }
            }
            for paragraph in l.example.lines() {
                for line in wrap(&visible(paragraph), WRAP - 2, false) {
                    let _ = writeln!(out, "    {} {line}", p.paint(Role::Gutter, "│"));
                }
            }
        }
    }
    out
}

/// `Stranger (stranger)` for invitations; the kind, then the scenario,
/// for the other kinds.
fn heading(kind: Kind, scenario: Scenario) -> String {
    match kind {
        Kind::Invitation => format!("{} ({scenario})", scenario.title()),
        _ => format!("{} ({kind}), {scenario}", kind.title()),
    }
}

/// The title, marked when a user file provides the template, with its
/// controls shown as `<U+XXXX>` like all text from template files.
fn title(t: &Template) -> String {
    match t.source {
        crate::library::Source::Builtin => visible(&t.title),
        crate::library::Source::User(_) => format!("{} (user)", visible(&t.title)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::library::Library;

    #[test]
    fn human_listing_groups_and_aligns() {
        let library = Library::builtin();
        let shown: Vec<Listed<'_>> = library
            .all()
            .iter()
            .map(|t| Listed::new(t, "Sam", None))
            .collect();
        let out = human(&shown, Palette::plain());
        let close = out.find("Close contact (close)").unwrap();
        let stranger = out.find("Stranger (stranger)").unwrap();
        let follow_up = out.find("(follow-up), stranger").unwrap();
        assert!(close < stranger && stranger < follow_up);
        let rows: Vec<&str> = out
            .lines()
            .filter(|l| l.ends_with("/300") || l.ends_with("/1900") || l.ends_with("/8000"))
            .collect();
        assert_eq!(rows.len(), library.all().len());
        let invitations = library
            .all()
            .iter()
            .filter(|t| t.kind == Kind::Invitation)
            .count();
        assert_eq!(
            rows.iter().filter(|r| r.ends_with("/300")).count(),
            invitations
        );
        assert!(out.contains("    subject ("), "{out}");
        assert!(out.contains("    to forward ("), "{out}");
        let ends: Vec<usize> = rows.iter().map(|r| r.chars().count()).collect();
        assert!(ends.windows(2).all(|w| w[0] == w[1]), "{rows:#?}");
        assert!(out.contains("    │ Hi Maya,\n"));
        assert!(out.lines().all(|l| l.chars().count() <= WRAP + 6), "{out}");
    }

    #[test]
    fn text_from_template_files_is_shown_not_obeyed() {
        let mut t = Library::builtin().get("met-at-event").unwrap().clone();
        t.title = "Bell\u{7}".into();
        t.description = "Clear \u{1b}[2J".into();
        t.parts.context = "we met \u{9b}31m at".into();
        let shown = [Listed::new(&t, "Sam\u{202e}", None)];
        let out = human(&shown, Palette::plain());
        assert!(!out.chars().any(|c| c.is_control() && c != '\n'), "{out}");
        for escaped in [
            "Bell<U+0007>",
            "Clear <U+001B>[2J",
            "<U+009B>31m",
            "Sam<U+202E>",
        ] {
            assert!(out.contains(escaped), "{escaped} in {out}");
        }
    }
}
