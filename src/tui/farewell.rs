//! What the composer says on its way out. A note that could not be saved
//! is never lost silently: it is printed with the reason, and the exit
//! status says so; a signal gives 128 + its number, as shells do.

use crate::exit::EXIT_USAGE;

/// How the composer ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ending<'a> {
    /// The note as it would be pasted, unless it is blank.
    pub note: Option<&'a str>,
    /// Why the last save failed, if it did.
    pub save_error: Option<&'a str>,
    /// Whether stdout is a pipe or a file (the note goes there).
    pub piped: bool,
    /// The signal that ended the composer, if one did.
    pub signal: Option<i32>,
}

/// What to print where, and the exit status.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Farewell {
    /// For stdout.
    pub stdout: Option<String>,
    /// For stderr (the terminal is restored by then).
    pub stderr: Option<String>,
    /// The exit status.
    pub code: u8,
}

/// Decides the last words for `ending`.
pub fn farewell(ending: &Ending<'_>) -> Farewell {
    let stdout = ending
        .note
        .filter(|_| ending.piped)
        .map(|n| format!("{n}\n"));
    let stderr = ending.save_error.map(|reason| match ending.note {
        Some(_) if ending.piped => {
            format!("connote: the draft was not saved ({reason}); the note is on stdout\n")
        }
        Some(note) => {
            format!("connote: the draft was not saved ({reason}); here is the note:\n{note}\n")
        }
        None => format!("connote: the draft was not saved ({reason})\n"),
    });
    let code = match (ending.signal, ending.save_error) {
        (Some(n), _) => u8::try_from(128 + n).unwrap_or(u8::MAX),
        (None, Some(_)) => EXIT_USAGE,
        (None, None) => 0,
    };
    Farewell {
        stdout,
        stderr,
        code,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ending(piped: bool, save_error: Option<&str>, signal: Option<i32>) -> Farewell {
        farewell(&Ending {
            note: Some("Hi Ana,\n– Tom"),
            save_error,
            piped,
            signal,
        })
    }

    #[test]
    fn a_clean_quit_is_silent_and_zero() {
        let f = ending(false, None, None);
        assert_eq!((f.stdout, f.stderr, f.code), (None, None, 0));
        let f = ending(true, None, None);
        assert_eq!(f.stdout.as_deref(), Some("Hi Ana,\n– Tom\n"));
        assert_eq!((f.stderr, f.code), (None, 0));
    }

    #[test]
    fn a_failed_save_prints_the_note_and_the_reason() {
        let f = ending(false, Some("Not a directory"), None);
        assert_eq!(
            f.stderr.as_deref(),
            Some(
                "connote: the draft was not saved (Not a directory); here is the note:\n\
                 Hi Ana,\n– Tom\n"
            )
        );
        assert_eq!((f.stdout, f.code), (None, 2));
        let f = ending(true, Some("disk full"), None);
        assert_eq!(f.stdout.as_deref(), Some("Hi Ana,\n– Tom\n"));
        assert!(
            f.stderr
                .is_some_and(|e| e.contains("(disk full); the note is on stdout"))
        );
    }

    #[test]
    fn a_signal_exits_with_128_plus_its_number() {
        assert_eq!(ending(false, None, Some(15)).code, 143);
        assert_eq!(ending(false, Some("gone"), Some(1)).code, 129);
    }
}
