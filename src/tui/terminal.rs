//! Entering and leaving the terminal's composer mode, on every path out:
//! normal quit, panic (a hook), and SIGTERM/SIGHUP/SIGINT/SIGQUIT (the
//! signal's number in a flag the event loop checks). Drawing goes to
//! stderr so stdout stays free for the note.

use std::io::{self, Stderr, Write};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize};

use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use ratatui::crossterm::event::{
    DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture,
};
use ratatui::crossterm::terminal::{
    EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};
use ratatui::crossterm::{cursor, execute};

/// The terminal the composer draws on.
pub type Term = Terminal<CrosstermBackend<Stderr>>;

/// Raw mode, alternate screen, bracketed paste and mouse, on stderr.
pub fn init() -> io::Result<Term> {
    install_panic_hook();
    enable_raw_mode()?;
    let mut err = io::stderr();
    if let Err(e) = execute!(
        err,
        EnterAlternateScreen,
        EnableBracketedPaste,
        EnableMouseCapture
    ) {
        restore();
        return Err(e);
    }
    Terminal::new(CrosstermBackend::new(io::stderr()))
}

/// Puts the terminal back as it was. Safe to call more than once.
pub fn restore() {
    let mut err = io::stderr();
    let _ = execute!(
        err,
        DisableMouseCapture,
        DisableBracketedPaste,
        LeaveAlternateScreen,
        cursor::Show
    );
    let _ = disable_raw_mode();
    let _ = err.flush();
}

/// Restores the terminal before the default panic message is printed, so
/// the message is readable and the shell usable.
fn install_panic_hook() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore();
        previous(info);
    }));
}

/// Set to the number of the SIGTERM, SIGHUP, SIGINT or SIGQUIT that
/// arrived (0 until one does), for the event loop to check.
pub fn quit_signal() -> io::Result<Arc<AtomicUsize>> {
    let flag = Arc::new(AtomicUsize::new(0));
    #[cfg(unix)]
    for signal in [
        signal_hook::consts::SIGTERM,
        signal_hook::consts::SIGHUP,
        signal_hook::consts::SIGINT,
        signal_hook::consts::SIGQUIT,
    ] {
        let number = usize::try_from(signal).unwrap_or(0);
        signal_hook::flag::register_usize(signal, Arc::clone(&flag), number)?;
    }
    Ok(flag)
}

/// SIGXFSZ would kill the process at a file-size limit; with a handler
/// that only raises an unread flag, the write fails with `EFBIG` instead
/// and is reported like any failed write.
pub fn ignore_file_size_signal() {
    #[cfg(unix)]
    {
        // Registering can only fail for a forbidden signal, which this is not.
        let _ = signal_hook::flag::register(
            signal_hook::consts::SIGXFSZ,
            Arc::new(AtomicBool::new(false)),
        );
    }
}
