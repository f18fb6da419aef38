//! The composer's bigger edits: applying a lint fix, applying a template,
//! and switching free editing on and off. Pure state changes, called by
//! `update`.

use super::app::{App, Focus, Overlay};
use super::editor::Editor;
use super::field::Field;
use super::fixmap;
use super::template_fill;
use crate::lint::rule;

/// Applies the selected diagnostic's fix to the field it falls in, or to
/// the whole note (switching to free edit) when it spans several fields.
pub fn apply_fix(app: &mut App) {
    if app.derived.lint_stale {
        app.relint();
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
    if let Some(edit) = fixmap::to_field_edit(&app.greeting, &raw, &fix) {
        let area = &mut app.form.fields[edit.field.index()];
        area.replace(edit.start, edit.end, &edit.replacement);
        app.refresh();
        return app.info(format!(
            "Fixed {} in {} (Ctrl-U in the field undoes it)",
            d.rule,
            edit.field.label()
        ));
    }
    let mut free = Editor::new(&app.text(), app.ui.theme);
    free.replace(fix.start, fix.end, &fix.replacement);
    app.form.free = Some(free);
    app.form.stash = None;
    app.restyle();
    app.refresh();
    app.info(format!(
        "Fixed {}: it spans several fields, so the note is now in free edit (F2 returns to the fields)",
        d.rule
    ));
}

/// Fills the fields from the template selected in the browser and puts the
/// cursor on the first placeholder left to fill.
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
    app.form.free = None;
    app.form.template = Some(template.id.clone());
    let [to, _, _, _, sign_off] = app.field_texts();
    let parts = template_fill::parts(&template, to, sign_off);
    let texts = [
        (Field::Context, parts.context),
        (Field::Invite, parts.invite),
        (Field::NextStep, parts.next_step),
    ];
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
        app.ui.focus = Focus::Field(Field::Context);
        app.info(format!("Template “{}” applied", template.title));
    }
    app.restyle();
    app.refresh();
}

/// `F2`: detach the fields and edit the note as one text, or go back.
///
/// Leaving keeps the free text aside; coming back before any field changed
/// resumes it, so a quick look at the fields loses nothing.
pub fn toggle_free_edit(app: &mut App) {
    if let Some(free) = app.form.free.take() {
        app.form.stash = Some((free.text().to_string(), app.raw_fields()));
        app.ui.focus = Focus::Field(Field::Context);
        app.info(
            "Back to the fields: the note is composed from them again (F2 resumes your free text)",
        );
    } else {
        let raw = app.raw_fields();
        let text = match app.form.stash.take() {
            Some((text, fields)) if fields == raw => text,
            _ => app.text(),
        };
        app.form.free = Some(Editor::new(&text, app.ui.theme));
        app.ui.focus = Focus::Free;
        app.info(
            "Free edit: the fields are detached, Enter is a new line; F2 returns to the fields",
        );
    }
    app.restyle();
    app.refresh();
}
