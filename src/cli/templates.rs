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
use crate::note::{Scenario, count};
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
    let limit = setup.config.limit.unwrap_or_default().units();
    let shown: Vec<Listed> = setup
        .library
        .all()
        .iter()
        .filter(|t| args.scenario.is_none_or(|s| t.scenario == s))
        .map(|t| Listed::new(t, sender))
        .collect();
    let out = match format {
        ListFormat::Json => super::output::json_safe(&json(&shown)),
        ListFormat::Human => human(&shown, limit, Palette::for_stdout()),
    };
    super::output::stdout(&out).map_or_else(|code| code, |()| ExitCode::SUCCESS)
}

/// A template with its example note, as both listings show it.
struct Listed<'a> {
    template: &'a Template,
    example: String,
    count: usize,
}

impl<'a> Listed<'a> {
    fn new(template: &'a Template, sender: &str) -> Self {
        let example = template.example_note(EXAMPLE_RECIPIENT, sender);
        let count = count(&example).units;
        Listed {
            template,
            example,
            count,
        }
    }
}

/// One element of `templates --format json` (SPEC §5).
#[derive(Serialize)]
struct TemplateJson<'a> {
    id: &'a str,
    scenario: Scenario,
    title: &'a str,
    description: &'a str,
    source: &'static str,
    placeholders: &'a [Placeholder],
    example: &'a str,
    count: usize,
}

fn json(shown: &[Listed<'_>]) -> String {
    let items: Vec<TemplateJson<'_>> = shown
        .iter()
        .map(|l| TemplateJson {
            id: &l.template.id,
            scenario: l.template.scenario,
            title: &l.template.title,
            description: &l.template.description,
            source: l.template.source.kind(),
            placeholders: &l.template.placeholders,
            example: &l.example,
            count: l.count,
        })
        .collect();
    // Serialising plain strings and numbers cannot fail.
    let mut out = serde_json::to_string_pretty(&items).unwrap_or_default();
    out.push('\n');
    out
}

/// Scenario headings, then one aligned row per template (id, title, count)
/// with its description and example note indented beneath. Colours mean
/// what they mean in `connote lint`: headings and ids strong, secondary
/// text dim, the note behind a gutter bar, a count over the limit red.
fn human(shown: &[Listed<'_>], limit: usize, p: Palette) -> String {
    let id_width = shown.iter().map(|l| l.template.id.len()).max().unwrap_or(0);
    let title_width = shown
        .iter()
        .map(|l| title(l.template).chars().count())
        .max()
        .unwrap_or(0);
    let mut out = String::new();
    for scenario in Scenario::ALL {
        let group: Vec<&Listed<'_>> = shown
            .iter()
            .filter(|l| l.template.scenario == scenario)
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
            p.paint(
                Role::Strong,
                format_args!("{} ({scenario})", scenario.title())
            ),
            p.paint(
                Role::Dim,
                format_args!(" · {n} template{}", if n == 1 { "" } else { "s" })
            ),
        );
        for l in group {
            // Padded outside the colour: escape codes take no columns.
            let id = &l.template.id;
            let pad = " ".repeat(id_width - id.len());
            let size = format!("{:>3}/{limit}", l.count);
            let size = if l.count > limit {
                p.paint(Role::Error, size).to_string()
            } else {
                size
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
            for paragraph in l.example.lines() {
                for line in wrap(&visible(paragraph), WRAP - 2, false) {
                    let _ = writeln!(out, "    {} {line}", p.paint(Role::Gutter, "│"));
                }
            }
        }
    }
    out
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
            .map(|t| Listed::new(t, "Sam"))
            .collect();
        let out = human(&shown, 300, Palette::plain());
        let close = out.find("Close contact (close)").unwrap();
        let stranger = out.find("Stranger (stranger)").unwrap();
        assert!(close < stranger);
        let rows: Vec<&str> = out.lines().filter(|l| l.ends_with("/300")).collect();
        assert_eq!(rows.len(), library.all().len());
        let ends: Vec<usize> = rows.iter().map(|r| r.chars().count()).collect();
        assert!(ends.windows(2).all(|w| w[0] == w[1]), "{rows:#?}");
        assert!(out.contains("    │ Hi Maya,\n"));
        assert!(out.lines().all(|l| l.chars().count() <= WRAP + 6), "{out}");
    }

    #[test]
    fn text_from_template_files_is_shown_not_obeyed() {
        let mut t = Library::builtin().all()[0].clone();
        t.title = "Bell\u{7}".into();
        t.description = "Clear \u{1b}[2J".into();
        t.parts.context = "we met \u{9b}31m at".into();
        let shown = [Listed::new(&t, "Sam\u{202e}")];
        let out = human(&shown, 300, Palette::plain());
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
