//! A file-size limit (`ulimit -f`) makes a write fail; it must not kill the
//! process with SIGXFSZ. The command reports the failed write like any
//! other: status 2 and one line on stderr.

#![allow(clippy::unwrap_used)] // test helpers: a failure here is a test failure

mod support;

use std::process::Command;

use support::Sandbox;

#[test]
fn a_file_size_limit_is_a_write_error_not_a_kill() {
    let sb = Sandbox::new();
    let out_file = sb.path("out.txt");
    let out = Command::new("sh")
        .arg("-c")
        .arg("ulimit -f 0 && exec \"$0\" templates > \"$1\"")
        .arg(env!("CARGO_BIN_EXE_connote"))
        .arg(&out_file)
        .env("HOME", sb.dir())
        .env("XDG_CONFIG_HOME", sb.path("config"))
        .env("XDG_DATA_HOME", sb.path("data"))
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "stderr: {stderr}");
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(stderr.starts_with("connote: "), "{stderr}");
}
