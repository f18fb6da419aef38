//! What the composer learns about the user and keeps in the config: their
//! name, asked once when no `sender` is set, and the greeting word, cycled
//! with `Ctrl-G`. Both are saved by the runtime ([`Effect::SaveSetting`]).

use super::app::{App, Overlay};
use super::field::Field;
use super::update::Effect;
use crate::note::greeting;

/// The longest name the prompt takes, in chars.
const MAX_NAME: usize = 80;

/// Typing in the name prompt: `NamePush`, `NamePop` and `NameDone`.
pub fn name_key(app: &mut App, push: Option<char>, done: bool) -> Vec<Effect> {
    let Some(Overlay::Name(name)) = &mut app.ui.overlay else {
        return Vec::new();
    };
    if done {
        let typed = name.split_whitespace().collect::<Vec<_>>().join(" ");
        if typed.is_empty() {
            app.info("Type your name, or Esc to go on without one");
            return Vec::new();
        }
        app.ui.overlay = None;
        return use_name(app, typed);
    }
    match push {
        // Control characters never reach the name, the config or the screen.
        Some(c) if !c.is_control() && name.chars().count() < MAX_NAME => name.push(c),
        Some(_) => {}
        None => {
            name.pop();
        }
    }
    Vec::new()
}

/// Pasted text in the name prompt, cleaned like typing.
pub fn paste_name(app: &mut App, text: &str) {
    for c in text.chars() {
        let c = if c.is_whitespace() { ' ' } else { c };
        name_key(app, Some(c), false);
    }
}

/// Signs with `name` from now on and asks the runtime to save it.
fn use_name(app: &mut App, name: String) -> Vec<Effect> {
    let sign_off = &mut app.form.fields[Field::sign_off(app.form.kind).index()];
    if sign_off.is_blank() {
        sign_off.set_text(&name);
    }
    app.sender = Some(name.clone());
    app.refresh();
    vec![Effect::SaveSetting {
        key: "sender",
        value: name,
    }]
}

/// `Ctrl-G`: the next greeting word, used at once and saved.
pub fn cycle_greeting(app: &mut App) -> Vec<Effect> {
    app.greeting = greeting::next_word(&app.greeting).to_string();
    app.refresh();
    let value = if app.greeting.is_empty() {
        greeting::NONE.to_string()
    } else {
        app.greeting.clone()
    };
    vec![Effect::SaveSetting {
        key: "greeting",
        value,
    }]
}

/// What the status line says once a setting was saved.
pub fn saved_message(key: &str, value: &str, path: &std::path::Path) -> String {
    match key {
        "sender" => format!(
            "Notes are signed “{value}”; saved as `sender` in {}",
            path.display()
        ),
        _ => format!("Greeting: {value} (saved in {})", path.display()),
    }
}
