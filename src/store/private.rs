//! Files only their owner may read: the sent-notes log holds other people's
//! names and what was written to them, so it is created `0600` in a `0700`
//! directory, like the drafts beside it.

use std::fs::{self, File};
use std::io;
use std::path::Path;

/// Creates `dir` and its missing parents, readable by the owner only.
pub fn create_dir(dir: &Path) -> io::Result<()> {
    let mut builder = fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder.create(dir)
}

/// Opens `path` for appending (and reading its end), creating it `0600`.
pub fn open_append(path: &Path) -> io::Result<File> {
    let mut options = File::options();
    options.read(true).append(true).create(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    options.open(path)
}

/// Creates a new file (never an existing one) that only its owner may read.
pub fn create_new(path: &Path) -> io::Result<File> {
    let mut options = File::options();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    options.open(path)
}

#[cfg(all(test, unix))]
mod tests {
    use std::os::unix::fs::PermissionsExt;

    use super::*;

    fn mode(path: &Path) -> u32 {
        fs::metadata(path).expect("metadata").permissions().mode() & 0o777
    }

    #[test]
    fn files_and_dirs_are_private() {
        let root = tempfile::tempdir().unwrap();
        let dir = root.path().join("a/b");
        create_dir(&dir).unwrap();
        assert_eq!(mode(&dir), 0o700);
        let file = dir.join("log.jsonl");
        open_append(&file).unwrap();
        assert_eq!(mode(&file), 0o600);
        let other = dir.join("new.json");
        create_new(&other).unwrap();
        assert_eq!(mode(&other), 0o600);
        assert!(create_new(&other).is_err());
    }
}
