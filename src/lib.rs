//! connote: compose LinkedIn connection notes that get accepted.
//!
//! The library holds everything that works without a terminal (the note
//! model, counting, the lint engine, templates, config, drafts and
//! the outcomes of sent notes) and the
//! two front ends built on it: the command line ([`cli`]) and the
//! interactive composer ([`tui`]). The binary only parses arguments and
//! dispatches, so tests and benchmarks exercise the same code as users.

pub mod cli;
pub mod library;
pub mod lint;
pub mod note;
pub mod outcomes;
pub mod store;
pub mod tui;
