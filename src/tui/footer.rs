//! Which key hints the footer has room for. `F1 help` and quit always
//! show; the other keys of the moment follow in keymap order (the keys the
//! focus needs first) as far as the width allows. `Enter fix` shows only
//! when the selected finding has a fix.

use unicode_width::UnicodeWidthStr;

use super::app::{App, Focus};
use super::keymap;

/// The `(keys, what)` hints that fit in `width` columns, pinned ones last.
pub fn fitting(app: &App, width: usize) -> Vec<(&'static str, &'static str)> {
    let hints: Vec<(&str, &str)> = keymap::footer(app)
        .into_iter()
        .filter_map(|hint| adjusted(app, hint))
        .collect();
    let pinned = |(_, what): &(&str, &str)| matches!(*what, "help" | "quit");
    let cost = |(key, what): &(&str, &str)| key.width() + what.width() + 3;
    let (last, rest): (Vec<_>, Vec<_>) = hints.into_iter().partition(pinned);
    let mut room = width.saturating_sub(last.iter().map(cost).sum());
    let mut out = Vec::new();
    for hint in rest {
        let c = cost(&hint);
        if c > room {
            break;
        }
        room -= c;
        out.push(hint);
    }
    out.extend(last);
    out
}

/// The lint pane's `Enter` says what it does to the selected finding, and
/// is left out when it would do nothing.
fn adjusted(app: &App, hint: (&'static str, &'static str)) -> Option<(&'static str, &'static str)> {
    if hint != ("Enter", "fix") || app.ui.overlay.is_some() || app.ui.focus != Focus::Lint {
        return Some(hint);
    }
    let d = app.derived.report.diagnostics.get(app.ui.lint_selected)?;
    if d.fix.is_some() {
        Some(hint)
    } else if d.rule == "placeholder" && app.form.free.is_none() {
        Some(("Enter", "go to gap"))
    } else {
        None
    }
}
