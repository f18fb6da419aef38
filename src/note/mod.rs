//! The note itself: who it is for, which scenario it follows, its parts, how
//! they compose into the text a user pastes, and how LinkedIn counts it.

mod compose;
mod count;
pub mod greeting;
mod kind;
mod layout;
mod limit;
mod scenario;
mod tally;
#[cfg(test)]
pub(crate) mod testgen;

pub use compose::{INVITATION, Note, Parts, compose, compose_parts, compose_prefix};
pub use count::{Count, characters, count};
pub use kind::{FOLLOW_UP_SHORT, FORWARDABLE_LIMIT, FieldSpec, Kind, SUBJECT_LIMIT, UnknownKind};
pub use layout::{
    Composed, Layout, Origin, Role, Slot, Span, compose as compose_layout,
    compose_greeted as compose_layout_greeted,
};
pub use limit::{InvalidLimit, Limit};
pub use scenario::{Scenario, UnknownScenario};
pub use tally::{Measured, Tally, note_units};
