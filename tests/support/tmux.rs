//! The built `connote` in a real terminal: a private tmux server with one
//! pane, driven by keys and observed through `capture-pane`. Every wait is
//! for a condition, bounded by `CONNOTE_E2E_TIMEOUT` seconds (default 15).

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::{Duration, Instant};

/// How long any wait may take: `CONNOTE_E2E_TIMEOUT` seconds, default 15,
/// so a slow CI machine can be given more without touching the tests.
pub fn timeout() -> Duration {
    let secs = std::env::var("CONNOTE_E2E_TIMEOUT")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(15);
    Duration::from_secs(secs)
}

/// Polls `cond` until it holds; panics after [`timeout`] with `what` and
/// whatever `context` shows of the state at that moment.
pub fn wait_for(what: &str, mut cond: impl FnMut() -> bool, context: impl Fn() -> String) {
    let end = Instant::now() + timeout();
    while !cond() {
        assert!(
            Instant::now() < end,
            "timed out waiting for {what}; {}",
            context()
        );
        std::thread::sleep(Duration::from_millis(40));
    }
}

/// Whether tmux is installed; says on stderr that the test is skipped if not.
pub fn have_tmux() -> bool {
    let found = Command::new("tmux")
        .arg("-V")
        .output()
        .is_ok_and(|o| o.status.success());
    if !found {
        eprintln!("SKIPPED: tmux is not installed; the end-to-end composer tests need it");
    }
    found
}

/// A private tmux server with one pane running connote in temp XDG dirs.
/// The server's socket lives in the same temporary directory, so nothing
/// is left in the shared tmux socket directory, even when a test fails.
pub struct Tmux {
    socket: PathBuf,
    home: tempfile::TempDir,
    /// Another session's home, when this one shares it.
    shared: Option<PathBuf>,
    env: Vec<(String, String)>,
    first_run: bool,
}

impl Tmux {
    pub fn new() -> Tmux {
        let home = tempfile::tempdir().expect("temp dir");
        Tmux {
            socket: home.path().join("tmux.sock"),
            home,
            shared: None,
            env: Vec::new(),
            first_run: false,
        }
    }

    /// A second terminal on its own tmux server whose connote uses the
    /// same config and data as `other`'s: two composers on one machine.
    pub fn sharing(other: &Tmux) -> Tmux {
        let mut t = Tmux::new();
        t.shared = Some(other.home().to_path_buf());
        t
    }

    /// `tmux` talking to this test's private server.
    fn command(&self) -> Command {
        let mut cmd = Command::new("tmux");
        cmd.arg("-S").arg(&self.socket).args(["-f", "/dev/null"]);
        cmd
    }

    /// Sets `name=value` for connote (by default it runs without `DISPLAY`
    /// and `WAYLAND_DISPLAY`, so no test touches the user's clipboard).
    pub fn env(&mut self, name: &str, value: &str) {
        self.env.push((name.to_string(), value.to_string()));
    }

    /// Leaves connote's first-run question for the user's name to the
    /// test. Otherwise a start without a configured sender answers it with
    /// `Esc` (skip), so a test about something else starts on the picker.
    pub fn first_run(&mut self) {
        self.first_run = true;
    }

    pub fn home(&self) -> &Path {
        self.shared.as_deref().unwrap_or(self.home.path())
    }

    pub fn config_dir(&self) -> PathBuf {
        self.home.path().join("config/connote")
    }

    pub fn drafts_dir(&self) -> PathBuf {
        self.home.path().join("data/connote/drafts")
    }

    /// The contents of every saved draft, in no particular order.
    pub fn drafts(&self) -> Vec<String> {
        std::fs::read_dir(self.drafts_dir())
            .map(|d| {
                d.flatten()
                    .filter(|e| e.path().extension().is_some_and(|x| x == "json"))
                    .filter_map(|e| std::fs::read_to_string(e.path()).ok())
                    .collect()
            })
            .unwrap_or_default()
    }

    pub fn write_config(&self, json: &str) {
        std::fs::create_dir_all(self.config_dir()).expect("mkdir config");
        std::fs::write(self.config_dir().join("config.json"), json).expect("write config");
    }

    pub fn tmux(&self, args: &[&str]) -> Output {
        self.command().args(args).output().expect("run tmux")
    }

    pub fn out(&self, args: &[&str]) -> String {
        String::from_utf8_lossy(&self.tmux(args).stdout)
            .trim_end()
            .to_string()
    }

    /// The shell words that run connote in the sandbox, then `redirect`.
    fn connote(&self, redirect: &str) -> String {
        let h = self.home().display();
        let extra: Vec<String> = self.env.iter().map(|(k, v)| format!("{k}='{v}'")).collect();
        let extra = extra.join(" ");
        format!(
            "env -u DISPLAY -u WAYLAND_DISPLAY XDG_CONFIG_HOME={h}/config \
             XDG_DATA_HOME={h}/data HOME={h} TERM=xterm-256color {extra} {} {redirect}",
            env!("CARGO_BIN_EXE_connote")
        )
    }

    /// Starts connote (with `redirect`, e.g. `> file`) in a 100×30 pane.
    pub fn start(&self, redirect: &str) {
        self.launch(&format!("exec {}", self.connote(redirect)));
    }

    /// Starts connote in a shell that stays after it exits: prints
    /// `connote exited with N`, then reads commands, so a test can see the
    /// terminal as the user's shell finds it.
    pub fn start_in_shell(&self, redirect: &str) {
        let script = format!(
            "{}; echo \"connote exited with $?\"; PS1='$ ' exec sh",
            self.connote(redirect)
        );
        self.launch(&script);
    }

    fn launch(&self, script: &str) {
        let status = self
            .command()
            .args([
                "start-server",
                ";",
                "set",
                "-g",
                "remain-on-exit",
                "on",
                ";",
            ])
            .args(["set", "-g", "set-clipboard", "on", ";"])
            .args([
                "new-session",
                "-d",
                "-s",
                "t",
                "-x",
                "100",
                "-y",
                "30",
                "sh",
                "-c",
                script,
            ])
            .status()
            .expect("start tmux");
        assert!(status.success());
        let config = std::fs::read_to_string(self.config_dir().join("config.json"));
        if !self.first_run && !config.is_ok_and(|c| c.contains("\"sender\"")) {
            self.wait_text("What is your name?");
            self.keys(&["Escape"]);
            self.wait("the name prompt to close", |s| {
                !s.contains("What is your name?")
            });
        }
    }

    /// Runs connote again in the same pane, after it exited.
    pub fn restart(&self) {
        let cmd = format!("exec {}", self.connote(""));
        self.tmux(&["respawn-pane", "-k", "-t", "t", "sh", "-c", &cmd]);
    }

    pub fn screen(&self) -> String {
        self.out(&["capture-pane", "-p", "-t", "t"])
    }

    pub fn keys(&self, keys: &[&str]) {
        let mut args = vec!["send-keys", "-t", "t"];
        args.extend_from_slice(keys);
        self.tmux(&args);
    }

    pub fn text(&self, text: &str) {
        self.tmux(&["send-keys", "-t", "t", "-l", text]);
    }

    /// A tmux format variable of the pane, e.g. `alternate_on`.
    pub fn var(&self, name: &str) -> String {
        self.out(&["display-message", "-p", "-t", "t", &format!("#{{{name}}}")])
    }

    pub fn pid(&self) -> String {
        self.var("pane_pid")
    }

    /// The pid of connote when it runs under the shell of
    /// [`Tmux::start_in_shell`] (the pane's process is that shell).
    pub fn child_pid(&self) -> String {
        let pid = self.pid();
        let children = format!("/proc/{pid}/task/{pid}/children");
        let mut found = String::new();
        wait_for(
            "connote to start under the shell",
            || {
                found = std::fs::read_to_string(&children)
                    .unwrap_or_default()
                    .split_whitespace()
                    .next()
                    .unwrap_or_default()
                    .to_string();
                !found.is_empty()
            },
            || children.clone(),
        );
        found
    }

    /// Waits until `cond` holds for one capture of the screen; panics with
    /// the last capture if it never does. A capture may be a half-drawn
    /// frame, so `cond` is the whole assertion: nothing is returned to
    /// assert on afterwards.
    pub fn wait(&self, what: &str, cond: impl Fn(&str) -> bool) {
        let last = std::cell::RefCell::new(String::new());
        wait_for(
            what,
            || {
                let screen = self.screen();
                let holds = cond(&screen);
                *last.borrow_mut() = screen;
                holds
            },
            || format!("screen:\n{}", last.borrow()),
        );
    }

    /// Waits until the screen shows `needle`.
    pub fn wait_text(&self, needle: &str) {
        self.wait(&format!("{needle:?}"), |s| s.contains(needle));
    }

    /// Waits until any condition on the whole session holds.
    pub fn wait_until(&self, what: &str, cond: impl Fn() -> bool) {
        wait_for(what, cond, || format!("screen:\n{}", self.screen()));
    }

    pub fn wait_exit(&self) {
        self.wait_until("connote to exit", || self.var("pane_dead") == "1");
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        self.tmux(&["kill-server"]);
    }
}

/// Sends `signal` (`-TERM`, `-KILL`) to the process `pid`.
pub fn kill(signal: &str, pid: &str) {
    let sent = Command::new("kill").args([signal, pid]).status();
    assert!(sent.is_ok_and(|s| s.success()), "kill {signal} {pid}");
}
