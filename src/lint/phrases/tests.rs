//! Tests of the pattern language and the phrase book.

use std::collections::BTreeMap;

use super::{List, PhraseBook, PhraseError, phrase_lists};
use crate::lint::text::Analysis;

/// The matched words of `list` in `text`, with `extra` patterns added to it.
fn found(list: List, extra: &[&str], text: &str) -> Vec<String> {
    let mut more = BTreeMap::new();
    more.insert(
        list.name().to_string(),
        extra.iter().map(|s| (*s).to_string()).collect(),
    );
    let book = PhraseBook::with_extras(&more).unwrap();
    let a = Analysis::new(text, &book);
    a.matches(list)
        .iter()
        .map(|m| text[a.byte_span(&m.tokens)].to_string())
        .collect()
}

#[test]
fn words_match_any_inflection() {
    let hits = found(
        List::StockText,
        &["meet|speak at"],
        "We met at Roskilde. Speaking at ACM?",
    );
    assert_eq!(hits, ["met at", "Speaking at"]);
}

#[test]
fn exact_words_do_not_stem() {
    assert!(found(List::StockText, &["=met you"], "Hope to meet you soon").is_empty());
    assert_eq!(
        found(List::StockText, &["=met you"], "So glad I met you!"),
        ["met you"]
    );
}

#[test]
fn gaps_optional_words_and_prefixes() {
    let p = ["we * crossed paths", "brisk? walk", "recruit* team"];
    assert_eq!(
        found(List::StockText, &p, "We briefly crossed paths in Oslo."),
        ["We briefly crossed paths"]
    );
    assert!(
        found(
            List::StockText,
            &["we *1 crossed paths"],
            "we very briefly crossed paths"
        )
        .is_empty()
    );
    assert_eq!(
        found(List::StockText, &p, "a brisk walk, a walk"),
        ["brisk walk", "walk"]
    );
    assert_eq!(
        found(List::StockText, &p, "Recruiting team"),
        ["Recruiting team"]
    );
}

#[test]
fn contractions_and_curly_quotes_are_equated() {
    let p = ["i would love to", "let's talk", "you are"];
    assert_eq!(found(List::StockText, &p, "I’d love to"), ["I’d love to"]);
    assert_eq!(found(List::StockText, &p, "Let us talk"), ["Let us talk"]);
    assert_eq!(found(List::StockText, &p, "you're"), ["you're"]);
    assert_eq!(found(List::StockText, &["i had"], "I'd"), ["I'd"]);
}

#[test]
fn matches_stay_inside_a_sentence() {
    assert!(found(List::StockText, &["great * talk"], "Great. Talk soon").is_empty());
}

#[test]
fn names_are_capitalised_uncommon_words() {
    let hits = found(
        List::StockText,
        &["<name> suggested"],
        "Ana suggested it. The suggested fix",
    );
    assert_eq!(hits, ["Ana suggested"]);
}

#[test]
fn bad_patterns_are_rejected_with_a_reason() {
    for bad in ["", "* word", "a *99 b", "(a b)", "a || b", "?"] {
        let mut more = BTreeMap::new();
        more.insert("filler".to_string(), vec![bad.to_string()]);
        match PhraseBook::with_extras(&more) {
            Err(PhraseError::BadPattern { list, pattern, .. }) => {
                assert_eq!((list.as_str(), pattern.as_str()), ("filler", bad));
            }
            other => panic!("{bad:?} gave {other:?}"),
        }
    }
}

#[test]
fn unknown_lists_are_rejected() {
    let mut more = BTreeMap::new();
    more.insert(
        "fillers".to_string(),
        vec!["as per my last note".to_string()],
    );
    assert_eq!(
        PhraseBook::with_extras(&more).err(),
        Some(PhraseError::UnknownList("fillers".into()))
    );
}

#[test]
fn every_list_is_described_and_filled() {
    let lists = phrase_lists();
    assert_eq!(lists.len(), List::ALL.len());
    let book = PhraseBook::builtin();
    for (name, about) in lists {
        let list = List::from_name(name).unwrap();
        assert!(!about.is_empty(), "{name} has no description");
        assert!(book.sources(list).next().is_some(), "{name} is empty");
    }
}

/// Every pattern tried at every token, with no index and no filter: what
/// `find_all` must find, only slower.
fn find_all_naive(
    book: &PhraseBook,
    tokens: &[crate::lint::text::Token],
) -> Vec<Vec<super::Match>> {
    let mut out: Vec<Vec<super::Match>> = vec![Vec::new(); List::ALL.len()];
    for i in 0..tokens.len() {
        for (id, compiled) in book.patterns.iter().enumerate() {
            let pattern = book.compiled(id);
            if let Some(end) = pattern.match_at(tokens, i) {
                let hit = super::Hit {
                    tokens: i..end,
                    frame: pattern.is_frame(),
                    pattern: compiled.origin,
                };
                super::merge(&mut out[compiled.list as usize], hit);
            }
        }
    }
    out
}

#[test]
fn indexed_matching_finds_what_trying_everything_finds() {
    let corpus = [
        include_str!("../../../tests/corpus/close.jsonl"),
        include_str!("../../../tests/corpus/acquaintance.jsonl"),
        include_str!("../../../tests/corpus/stranger.jsonl"),
    ];
    let book = PhraseBook::builtin();
    let mut notes = 0;
    for line in corpus.iter().flat_map(|c| c.lines()) {
        let Ok(row) = serde_json::from_str::<serde_json::Value>(line) else {
            continue;
        };
        let Some(text) = row["text"].as_str() else {
            continue;
        };
        let a = Analysis::new(text, &book);
        let naive = find_all_naive(&book, &a.tokens);
        for list in List::ALL {
            assert_eq!(
                a.matches(*list),
                &naive[*list as usize][..],
                "{list:?} in {text:?}"
            );
        }
        notes += 1;
    }
    assert!(notes > 200, "only {notes} notes read");
}

#[test]
fn class_entries_admit_only_their_tokens() {
    let book = PhraseBook::builtin();
    let a = Analysis::new("visit https://x.io or call Ana at 5 congrats", &book);
    let kinds: Vec<u8> = a
        .tokens
        .iter()
        .map(super::pattern::Entry::classes_of)
        .collect();
    let entry = |src: &str| {
        let mut grammar =
            super::compile::Grammar::new(book.irregular().clone(), super::compile::WordSets::new());
        super::pattern::Pattern::parse(src, &mut grammar).unwrap()[0].entry()
    };
    let url = entry("<url>");
    let name = entry("<name> said");
    let prefix = entry("congrat*");
    let admitted = |e: &super::pattern::Entry| {
        a.tokens
            .iter()
            .zip(&kinds)
            .filter(|(t, k)| e.admits(**k, t.word.bytes().next().unwrap_or(0)))
            .map(|(t, _)| t.word.to_string())
            .collect::<Vec<_>>()
    };
    assert_eq!(admitted(&url), ["https://x.io"]);
    assert_eq!(admitted(&name), ["ana"]);
    assert_eq!(admitted(&prefix), ["call", "congrats"]);
}

#[test]
fn suffixes_match_word_endings() {
    let p = ["thanks for *ing"];
    assert_eq!(
        found(
            List::StockText,
            &p,
            "Thanks for fixing the bike. Thanks for the tip."
        ),
        ["Thanks for fixing"]
    );
    // The suffix alone is not a word that ends with it.
    assert!(found(List::StockText, &["*ing"], "ing").is_empty());
}

#[test]
fn word_sets_stand_for_any_of_their_words() {
    let hits = found(
        List::StockText,
        &["at * @event"],
        "We met at Dan's barbecue, then at the Lyon hackathon.",
    );
    assert_eq!(hits, ["at Dan's barbecue", "at the Lyon hackathon"]);
    let mut more = BTreeMap::new();
    more.insert("filler".to_string(), vec!["at @nosuchset".to_string()]);
    match PhraseBook::with_extras(&more) {
        Err(PhraseError::BadPattern { reason, .. }) => {
            assert!(reason.contains("`@nosuchset`"), "{reason}");
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn word_lists_take_single_words_only() {
    let mut more = BTreeMap::new();
    more.insert("acronym".to_string(), vec!["NHSX".to_string()]);
    let book = PhraseBook::with_extras(&more).unwrap();
    assert!(book.contains_word(List::Acronym, "nhsx"));
    more.insert("acronym".to_string(), vec!["the NHS".to_string()]);
    match PhraseBook::with_extras(&more) {
        Err(PhraseError::BadPattern { reason, .. }) => {
            assert_eq!(reason, "`acronym` holds single words, not phrases");
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn frames_are_marked_and_stay_marked_only_when_every_part_is_one() {
    let mut more = BTreeMap::new();
    more.insert(
        "stock-text".to_string(),
        vec!["~since we last".to_string(), "we last spoke".to_string()],
    );
    let book = PhraseBook::with_extras(&more).unwrap();
    let frame = |text: &str| {
        let a = Analysis::new(text, &book);
        a.matches(List::StockText)
            .iter()
            .map(|m| m.frame)
            .collect::<Vec<_>>()
    };
    assert_eq!(frame("So much since we last met."), [true]);
    // Merged with a plain pattern's match, the whole is no longer a frame.
    assert_eq!(frame("So much since we last spoke."), [false]);
}

#[test]
fn overlap_and_last_before_walk_the_sorted_matches() {
    let mut more = BTreeMap::new();
    more.insert("stock-text".to_string(), vec!["red fox".to_string()]);
    let book = PhraseBook::with_extras(&more).unwrap();
    // Tokens: a0 red1 fox2 b3 red4 fox5 c6
    let a = Analysis::new("a red fox b red fox c", &book);
    let mut c = a.cursor(List::StockText);
    assert!(c.overlaps(&(2..3)));
    assert!(!c.overlaps(&(3..4)));
    assert!(c.overlaps(&(3..5)));
    let mut c = a.cursor(List::StockText);
    assert!(c.last_before(2).is_none());
    assert_eq!(c.last_before(3).map(|m| m.tokens.clone()), Some(1..3));
    assert_eq!(c.last_before(7).map(|m| m.tokens.clone()), Some(4..6));
}

/// A cursor answers what a scan of every match answers, for ranges asked
/// about in order of their start.
#[test]
fn a_cursor_walks_to_the_answers_of_a_full_scan() {
    let mut more = BTreeMap::new();
    more.insert("stock-text".to_string(), vec!["red fox".to_string()]);
    let book = PhraseBook::with_extras(&more).unwrap();
    let a = Analysis::new("a red fox b red fox c red d fox red fox", &book);
    let n = a.tokens.len();
    let ranges: Vec<std::ops::Range<usize>> = (0..n)
        .flat_map(|start| (start + 1..=n).map(move |end| start..end))
        .collect();
    let found = a.matches(List::StockText);
    assert_eq!(found.len(), 3);
    let mut cursor = a.cursor(List::StockText);
    let mut last = a.cursor(List::StockText);
    for r in &ranges {
        let overlaps = found
            .iter()
            .any(|m| m.tokens.start < r.end && r.start < m.tokens.end);
        let before = found.iter().rfind(|m| m.tokens.end <= r.start);
        assert_eq!(cursor.overlaps(r), overlaps, "{r:?}");
        assert_eq!(last.last_before(r.start), before, "{r:?}");
    }
}

#[test]
fn the_class_index_holds_what_the_entries_admit() {
    let book = PhraseBook::builtin();
    assert!(!book.by_class.is_empty());
    for classes in 0..64u8 {
        for head in [b'a', b'c', b'r', b's', b'z', b'0', b'\'', 0] {
            let mut got: Vec<usize> = book.by_classes(classes, head).collect();
            got.sort_unstable();
            let mut want: Vec<usize> = book
                .by_class
                .iter()
                .filter(|(e, _)| e.admits(classes, head))
                .map(|(_, id)| *id)
                .collect();
            want.sort_unstable();
            assert_eq!(got, want, "classes {classes:#b}, head {head}");
        }
    }
}

/// The lexicon's ids, worked out when the binary was built, are what
/// stemming and looking up at run time give: a book with one user pattern
/// takes the run-time path for every word, and its tokens must agree with
/// the built-in book's for every word of the data, its inflections and
/// its capitalised forms.
#[test]
fn the_lexicon_gives_what_stemming_gives() {
    let fast = PhraseBook::builtin();
    let mut more = BTreeMap::new();
    more.insert("filler".to_string(), vec!["zyzzyva quuxes".to_string()]);
    let slow = PhraseBook::with_extras(&more).unwrap();
    assert!(slow.vocab().has_added());
    let mut words: Vec<String> = super::BUILTIN_JSON
        .split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect();
    words.sort();
    words.dedup();
    let mut text = String::new();
    for w in &words {
        for form in [
            w.clone(),
            format!("{w}s"),
            format!("{w}es"),
            format!("{w}ed"),
            format!("{w}ing"),
            w.to_uppercase(),
        ] {
            text.push_str(&form);
            text.push_str(", ");
        }
    }
    let (a, _) = crate::lint::text::tokenize(&text, &fast);
    let (b, _) = crate::lint::text::tokenize(&text, &slow);
    assert_eq!(a.len(), b.len());
    assert!(a.len() > 5_000, "{} tokens", a.len());
    let known = a.iter().filter(|t| t.stem_id != super::UNKNOWN).count();
    assert!(known > 2_000, "{known} tokens with a known stem");
    for (x, y) in a.iter().zip(&b) {
        let ids =
            |t: &crate::lint::text::Token| (t.word_id, t.stem_id, t.alt_id, t.lists, t.name_like);
        assert_eq!(ids(x), ids(y), "{}", x.word);
    }
}
