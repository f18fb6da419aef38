//! The fields of the form, their labels and the hints that tell a
//! first-time user what good input looks like for each kind of message and,
//! in an invitation, each scenario.
//!
//! A field is a position in its kind's list of fields ([`Kind::fields`]):
//! the recipient first, the sign-off last. The invitation's own fields
//! keep their names, for the code that fills them from templates.

use crate::note::{Kind, Scenario};

/// One input field of the composer: its position in the kind's fields.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Field(usize);

// The invitation's fields by name, as the enum they once were.
#[allow(non_upper_case_globals)]
impl Field {
    /// The recipient's name, used in the greeting: first in every kind.
    pub const To: Field = Field(0);
    /// An invitation's context: how you know them, or why them.
    pub const Context: Field = Field(1);
    /// An invitation's invite, in your own words.
    pub const Invite: Field = Field(2);
    /// An invitation's next step.
    pub const NextStep: Field = Field(3);
}

impl Field {
    /// The field at `index` of the kind's fields.
    pub const fn at(index: usize) -> Field {
        Field(index)
    }

    /// Every field of `kind`, top to bottom.
    pub fn all(kind: Kind) -> impl Iterator<Item = Field> {
        (0..kind.fields().len()).map(Field)
    }

    /// The sign-off, last in every kind.
    pub fn sign_off(kind: Kind) -> Field {
        Field(kind.fields().len() - 1)
    }

    /// The field with id `id` in `kind` (`thanks`, `subject`, …).
    pub fn by_id(kind: Kind, id: &str) -> Option<Field> {
        kind.field_index(id).map(Field)
    }

    /// Position in the kind's fields.
    pub fn index(self) -> usize {
        self.0
    }

    /// The field's id in files (`to`, `who_i_am`, `sign_off`).
    pub fn id(self, kind: Kind) -> &'static str {
        kind.fields().get(self.0).map_or("", |f| f.id)
    }

    /// The field below, or `None` after the last one.
    pub fn next(self, kind: Kind) -> Option<Field> {
        (self.0 + 1 < kind.fields().len()).then_some(Field(self.0 + 1))
    }

    /// The field above, or `None` before the first one.
    pub fn prev(self) -> Option<Field> {
        self.0.checked_sub(1).map(Field)
    }

    /// The label in the field's border.
    pub fn label(self, kind: Kind) -> &'static str {
        kind.fields().get(self.0).map_or("", |f| f.label)
    }

    /// The greyed-out hint shown while the field is empty: the kind's own,
    /// or for an invitation's parts the scenario's.
    pub fn hint(self, kind: Kind, scenario: Scenario) -> &'static str {
        if kind != Kind::Invitation {
            return kind.fields().get(self.0).map_or("", |f| f.hint);
        }
        match (self, scenario) {
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
            _ => kind.fields().get(self.0).map_or("", |f| f.hint),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn order_is_top_to_bottom_in_every_kind() {
        for kind in Kind::ALL {
            let all: Vec<Field> = Field::all(kind).collect();
            assert_eq!(all[0], Field::To);
            assert_eq!(all.last(), Some(&Field::sign_off(kind)));
            assert_eq!(Field::To.next(kind), Some(all[1]));
            assert_eq!(Field::sign_off(kind).next(kind), None);
            assert_eq!(Field::To.prev(), None);
            for (i, f) in all.iter().enumerate() {
                assert_eq!(f.index(), i);
            }
        }
        assert_eq!(Field::sign_off(Kind::Invitation), Field::at(4));
        assert_eq!(Field::sign_off(Kind::FollowUp), Field::at(5));
    }

    #[test]
    fn labels_and_hints_follow_the_kind() {
        assert_eq!(Field::Context.label(Kind::Invitation), "Context");
        assert_eq!(Field::at(1).label(Kind::FollowUp), "Thanks");
        assert_eq!(Field::at(1).label(Kind::PermissionAsk), "Subject");
        assert_eq!(
            Field::by_id(Kind::IntroductionRequest, "blurb"),
            Some(Field::at(3))
        );
        let hints: std::collections::HashSet<_> = Scenario::ALL
            .into_iter()
            .map(|s| Field::Context.hint(Kind::Invitation, s))
            .collect();
        assert_eq!(hints.len(), 3);
        // The other kinds' hints are their own, whatever the scenario.
        let thanks = Field::at(1).hint(Kind::FollowUp, Scenario::Close);
        assert_eq!(
            thanks,
            Field::at(1).hint(Kind::FollowUp, Scenario::Stranger)
        );
        assert!(thanks.contains("thank"), "{thanks}");
    }
}
