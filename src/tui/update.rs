//! The only place the state changes: `update(&mut App, Action)`.
//!
//! It never touches the terminal, the clipboard or the disk; what must
//! happen outside comes back as [`Effect`]s that the runtime carries out,
//! so every key binding is testable without a terminal.

use ratatui_textarea::{Input, Key};

use super::action::Action;
use super::app::{App, Browser, Focus, Overlay, Screen};
use super::ask;
use super::editor::Editor;
use super::edits;
use super::field::Field;
use super::mouse;
use super::paste::sanitize;
use super::sent;
use super::undo_group;
use super::{first_run, gaps};
use crate::note::{Kind, Scenario};
use crate::store::OutcomeEvent;

/// Work for the runtime: things `update` decided but must not do itself.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Put this text on the clipboard and report how it went.
    Copy(String),
    /// Save the current note as a draft; `announce` says so in the status line.
    SaveDraft {
        /// Whether the user asked (`Ctrl-S`) and wants to hear about it.
        announce: bool,
    },
    /// Put this text on the clipboard again; it was recorded when first copied.
    CopyAgain(String),
    /// Append this outcome to the log of sent notes.
    RecordOutcome(OutcomeEvent),
    /// Delete this draft from disk (the user confirmed).
    DeleteDraft(String),
    /// Set a string in the config file (`sender`, `greeting`) and say so.
    SaveSetting {
        /// The config key.
        key: &'static str,
        /// Its new value.
        value: String,
    },
    /// Leave the composer.
    Quit,
}

/// Applies `action` to `app` and returns the effects to carry out.
pub fn update(app: &mut App, action: Action) -> Vec<Effect> {
    if too_small(app) && !matches!(action, Action::Quit | Action::Resize(..)) {
        // "Terminal too small" hides the note: keys must not edit it blind.
        return Vec::new();
    }
    if !matches!(action, Action::Resize(..)) {
        // Whatever the user does next replaces a copy or fix still waiting
        // for the lint: it would act on a text or screen they have left.
        app.ui.after_lint = None;
    }
    match action {
        Action::PickerUp => app.ui.picker = app.ui.picker.saturating_sub(1),
        Action::PickerDown => app.ui.picker = (app.ui.picker + 1).min(picker_len(app) - 1),
        Action::PickerChoose => return choose(app),
        Action::PickerDelete => delete(app),
        Action::ChooseScenario(s) => {
            let kind = app.ui.picker_kind.unwrap_or(Kind::Invitation);
            app.start_kind(kind, s);
        }
        Action::ChooseKind(kind) => choose_kind(app, kind),
        Action::FocusNext => {
            if !gaps::select_next(app) {
                focus_step(app, true);
            }
        }
        Action::FocusPrev => focus_step(app, false),
        Action::NextField => next_field(app),
        Action::LintUp => app.ui.lint_selected = app.ui.lint_selected.saturating_sub(1),
        Action::LintDown => {
            let n = app.derived.report.diagnostics.len();
            app.ui.lint_selected = (app.ui.lint_selected + 1).min(n.saturating_sub(1));
        }
        Action::ApplyFix => edits::apply_fix(app),
        Action::OpenTemplates => {
            if app.filtered_templates("").is_empty() {
                app.info(format!("No templates for {} notes yet", app.form.scenario));
            }
            app.ui.overlay = Some(Overlay::Templates(Browser::default()));
        }
        Action::TemplateUp | Action::TemplateDown | Action::FilterPush(_) | Action::FilterPop => {
            browse(app, &action);
        }
        Action::ApplyTemplate => edits::apply_template(app),
        Action::Copy => return copy(app),
        Action::Accept => return ask::accept(app),
        Action::CycleGreeting => return first_run::cycle_greeting(app),
        Action::NamePush(c) => return first_run::name_key(app, Some(c), false),
        Action::NamePop => return first_run::name_key(app, None, false),
        Action::NameDone => return first_run::name_key(app, None, true),
        Action::ConfirmCopy => {
            app.ui.overlay = None;
            return vec![Effect::Copy(app.text())];
        }
        Action::ToggleFreeEdit => edits::toggle_free_edit(app),
        Action::CycleLimit => {
            app.form.limit = app.form.limit.next();
            app.refresh();
            app.info(format!("Limit: {}", app.form.limit));
        }
        Action::SaveDraft => return vec![Effect::SaveDraft { announce: true }],
        Action::ToggleHelp => {
            app.ui.overlay = match app.ui.overlay {
                Some(Overlay::Help(_)) => None,
                _ => Some(Overlay::Help(0)),
            };
        }
        Action::HelpUp | Action::HelpDown => {
            if let Some(Overlay::Help(scroll)) = &mut app.ui.overlay {
                *scroll = if action == Action::HelpUp {
                    scroll.saturating_sub(1)
                } else {
                    scroll.saturating_add(1)
                };
            }
        }
        Action::OpenSent
        | Action::OpenStats
        | Action::SentUp
        | Action::SentDown
        | Action::SentOpen
        | Action::Mark(_)
        | Action::CopySent => return sent::update(app, &action),
        Action::Back => return back(app),
        Action::Quit => {
            let mut effects = save_if_content(app);
            effects.push(Effect::Quit);
            return effects;
        }
        Action::Edit(input) => edit(app, input),
        Action::Paste(text) => paste(app, &text),
        Action::Click(x, y) => mouse::click(app, x, y),
        Action::Scroll(x, y, down) => {
            return mouse::scroll(app, x, y, down).map_or_else(Vec::new, |a| update(app, a));
        }
        Action::Resize(w, h) => {
            app.ui.size = (w, h);
            if !app.derived.preview_whole {
                app.update_preview();
            }
        }
    }
    Vec::new()
}

/// Whether the terminal is below the smallest size the composer draws.
fn too_small(app: &App) -> bool {
    let (w, h) = app.ui.size;
    let kind = match app.ui.screen {
        Screen::Composer => app.form.kind,
        _ => Kind::Invitation,
    };
    !super::ui::layout::fits_for(ratatui::layout::Rect::new(0, 0, w, h), kind)
}

/// The kinds the picker offers below the invitation's scenarios.
pub const OTHER_KINDS: [Kind; 3] = [
    Kind::FollowUp,
    Kind::PermissionAsk,
    Kind::IntroductionRequest,
];

/// Rows in the picker: the invitation's three scenarios, the three other
/// kinds, then the drafts; once a kind is chosen, its three scenarios.
pub fn picker_len(app: &App) -> usize {
    match app.ui.picker_kind {
        Some(_) => Scenario::ALL.len(),
        None => Scenario::ALL.len() + OTHER_KINDS.len() + app.drafts.len(),
    }
}

/// The first draft's row in the picker.
fn first_draft_row() -> usize {
    Scenario::ALL.len() + OTHER_KINDS.len()
}

fn choose(app: &mut App) -> Vec<Effect> {
    let row = app.ui.picker;
    if let Some(kind) = app.ui.picker_kind {
        if let Some(s) = Scenario::ALL.get(row) {
            app.start_kind(kind, *s);
        }
        return Vec::new();
    }
    if let Some(s) = Scenario::ALL.get(row) {
        app.start(*s);
    } else if let Some(kind) = OTHER_KINDS.get(row - Scenario::ALL.len()) {
        choose_kind(app, *kind);
    } else if let Some(draft) = app.drafts.get(row - first_draft_row()).cloned() {
        app.resume(&draft);
        app.info("Draft resumed");
    }
    Vec::new()
}

/// Asks the scenario of a message of `kind`.
fn choose_kind(app: &mut App, kind: Kind) {
    app.ui.picker_kind = Some(kind);
    // Most follow-ups and permission-asks go to people you met or found;
    // an introduction is asked of someone you know.
    app.ui.picker = match kind {
        Kind::IntroductionRequest => 0,
        Kind::FollowUp => 1,
        _ => 2,
    };
}

fn delete(app: &mut App) {
    let Some(draft) = app
        .ui
        .picker
        .checked_sub(first_draft_row())
        .filter(|_| app.ui.picker_kind.is_none())
        .and_then(|i| app.drafts.get(i))
    else {
        return app.info("Select a draft below the kinds of message to delete it");
    };
    let label = crate::tui::ui::draft_summary(draft, app.now);
    let id = draft.id.clone();
    ask::ask(app, ask::Ask::DeleteDraft { id, label });
}

fn focus_step(app: &mut App, forward: bool) {
    app.ui.focus = match (app.ui.focus, app.form.free.is_some()) {
        (Focus::Free, _) => Focus::Lint,
        (Focus::Lint, true) => Focus::Free,
        (Focus::Field(f), _) => {
            let step = if forward {
                f.next(app.form.kind)
            } else {
                f.prev()
            };
            step.map_or(Focus::Lint, Focus::Field)
        }
        (Focus::Lint, false) => Focus::Field(if forward {
            Field::To
        } else {
            Field::sign_off(app.form.kind)
        }),
    };
    app.restyle();
}

fn next_field(app: &mut App) {
    match app.ui.focus {
        Focus::Field(f) => match f.next(app.form.kind) {
            Some(next) => {
                app.ui.focus = Focus::Field(next);
                app.restyle();
            }
            None => app.info("Last field: Ctrl-Y copies the note, Tab reaches the lint pane"),
        },
        Focus::Free | Focus::Lint => {}
    }
}

fn browse(app: &mut App, action: &Action) {
    let len = match &app.ui.overlay {
        Some(Overlay::Templates(b)) => app.filtered_templates(&b.filter).len(),
        _ => return,
    };
    let Some(Overlay::Templates(browser)) = &mut app.ui.overlay else {
        return;
    };
    match action {
        Action::TemplateUp => browser.selected = browser.selected.saturating_sub(1),
        Action::TemplateDown => {
            browser.selected = (browser.selected + 1).min(len.saturating_sub(1));
        }
        Action::FilterPush(c) => {
            browser.filter.push(*c);
            browser.selected = 0;
        }
        Action::FilterPop => {
            browser.filter.pop();
            browser.selected = 0;
        }
        _ => {}
    }
}

fn copy(app: &mut App) -> Vec<Effect> {
    if app.is_blank() {
        app.error("Nothing to copy yet: type the note first");
        return Vec::new();
    }
    if app.wait_for_lint(Action::Copy, "copying") {
        return Vec::new();
    }
    if app.derived.report.has_errors() || app.sent.over_allowance(app.now) {
        app.ui.overlay = Some(Overlay::ConfirmCopy);
        return Vec::new();
    }
    vec![Effect::Copy(app.text())]
}

fn back(app: &mut App) -> Vec<Effect> {
    if app.ui.overlay.take().is_some() {
        return Vec::new();
    }
    match app.ui.screen {
        Screen::Composer => {
            app.ui.screen = Screen::Picker;
            app.ui.picker = 0;
            save_if_content(app)
        }
        Screen::Picker => {
            if let Some(kind) = app.ui.picker_kind.take() {
                let i = OTHER_KINDS.iter().position(|k| *k == kind).unwrap_or(0);
                app.ui.picker = Scenario::ALL.len() + i;
            } else if app.has_content() {
                app.ui.screen = Screen::Composer;
            }
            Vec::new()
        }
        Screen::Sent | Screen::SentNote | Screen::Stats => {
            sent::back(app);
            Vec::new()
        }
    }
}

fn save_if_content(app: &App) -> Vec<Effect> {
    if app.has_content() {
        vec![Effect::SaveDraft { announce: false }]
    } else {
        Vec::new()
    }
}

/// Enter-like keys would split a one-paragraph field; they move on instead.
fn is_newline(input: &Input) -> bool {
    matches!(input.key, Key::Enter | Key::Char('\n' | '\r'))
        || (input.ctrl && input.key == Key::Char('m'))
}

fn edit(app: &mut App, input: Input) {
    if app.form.free.is_none() && is_newline(&input) {
        return next_field(app);
    }
    if let (Focus::Field(field), Some(undo)) = (app.ui.focus, Editor::undo_key(&input))
        && undo_group::step(app, field, undo)
    {
        return app.refresh();
    }
    if let Some(area) = app.focused_area()
        && area.input(input)
    {
        app.refresh();
    }
}

fn paste(app: &mut App, text: &str) {
    if let Some(Overlay::Templates(browser)) = &mut app.ui.overlay {
        browser.filter.push_str(sanitize(text, false).trim());
        browser.selected = 0;
        return;
    }
    if matches!(app.ui.overlay, Some(Overlay::Name(_))) {
        return first_run::paste_name(app, &sanitize(text, false));
    }
    if app.ui.overlay.is_some() || app.ui.screen != Screen::Composer {
        return;
    }
    let clean = sanitize(text, app.form.free.is_some());
    match app.focused_area() {
        Some(area) => {
            area.insert_str(&clean);
            app.refresh();
        }
        None => app.info("Focus a field to paste (Tab)"),
    }
}
