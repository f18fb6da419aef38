//! The examples written into `assets/phrases.json`: every `match` sentence
//! is matched by its pattern alone, every `not` sentence is not, and every
//! pattern that spans a gap or a number shows both, because those are the
//! patterns that match more than their author meant.

use super::raw::{RawBook, RawPattern};
use super::{BUILTIN_JSON, PatternId, PhraseBook};
use crate::lint::text::Analysis;

/// Whether pattern `source` has a `*` gap or a `<num>` slot.
fn is_loose(source: &str) -> bool {
    source
        .split(|c: char| c.is_whitespace() || matches!(c, '-' | '/'))
        .any(|part| {
            part.strip_prefix('*')
                .is_some_and(|n| n.bytes().all(|b| b.is_ascii_digit()))
                || part.split('|').any(|alt| alt == "<num>")
        })
}

/// Every built-in pattern as written, with its id in the book.
fn patterns(book: &PhraseBook) -> Vec<(String, PatternId, RawPattern)> {
    let raw: RawBook = serde_json::from_str(BUILTIN_JSON).unwrap();
    let mut out = Vec::new();
    for (name, list) in raw.lists {
        for (n, p) in list.patterns.into_iter().enumerate() {
            let id = format!("{name}/{}", n + 1);
            let at = book.infos().position(|i| i.answers_to(&id)).unwrap();
            let pid = PatternId(u32::try_from(at).unwrap());
            out.push((id, pid, p));
        }
    }
    out
}

#[test]
fn every_example_is_matched_or_not_as_it_says() {
    let book = PhraseBook::builtin();
    let mut wrong = Vec::new();
    for (id, pid, p) in patterns(&book) {
        let RawPattern::Full(spec) = p else { continue };
        let hits = |s: &str| {
            let a = Analysis::new(s, &book);
            !book.hits(pid, &a.tokens, 0..a.tokens.len()).is_empty()
        };
        for s in spec.matches.iter().filter(|s| !hits(s)) {
            wrong.push(format!("{id} `{}` does not match {s:?}", spec.p));
        }
        for s in spec.not.iter().filter(|s| hits(s)) {
            wrong.push(format!("{id} `{}` matches {s:?}", spec.p));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn patterns_with_gaps_or_numbers_have_both_kinds_of_example() {
    let book = PhraseBook::builtin();
    let missing: Vec<String> = patterns(&book)
        .into_iter()
        .filter(|(_, _, p)| is_loose(p.text()))
        .filter(|(_, _, p)| match p {
            RawPattern::Plain(_) => true,
            RawPattern::Full(spec) => spec.matches.is_empty() || spec.not.is_empty(),
        })
        .map(|(id, _, p)| format!("{id} `{}`", p.text()))
        .collect();
    assert!(
        missing.is_empty(),
        "{} patterns need a `match` and a `not` example:\n{}",
        missing.len(),
        missing.join("\n")
    );
}

#[test]
fn loose_patterns_are_recognised() {
    assert!(is_loose("reach|hit|cross * <num>"));
    assert!(is_loose("we *5 met"));
    assert!(!is_loose("congrat*"));
    assert!(!is_loose("*ing for"));
}

#[test]
fn named_patterns_answer_to_their_name_and_number() {
    let book = PhraseBook::builtin();
    let info = book.infos().next().unwrap();
    assert!(info.answers_to(&format!("{}/1", info.list.name())));
    assert!(!info.answers_to("nonsense"));
}
