//! `connote lint --explain RULE`: a rule's documentation, for people or as JSON.

use std::io::{self, Write};

use serde::Serialize;
use unicode_width::UnicodeWidthStr;

use crate::cli::style::{Palette, Role};
use crate::lint::{Level, Rule, rule, rules};
use crate::note::Scenario;
use crate::suggest;
use crate::wrap::wrap;

/// Text is wrapped to this many columns.
const WRAP: usize = 78;

/// The rule for `id`, accepting any case and `_` for `-`; otherwise a
/// message that suggests the closest ids.
pub fn find(id: &str) -> Result<&'static dyn Rule, String> {
    let wanted = id.trim().to_ascii_lowercase().replace('_', "-");
    if let Some(found) = rule(&wanted) {
        return Ok(found);
    }
    let close = suggest::closest(&wanted, rules().iter().map(|r| r.id()));
    Err(if close.is_empty() {
        let all: Vec<&str> = rules().iter().map(|r| r.id()).collect();
        format!("unknown rule `{id}`; known rules: {}", all.join(", "))
    } else {
        format!("unknown rule `{id}`{}", suggest::did_you_mean(&close))
    })
}

/// The rule's level in each scenario, in picker order.
fn levels(r: &dyn Rule) -> [(Scenario, Level); 3] {
    Scenario::ALL.map(|s| (s, r.default_level(s)))
}

/// Writes the documentation of `r` for people.
pub fn write_human(out: &mut impl Write, r: &dyn Rule, p: Palette) -> io::Result<()> {
    let levels = levels(r);
    let paint_level = |level: Level| {
        let role = match level {
            Level::Error => Role::Error,
            Level::Warning => Role::Warning,
            Level::Hint => Role::Hint,
            Level::Off => Role::Dim,
        };
        p.paint(role, level.name()).to_string()
    };
    write!(out, "{}", p.paint(Role::Strong, r.id()))?;
    if levels.iter().all(|(_, l)| *l == levels[0].1) {
        writeln!(out, " · {} in every scenario", paint_level(levels[0].1))?;
    } else {
        let each: Vec<String> = levels
            .iter()
            .map(|(s, l)| format!("{s}: {}", paint_level(*l)))
            .collect();
        writeln!(out, " · {}", each.join(", "))?;
    }
    let doc = r.doc();
    for (heading, body, example) in [
        ("What it catches", doc.what, false),
        ("Why it matters", doc.why, false),
        ("Weak", doc.bad, true),
        ("Better", doc.good, true),
    ] {
        writeln!(out, "\n{}", p.paint(Role::Strong, heading))?;
        let bar = if example { "│ " } else { "" };
        for paragraph in body.lines() {
            for line in wrap(paragraph, WRAP - 2 - bar.width(), false) {
                writeln!(out, "  {}{line}", p.paint(Role::Gutter, bar))?;
            }
        }
    }
    if !r.lists().is_empty() {
        let names: Vec<String> = r
            .lists()
            .iter()
            .map(|l| format!("`{}`", l.name()))
            .collect();
        let tune = format!(
            "It reads the phrase lists {}. Add your own patterns to them under \
             \"phrases\" in config.json (the `not-…` lists are exceptions).",
            names.join(", ")
        );
        writeln!(out, "\n{}", p.paint(Role::Strong, "Tune it"))?;
        for line in wrap(&tune, WRAP - 2, false) {
            writeln!(out, "  {line}")?;
        }
    }
    Ok(())
}

#[derive(Serialize)]
struct DocJson<'a> {
    id: &'a str,
    levels: std::collections::BTreeMap<&'a str, &'a str>,
    what: &'a str,
    why: &'a str,
    bad: &'a str,
    good: &'a str,
    phrase_lists: Vec<&'a str>,
}

/// Writes the documentation of `r` as one JSON object, for editors.
pub fn write_json(out: &mut impl Write, r: &dyn Rule) -> io::Result<()> {
    let doc = r.doc();
    let json = DocJson {
        id: r.id(),
        levels: levels(r).iter().map(|(s, l)| (s.id(), l.name())).collect(),
        what: doc.what,
        why: doc.why,
        bad: doc.bad,
        good: doc.good,
        phrase_lists: r.lists().iter().map(|l| l.name()).collect(),
    };
    serde_json::to_writer_pretty(&mut *out, &json)?;
    writeln!(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_ids_loosely() {
        assert_eq!(find("Empty_Note").map(Rule::id), Ok("empty-note"));
        assert_eq!(find(" over-limit ").map(Rule::id), Ok("over-limit"));
    }

    #[test]
    fn suggests_close_ids() {
        let err = find("empty-nite").map(Rule::id).unwrap_err();
        assert!(
            err.starts_with("unknown rule `empty-nite` (did you mean `empty-note`"),
            "{err}"
        );
        let err = find("limit").map(Rule::id).unwrap_err();
        assert!(err.contains("`over-limit`"), "{err}");
        let err = find("zzzzzzzzzzzz").map(Rule::id).unwrap_err();
        assert!(
            err.contains("known rules: ") && err.contains("empty-note"),
            "{err}"
        );
    }

    #[test]
    fn human_doc_has_levels_and_sections() {
        let mut out = Vec::new();
        write_human(&mut out, rule("empty-note").unwrap(), Palette::plain()).unwrap();
        let out = String::from_utf8(out).unwrap();
        assert!(
            out.starts_with("empty-note · error in every scenario\n"),
            "{out}"
        );
        for heading in ["What it catches", "Why it matters", "Weak", "Better"] {
            assert!(out.contains(&format!("\n{heading}\n")), "{out}");
        }
        assert!(out.contains("  │ (nothing)"), "{out}");
        assert!(
            !out.contains("Tune it"),
            "no phrase lists behind empty-note: {out}"
        );
    }

    #[test]
    fn heuristic_rules_name_their_phrase_lists() {
        let mut out = Vec::new();
        write_human(&mut out, rule("sales-pitch").unwrap(), Palette::plain()).unwrap();
        let out = String::from_utf8(out).unwrap();
        assert!(out.contains("\nTune it\n"), "{out}");
        for list in ["`sales-pitch`", "`not-pitch`", "`topic`"] {
            assert!(out.contains(list), "{list} missing: {out}");
        }
        let mut json = Vec::new();
        write_json(&mut json, rule("sales-pitch").unwrap()).unwrap();
        let json: serde_json::Value = serde_json::from_slice(&json).unwrap();
        assert_eq!(json["phrase_lists"][1], "not-pitch");
    }
}
