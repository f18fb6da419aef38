//! `typos-dict` (the misspelling dictionary behind `typos`) as a text blob
//! of lines and a hash table of line offsets. The crate's own map holds a
//! pointer per entry, which a position-independent binary must relocate
//! at every start; a blob and integers need no relocation at all, and a
//! word is looked up with one probe of the table rather than a binary
//! search that reads a page of the blob at every step.

use std::collections::HashSet;
use std::fmt::Write as _;

use crate::lint::phrases::table::{bloom_bits, hash};

/// Writes `misspellings.txt` (lines of `typo\tfixes`) and
/// `misspellings.idx` (slots of two little-endian `u32`s: the line's
/// offset, or `u32::MAX` when empty, and the top half of the typo's hash)
/// and `misspellings.bloom`, a Bloom filter of the typos. Returns the typos,
/// so the lexicon can mark the words that are none.
pub fn write(out: &str) -> HashSet<String> {
    let mut entries: Vec<(String, String)> = typos_dict::WORD
        .map
        .entries()
        .map(|(typo, fixes)| (typo.into_inner().to_lowercase(), fixes.join(",")))
        .collect();
    entries.sort_unstable();
    entries.dedup_by(|a, b| a.0 == b.0);
    // At most seven slots in ten taken, so a probe for a word that is not
    // there stops soon.
    let slots = (entries.len() * 10 / 7).next_power_of_two();
    let mut table = vec![[u32::MAX, 0]; slots];
    // About 11 bits a word: a word that is not there is turned away by
    // the filter, 128 KiB, three times in a thousand without reading the
    // table, so a note touches a few pages of it, not all.
    let mut bloom = vec![0u8; (entries.len() * 11 / 8).next_power_of_two()];
    let mut blob = String::new();
    for (typo, fixes) in &entries {
        let start = u32::try_from(blob.len()).expect("the dictionary fits in 4 GiB");
        let _ = writeln!(blob, "{typo}\t{fixes}");
        let h = hash(typo.bytes());
        for bit in bloom_bits(h, bloom.len() * 8) {
            bloom[bit / 8] |= 1 << (bit % 8);
        }
        let mut i = usize::try_from(h & (slots as u64 - 1)).expect("slots fit in usize");
        while table[i][0] != u32::MAX {
            i = (i + 1) & (slots - 1);
        }
        table[i] = [start, u32::try_from(h >> 32).expect("the top half fits")];
    }
    let idx: Vec<u8> = table
        .into_iter()
        .flatten()
        .flat_map(u32::to_le_bytes)
        .collect();
    // Raw files read with `include_bytes!`/`include_str!`: the compiler
    // copies them without parsing a literal.
    std::fs::write(format!("{out}/misspellings.txt"), blob).expect("write misspellings.txt");
    std::fs::write(format!("{out}/misspellings.idx"), idx).expect("write misspellings.idx");
    std::fs::write(format!("{out}/misspellings.bloom"), bloom).expect("write misspellings.bloom");
    entries.into_iter().map(|(typo, _)| typo).collect()
}
