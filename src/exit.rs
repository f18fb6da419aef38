//! The process exit codes, shared by every front end so the command line
//! and the composer report the same kind of failure the same way.

/// Every note is clean enough, or the command did what was asked.
pub const EXIT_OK: u8 = 0;
/// A note has errors (or warnings with `--deny warnings`).
pub const EXIT_FINDINGS: u8 = 1;
/// Bad usage or unreadable input.
pub const EXIT_USAGE: u8 = 2;
