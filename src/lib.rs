//! connote: compose LinkedIn connection notes that get accepted.
//!
//! The library holds everything that works without a terminal (the note
//! model, counting, the lint engine, templates, config, drafts and
//! the outcomes of sent notes) and the
//! two front ends built on it: the command line ([`cli`]) and the
//! interactive composer ([`tui`]). The binary only parses arguments and
//! dispatches, so tests and benchmarks exercise the same code as users.
//!
//! The front ends sit behind the default features `cli` and `tui`, so
//! `cargo check --lib --no-default-features` proves the core needs no
//! terminal crate.

#[cfg(feature = "cli")]
pub mod cli;
pub mod clock;
pub mod exit;
pub mod library;
pub mod lint;
pub mod note;
pub mod outcomes;
pub(crate) mod scan;
pub mod store;
pub(crate) mod suggest;
#[cfg(feature = "tui")]
pub mod tui;
pub mod wrap;
