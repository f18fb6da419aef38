//! The misspelling dictionary, built from `typos-dict` by `build.rs` into a
//! sorted blob: looking a word up is a binary search, and loading it costs
//! nothing at start-up.

include!(concat!(env!("OUT_DIR"), "/misspellings.rs"));

/// The line of [`BLOB`] that starts at `STARTS[i]`, without its newline.
fn line(i: usize) -> &'static str {
    let start = STARTS[i] as usize;
    let rest = &BLOB[start..];
    &rest[..rest.find('\n').unwrap_or(rest.len())]
}

/// The corrections of `word` when it is a known misspelling (any case).
pub(crate) fn corrections(word: &str) -> Option<impl Iterator<Item = &'static str>> {
    if !word.is_ascii() {
        return None;
    }
    let lower = word.to_ascii_lowercase();
    let i = STARTS
        .binary_search_by(|&start| {
            let rest = &BLOB[start as usize..];
            rest[..rest.find('\t').unwrap_or(0)].cmp(&lower)
        })
        .ok()?;
    let (_, fixes) = line(i).split_once('\t')?;
    Some(fixes.split(','))
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
        assert!(super::STARTS.len() > 10_000);
    }
}
