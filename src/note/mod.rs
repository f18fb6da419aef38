//! The note itself: who it is for, which scenario it follows, its parts, how
//! they compose into the text a user pastes, and how LinkedIn counts it.

mod compose;
mod count;
pub mod greeting;
mod limit;
mod scenario;
mod tally;
#[cfg(test)]
pub(crate) mod testgen;

#[cfg(feature = "tui")]
pub(crate) use compose::needs_stop;
pub use compose::{Note, Parts, compose, compose_parts, compose_prefix};
pub use count::{Count, characters, count};
pub use limit::{InvalidLimit, Limit};
pub use scenario::{Scenario, UnknownScenario};
pub use tally::{Measured, Tally, note_units};
