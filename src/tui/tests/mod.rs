//! Tests of the composer without a terminal: key bindings through the
//! keymap and `update`, and snapshots of whole frames.

mod first_run;
mod huge;
mod keys;
mod kinds;
mod lint_pane;
mod safety;
mod safety_frames;
mod sent;
mod snapshots;

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::action::Action;
use super::app::{App, Init};
use super::keymap::map_key;
use super::theme::Theme;
use super::update::{Effect, update};
use crate::library::{Placeholder, Source, Template};
use crate::note::{Kind, Parts, Scenario};

pub(crate) fn template(id: &str, scenario: Scenario, context: &str) -> Template {
    Template {
        id: id.into(),
        title: format!("Title of {id}"),
        kind: Kind::Invitation,
        scenario,
        description: format!("When to use {id}."),
        parts: Parts {
            context: context.into(),
            invite: "I'd be glad to connect here".into(),
            next_step: "Coffee next time you are in {city}?".into(),
        },
        fields: std::collections::BTreeMap::new(),
        placeholders: vec![Placeholder {
            name: "event".into(),
            prompt: "Where did you meet?".into(),
            example: "RustConf".into(),
        }],
        source: Source::Builtin,
    }
}

pub(crate) fn init() -> Init {
    Init {
        sender: Some("Tom".into()),
        templates: vec![
            template(
                "met-at-event",
                Scenario::Acquaintance,
                "We met at {event}, {name}",
            ),
            template(
                "shared-course",
                Scenario::Acquaintance,
                "We took the {course} course together",
            ),
            template(
                "their-talk",
                Scenario::Stranger,
                "Your talk on {topic} stayed with me",
            ),
        ],
        now: 1_000_000,
        ..Init::default()
    }
}

/// A composer on the picker, 100×30, without colours.
pub(crate) fn app() -> App {
    App::new(init(), Theme::new(false), (100, 30))
}

/// A composer with `scenario` chosen.
pub(crate) fn composer(scenario: Scenario) -> App {
    let mut app = app();
    update(&mut app, Action::ChooseScenario(scenario));
    app
}

pub(crate) fn press(app: &mut App, code: KeyCode, mods: KeyModifiers) -> Vec<Effect> {
    match map_key(app, KeyEvent::new(code, mods)) {
        Some(action) => update(app, action),
        None => Vec::new(),
    }
}

pub(crate) fn key(app: &mut App, code: KeyCode) -> Vec<Effect> {
    press(app, code, KeyModifiers::NONE)
}

pub(crate) fn ctrl(app: &mut App, c: char) -> Vec<Effect> {
    press(app, KeyCode::Char(c), KeyModifiers::CONTROL)
}

pub(crate) fn type_text(app: &mut App, text: &str) {
    for c in text.chars() {
        key(app, KeyCode::Char(c));
    }
}

/// Types one value per field, moving on with Enter.
pub(crate) fn fill(app: &mut App, to: &str, context: &str, invite: &str, next: &str) {
    fill_fields(app, &[to, context, invite, next]);
}

/// Types one value per field from the top, moving on with Enter: any
/// kind's fields.
pub(crate) fn fill_fields(app: &mut App, values: &[&str]) {
    for (i, value) in values.iter().enumerate() {
        if i > 0 {
            key(app, KeyCode::Enter);
        }
        type_text(app, value);
    }
}

/// The frame `app` draws at `width` × `height`, after the resize reaches
/// it: what the snapshot tests compare.
pub(crate) fn render(app: &mut App, width: u16, height: u16) -> String {
    update(app, Action::Resize(width, height));
    let mut terminal = ratatui::Terminal::new(ratatui::backend::TestBackend::new(width, height))
        .expect("a test terminal");
    terminal
        .draw(|f| f.render_widget(&crate::tui::ui::Root(app), f.area()))
        .expect("a test frame");
    terminal.backend().to_string()
}
