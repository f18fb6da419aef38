//! The five fields of the form, their labels and the hints that tell a
//! first-time user what good input looks like in each scenario.

use crate::note::Scenario;

/// One input field of the composer, in focus order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Field {
    /// The recipient's name, used in the greeting.
    To,
    /// How you know them, or why them.
    Context,
    /// The invitation in your own words.
    Invite,
    /// What happens next.
    NextStep,
    /// Your name, closing the note.
    SignOff,
}

impl Field {
    /// Every field, top to bottom.
    pub const ALL: [Field; 5] = [
        Field::To,
        Field::Context,
        Field::Invite,
        Field::NextStep,
        Field::SignOff,
    ];

    /// Position in [`Field::ALL`].
    pub fn index(self) -> usize {
        match self {
            Field::To => 0,
            Field::Context => 1,
            Field::Invite => 2,
            Field::NextStep => 3,
            Field::SignOff => 4,
        }
    }

    /// The field below, or `None` after the last one.
    pub fn next(self) -> Option<Field> {
        Field::ALL.get(self.index() + 1).copied()
    }

    /// The field above, or `None` before the first one.
    pub fn prev(self) -> Option<Field> {
        self.index().checked_sub(1).map(|i| Field::ALL[i])
    }

    /// The label in the field's border.
    pub fn label(self) -> &'static str {
        match self {
            Field::To => "To",
            Field::Context => "Context",
            Field::Invite => "Invite",
            Field::NextStep => "Next step",
            Field::SignOff => "Sign-off",
        }
    }

    /// The greyed-out hint shown while the field is empty.
    pub fn hint(self, scenario: Scenario) -> &'static str {
        match (self, scenario) {
            (Field::To, _) => "their first name, e.g. Priya",
            (Field::Context, Scenario::Close) => {
                "your latest exchange, or what made you think of them"
            }
            (Field::Context, Scenario::Acquaintance) => {
                "where, how and when you met: \"we talked after the Rust Paris meetup in May\""
            }
            (Field::Context, Scenario::Stranger) => {
                "why them: their talk, post or book (name it), a mutual contact, a shared group"
            }
            (Field::Invite, Scenario::Close) => "ask to connect here, warmly and briefly",
            (Field::Invite, Scenario::Acquaintance) => "ask to reconnect, in your own words",
            (Field::Invite, Scenario::Stranger) => {
                "what's in it for them, then ask to connect (no favour, no pitch)"
            }
            (Field::NextStep, Scenario::Close) => "coffee, a call, or a small favour",
            (Field::NextStep, Scenario::Acquaintance) => {
                "a concrete next step: coffee next time you're in town?"
            }
            (Field::NextStep, Scenario::Stranger) => {
                "leave the ball in their court: a question about their work"
            }
            (Field::SignOff, _) => "your name",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn order_is_top_to_bottom() {
        assert_eq!(Field::To.next(), Some(Field::Context));
        assert_eq!(Field::SignOff.next(), None);
        assert_eq!(Field::To.prev(), None);
        for f in Field::ALL {
            assert_eq!(Field::ALL[f.index()], f);
        }
    }

    #[test]
    fn hints_differ_by_scenario() {
        let hints: std::collections::HashSet<_> = Scenario::ALL
            .into_iter()
            .map(|s| Field::Context.hint(s))
            .collect();
        assert_eq!(hints.len(), 3);
    }
}
