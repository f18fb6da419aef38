//! The token: one normalised word of a note, what patterns match against.

use std::ops::Range;

use compact_str::CompactString;

/// What a token is, beyond being a word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters (possibly with digits, internal dots or apostrophes).
    Word,
    /// Digits only.
    Number,
    /// A web address (`https://…`, `www.…`).
    Url,
    /// An e-mail address.
    Email,
}

/// One normalised word of the note.
#[derive(Debug, Clone)]
pub struct Token {
    /// Lowercase, straight apostrophes, contractions expanded (`would`).
    pub word: CompactString,
    /// Interned id of `word` in the phrase book (or `UNKNOWN`).
    pub word_id: u32,
    /// Interned id of the word's crude stem, which patterns compare against.
    pub stem_id: u32,
    /// Interned stem id of a second reading (`'d` is also `had`).
    pub alt_id: u32,
    /// Char offsets into the note, end exclusive.
    pub chars: Range<usize>,
    /// Byte offsets into the note, end exclusive.
    pub bytes: Range<usize>,
    /// Index of the sentence it belongs to.
    pub sentence: usize,
    /// 0-based line number.
    pub line: usize,
    /// What kind of token this is.
    pub kind: TokenKind,
    /// Starts with an uppercase letter in the note.
    pub capitalized: bool,
    /// Every letter is uppercase and there is at least one.
    pub all_caps: bool,
    /// Capitalised and not a common word: could be someone's name.
    pub name_like: bool,
}
