//! `typos-dict` (the misspelling dictionary behind `typos`) as one sorted
//! text blob and a table of offsets. The crate's own map holds a pointer
//! per entry, which a position-independent binary must relocate at every
//! start; a blob and integers need no relocation at all.

use std::fmt::Write as _;

/// Writes `misspellings.txt` and `misspellings.idx` into `out`.
pub fn write(out: &str) {
    let mut entries: Vec<(String, String)> = typos_dict::WORD
        .map
        .entries()
        .map(|(typo, fixes)| (typo.into_inner().to_lowercase(), fixes.join(",")))
        .collect();
    entries.sort_unstable();
    entries.dedup_by(|a, b| a.0 == b.0);
    let mut blob = String::new();
    let mut starts = Vec::with_capacity(entries.len() * 4);
    for (typo, fixes) in &entries {
        let start = u32::try_from(blob.len()).expect("the dictionary fits in 4 GiB");
        starts.extend_from_slice(&start.to_le_bytes());
        let _ = writeln!(blob, "{typo}\t{fixes}");
    }
    // Raw files read with `include_bytes!`/`include_str!`: the compiler
    // copies them without parsing a literal.
    std::fs::write(format!("{out}/misspellings.txt"), blob).expect("write misspellings.txt");
    std::fs::write(format!("{out}/misspellings.idx"), starts).expect("write misspellings.idx");
}
