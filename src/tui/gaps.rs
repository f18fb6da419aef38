//! The `{placeholder}` gaps a template leaves in the fields: `Tab` selects
//! the next one, in whatever field it is, and `Enter` on a `placeholder`
//! finding selects the one it points at. Typing then replaces the gap.

use super::app::{App, Focus};
use super::field::Field;
use super::fixmap;
use crate::library::placeholders;
use crate::lint::Fix;

/// The gaps of `text` as byte ranges, braces included.
fn gaps(text: &str) -> Vec<(usize, usize)> {
    placeholders(text)
        .into_iter()
        .map(|(open, name)| (open, open + name.len() + 2))
        .collect()
}

/// Selects the next gap after the cursor of the focused field, looking on
/// through the following fields and then from the top; `false` (nothing
/// changes) when no gap is left or no field has the focus.
pub fn select_next(app: &mut App) -> bool {
    let Focus::Field(here) = app.ui.focus else {
        return false;
    };
    let editor = &app.form.fields[here.index()];
    // A selected gap is passed over: Tab on it means "the next one".
    let after = editor
        .selection()
        .map_or(editor.cursor(), |r| r.end.max(editor.cursor()));
    let all: Vec<Field> = Field::all(app.form.kind).collect();
    let order = all.iter().cycle().skip(here.index()).take(all.len() + 1);
    for (step, field) in order.enumerate() {
        let text = app.form.fields[field.index()].text();
        let found = gaps(text).into_iter().find(|(start, _)| match step {
            0 => *start >= after,
            n if n == all.len() => *start < after,
            _ => true,
        });
        if let Some((start, end)) = found {
            let chars = |b: usize| text[..b].chars().count();
            let (start, end) = (chars(start), chars(end));
            select(app, *field, start, end);
            return true;
        }
    }
    false
}

/// When the selected finding is an unfilled placeholder, selects that gap
/// in its field and returns `true`.
pub fn select_finding(app: &mut App) -> bool {
    let Some(d) = app.derived.report.diagnostics.get(app.ui.lint_selected) else {
        return false;
    };
    if d.rule != "placeholder" || app.form.free.is_some() {
        return false;
    }
    let Some(span) = d.span else {
        return false;
    };
    let probe = Fix {
        start: span.start,
        end: span.end,
        replacement: String::new(),
    };
    let raw = app.raw_fields();
    let Some(edit) = fixmap::to_field_edit(&app.greeting, app.form.kind, &raw, &probe) else {
        return false;
    };
    select(app, edit.field, edit.start, edit.end);
    true
}

fn select(app: &mut App, field: Field, start: usize, end: usize) {
    app.form.fields[field.index()].select(start, end);
    app.ui.focus = Focus::Field(field);
    app.restyle();
    app.info(format!(
        "{}: type to fill the gap, Tab goes to the next one",
        field.label(app.form.kind)
    ));
}
