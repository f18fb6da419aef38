//! The token: one normalised word of a note, what patterns match against.

use std::ops::Range;

use compact_str::CompactString;

#[cfg(doc)]
use crate::lint::phrases::SPELT;
use crate::lint::phrases::{COMMON, DETAIL, List};

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
    pub sentence: u32,
    /// 0-based line number.
    pub line: u32,
    /// What kind of token this is.
    pub kind: TokenKind,
    /// Starts with an uppercase letter in the note.
    pub capitalized: bool,
    /// Every letter is uppercase and there is at least one.
    pub all_caps: bool,
    /// Capitalised and not a common word: could be someone's name.
    pub name_like: bool,
    /// The phrase lists holding the word, or its singular, as a
    /// single-word entry (a mask of [`List::bit`]s, with [`DETAIL`] and
    /// [`SPELT`]): looked up once, while tokenising, for every rule that
    /// asks. (A bit, not a field: a token stays 96 bytes, and a long
    /// note's tokens are read by every rule.)
    pub lists: u64,
}

impl Token {
    /// Whether the word, or its singular (`okrs` for `okr`), is a
    /// single-word entry of `list`. Whole words, not stems: `Sam` is not
    /// `same`.
    pub fn in_list(&self, list: List) -> bool {
        self.lists & list.bit() != 0
    }

    /// Whether the word reads as a common word rather than a name.
    pub fn is_common(&self) -> bool {
        self.lists & COMMON != 0
    }

    /// Whether the word names a moment or an occasion: a weekday or month,
    /// a holiday, a kind of event that is not generic (`hackathon` yes,
    /// `event` no). Such a word turns a frame into context.
    pub fn is_detail(&self) -> bool {
        self.lists & DETAIL != 0
    }
}

// Every rule reads every token: a long note's tokens must stay compact.
const _: () = assert!(std::mem::size_of::<Token>() <= 88);
