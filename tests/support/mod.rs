//! Runs the built `connote` binary in a sandbox: config and data live in a
//! temporary directory, so the user's own files are never read. [`tmux`]
//! does the same for the composer, in a real terminal.

#![allow(dead_code)]

pub mod tmux;
pub mod x11;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// What a run of the binary produced.
#[derive(Debug)]
pub struct Output {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Output {
    /// The stdout parsed as JSON.
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.stdout)
            .unwrap_or_else(|e| panic!("stdout is not JSON ({e}):\n{}", self.stdout))
    }

    /// Asserts a usage error: exit 2, nothing on stdout, exactly `line` on stderr.
    pub fn assert_usage_error(&self, line: &str) {
        assert_eq!(self.code, 2, "{self:?}");
        assert_eq!(self.stdout, "", "{self:?}");
        assert_eq!(self.stderr, format!("connote: {line}\n"), "{self:?}");
    }
}

/// A temporary home for one test.
pub struct Sandbox {
    dir: tempfile::TempDir,
}

impl Sandbox {
    pub fn new() -> Self {
        Sandbox {
            dir: tempfile::tempdir().expect("temp dir"),
        }
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// Writes `bytes` to `name` inside the sandbox and returns its path.
    pub fn write(&self, name: &str, bytes: impl AsRef<[u8]>) -> PathBuf {
        let path = self.path(name);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).expect("mkdir");
        }
        std::fs::write(&path, bytes).expect("write");
        path
    }

    /// The config file the binary reads by default.
    pub fn config_file(&self) -> PathBuf {
        self.path("config/connote/config.json")
    }

    /// Writes a config that turns off every rule but `keep`, so output
    /// stays the same whatever rules are added later.
    pub fn only_rules(&self, keep: &[&str], extra: &str) {
        let off: Vec<String> = connote::lint::rules()
            .iter()
            .map(|r| r.id())
            .filter(|id| !keep.contains(id))
            .map(|id| format!("\"{id}\": \"off\""))
            .collect();
        let comma = if extra.is_empty() { "" } else { ", " };
        let json = format!("{{\"rules\": {{{}}}{comma}{extra}}}", off.join(", "));
        self.write("config/connote/config.json", json);
    }

    /// The binary with a clean environment pointing at the sandbox.
    pub fn command(&self) -> Command {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_connote"));
        cmd.current_dir(self.dir.path())
            .env("HOME", self.dir.path())
            .env("XDG_CONFIG_HOME", self.path("config"))
            .env("XDG_DATA_HOME", self.path("data"))
            .env_remove("NO_COLOR")
            .env_remove("CLICOLOR_FORCE");
        cmd
    }

    /// Runs `connote ARGS` with `stdin`.
    pub fn run(&self, args: &[&str], stdin: impl AsRef<[u8]>) -> Output {
        run_with(self.command().args(args), stdin.as_ref())
    }

    pub fn dir(&self) -> &Path {
        self.dir.path()
    }
}

/// Runs a prepared command with `stdin`.
pub fn run_with(cmd: &mut Command, stdin: &[u8]) -> Output {
    let mut child = cmd
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn connote");
    let mut pipe = child.stdin.take().expect("stdin");
    let input = stdin.to_vec();
    let writer = std::thread::spawn(move || {
        // The binary may exit before reading everything; that is not a failure here.
        let _ = pipe.write_all(&input);
    });
    let out = child.wait_with_output().expect("wait");
    writer.join().expect("stdin writer");
    Output {
        code: out.status.code().expect("exit code"),
        stdout: String::from_utf8(out.stdout).expect("stdout is UTF-8"),
        stderr: String::from_utf8(out.stderr).expect("stderr is UTF-8"),
    }
}
