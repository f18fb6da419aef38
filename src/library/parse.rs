//! Reading one template file: JSON syntax first, then the shape, then the
//! checks that make a template safe to offer (every gap declared, every
//! declaration used).

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use serde::Deserialize;

use super::error::{LibraryError, LibraryErrorKind as Kind};
use super::fill::{is_valid_name, placeholders};
use super::{Placeholder, Source, Template};
use crate::note::{Kind as NoteKind, Parts, Scenario, UnknownKind};
use crate::store::json_pos;

/// What a template file looks like, for messages about a wrong shape.
const SHAPE: &str = "a template is one object with id, title, scenario, description, context, \
                     invite, next_step and placeholders ({name, prompt, example} each); a \
                     template of another kind says so in `kind` and has that kind's fields";

/// The file as written. Everything is optional here so that a missing key
/// can be reported with the template's id instead of serde's bare message.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTemplate {
    id: Option<String>,
    title: Option<String>,
    scenario: Option<String>,
    description: Option<String>,
    kind: Option<String>,
    context: Option<String>,
    invite: Option<String>,
    next_step: Option<String>,
    thanks: Option<String>,
    who_i_am: Option<String>,
    offer: Option<String>,
    subject: Option<String>,
    why_you: Option<String>,
    ask: Option<String>,
    who: Option<String>,
    why_them: Option<String>,
    blurb: Option<String>,
    easy_out: Option<String>,
    #[serde(default)]
    placeholders: Vec<RawPlaceholder>,
}

impl RawTemplate {
    /// Every field of every kind, by id, as written.
    fn fields(&mut self) -> BTreeMap<&'static str, Option<String>> {
        BTreeMap::from([
            ("context", self.context.take()),
            ("invite", self.invite.take()),
            ("next_step", self.next_step.take()),
            ("thanks", self.thanks.take()),
            ("who_i_am", self.who_i_am.take()),
            ("offer", self.offer.take()),
            ("subject", self.subject.take()),
            ("why_you", self.why_you.take()),
            ("ask", self.ask.take()),
            ("who", self.who.take()),
            ("why_them", self.why_them.take()),
            ("blurb", self.blurb.take()),
            ("easy_out", self.easy_out.take()),
        ])
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPlaceholder {
    name: String,
    prompt: String,
    example: String,
}

/// Parses the template file `text` read from `path`.
///
/// `folder` is the name of the directory the file sits in, when that is a
/// subfolder of the template directory: a file in `close/` that declares
/// another scenario is almost certainly a mistake, so it is an error.
pub(crate) fn parse(
    text: &str,
    path: &Path,
    folder: Option<&str>,
    source: Source,
) -> Result<Template, LibraryError> {
    let error = |kind| LibraryError::new(path, kind);
    // Syntax first, so a broken file gets the position serde saw, and the id
    // can name the template in every later message.
    let value: serde_json::Value = serde_json::from_str(text).map_err(|e| {
        error(Kind::Syntax(message(&e))).at(Some((
            e.line(),
            json_pos::char_column(text, e.line(), e.column()),
        )))
    })?;
    if !value.is_object() {
        let found = match value {
            serde_json::Value::Array(_) => "an array",
            serde_json::Value::String(_) => "a string",
            serde_json::Value::Number(_) => "a number",
            serde_json::Value::Bool(_) => "a boolean",
            _ => "null",
        };
        let kind = Kind::Shape(format!(
            "a template file holds one JSON object, not {found}; {SHAPE}"
        ));
        return Err(error(kind).at(Some((1, 1))));
    }
    let id_hint = value.get("id").and_then(serde_json::Value::as_str);
    let mut raw: RawTemplate = serde_json::from_str(text).map_err(|e| {
        let what = message(&e);
        let fix = if what.starts_with("unknown field") {
            "rename or remove it"
        } else {
            SHAPE
        };
        error(Kind::Shape(format!("{what}; {fix}")))
            .at(Some((
                e.line(),
                json_pos::char_column(text, e.line(), e.column()),
            )))
            .id(id_hint)
    })?;

    let id = required(raw.id.take(), "id", path, None)?;
    let named = |kind: Kind, needle: &str| error(kind).at(locate(text, needle)).id(Some(&id));
    if !id
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
    {
        return Err(named(Kind::InvalidId(id.clone()), "\"id\""));
    }
    let take = |field, name| required(field, name, path, Some(&id));
    let title = take(raw.title.take(), "title")?;
    let scenario_name = take(raw.scenario.take(), "scenario")?;
    let description = take(raw.description.take(), "description")?;
    let kind = match raw.kind.take() {
        None => NoteKind::Invitation,
        Some(name) => name
            .parse()
            .map_err(|e: UnknownKind| named(Kind::Shape(e.to_string()), "\"kind\""))?,
    };
    let texts = kind_texts(raw.fields(), kind, &take, &named)?;
    let text_of = |id: &str| {
        texts
            .iter()
            .find(|(f, _)| *f == id)
            .map(|(_, t)| t.clone())
            .unwrap_or_default()
    };
    let parts = Parts {
        context: text_of("context"),
        invite: text_of("invite"),
        next_step: text_of("next_step"),
    };

    let scenario: Scenario = scenario_name
        .parse()
        .map_err(|_| named(Kind::UnknownScenario(scenario_name.clone()), "\"scenario\""))?;
    let other_folder = folder.filter(|f| f.parse::<Scenario>().is_ok_and(|s| s != scenario));
    if let Some(folder) = other_folder {
        return Err(named(
            Kind::ScenarioFolder {
                folder: folder.to_string(),
                scenario: scenario.to_string(),
            },
            "\"scenario\"",
        ));
    }

    let placeholders = check_placeholders(std::mem::take(&mut raw.placeholders), &texts, &named)?;
    let fields = if kind == NoteKind::Invitation {
        BTreeMap::new()
    } else {
        texts.into_iter().map(|(f, t)| (f.to_string(), t)).collect()
    };
    Ok(Template {
        id,
        title,
        kind,
        scenario,
        description,
        parts,
        fields,
        placeholders,
        source,
    })
}

/// The fields of `kind` from the file, each required; a field of another
/// kind is an error that lists the kind's own.
fn kind_texts(
    mut given: BTreeMap<&'static str, Option<String>>,
    kind: NoteKind,
    take: &dyn Fn(Option<String>, &'static str) -> Result<String, LibraryError>,
    named: &dyn Fn(Kind, &str) -> LibraryError,
) -> Result<Vec<(&'static str, String)>, LibraryError> {
    let spec = kind.fields();
    let mut texts = Vec::new();
    for f in &spec[1..spec.len() - 1] {
        texts.push((f.id, take(given.remove(f.id).flatten(), f.id)?));
    }
    if let Some((extra, _)) = given.iter().find(|(_, v)| v.is_some()) {
        let ids: Vec<&str> = spec.iter().map(|f| f.id).collect();
        let what = format!(
            "`{extra}` is not a field of a {kind}; its fields are {}",
            ids.join(", ")
        );
        return Err(named(Kind::Shape(what), &format!("\"{extra}\"")));
    }
    Ok(texts)
}

/// Declared names are valid and unique, examples and prompts are filled,
/// and the parts use exactly the declared names.
fn check_placeholders(
    raw: Vec<RawPlaceholder>,
    texts: &[(&'static str, String)],
    named: &dyn Fn(Kind, &str) -> LibraryError,
) -> Result<Vec<Placeholder>, LibraryError> {
    let mut declared = BTreeSet::new();
    for p in &raw {
        let quoted = format!("\"{}\"", p.name);
        if !is_valid_name(&p.name) {
            return Err(named(Kind::InvalidPlaceholderName(p.name.clone()), &quoted));
        }
        if !declared.insert(p.name.as_str()) {
            return Err(named(Kind::DuplicatePlaceholder(p.name.clone()), &quoted));
        }
        for (field, text) in [("prompt", &p.prompt), ("example", &p.example)] {
            if text.trim().is_empty() {
                let what = format!("the {field} of placeholder `{}`", p.name);
                return Err(named(Kind::Empty(what), &quoted));
            }
        }
    }
    let mut used = BTreeSet::new();
    for (part, text) in texts.iter().map(|(p, t)| (*p, t.as_str())) {
        for (_, name) in placeholders(text) {
            if !declared.contains(name) {
                let kind = Kind::Undeclared {
                    name: name.to_string(),
                    part,
                };
                return Err(named(kind, &format!("{{{name}}}")));
            }
            used.insert(name);
        }
    }
    if let Some(unused) = declared.difference(&used).next() {
        return Err(named(
            Kind::Unused((*unused).to_string()),
            &format!("\"{unused}\""),
        ));
    }
    Ok(raw
        .into_iter()
        .map(|p| Placeholder {
            name: p.name,
            prompt: p.prompt.trim().to_string(),
            example: p.example.trim().to_string(),
        })
        .collect())
}

/// The value of a required key, or the error naming it. Parts may be blank
/// on purpose (a template that leaves the next step to the user), but the
/// key must be there so a typo in its name cannot silently drop a part.
fn required(
    field: Option<String>,
    name: &'static str,
    path: &Path,
    id: Option<&str>,
) -> Result<String, LibraryError> {
    let error = |kind| LibraryError::new(path, kind).id(id);
    let value = field.ok_or_else(|| error(Kind::Missing(name)))?;
    let is_part = matches!(name, "context" | "invite" | "next_step");
    if !is_part && value.trim().is_empty() {
        return Err(error(Kind::Empty(format!("`{name}`"))));
    }
    Ok(value)
}

/// serde_json's message without its trailing " at line L column C", which
/// the error already shows in `path:line:column` form.
fn message(e: &serde_json::Error) -> String {
    let full = e.to_string();
    let suffix = format!(" at line {} column {}", e.line(), e.column());
    full.strip_suffix(&suffix).unwrap_or(&full).to_string()
}

/// The 1-based line and column (in chars) where `needle` first appears.
fn locate(text: &str, needle: &str) -> Option<(usize, usize)> {
    let at = text.find(needle)?;
    let before = &text[..at];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    Some((line, before[line_start..].chars().count() + 1))
}

#[cfg(test)]
mod tests;
