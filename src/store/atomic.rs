//! Writing files so that a crash leaves either the old or the new content,
//! never a mix, and moving unreadable files aside without losing a byte.

use std::fs::{self, File};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

/// Suffix of the temporary files [`write_atomic`] creates; readers skip them.
pub const TEMP_SUFFIX: &str = ".tmp";

/// Distinguishes temp files of threads in one process (the pid covers processes).
static TEMP_COUNTER: AtomicU64 = AtomicU64::new(0);

/// Replaces `path` with `bytes` atomically: a temp file in the same directory
/// (hidden, named with the pid and a counter so concurrent writers never share
/// one) is written and fsynced, renamed over `path`, and the directory is
/// fsynced so the rename itself survives a power loss. Creates the directory.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let dir = parent_dir(path);
    create_private_dir(dir)?;
    let temp = temp_path(path);
    let result = write_synced(&temp, bytes).and_then(|()| fs::rename(&temp, path));
    if result.is_err() {
        // Best effort: the temp file is garbage now, and the error is what matters.
        let _ = fs::remove_file(&temp);
    }
    result?;
    sync_dir(dir)
}

/// Like [`write_atomic`], for files that hold other people's names: the
/// file is created `0600`, and a missing directory `0700`.
pub fn write_atomic_private(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let dir = parent_dir(path);
    super::private::create_dir(dir)?;
    let temp = temp_path(path);
    let result = super::private::create_new(&temp)
        .and_then(|file| fill_synced(file, bytes))
        .and_then(|()| fs::rename(&temp, path));
    if result.is_err() {
        let _ = fs::remove_file(&temp);
    }
    result?;
    sync_dir(dir)
}

/// Like [`write_atomic`], but fails with `AlreadyExists` instead of
/// replacing a file that is there: the finished temp file is hard-linked
/// into place, which never clobbers (with a check-then-rename fallback on
/// file systems without hard links).
pub fn write_new_atomic(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let dir = parent_dir(path);
    create_private_dir(dir)?;
    let temp = temp_path(path);
    let result = write_synced(&temp, bytes).and_then(|()| match fs::hard_link(&temp, path) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => Err(e),
        Err(_) if path.exists() => Err(io::ErrorKind::AlreadyExists.into()),
        Err(_) => fs::rename(&temp, path),
    });
    // Gone already after a rename; after a link or a failure it is garbage.
    let _ = fs::remove_file(&temp);
    result?;
    sync_dir(dir)
}

/// True for the names [`write_atomic`] gives its temp files.
pub fn is_temp_name(name: &str) -> bool {
    name.starts_with('.') && name.ends_with(TEMP_SUFFIX)
}

/// Moves an unreadable file to `<name>.corrupt` (or `<name>.N.corrupt` when
/// that exists) and returns where it went. Never overwrites: the target is
/// claimed with a hard link, which fails if it exists, before the original
/// name is removed.
pub fn move_aside(path: &Path) -> io::Result<PathBuf> {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    for n in 1..10_000u32 {
        let target = if n == 1 {
            path.with_file_name(format!("{name}.corrupt"))
        } else {
            path.with_file_name(format!("{name}.{n}.corrupt"))
        };
        match fs::hard_link(path, &target) {
            Ok(()) => {
                fs::remove_file(path)?;
                sync_dir(parent_dir(path))?;
                return Ok(target);
            }
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {}
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Err(e),
            // File systems without hard links: check, then rename.
            Err(_) if !target.exists() => {
                fs::rename(path, &target)?;
                sync_dir(parent_dir(path))?;
                return Ok(target);
            }
            Err(_) => {}
        }
    }
    Err(io::Error::new(
        io::ErrorKind::AlreadyExists,
        format!("{}: too many .corrupt copies already", path.display()),
    ))
}

fn parent_dir(path: &Path) -> &Path {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    }
}

fn temp_path(path: &Path) -> PathBuf {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let n = TEMP_COUNTER.fetch_add(1, Ordering::Relaxed);
    path.with_file_name(format!(".{name}.{}.{n}{TEMP_SUFFIX}", std::process::id()))
}

/// Creates `dir` and its missing parents readable by the owner only
/// (0700): notes and the people they are for are nobody else's business.
/// Directories that exist keep their mode. A parent that is a file is
/// named as such, not taken for the directory "already existing".
pub fn create_private_dir(dir: &Path) -> io::Result<()> {
    let mut builder = fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder.create(dir).map_err(|e| {
        if dir.is_dir() {
            e
        } else {
            let file = dir.ancestors().find(|a| a.is_file()).unwrap_or(dir);
            io::Error::new(
                io::ErrorKind::NotADirectory,
                format!("{} is a file, not a directory", file.display()),
            )
        }
    })
}

/// Options that create a file readable and writable by the owner only
/// (0600) from the first byte, so no other user can open it meanwhile.
pub fn private_file() -> fs::OpenOptions {
    let mut options = File::options();
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    options
}

fn write_synced(path: &Path, bytes: &[u8]) -> io::Result<()> {
    fill_synced(
        private_file().write(true).create_new(true).open(path)?,
        bytes,
    )
}

fn fill_synced(mut file: File, bytes: &[u8]) -> io::Result<()> {
    file.write_all(bytes)?;
    file.sync_all()
}

/// Makes a rename or unlink in `dir` durable.
#[cfg(unix)]
pub(crate) fn sync_dir(dir: &Path) -> io::Result<()> {
    File::open(dir)?.sync_all()
}

/// Directories cannot be opened for syncing here; the rename is still atomic.
#[cfg(not(unix))]
pub(crate) fn sync_dir(_dir: &Path) -> io::Result<()> {
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replaces_content_and_leaves_no_temp_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("sub/a.json");
        write_atomic(&path, b"first").unwrap();
        write_atomic(&path, b"second").unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"second");
        let names: Vec<_> = fs::read_dir(path.parent().unwrap())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names, vec![std::ffi::OsString::from("a.json")]);
    }

    #[test]
    fn temp_names_are_unique_and_recognised() {
        let a = temp_path(Path::new("/d/x.json"));
        let b = temp_path(Path::new("/d/x.json"));
        assert_ne!(a, b);
        let name = a.file_name().unwrap().to_str().unwrap();
        assert!(is_temp_name(name), "{name}");
        assert!(name.contains(&std::process::id().to_string()));
        assert!(!is_temp_name("x.json"));
    }

    #[test]
    fn failed_write_keeps_the_old_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.json");
        write_atomic(&path, b"old").unwrap();
        // A directory where the file should be makes the rename fail.
        let blocked = dir.path().join("b.json");
        fs::create_dir(&blocked).unwrap();
        fs::write(blocked.join("inside"), b"x").unwrap();
        assert!(write_atomic(&blocked, b"new").is_err());
        assert_eq!(fs::read(&path).unwrap(), b"old");
        let temps = fs::read_dir(dir.path())
            .unwrap()
            .filter(|e| is_temp_name(&e.as_ref().unwrap().file_name().to_string_lossy()))
            .count();
        assert_eq!(temps, 0);
    }

    #[test]
    fn write_new_refuses_to_replace() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("new/config.json");
        write_new_atomic(&path, b"first").unwrap();
        let e = write_new_atomic(&path, b"second").unwrap_err();
        assert_eq!(e.kind(), io::ErrorKind::AlreadyExists);
        assert_eq!(fs::read(&path).unwrap(), b"first");
        assert_eq!(fs::read_dir(path.parent().unwrap()).unwrap().count(), 1);
    }

    #[cfg(unix)]
    #[test]
    fn files_and_new_directories_are_private() {
        use std::os::unix::fs::PermissionsExt;
        let mode = |p: &Path| fs::metadata(p).unwrap().permissions().mode() & 0o777;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a/b/draft.json");
        write_atomic(&path, b"x").unwrap();
        assert_eq!(mode(&path), 0o600);
        assert_eq!(mode(&dir.path().join("a")), 0o700);
        assert_eq!(mode(&dir.path().join("a/b")), 0o700);
        let config = dir.path().join("c/config.json");
        write_new_atomic(&config, b"{}").unwrap();
        assert_eq!(mode(&config), 0o600);
        assert_eq!(mode(&dir.path().join("c")), 0o700);
    }

    #[test]
    fn a_file_in_the_way_is_named() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join("f"), b"").unwrap();
        for path in ["f/config.json", "f/sub/config.json"] {
            let e = write_new_atomic(&dir.path().join(path), b"{}").unwrap_err();
            assert_eq!(e.kind(), io::ErrorKind::NotADirectory, "{path}");
            assert!(
                e.to_string().ends_with("f is a file, not a directory"),
                "{e}"
            );
        }
    }

    #[test]
    fn move_aside_never_overwrites() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.json");
        fs::write(&path, b"one").unwrap();
        let first = move_aside(&path).unwrap();
        assert_eq!(first, dir.path().join("a.json.corrupt"));
        fs::write(&path, b"two").unwrap();
        let second = move_aside(&path).unwrap();
        assert_eq!(second, dir.path().join("a.json.2.corrupt"));
        assert_eq!(fs::read(first).unwrap(), b"one");
        assert_eq!(fs::read(second).unwrap(), b"two");
        assert!(!path.exists());
    }
}
