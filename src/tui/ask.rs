//! Questions the composer asks before text or a draft would be lost: leaving
//! free edit, a template over filled fields, deleting a draft. Nothing is
//! thrown away without one, and each says what would go.

use super::app::{App, Focus, Overlay};
use super::edits;
use super::field::Field;
use super::update::Effect;
use crate::note::Kind;

/// What the user is asked to confirm.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Ask {
    /// Return from free edit to the fields: the free text is dropped.
    LeaveFreeEdit,
    /// Apply the template `id`, replacing these filled fields and, when
    /// `free` is set, the free text.
    Template {
        /// The template's id (in the current scenario).
        id: String,
        /// Fields with text the template would replace.
        replaces: Vec<Field>,
        /// Whether the note is in free edit (its text would be dropped).
        free: bool,
    },
    /// Delete the draft `id` from disk.
    DeleteDraft {
        /// The draft's id.
        id: String,
        /// How the picker shows it.
        label: String,
    },
}

impl Ask {
    /// The window's title.
    pub fn title(&self) -> &'static str {
        match self {
            Ask::LeaveFreeEdit => "Return to the fields?",
            Ask::Template { .. } => "Replace your text?",
            Ask::DeleteDraft { .. } => "Delete this draft?",
        }
    }

    /// The question, saying exactly what would be lost.
    pub fn question(&self, app: &App) -> String {
        match self {
            Ask::LeaveFreeEdit => format!(
                "The note will be composed from the fields again and your free text is \
                 discarded: {}.",
                free_summary(app)
            ),
            Ask::Template { replaces, free, .. } => {
                let mut lost = Vec::new();
                if !replaces.is_empty() {
                    lost.push(format!("your {}", field_list(app.form.kind, replaces)));
                }
                if *free {
                    lost.push(format!("your free text ({})", free_summary(app)));
                }
                format!(
                    "The template replaces {}. Ctrl-Z in a field undoes the whole template.",
                    lost.join(" and ")
                )
            }
            Ask::DeleteDraft { label, .. } => {
                format!("{label}. The file is deleted and cannot be brought back.")
            }
        }
    }

    /// What `y` does, in a few words.
    pub fn yes(&self) -> &'static str {
        match self {
            Ask::LeaveFreeEdit => "discard free text",
            Ask::Template { .. } => "replace",
            Ask::DeleteDraft { .. } => "delete",
        }
    }

    /// What `n` does, in a few words.
    pub fn no(&self) -> &'static str {
        match self {
            Ask::LeaveFreeEdit => "keep editing freely",
            Ask::Template { .. } | Ask::DeleteDraft { .. } => "keep it",
        }
    }
}

/// `Context and Next step`, `Context, Invite and Next step`.
pub fn field_list(kind: Kind, fields: &[Field]) -> String {
    let names: Vec<&str> = fields.iter().map(|f| f.label(kind)).collect();
    match names.split_last() {
        Some((last, [])) => (*last).to_string(),
        Some((last, rest)) => format!("{} and {last}", rest.join(", ")),
        None => String::new(),
    }
}

/// `“Hi Ana, we met at…”, 212 characters`.
fn free_summary(app: &App) -> String {
    let Some(free) = app.form.free.as_ref() else {
        return String::new();
    };
    let text = free.text();
    let words: Vec<&str> = text.split_whitespace().take(6).collect();
    let more = text.split_whitespace().nth(6).is_some();
    let chars = text.chars().count();
    format!(
        "“{}{}”, {chars} character{}",
        words.join(" "),
        if more { "…" } else { "" },
        if chars == 1 { "" } else { "s" }
    )
}

/// Asks `ask`: the overlay takes the keys until `y` or `n`.
pub fn ask(app: &mut App, ask: Ask) {
    app.ui.overlay = Some(Overlay::Ask(ask));
}

/// The user said yes: do what was asked.
pub fn accept(app: &mut App) -> Vec<Effect> {
    let Some(Overlay::Ask(ask)) = app.ui.overlay.take() else {
        return Vec::new();
    };
    match ask {
        Ask::LeaveFreeEdit => {
            app.form.free = None;
            app.ui.focus = Focus::Field(Field::at(1));
            app.restyle();
            app.refresh();
            app.info("Back to the fields: the free text was discarded");
        }
        Ask::Template { id, .. } => edits::fill_template(app, &id),
        Ask::DeleteDraft { id, .. } => return vec![Effect::DeleteDraft(id)],
    }
    Vec::new()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_are_listed_as_a_sentence() {
        assert_eq!(field_list(Kind::Invitation, &[Field::Context]), "Context");
        assert_eq!(
            field_list(Kind::Invitation, &[Field::Context, Field::NextStep]),
            "Context and Next step"
        );
        assert_eq!(
            field_list(
                Kind::Invitation,
                &[Field::Context, Field::Invite, Field::NextStep]
            ),
            "Context, Invite and Next step"
        );
    }
}
