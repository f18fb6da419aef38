//! "Did you mean": the one place that decides which known names look like
//! a mistyped one, for rule ids, config keys, phrase lists, templates,
//! placeholders and drafts alike.

/// Up to three of `known` that look like `wanted`, closest first.
///
/// A name is close when it is a small edit away (a transposition counts
/// as one; at most a third of the longer name, never more than 3) or, for
/// three characters or more, when it contains `wanted` (`post` finds
/// `their-post`). Only the best ties are kept, so a plain typo suggests
/// one name and a fragment up to three.
pub fn closest<'a>(wanted: &str, known: impl IntoIterator<Item = &'a str>) -> Vec<&'a str> {
    let mut scored: Vec<(usize, &str)> = known
        .into_iter()
        .filter_map(|name| score(wanted, name).map(|s| (s, name)))
        .collect();
    scored.sort_unstable();
    scored.dedup();
    let best = scored.first().map_or(0, |s| s.0);
    scored
        .into_iter()
        .take_while(|(s, _)| *s == best)
        .take(3)
        .map(|(_, name)| name)
        .collect()
}

/// How far `name` is from `wanted`, or `None` when it is not close.
fn score(wanted: &str, name: &str) -> Option<usize> {
    let distance = strsim::osa_distance(wanted, name);
    let longer = wanted.chars().count().max(name.chars().count());
    let within = (longer / 3).clamp(1, 3);
    let part = wanted.chars().count() >= 3 && name.contains(wanted);
    if part {
        Some(distance.min(1))
    } else {
        (distance <= within).then_some(distance)
    }
}

/// ``" (did you mean `a`?)"``, ``" (did you mean `a`, `b` or `c`?)"``, or
/// nothing when `close` is empty.
pub fn did_you_mean(close: &[&str]) -> String {
    match close {
        [] => String::new(),
        [one] => format!(" (did you mean `{one}`?)"),
        [init @ .., last] => {
            let init: Vec<String> = init.iter().map(|n| format!("`{n}`")).collect();
            format!(" (did you mean {} or `{last}`?)", init.join(", "))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const RULES: [&str; 4] = ["empty-note", "over-limit", "filler", "missing-name"];

    #[test]
    fn a_typo_finds_one_name() {
        assert_eq!(closest("empty-nite", RULES), ["empty-note"]);
        assert_eq!(closest("filer", RULES), ["filler"]);
        assert_eq!(closest("topci", ["topic", "event"]), ["topic"]);
    }

    #[test]
    fn a_fragment_finds_names_that_contain_it() {
        assert_eq!(
            closest("favour", ["small-favour", "their-post"]),
            ["small-favour"]
        );
        assert_eq!(
            closest("their", ["their-a", "their-b", "their-c", "their-d"]).len(),
            3
        );
    }

    #[test]
    fn nothing_close_is_nothing() {
        assert!(closest("zzzzzz", RULES).is_empty());
        assert!(closest("ab", ["xy"]).is_empty());
    }

    #[test]
    fn the_hint_reads_as_a_list() {
        assert_eq!(did_you_mean(&[]), "");
        assert_eq!(did_you_mean(&["a"]), " (did you mean `a`?)");
        assert_eq!(
            did_you_mean(&["a", "b", "c"]),
            " (did you mean `a`, `b` or `c`?)"
        );
    }
}
