//! The helper that keeps the note on the X11/Wayland clipboard after
//! connote exits: there the clipboard is served by the process that set
//! it, so connote hands the text to a background copy of itself (started
//! with [`HOLD_ENV`] set, the text on stdin). The helper runs in its own
//! process group, so closing the terminal does not take it down, and exits
//! once the clipboard no longer holds its text: another program copied
//! something, or the display went away (the user logged out).

use std::process::ExitCode;
use std::time::Duration;

/// Set in the environment of the helper that keeps the clipboard alive.
pub const HOLD_ENV: &str = "CONNOTE_CLIPBOARD_HOLD";

/// How often the helper checks that it still owns the clipboard: rarely,
/// since it may run for hours and only a logout is noticed this way.
const POLL: Duration = Duration::from_secs(1);

/// Starts the helper with `text`. Best effort: connote is exiting, and
/// there is nowhere left to report a failure.
#[cfg(unix)]
pub fn spawn(text: &str) {
    use std::io::Write;
    use std::os::unix::process::CommandExt;
    use std::process::{Command, Stdio};
    let Ok(exe) = std::env::current_exe() else {
        return;
    };
    let child = Command::new(exe)
        .env(HOLD_ENV, "1")
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .process_group(0)
        .spawn();
    if let Ok(mut child) = child
        && let Some(mut stdin) = child.stdin.take()
    {
        let _ = stdin.write_all(text.as_bytes());
    }
}

/// No helper where the clipboard outlives the program that set it.
#[cfg(not(unix))]
pub fn spawn(_text: &str) {}

/// The helper's whole life: read the text from stdin, own the clipboard,
/// exit when it no longer holds the text.
///
/// arboard's `SetExtLinux::wait` returns as soon as another program takes
/// the clipboard, but never when the X server goes away (its serving
/// thread stops without waking the waiter), which would leave a helper
/// behind after every logout. So the wait runs on a thread, and the main
/// thread also checks every [`POLL`] that reading the clipboard back still
/// gives the text; while the helper owns it, arboard answers that from
/// memory, without a round trip to another program.
pub fn run() -> ExitCode {
    use std::io::Read;
    use std::sync::mpsc::{self, RecvTimeoutError};
    let mut text = String::new();
    if std::io::stdin().read_to_string(&mut text).is_err() {
        return ExitCode::FAILURE;
    }
    let (Ok(mut owner), Ok(mut probe)) = (arboard::Clipboard::new(), arboard::Clipboard::new())
    else {
        return ExitCode::FAILURE;
    };
    // Own the clipboard before the first check, so the check cannot see
    // connote's copy (still there while it exits) and take it for ours.
    // The waiting thread sets the same text again: arboard only waits
    // inside a set.
    if owner.set_text(text.as_str()).is_err() {
        return ExitCode::FAILURE;
    }
    let (replaced, wait) = mpsc::channel();
    let served = text.clone();
    std::thread::spawn(move || {
        wait_until_replaced(&mut owner, served);
        let _ = replaced.send(());
    });
    loop {
        match wait.recv_timeout(POLL) {
            Err(RecvTimeoutError::Timeout) => {}
            Ok(()) | Err(RecvTimeoutError::Disconnected) => return ExitCode::SUCCESS,
        }
        if probe.get_text().ok().as_deref() != Some(text.as_str()) {
            return ExitCode::SUCCESS;
        }
    }
}

/// Blocks until another program owns the clipboard (X11 and Wayland);
/// elsewhere the clipboard keeps the text by itself, and this returns.
fn wait_until_replaced(clipboard: &mut arboard::Clipboard, text: String) {
    #[cfg(any(target_os = "linux", target_os = "freebsd", target_os = "openbsd"))]
    {
        use arboard::SetExtLinux;
        let _ = clipboard.set().wait().text(text);
    }
    #[cfg(not(any(target_os = "linux", target_os = "freebsd", target_os = "openbsd")))]
    let _ = (clipboard, text);
}
