//! Mouse input: a click focuses what is under it, the wheel scrolls lists.
//! Hit-testing uses the same layout as drawing.

use ratatui::layout::{Position, Rect};
use ratatui_textarea::{Input, Key};

use super::action::Action;
use super::app::{App, Focus, Overlay, Screen};
use super::field::Field;
use super::ui::layout;

fn screen(app: &App) -> Rect {
    Rect::new(0, 0, app.ui.size.0, app.ui.size.1)
}

fn inner(r: Rect) -> Rect {
    r.inner(ratatui::layout::Margin::new(1, 1))
}

/// A left click: focus the field (and move its cursor) or select the
/// diagnostic under the pointer.
pub fn click(app: &mut App, x: u16, y: u16) {
    let area = screen(app);
    if let Some(Overlay::Templates(_)) = &app.ui.overlay {
        return click_template(app, x, y);
    }
    if app.ui.overlay.is_some()
        || app.ui.screen != Screen::Composer
        || !layout::fits_for(area, app.form.kind)
    {
        return;
    }
    let at = Position::new(x, y);
    let l = layout::composer_for(area, app.form.kind);
    if l.lint.contains(at) {
        app.ui.focus = Focus::Lint;
        let (list, _) =
            layout::lint_split(inner(l.lint), true, app.derived.report.diagnostics.len());
        if y >= list.y && y < list.bottom() {
            let offset = layout::list_offset(app.ui.lint_selected, usize::from(list.height));
            let row = offset + usize::from(y - list.y);
            if row < app.derived.report.diagnostics.len() {
                app.ui.lint_selected = row;
            }
        }
        return app.restyle();
    }
    let target = if app.form.free.is_some() {
        l.editor.contains(at).then_some((Focus::Free, l.editor))
    } else {
        Field::all(app.form.kind)
            .zip(l.fields)
            .find(|(_, r)| r.contains(at))
            .map(|(field, r)| (Focus::Field(field), r))
    };
    let Some((focus, rect)) = target else {
        return;
    };
    app.ui.focus = focus;
    app.restyle();
    let text_area = inner(rect);
    if text_area.contains(at)
        && let Some(area) = app.focused_area()
    {
        area.click(x - text_area.x, y - text_area.y);
    }
}

/// A click on a row of the template browser selects it.
fn click_template(app: &mut App, x: u16, y: u16) {
    let area = screen(app);
    if !layout::fits_for(area, app.form.kind) {
        return;
    }
    let (body, _, _) = layout::screen_rows(area);
    let Some(Overlay::Templates(browser)) = &app.ui.overlay else {
        return;
    };
    let len = app.filtered_templates(&browser.filter).len();
    let row = super::ui::templates::row_at(body, browser.selected, x, y);
    if let (Some(row), Some(Overlay::Templates(browser))) = (row, &mut app.ui.overlay)
        && row < len
    {
        browser.selected = row;
    }
}

/// The wheel: scrolls the text under the pointer itself, or returns the
/// action that moves the list under it, for `update` to carry out.
pub fn scroll(app: &mut App, x: u16, y: u16, down: bool) -> Option<Action> {
    let pick = |up: Action, dn: Action| Some(if down { dn } else { up });
    match (&app.ui.overlay, app.ui.screen) {
        (Some(Overlay::Help(_)), _) => pick(Action::HelpUp, Action::HelpDown),
        (Some(Overlay::Templates(_)), _) => pick(Action::TemplateUp, Action::TemplateDown),
        (Some(Overlay::ConfirmCopy | Overlay::Ask(_) | Overlay::Name(_)), _)
        | (None, Screen::SentNote) => None,
        (None, Screen::Picker) => pick(Action::PickerUp, Action::PickerDown),
        (None, Screen::Sent | Screen::Stats) => pick(Action::SentUp, Action::SentDown),
        (None, Screen::Composer) => {
            let area = screen(app);
            if !layout::fits_for(area, app.form.kind) {
                return None;
            }
            let l = layout::composer_for(area, app.form.kind);
            let at = Position::new(x, y);
            if l.lint.contains(at) {
                pick(Action::LintUp, Action::LintDown)
            } else {
                scroll_field(app, &l, at, down);
                None
            }
        }
    }
}

fn scroll_field(app: &mut App, l: &layout::ComposerLayout, at: Position, down: bool) {
    let key = if down {
        Key::MouseScrollDown
    } else {
        Key::MouseScrollUp
    };
    let input = Input {
        key,
        ..Input::default()
    };
    if let Some(free) = app.form.free.as_mut() {
        if l.editor.contains(at) {
            free.input(input);
        }
        return;
    }
    if let Some((field, _)) = Field::all(app.form.kind)
        .zip(l.fields)
        .find(|(_, r)| r.contains(at))
    {
        app.form.fields[field.index()].input(input);
    }
}
