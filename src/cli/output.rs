//! Writing to stdout and stderr without trusting either to work, and
//! without letting data write to the terminal.
//!
//! A closed pipe (`connote drafts | head -1`) means the reader has what it
//! wanted: the command stops quietly with status 0. Any other failed write
//! (a full disk, `>/dev/full`) stops it with status 2 and one line on
//! stderr. Text from files and the environment may hold escape sequences,
//! so what reaches a terminal has its control characters shown as
//! `<U+001B>`, as `connote lint` shows them.

use std::fmt::Write as _;
use std::io::{self, Write};
use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, Ordering};

use super::EXIT_USAGE;
use super::lint::visible;

/// Set when a write to stderr failed, so the command cannot end in success.
static STDERR_FAILED: AtomicBool = AtomicBool::new(false);

/// Writes `text` to stdout and flushes it. On failure, the exit code to
/// stop with: 0 for a closed pipe, else 2 after saying why on stderr.
pub(crate) fn stdout(text: &str) -> Result<(), ExitCode> {
    let mut out = io::stdout().lock();
    finish(out.write_all(text.as_bytes()).and_then(|()| out.flush()))
}

/// Turns the result of writing a command's output into how it ends:
/// `Ok` to carry on, or the exit code of [`stdout`].
pub(crate) fn finish(written: io::Result<()>) -> Result<(), ExitCode> {
    match written {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Err(ExitCode::SUCCESS),
        Err(e) => {
            stderr(&format!("connote: cannot write the output: {e}\n"));
            Err(ExitCode::from(EXIT_USAGE))
        }
    }
}

/// Writes `text` to stderr with every control and invisible character but
/// the line break shown as `<U+XXXX>`. Never panics: when stderr itself
/// fails there is nowhere left to say so, and [`exit_code`] makes the
/// command fail instead.
pub(crate) fn stderr(text: &str) {
    let shown = visible_lines(text);
    let mut err = io::stderr().lock();
    if err
        .write_all(shown.as_bytes())
        .and_then(|()| err.flush())
        .is_err()
    {
        STDERR_FAILED.store(true, Ordering::Relaxed);
    }
}

/// The exit code a command ends with: `code`, unless a message could not
/// be written to stderr, which is a failed write like any other.
pub(crate) fn exit_code(code: ExitCode) -> ExitCode {
    if STDERR_FAILED.load(Ordering::Relaxed) {
        ExitCode::from(EXIT_USAGE)
    } else {
        code
    }
}

/// `text` with controls shown as `<U+XXXX>`, line by line, keeping the
/// line breaks: for data printed in lines of our own making.
pub(crate) fn visible_lines(text: &str) -> String {
    text.split('\n').map(visible).collect::<Vec<_>>().join("\n")
}

/// JSON text with every control and invisible character inside its
/// strings written as a `\uXXXX` escape. serde_json escapes only the C0
/// controls; this covers DEL, the C1 controls (a lone U+009B starts an
/// escape sequence in some terminals) and the bidi controls too. The
/// value is unchanged: only its spelling is.
pub(crate) fn json_safe(json: &str) -> String {
    let escaped = |ch: char| super::lint::is_hidden(ch) && !ch.is_ascii_whitespace();
    if !json.chars().any(escaped) {
        return json.to_string();
    }
    let mut out = String::with_capacity(json.len());
    for ch in json.chars() {
        if escaped(ch) {
            let mut units = [0u16; 2];
            for unit in ch.encode_utf16(&mut units) {
                // Writing to a String cannot fail.
                let _ = write!(out, "\\u{unit:04x}");
            }
        } else {
            out.push(ch);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_keep_their_breaks_and_lose_their_escapes() {
        assert_eq!(
            visible_lines("a\u{1b}[31mb\nc\u{202e}d"),
            "a<U+001B>[31mb\nc<U+202E>d"
        );
    }

    #[test]
    fn json_stays_the_same_value() {
        let value = serde_json::json!({"t": "x\u{9b}y\u{202e}z\u{7f}\u{200b} é"});
        let safe = json_safe(&serde_json::to_string_pretty(&value).unwrap());
        assert!(!safe.chars().any(|c| c.is_control() && c != '\n'), "{safe}");
        assert!(
            safe.contains("\\u009b") && safe.contains("\\u202e"),
            "{safe}"
        );
        let back: serde_json::Value = serde_json::from_str(&safe).unwrap();
        assert_eq!(back, value);
    }

    #[test]
    fn a_closed_pipe_is_success_and_other_failures_are_usage_errors() {
        assert_eq!(
            finish(Err(io::ErrorKind::BrokenPipe.into())),
            Err(ExitCode::SUCCESS)
        );
        assert_eq!(
            finish(Err(io::Error::other("disk full"))),
            Err(ExitCode::from(EXIT_USAGE))
        );
        assert_eq!(finish(Ok(())), Ok(()));
    }
}
