//! The misspelling dictionary, built from `typos-dict` by `build.rs` into a
//! sorted blob: looking a word up is a binary search, and loading it costs
//! nothing at start-up.

/// Each line: a misspelling in lowercase, a tab, its corrections.
static BLOB: &str = include_str!(concat!(env!("OUT_DIR"), "/misspellings.txt"));
/// Where each line of [`BLOB`] starts, in sorted order: little-endian `u32`s.
static STARTS: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/misspellings.idx"));

/// How many misspellings the dictionary holds.
fn len() -> usize {
    STARTS.len() / 4
}

/// Where line `i` of [`BLOB`] starts.
fn start(i: usize) -> usize {
    let b = &STARTS[i * 4..i * 4 + 4];
    u32::from_le_bytes([b[0], b[1], b[2], b[3]]) as usize
}

/// The line of [`BLOB`] that starts at `start(i)`, without its newline.
fn line(i: usize) -> &'static str {
    let rest = &BLOB[start(i)..];
    &rest[..rest.find('\n').unwrap_or(rest.len())]
}

/// The corrections of `word` when it is a known misspelling (any case).
pub(crate) fn corrections(word: &str) -> Option<impl Iterator<Item = &'static str>> {
    if !word.is_ascii() {
        return None;
    }
    let lower = word.to_ascii_lowercase();
    let (mut lo, mut hi) = (0, len());
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        let typo = line(mid).split('\t').next().unwrap_or("");
        match typo.cmp(lower.as_str()) {
            std::cmp::Ordering::Less => lo = mid + 1,
            std::cmp::Ordering::Greater => hi = mid,
            std::cmp::Ordering::Equal => {
                let (_, fixes) = line(mid).split_once('\t')?;
                return Some(fixes.split(','));
            }
        }
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
}
