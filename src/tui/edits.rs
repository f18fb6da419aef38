//! The composer's bigger edits: applying a lint fix, applying a template,
//! and switching free editing on and off. Pure state changes, called by
//! `update`.

use super::app::{App, Focus, Overlay};
use super::ask::{Ask, ask};
use super::editor::Editor;
use super::field::Field;
use super::template_fill;
use super::{fix_append, fixmap, undo_group};
use crate::lint::rule;
use crate::note::compose_layout_greeted;

/// Applies the selected diagnostic's fix to the field it falls in (a fix
/// that only appends goes to the field that ends the note), or to the
/// whole note (switching to free edit) when it spans several fields.
pub fn apply_fix(app: &mut App) {
    if app.wait_for_lint(super::action::Action::ApplyFix, "fixing") {
        return;
    }
    let Some(d) = app
        .derived
        .report
        .diagnostics
        .get(app.ui.lint_selected)
        .cloned()
    else {
        return app.info("Nothing to fix");
    };
    if super::gaps::select_finding(app) {
        return;
    }
    let Some(fix) = d.fix else {
        let what = rule(d.rule).map_or("", |r| r.doc().what);
        return app.info(format!("{} has no automatic fix. {what}", d.rule));
    };
    if let Some(free) = app.form.free.as_mut() {
        free.replace(fix.start, fix.end, &fix.replacement);
        app.refresh();
        return app.info(format!("Fixed {}", d.rule));
    }
    let raw = app.raw_fields();
    let kind = app.form.kind;
    if let Some(edit) = fixmap::to_field_edit(&app.greeting, kind, &raw, &fix) {
        let area = &mut app.form.fields[edit.field.index()];
        area.replace(edit.start, edit.end, &edit.replacement);
        app.refresh();
        return app.info(format!(
            "Fixed {} in {} (Ctrl-Z in the field undoes it)",
            d.rule,
            edit.field.label(kind)
        ));
    }
    if let Some((field, text)) = fix_append::to_field(&raw, &app.text(), &fix) {
        app.form.fields[field.index()].set_text(&text);
        app.refresh();
        return app.info(format!(
            "Fixed {} in {} (Ctrl-Z in the field undoes it)",
            d.rule,
            field.label(kind)
        ));
    }
    let mut free = Editor::new(&app.text(), app.ui.theme);
    free.replace(fix.start, fix.end, &fix.replacement);
    app.form.free = Some(free);
    app.restyle();
    app.refresh();
    app.info(format!(
        "Fixed {}: it spans several fields, so the note is now in free edit (F2 returns to the fields)",
        d.rule
    ));
}

/// Applies the template selected in the browser, after asking when it
/// would replace filled fields or free text.
pub fn apply_template(app: &mut App) {
    let Some(Overlay::Templates(browser)) = app.ui.overlay.clone() else {
        return;
    };
    let Some(template) = app
        .filtered_templates(&browser.filter)
        .get(browser.selected)
        .map(|t| (*t).clone())
    else {
        return app.info("No template matches the filter");
    };
    app.ui.overlay = None;
    let filled = template_fill::fields(&template, app.recipient(), app.sign_off_text());
    let replaces: Vec<Field> = filled
        .into_iter()
        .filter(|(f, text)| {
            let now = app.form.fields[f.index()].text();
            !now.trim().is_empty() && now != text
        })
        .map(|(f, _)| f)
        .collect();
    let free = app.form.free.is_some();
    if replaces.is_empty() && !free {
        return fill_template(app, &template.id);
    }
    ask(
        app,
        Ask::Template {
            id: template.id,
            replaces,
            free,
        },
    );
}

/// Fills the fields from the template `id` of the current scenario, as one
/// undo step across them, and puts the cursor on the first placeholder
/// left to fill. Leaves free edit: the caller has asked first.
pub fn fill_template(app: &mut App, id: &str) {
    let Some(template) = app
        .templates
        .iter()
        .find(|t| t.id == id && t.scenario == app.form.scenario && t.kind == app.form.kind)
        .cloned()
    else {
        return;
    };
    app.form.free = None;
    app.form.template = Some(template.id.clone());
    let texts = template_fill::fields(&template, app.recipient(), app.sign_off_text());
    let mut first_gap = None;
    for (field, text) in &texts {
        app.form.fields[field.index()].set_text(text);
        if first_gap.is_none() {
            first_gap = template_fill::find_placeholder(text).map(|(s, e)| {
                let chars = |b: usize| text[..b].chars().count();
                (*field, chars(s), chars(e))
            });
        }
    }
    let filled: Vec<Field> = texts.iter().map(|(f, _)| *f).collect();
    undo_group::record(app, &filled);
    if let Some((field, start, end)) = first_gap {
        app.form.fields[field.index()].select(start, end);
        app.ui.focus = Focus::Field(field);
        let gap: String = texts[field.index() - 1]
            .1
            .chars()
            .skip(start)
            .take(end - start)
            .collect();
        app.info(format!(
            "Template “{}” applied: type to replace {gap}",
            template.title
        ));
    } else {
        app.ui.focus = Focus::Field(Field::at(1));
        app.info(format!("Template “{}” applied", template.title));
    }
    app.restyle();
    app.refresh();
}

/// `F2`: detach the fields and edit the note as one text, or go back.
///
/// Free text is never dropped silently: going back to the fields asks
/// first, unless the free text is still exactly what the fields compose.
pub fn toggle_free_edit(app: &mut App) {
    if let Some(free) = app.form.free.as_ref() {
        let fields = app.field_texts();
        let composed = compose_layout_greeted(&app.greeting, app.form.kind.layout(), &fields);
        if free.text() != composed.text {
            return ask(app, Ask::LeaveFreeEdit);
        }
        app.form.free = None;
        app.ui.focus = Focus::Field(Field::at(1));
        app.info("Back to the fields");
    } else {
        app.form.free = Some(Editor::new(&app.text(), app.ui.theme));
        app.ui.focus = Focus::Free;
        app.info(
            "Free edit: Enter is a new line; F2 goes back to the fields (asks before dropping edits)",
        );
    }
    app.restyle();
    app.refresh();
}
