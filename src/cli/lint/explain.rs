//! `connote lint --explain RULE`: a rule's documentation, for people or as JSON.

use std::io::{self, Write};

use serde::Serialize;
use unicode_width::UnicodeWidthStr;

use crate::cli::style::{Palette, Role};
use crate::lint::{Level, Rule, rule, rules};
use crate::note::{Kind, Scenario};
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

/// The rule's level in each scenario, in picker order, for a message of `kind`.
fn levels(r: &dyn Rule, kind: Kind) -> [(Scenario, Level); 3] {
    Scenario::ALL.map(|s| (s, r.kind_level(kind, s)))
}

/// The kinds the rule reads at all, each with its levels.
fn kinds(r: &dyn Rule) -> Vec<(Kind, [(Scenario, Level); 3])> {
    Kind::ALL
        .into_iter()
        .map(|k| (k, levels(r, k)))
        .filter(|(_, l)| l.iter().any(|(_, l)| *l != Level::Off))
        .collect()
}

/// `warning in every scenario`, or each scenario's level.
fn describe(levels: [(Scenario, Level); 3], paint: &impl Fn(Level) -> String) -> String {
    if levels.iter().all(|(_, l)| *l == levels[0].1) {
        format!("{} in every scenario", paint(levels[0].1))
    } else {
        let each: Vec<String> = levels
            .iter()
            .map(|(s, l)| format!("{s}: {}", paint(*l)))
            .collect();
        each.join(", ")
    }
}

/// Writes the documentation of `r` for people.
pub fn write_human(out: &mut impl Write, r: &dyn Rule, p: Palette) -> io::Result<()> {
    let kinds = kinds(r);
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
    match kinds.as_slice() {
        [(Kind::Invitation, levels), rest @ ..] => {
            writeln!(out, " · {}", describe(*levels, &paint_level))?;
            for (kind, other) in rest.iter().filter(|(_, l)| l != levels) {
                writeln!(out, "  in a {kind}: {}", describe(*other, &paint_level))?;
            }
            let off: Vec<&str> = Kind::ALL
                .iter()
                .filter(|k| !kinds.iter().any(|(kind, _)| kind == *k))
                .map(|k| k.id())
                .collect();
            if !off.is_empty() {
                writeln!(out, "  off for {}", off.join(", "))?;
            }
        }
        [(kind, levels), ..] => {
            writeln!(
                out,
                " · {}, in a {kind} only",
                describe(*levels, &paint_level)
            )?;
        }
        [] => writeln!(out, " · off")?,
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
    /// Each kind the rule reads, with its level per scenario.
    kinds: std::collections::BTreeMap<&'a str, std::collections::BTreeMap<&'a str, &'a str>>,
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
        levels: levels(r, Kind::Invitation)
            .iter()
            .map(|(s, l)| (s.id(), l.name()))
            .collect(),
        kinds: kinds(r)
            .iter()
            .map(|(k, levels)| {
                let each = levels.iter().map(|(s, l)| (s.id(), l.name())).collect();
                (k.id(), each)
            })
            .collect(),
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
    fn the_kinds_a_rule_reads_are_named() {
        let human = |id| {
            let mut out = Vec::new();
            write_human(&mut out, rule(id).unwrap(), Palette::plain()).unwrap();
            String::from_utf8(out).unwrap()
        };
        let out = human("missing-thanks");
        assert!(
            out.starts_with("missing-thanks · warning in every scenario, in a follow-up only\n"),
            "{out}"
        );
        let out = human("premature-ask");
        assert!(
            out.contains("\n  in a follow-up: warning in every scenario\n"),
            "{out}"
        );
        assert!(out.contains("\n  off for introduction-request\n"), "{out}");
        let mut json = Vec::new();
        write_json(&mut json, rule("missing-permission").unwrap()).unwrap();
        let json: serde_json::Value = serde_json::from_slice(&json).unwrap();
        assert_eq!(json["kinds"]["permission-ask"]["close"], "warning");
        assert!(json["kinds"].get("invitation").is_none());
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
