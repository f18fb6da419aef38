//! One draft, one composer. A composer that opens a draft holds a lock
//! file next to it, `.<id>.lock`, holding its process id; a second
//! composer finds the lock and works on a copy instead, so neither
//! overwrites the other. A lock whose process is gone (killed, crashed)
//! is stale and taken over.

use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use super::private;

/// A lock this process holds; the file goes when it is dropped.
#[derive(Debug)]
pub struct DraftLock {
    path: PathBuf,
}

/// What trying to lock a draft found.
#[derive(Debug)]
pub enum Locked {
    /// The lock is ours now.
    Mine(DraftLock),
    /// Another live process holds it: its id.
    Held(u32),
}

/// The lock file of draft `id` in the drafts directory `dir`.
pub fn lock_path(dir: &Path, id: &str) -> PathBuf {
    dir.join(format!(".{id}.lock"))
}

/// Takes the lock of draft `id`, or says which process holds it. A stale
/// lock (its process is gone) is replaced.
pub fn lock(dir: &Path, id: &str) -> io::Result<Locked> {
    let path = lock_path(dir, id);
    let me = std::process::id();
    for _ in 0..3 {
        match private::create_new(&path) {
            Ok(mut file) => {
                file.write_all(format!("{me}\n").as_bytes())?;
                return Ok(Locked::Mine(DraftLock { path }));
            }
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {}
            Err(e) => return Err(e),
        }
        match holder(&path) {
            Some(pid) if pid == me => return Ok(Locked::Mine(DraftLock { path })),
            Some(pid) if alive(pid) => return Ok(Locked::Held(pid)),
            // Stale, or being written this instant: clear it and try again.
            _ => match fs::remove_file(&path) {
                Ok(()) => {}
                Err(e) if e.kind() == io::ErrorKind::NotFound => {}
                Err(e) => return Err(e),
            },
        }
    }
    Err(io::Error::other(format!(
        "{}: the lock keeps changing hands",
        path.display()
    )))
}

/// The process id in a lock file, if it holds one.
fn holder(path: &Path) -> Option<u32> {
    fs::read_to_string(path).ok()?.trim().parse().ok()
}

/// Whether process `pid` is running.
fn alive(pid: u32) -> bool {
    let proc = Path::new("/proc");
    if proc.join("self").exists() {
        return proc.join(pid.to_string()).exists();
    }
    // Without /proc (macOS, the BSDs), ask kill(1) if a signal could be sent.
    std::process::Command::new("kill")
        .args(["-0", &pid.to_string()])
        .stderr(std::process::Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

impl Drop for DraftLock {
    fn drop(&mut self) {
        // Only our own lock is removed: a stale one may have been taken
        // over by another process meanwhile.
        if holder(&self.path) == Some(std::process::id()) {
            let _ = fs::remove_file(&self.path);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_lock_is_taken_released_and_refused_while_held() {
        let dir = tempfile::tempdir().expect("temp dir");
        let Ok(Locked::Mine(lock)) = super::lock(dir.path(), "a") else {
            panic!("a free draft is locked");
        };
        let path = lock_path(dir.path(), "a");
        assert_eq!(holder(&path), Some(std::process::id()));
        // A live other process (the test runner's parent shell is not
        // certain; pid 1 always runs) holds it: refused.
        fs::write(&path, "1\n").expect("write");
        assert!(matches!(super::lock(dir.path(), "a"), Ok(Locked::Held(1))));
        drop(lock);
        assert!(path.exists(), "someone else's lock is not removed");
        fs::remove_file(&path).expect("rm");
        let lock = super::lock(dir.path(), "a");
        drop(lock);
        assert!(!path.exists(), "released on drop");
    }

    #[test]
    fn a_stale_lock_is_taken_over() {
        let dir = tempfile::tempdir().expect("temp dir");
        let mut child = std::process::Command::new("true").spawn().expect("spawn");
        let dead = child.id();
        child.wait().expect("wait");
        fs::write(lock_path(dir.path(), "b"), format!("{dead}\n")).expect("write");
        assert!(matches!(super::lock(dir.path(), "b"), Ok(Locked::Mine(_))));
        fs::write(lock_path(dir.path(), "c"), "garbage").expect("write");
        assert!(matches!(super::lock(dir.path(), "c"), Ok(Locked::Mine(_))));
    }
}
