//! The misspelling dictionary, built from `typos-dict` by `build.rs` into
//! a text blob, a hash table of line offsets and a Bloom filter: looking a
//! word up is one probe, and loading it costs nothing at start-up.

use crate::lint::phrases::table::{bloom_may_hold, hash, word_at};

/// Each line: a misspelling in lowercase, a tab, its corrections.
static BLOB: &str = include_str!(concat!(env!("OUT_DIR"), "/misspellings.txt"));
/// The hash table: per slot, two little-endian `u32`s, the offset of a
/// line of [`BLOB`] (`u32::MAX` for an empty slot) and the top half of
/// its misspelling's hash. The slot count is a power of two.
static SLOTS: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/misspellings.idx"));

/// A Bloom filter of the misspellings: most words of a note are turned
/// away here, so a lint reads a few pages of the table, not all of it.
static BLOOM: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/misspellings.bloom"));

/// How many misspellings the dictionary holds.
#[cfg(test)]
fn len() -> usize {
    BLOB.lines().count()
}

/// The corrections of `word` when it is a known misspelling (any case).
pub(crate) fn corrections(word: &str) -> Option<impl Iterator<Item = &'static str>> {
    if !word.is_ascii() {
        return None;
    }
    let h = hash(word.bytes().map(|b| b.to_ascii_lowercase()));
    if !bloom_may_hold(BLOOM, h) {
        return None;
    }
    let slots = SLOTS.len() / 8;
    let top = u32::try_from(h >> 32).unwrap_or(0);
    let mut i = usize::try_from(h & (slots as u64 - 1)).unwrap_or(0);
    for _ in 0..slots {
        let start = word_at(SLOTS, i * 2);
        if start == u32::MAX {
            return None;
        }
        if word_at(SLOTS, i * 2 + 1) == top {
            let line = BLOB.get(start as usize..).unwrap_or("");
            let line = &line[..line.find('\n').unwrap_or(line.len())];
            if let Some((typo, fixes)) = line.split_once('\t')
                && typo.eq_ignore_ascii_case(word)
            {
                return Some(fixes.split(','));
            }
        }
        i = (i + 1) & (slots - 1);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::corrections;

    #[test]
    fn finds_misspellings_in_any_case_and_nothing_else() {
        let fixes = |w: &str| corrections(w).map(Iterator::collect::<Vec<_>>);
        assert_eq!(fixes("recieved"), Some(vec!["received"]));
        assert_eq!(fixes("Definately"), Some(vec!["definitely"]));
        assert_eq!(fixes("received"), None);
        assert_eq!(fixes("Zoë"), None);
        assert!(super::len() > 10_000);
    }

    #[test]
    fn every_line_of_the_dictionary_is_found_through_the_table() {
        let lost: Vec<&str> = super::BLOB
            .lines()
            .filter_map(|line| line.split_once('\t'))
            .filter(|(typo, fixes)| {
                typo.is_ascii()
                    && corrections(typo).map(Iterator::collect::<Vec<_>>)
                        != Some(fixes.split(',').collect())
            })
            .map(|(typo, _)| typo)
            .collect();
        assert!(
            lost.is_empty(),
            "{} lost, e.g. {:?}",
            lost.len(),
            &lost[..lost.len().min(5)]
        );
    }
}
