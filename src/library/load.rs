//! Where templates come from: the built-ins embedded in the binary, and the
//! user's files, which add to them or replace one by id.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use include_dir::{Dir, include_dir};

use super::error::{LibraryError, LibraryErrorKind as Kind};
use super::parse::parse;
use super::{Source, Template};
use crate::store::json_pos;

/// `templates/` of the source tree, compiled in so the binary works from any
/// directory. `build.rs` reruns when the folder changes, so edits are seen.
static BUILTIN_DIR: Dir<'_> = include_dir!("$CARGO_MANIFEST_DIR/templates");

/// The built-ins, parsed on first use and shared from then on.
pub(crate) fn builtin() -> &'static (Vec<Template>, Vec<LibraryError>) {
    static PARSED: OnceLock<(Vec<Template>, Vec<LibraryError>)> = OnceLock::new();
    PARSED.get_or_init(|| {
        let mut files = Vec::new();
        collect_embedded(&BUILTIN_DIR, &mut files);
        files.sort_by(|a, b| a.path().cmp(b.path()));
        let mut templates = Vec::new();
        let mut errors = Vec::new();
        for file in files {
            let path = Path::new("templates").join(file.path());
            let folder = folder_name(file.path());
            let parsed = match file.contents_utf8() {
                Some(text) => parse(text, &path, folder, Source::Builtin),
                None => Err(LibraryError::new(
                    &path,
                    Kind::Read("not UTF-8".to_string()),
                )),
            };
            match parsed {
                Ok(t) => templates.push(t),
                Err(e) => errors.push(e),
            }
        }
        (templates, errors)
    })
}

fn collect_embedded<'a>(dir: &'a Dir<'a>, out: &mut Vec<&'a include_dir::File<'a>>) {
    out.extend(dir.files().filter(|f| is_template_file(f.path())));
    for sub in dir.dirs() {
        collect_embedded(sub, out);
    }
}

/// Reads the user's templates from `dir`: `.json` files at the top and in
/// its immediate subfolders (usually one per scenario). A missing directory
/// is simply no templates. Each bad file becomes an error and is skipped;
/// of two files with the same id, the first by path wins.
pub(crate) fn user(dir: &Path) -> (Vec<Template>, Vec<LibraryError>) {
    let mut errors = Vec::new();
    let mut files = Vec::new();
    list_json(dir, &mut files, &mut errors);
    let subdirs = entries(dir, &mut errors)
        .into_iter()
        .filter(|p| p.is_dir() && !is_hidden(p));
    for sub in subdirs {
        list_json(&sub, &mut files, &mut errors);
    }
    files.sort();

    let mut templates: Vec<Template> = Vec::new();
    let mut first_path: BTreeMap<String, PathBuf> = BTreeMap::new();
    for path in files {
        let folder = (path.parent() != Some(dir))
            .then(|| path.parent().and_then(Path::file_name))
            .flatten()
            .and_then(|f| f.to_str());
        let parsed = std::fs::read(&path)
            .map_err(|e| LibraryError::new(&path, Kind::Read(e.to_string())))
            .and_then(|bytes| {
                json_pos::decode(bytes).map_err(|bad| {
                    LibraryError::new(&path, Kind::Syntax(bad.to_string()))
                        .at(Some((bad.line, bad.column)))
                })
            })
            .and_then(|text| parse(&text, &path, folder, Source::User(path.clone())));
        match parsed {
            Ok(t) => {
                if let Some(first) = first_path.get(&t.id) {
                    errors.push(
                        LibraryError::new(&path, Kind::DuplicateId(first.clone())).id(Some(&t.id)),
                    );
                } else {
                    first_path.insert(t.id.clone(), path);
                    templates.push(t);
                }
            }
            Err(e) => errors.push(e),
        }
    }
    (templates, errors)
}

fn list_json(dir: &Path, files: &mut Vec<PathBuf>, errors: &mut Vec<LibraryError>) {
    files.extend(
        entries(dir, errors)
            .into_iter()
            .filter(|p| p.is_file() && is_template_file(p)),
    );
}

/// The entries of `dir`; nothing when it does not exist, an error when it
/// exists but cannot be listed.
fn entries(dir: &Path, errors: &mut Vec<LibraryError>) -> Vec<PathBuf> {
    match std::fs::read_dir(dir) {
        Ok(read) => read.filter_map(Result::ok).map(|e| e.path()).collect(),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Vec::new(),
        Err(e) => {
            errors.push(LibraryError::new(dir, Kind::Read(e.to_string())));
            Vec::new()
        }
    }
}

/// `.json` and not hidden, so editor backups and dotfiles are left alone.
fn is_template_file(path: &Path) -> bool {
    !is_hidden(path) && path.extension().is_some_and(|e| e == "json")
}

fn is_hidden(path: &Path) -> bool {
    path.file_name()
        .and_then(|n| n.to_str())
        .is_some_and(|n| n.starts_with('.'))
}

fn folder_name(relative: &Path) -> Option<&str> {
    relative
        .parent()
        .and_then(Path::file_name)
        .and_then(|f| f.to_str())
}
