//! Copying the note: OSC 52 through the terminal and the system clipboard,
//! as the config's `clipboard` mode asks. Every outcome is reported.
//!
//! OSC 52 is an escape sequence the terminal turns into a clipboard write;
//! it works over SSH, and inside tmux when tmux has `set-clipboard on`
//! (tmux then keeps the text in its paste buffer and forwards it to the
//! outer terminal). The terminal never says whether it obeyed, so the
//! status line says the sequence was *sent*.
//!
//! The system clipboard goes through arboard. On X11 and Wayland the
//! clipboard is served by the process that set it, so the text would vanish
//! when connote exits. connote keeps its arboard handle for the whole
//! session, and on exit hands the text to the helper in
//! [`super::clipboard_hold`].

use std::io::Write;

use base64::Engine;

use crate::store::ClipboardMode;

/// The OSC 52 sequence that asks the terminal to put `text` on the clipboard.
pub fn osc52(text: &str) -> String {
    let data = base64::engine::general_purpose::STANDARD.encode(text);
    format!("\u{1b}]52;c;{data}\u{7}")
}

/// What happened when copying.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outcome {
    /// OSC 52: `None` when not tried, else sent or the error.
    pub osc52: Option<Result<(), String>>,
    /// The system clipboard: `None` when not tried, else done or the error.
    pub system: Option<Result<(), String>>,
    /// Characters copied, counted as LinkedIn does.
    pub chars: usize,
}

impl Outcome {
    /// Whether any route worked.
    pub fn ok(&self) -> bool {
        [&self.osc52, &self.system]
            .into_iter()
            .any(|r| matches!(r, Some(Ok(()))))
    }

    /// The status-line message: which route worked, how many characters,
    /// and what failed.
    pub fn message(&self) -> String {
        let mut worked = Vec::new();
        let mut failed = Vec::new();
        if let Some(r) = &self.osc52 {
            match r {
                Ok(()) => worked.push("OSC 52 (terminal)".to_string()),
                Err(e) => failed.push(format!("OSC 52 failed: {e}")),
            }
        }
        if let Some(r) = &self.system {
            match r {
                Ok(()) => worked.push("the system clipboard".to_string()),
                Err(e) => failed.push(format!("system clipboard unavailable: {e}")),
            }
        }
        let mut msg = if worked.is_empty() && failed.is_empty() {
            "Not copied: clipboard is off in the config (the note is printed to stdout on exit when piped)".to_string()
        } else if worked.is_empty() {
            format!("Not copied: {}", failed.join("; "))
        } else {
            format!(
                "Copied {} via {}",
                crate::note::characters(self.chars),
                worked.join(" and ")
            )
        };
        if !worked.is_empty() && !failed.is_empty() {
            msg = format!("{msg}; {}", failed.join("; "));
        }
        msg
    }
}

/// The session's clipboard: the mode, and the system clipboard handle kept
/// alive so the copied text stays available while connote runs.
pub struct Clipboard {
    mode: ClipboardMode,
    system: Option<arboard::Clipboard>,
    last_system: Option<String>,
}

impl Clipboard {
    /// A clipboard for `mode`; the system clipboard is opened on first copy
    /// so that starting connote never waits for it.
    pub fn new(mode: ClipboardMode) -> Clipboard {
        Clipboard {
            mode,
            system: None,
            last_system: None,
        }
    }

    /// Copies `text` by the configured routes; `terminal` receives OSC 52.
    pub fn copy(&mut self, text: &str, terminal: &mut impl Write) -> Outcome {
        let (use_osc, use_system) = match self.mode {
            ClipboardMode::Auto => (true, true),
            ClipboardMode::Osc52 => (true, false),
            ClipboardMode::System => (false, true),
            ClipboardMode::Off => (false, false),
        };
        let osc52 = use_osc.then(|| {
            terminal
                .write_all(osc52(text).as_bytes())
                .and_then(|()| terminal.flush())
                .map_err(|e| e.to_string())
        });
        let system = use_system.then(|| self.copy_system(text));
        Outcome {
            osc52,
            system,
            chars: text.encode_utf16().count(),
        }
    }

    fn copy_system(&mut self, text: &str) -> Result<(), String> {
        if self.system.is_none() {
            self.system = Some(arboard::Clipboard::new().map_err(|e| open_error(&e))?);
        }
        let clipboard = self.system.as_mut().ok_or("no clipboard")?;
        clipboard.set_text(text).map_err(|e| short(&e))?;
        self.last_system = Some(text.to_string());
        Ok(())
    }

    /// Called on exit: keeps the last copied text on the clipboard after
    /// connote is gone, where the platform needs that (X11, Wayland).
    pub fn hand_off(&mut self) {
        let Some(text) = self.last_system.take() else {
            return;
        };
        if !cfg!(any(
            target_os = "linux",
            target_os = "freebsd",
            target_os = "openbsd"
        )) {
            return;
        }
        // Only if the clipboard still holds our text: never overwrite what
        // the user copied elsewhere since.
        let ours = self
            .system
            .as_mut()
            .and_then(|c| c.get_text().ok())
            .is_some_and(|t| t == text);
        if ours {
            super::clipboard_hold::spawn(&text);
        }
    }
}

/// arboard's errors are long; the first line, without its generic prefix,
/// is enough for a status line.
fn short(e: &arboard::Error) -> String {
    let text = e.to_string();
    let line = text.lines().next().unwrap_or("unknown error");
    line.strip_prefix("Unknown error while interacting with the clipboard: ")
        .unwrap_or(line)
        .to_string()
}

/// Why the system clipboard could not be opened. Without `DISPLAY` arboard
/// says its X11 connection "timed out", which sends the user looking in
/// the wrong place; the real cause fits the status line of an 80-column
/// terminal. (Wayland sessions reach arboard through XWayland's `DISPLAY`.)
fn open_error(e: &arboard::Error) -> String {
    let unix_desktop = cfg!(any(
        target_os = "linux",
        target_os = "freebsd",
        target_os = "openbsd"
    ));
    if unix_desktop && std::env::var_os("DISPLAY").is_none_or(|d| d.is_empty()) {
        return "DISPLAY is not set".to_string();
    }
    short(e)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn osc52_is_base64_of_the_text() {
        assert_eq!(osc52("hi"), "\u{1b}]52;c;aGk=\u{7}");
    }

    #[test]
    fn osc52_mode_writes_the_sequence_and_reports_it() {
        let mut clip = Clipboard::new(ClipboardMode::Osc52);
        let mut out = Vec::new();
        let outcome = clip.copy("Hi Ana 🙂", &mut out);
        assert_eq!(out, osc52("Hi Ana 🙂").into_bytes());
        assert!(outcome.ok());
        assert_eq!(outcome.chars, 9);
        assert_eq!(
            outcome.message(),
            "Copied 9 characters via OSC 52 (terminal)"
        );
    }

    #[test]
    fn one_character_is_singular() {
        let mut clip = Clipboard::new(ClipboardMode::Osc52);
        let outcome = clip.copy("A", &mut Vec::new());
        assert_eq!(
            outcome.message(),
            "Copied 1 character via OSC 52 (terminal)"
        );
    }

    #[test]
    fn off_mode_says_so() {
        let mut clip = Clipboard::new(ClipboardMode::Off);
        let mut out = Vec::new();
        let outcome = clip.copy("x", &mut out);
        assert!(out.is_empty());
        assert!(!outcome.ok());
        assert!(outcome.message().starts_with("Not copied"));
    }

    #[test]
    fn arboard_errors_lose_their_generic_prefix() {
        let e = arboard::Error::Unknown {
            description: "X11 server connection timed out".into(),
        };
        assert_eq!(short(&e), "X11 server connection timed out");
    }

    #[test]
    fn partial_failure_is_named() {
        let outcome = Outcome {
            osc52: Some(Ok(())),
            system: Some(Err("no display".into())),
            chars: 12,
        };
        assert_eq!(
            outcome.message(),
            "Copied 12 characters via OSC 52 (terminal); system clipboard unavailable: no display"
        );
        let failed = Outcome {
            osc52: None,
            system: Some(Err("no display".into())),
            chars: 12,
        };
        assert!(!failed.ok());
        assert!(failed.message().contains("no display"));
    }
}
