//! Undo across fields: a template fills several fields at once, and one
//! `Ctrl-Z` in any of them takes it back from all of them.
//!
//! Each field keeps its own history; a [`Group`] remembers the id of the
//! step the change made in each field, so undo and redo find it there.

use super::app::App;
use super::field::Field;

/// One change made in several fields together.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Group {
    steps: Vec<(Field, u64)>,
}

/// Remembers the newest step of each of `fields` as one change.
pub fn record(app: &mut App, fields: &[Field]) {
    let steps: Vec<(Field, u64)> = fields
        .iter()
        .filter_map(|f| app.form.fields[f.index()].undo_top().map(|id| (*f, id)))
        .collect();
    app.form.group = (steps.len() > 1).then_some(Group { steps });
}

/// Undo (`undo`) or redo in `field`: when the step it would take is part
/// of the group, the group's step is taken in every field where it is
/// next. `false` when the key is the field's own business.
pub fn step(app: &mut App, field: Field, undo: bool) -> bool {
    let Some(group) = app.form.group.clone() else {
        return false;
    };
    let next = |app: &App, f: Field| {
        let editor = &app.form.fields[f.index()];
        if undo {
            editor.undo_top()
        } else {
            editor.redo_next()
        }
    };
    let on_top = group
        .steps
        .iter()
        .any(|(f, id)| *f == field && next(app, *f) == Some(*id));
    if !on_top {
        return false;
    }
    for (f, id) in &group.steps {
        if next(app, *f) == Some(*id) {
            let editor = &mut app.form.fields[f.index()];
            if undo {
                editor.undo();
            } else {
                editor.redo();
            }
        }
    }
    true
}
