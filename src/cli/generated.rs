//! `connote completions SHELL` and `connote man`: files generated from the
//! command-line definition itself, so they can never drift from it.

use std::io::{ErrorKind, Write};
use std::process::ExitCode;

use clap::CommandFactory;
use clap_complete::Shell;

use super::Args;

/// Prints the completion script for `shell`.
pub fn completions(shell: Shell) -> ExitCode {
    let mut out = Vec::new();
    clap_complete::generate(shell, &mut Args::command(), "connote", &mut out);
    emit(&out)
}

/// Prints the manual page, in roff.
pub fn man() -> ExitCode {
    let mut out = Vec::new();
    match clap_mangen::Man::new(Args::command()).render(&mut out) {
        Ok(()) => emit(&out),
        Err(e) => super::usage_error(format!("cannot render the manual page: {e}")),
    }
}

/// Writes `bytes` to stdout: a closed pipe is a quiet success, any other
/// failed write an error with exit code 2.
fn emit(bytes: &[u8]) -> ExitCode {
    let mut stdout = std::io::stdout().lock();
    match stdout.write_all(bytes).and_then(|()| stdout.flush()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => super::usage_error(format!("cannot write to stdout: {e}")),
    }
}
