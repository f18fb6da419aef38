//! Build-time work:
//! - rebuild when a built-in template changes: `include_dir!` embeds the
//!   `templates/` folder but cannot tell Cargo to watch it on stable Rust;
//! - turn `typos-dict` (the misspelling dictionary behind `typos`) into one
//!   sorted text blob and a table of offsets. The crate's own map holds a
//!   pointer per entry, which a position-independent binary must relocate
//!   at every start; a blob and integers need no relocation at all.

use std::fmt::Write as _;

fn main() {
    println!("cargo:rerun-if-changed=templates");
    println!("cargo:rerun-if-changed=build.rs");
    let mut entries: Vec<(String, String)> = typos_dict::WORD
        .map
        .entries()
        .map(|(typo, fixes)| (typo.into_inner().to_lowercase(), fixes.join(",")))
        .collect();
    entries.sort_unstable();
    entries.dedup_by(|a, b| a.0 == b.0);
    let mut blob = String::new();
    let mut offsets = String::new();
    for (typo, fixes) in &entries {
        let _ = write!(offsets, "{},", blob.len());
        let _ = writeln!(blob, "{typo}\t{fixes}");
    }
    let out = std::env::var("OUT_DIR").expect("OUT_DIR is set by cargo");
    let code = format!(
        "/// Each line: a misspelling in lowercase, a tab, its corrections.\n\
         pub(crate) static BLOB: &str = {blob:?};\n\
         /// Where each line of [`BLOB`] starts, in sorted order.\n\
         pub(crate) static STARTS: [u32; {}] = [{offsets}];\n",
        entries.len()
    );
    std::fs::write(format!("{out}/misspellings.rs"), code).expect("write misspellings.rs");
}
