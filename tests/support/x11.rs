//! A private X server (Xvfb) for clipboard tests, read and written with
//! xclip, and a way to find connote's clipboard helper among the processes.

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;

use super::tmux::timeout;

/// Whether Xvfb and xclip are installed; says on stderr that the test is
/// skipped if not.
pub fn have_x11_tools() -> bool {
    let missing: Vec<&str> = ["Xvfb", "xclip"]
        .into_iter()
        .filter(|tool| !on_path(tool))
        .collect();
    if !missing.is_empty() {
        let verb = if missing.len() == 1 { "is" } else { "are" };
        eprintln!(
            "SKIPPED: {} {verb} not installed; the X11 clipboard tests need Xvfb and xclip \
             (Debian: apt-get install xvfb xclip)",
            missing.join(" and ")
        );
    }
    missing.is_empty()
}

fn on_path(tool: &str) -> bool {
    std::env::var_os("PATH")
        .is_some_and(|path| std::env::split_paths(&path).any(|dir| dir.join(tool).is_file()))
}

/// An Xvfb server on a display number it picked itself; killed on drop.
pub struct Xvfb {
    child: Child,
    display: String,
}

impl Xvfb {
    /// Starts Xvfb and waits until it accepts connections. `-displayfd 1`
    /// makes it choose a free display and print the number on stdout once
    /// it is ready, so no number is guessed and no sleep is needed.
    /// `-noreset` keeps it from resetting when the last client leaves, as a
    /// real desktop (with its other clients) never does.
    pub fn start() -> Xvfb {
        let mut child = Command::new("Xvfb")
            .args(["-displayfd", "1", "-nolisten", "tcp", "-noreset"])
            .args(["-screen", "0", "640x480x24"])
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("start Xvfb");
        let stdout = child.stdout.take().expect("Xvfb stdout");
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            let mut line = String::new();
            let _ = BufReader::new(stdout).read_line(&mut line);
            let _ = tx.send(line);
        });
        let number = rx.recv_timeout(timeout()).unwrap_or_default();
        let number = number.trim();
        if number.is_empty() {
            let _ = child.kill();
            let _ = child.wait();
            panic!("Xvfb did not report a display within {:?}", timeout());
        }
        Xvfb {
            child,
            display: format!(":{number}"),
        }
    }

    /// The `DISPLAY` value, e.g. `:3`.
    pub fn display(&self) -> &str {
        &self.display
    }

    /// The clipboard's text, or `None` while nobody serves it.
    pub fn clipboard(&self) -> Option<String> {
        let out = Command::new("xclip")
            .args(["-selection", "clipboard", "-o"])
            .env("DISPLAY", &self.display)
            .stdin(Stdio::null())
            .stderr(Stdio::null())
            .output()
            .expect("run xclip -o");
        out.status
            .success()
            .then(|| String::from_utf8(out.stdout).expect("clipboard is UTF-8"))
    }

    /// Puts `text` on the clipboard as another program would. xclip forks
    /// a server that lives until the clipboard changes again or the X
    /// server goes; its output is not captured, or waiting on it would hang.
    pub fn copy_elsewhere(&self, text: &str) {
        use std::io::Write;
        let mut child = Command::new("xclip")
            .args(["-selection", "clipboard", "-i"])
            .env("DISPLAY", &self.display)
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("run xclip -i");
        let mut stdin = child.stdin.take().expect("xclip stdin");
        stdin.write_all(text.as_bytes()).expect("write to xclip");
        drop(stdin);
        assert!(child.wait().expect("wait for xclip").success());
    }
}

impl Drop for Xvfb {
    /// SIGTERM, so Xvfb removes its socket and lock file; SIGKILL if it
    /// has not gone within the timeout.
    fn drop(&mut self) {
        let pid = self.child.id().to_string();
        let _ = Command::new("kill").args(["-TERM", &pid]).status();
        let end = std::time::Instant::now() + timeout();
        while matches!(self.child.try_wait(), Ok(None)) {
            if std::time::Instant::now() >= end {
                let _ = self.child.kill();
                let _ = self.child.wait();
                return;
            }
            std::thread::sleep(std::time::Duration::from_millis(20));
        }
    }
}

/// Pids of live processes started with `CONNOTE_CLIPBOARD_HOLD` whose
/// `XDG_CONFIG_HOME` lies in `home`, i.e. the clipboard helpers of one
/// test's connote and no one else's. (A zombie's environment reads empty.)
pub fn clipboard_holders(home: &Path) -> Vec<u32> {
    let config = format!("XDG_CONFIG_HOME={}/config", home.display());
    let Ok(procs) = std::fs::read_dir("/proc") else {
        return Vec::new();
    };
    procs
        .flatten()
        .filter_map(|e| e.file_name().to_str()?.parse::<u32>().ok())
        .filter(|pid| {
            let Ok(environ) = std::fs::read(format!("/proc/{pid}/environ")) else {
                return false;
            };
            let vars: Vec<&[u8]> = environ.split(|&b| b == 0).collect();
            vars.contains(&b"CONNOTE_CLIPBOARD_HOLD=1".as_slice())
                && vars.contains(&config.as_bytes())
        })
        .collect()
}
