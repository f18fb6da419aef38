//! Names: the recipient's and sender's, as the note writes them.

use std::borrow::Cow;

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

use super::greeting;
use crate::lint::Context;
use crate::lint::phrases::{List, PhraseBook};

/// A person's name split into folded words, titles dropped, accents set
/// aside (see [`name_key`]).
pub fn name_words(name: &str, book: &PhraseBook) -> Vec<String> {
    name.split(|c: char| {
        !(c.is_alphanumeric() || crate::lint::text::is_apostrophe(c) || is_combining_mark(c))
    })
    .filter(|w| !w.is_empty())
    .map(crate::lint::text::fold)
    .filter(|w| !book.contains_word(List::Title, w))
    .map(|w| name_key(&w).into_owned())
    .collect()
}

/// A folded word in composed form (NFC), so a name typed with a combining
/// accent (`Zoe\u{308}`) is the same name as `Zoë`.
pub fn name_key(word: &str) -> Cow<'_, str> {
    if word.is_ascii() {
        Cow::Borrowed(word)
    } else {
        Cow::Owned(word.nfc().collect())
    }
}

/// A word with its accents removed (`josé` → `jose`).
fn unaccented(word: &str) -> String {
    word.nfd().filter(|c| !is_combining_mark(*c)).collect()
}

/// A word of the note that is the known recipient's name without its
/// accents (`Jose` for `José`), with the name as the recipient writes it.
pub fn misspelt_name<'a>(cx: &Context<'a>) -> Option<(usize, &'a str)> {
    let recipient = cx.recipient?;
    let written: Vec<&str> = recipient
        .split(|c: char| !(c.is_alphanumeric() || is_combining_mark(c)))
        .filter(|w| w.chars().count() >= 2 && !w.is_ascii())
        .collect();
    cx.analysis.tokens.iter().enumerate().find_map(|(i, t)| {
        let bare = unaccented(&t.word);
        written
            .iter()
            .find(|w| unaccented(&crate::lint::text::fold(w)) == bare)
            .map(|w| (i, *w))
    })
}

/// Whether the note addresses the recipient by name: the known name when
/// there is one, else a greeting followed by a name.
pub fn addresses_recipient(cx: &Context<'_>) -> bool {
    let toks = &cx.analysis.tokens;
    if cx.recipient.is_none() {
        return greeting(cx).is_some_and(|g| g.name.is_some());
    }
    let words = cx.recipient_words();
    let Some(first) = words.first() else {
        return greeting(cx).is_some_and(|g| g.name.is_some());
    };
    // Any part of the name counts: given names come last in many cultures
    // (`Chen Wei` is greeted as `Wei`).
    if toks.iter().any(|t| {
        words
            .iter()
            .any(|w| name_key(&t.word) == *w && w.chars().count() >= 2)
    }) {
        return true;
    }
    let last = words.last().filter(|_| words.len() > 1);
    if let Some(last) = last {
        let titled = toks
            .windows(2)
            .any(|w| w[0].in_list(List::Title) && name_key(&w[1].word) == *last);
        if titled {
            return true;
        }
    }
    // A short form of the known first name (`Alex` for Alexander).
    greeting(cx)
        .and_then(|g| g.name)
        .map(|r| name_key(&toks[r.start].word))
        .is_some_and(|g| {
            g.chars().count() >= 3 && (first.starts_with(&*g) || g.starts_with(first.as_str()))
        })
}
