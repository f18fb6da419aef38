//! Text analysis shared by every rule: the note split once into normalised
//! words with exact char spans, grouped into sentences, and the phrase-list
//! matches found in it. Everything here is linear in the text.
//!
//! `text` and [`super::phrases`] import each other on purpose: the
//! tokeniser asks the phrase book's word sets (acronyms) how to read a
//! capital, and the phrase book matches over tokens. Merging them would
//! make one module of two jobs; splitting the word sets out would move
//! data away from the lists it is edited with.

mod normalize;
mod token;
mod tokenize;

use std::ops::Range;

pub use normalize::{
    Irregular, expand, fold, fold_into, is_apostrophe, stem, stem_into, stem_suffixes_into,
};
pub use token::{Token, TokenKind};
use tokenize::split;
pub use tokenize::tokenize;

use super::phrases::{List, Match, PhraseBook};

/// A sentence: a run of tokens ended by `.`, `!`, `?`, `;` or a line break.
#[derive(Debug, Clone)]
pub struct Sentence {
    /// Token indexes of the sentence.
    pub tokens: Range<usize>,
    /// Ends with a question mark.
    pub question: bool,
}

/// See [`Analysis::cursor`].
#[derive(Debug, Clone)]
pub struct Cursor<'a> {
    found: &'a [Match],
    /// The first match not ending at or before the last position asked.
    next: usize,
}

impl<'a> Cursor<'a> {
    /// Moves past the matches ending at or before token `i`; `i` must
    /// not be smaller than at the last call.
    fn seek(&mut self, i: usize) {
        while self.found.get(self.next).is_some_and(|m| m.tokens.end <= i) {
            self.next += 1;
        }
    }

    /// Whether a match shares a token with `range`.
    pub fn overlaps(&mut self, range: &Range<usize>) -> bool {
        self.seek(range.start);
        self.found
            .get(self.next)
            .is_some_and(|m| m.tokens.start < range.end)
    }

    /// The last match ending at or before token `i`, if any.
    pub fn last_before(&mut self, i: usize) -> Option<&'a Match> {
        self.seek(i);
        self.next.checked_sub(1).map(|k| &self.found[k])
    }
}

/// The analysed note: tokens, sentences and phrase matches per list.
#[derive(Debug, Clone)]
pub struct Analysis {
    /// Every token, in order.
    pub tokens: Vec<Token>,
    /// Every sentence, in order.
    pub sentences: Vec<Sentence>,
    capitals: Vec<usize>,
    unvouched: Vec<usize>,
    matches: Vec<Vec<Match>>,
}

impl Analysis {
    /// Tokenises `text` and finds every phrase of `book` in it.
    pub fn new(text: &str, book: &PhraseBook) -> Self {
        let split = split(text, book);
        let matches = book.find_all(&split.tokens, &split.present);
        Analysis {
            tokens: split.tokens,
            sentences: split.sentences,
            capitals: split.capitals,
            unvouched: split.unvouched,
            matches,
        }
    }

    /// The lowercase words the lexicon does not vouch for as written (it
    /// does not know them, or the misspelling dictionary lists them), in
    /// order: what the spelling check looks up instead of every token.
    pub fn unvouched(&self) -> impl Iterator<Item = &Token> {
        self.unvouched.iter().map(|&i| &self.tokens[i])
    }

    /// The tokens whose letters are all capitals, in order: what the rules
    /// about capitals read instead of every token.
    pub fn capitals(&self) -> impl Iterator<Item = &Token> {
        self.capitals.iter().map(|&i| &self.tokens[i])
    }

    /// The matches of one list, in order, overlapping ones merged.
    pub fn matches(&self, list: List) -> &[Match] {
        &self.matches[list as usize]
    }

    /// Whether any phrase of `list` occurs.
    pub fn has(&self, list: List) -> bool {
        !self.matches(list).is_empty()
    }

    /// A walk over the matches of `list` (sorted and disjoint) for ranges
    /// asked about in order of their start: each match is passed once, so
    /// a long note stays linear.
    pub fn cursor(&self, list: List) -> Cursor<'_> {
        Cursor {
            found: self.matches(list),
            next: 0,
        }
    }

    /// Char span of tokens `range` (end exclusive).
    pub fn char_span(&self, range: &Range<usize>) -> Range<usize> {
        let start = self.tokens[range.start].chars.start;
        let end = self.tokens[range.end - 1].chars.end;
        start..end
    }

    /// Byte span of tokens `range` (end exclusive).
    pub fn byte_span(&self, range: &Range<usize>) -> Range<usize> {
        let start = self.tokens[range.start].bytes.start;
        let end = self.tokens[range.end - 1].bytes.end;
        start..end
    }

    /// Whether token `i` opens its sentence.
    pub fn starts_sentence(&self, i: usize) -> bool {
        i == 0 || self.tokens[i - 1].sentence != self.tokens[i].sentence
    }
}
