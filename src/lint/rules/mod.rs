//! One file per lint rule. Adding a rule: a new file here and one line in
//! [`crate::lint::registry`].

pub mod duplicate_note;
pub mod empty_note;
pub mod over_limit;
