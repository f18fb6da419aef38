//! Splitting a note into tokens and sentences in one linear pass.

use compact_str::CompactString;
use unicode_normalization::char::is_combining_mark;

use super::normalize::{expand, fold_into, is_apostrophe, stem_into, stem_suffixes_into};
use super::{Sentence, Token, TokenKind};
use crate::lint::phrases::vocab::WordSet;
use crate::lint::phrases::{COMMON, List, PhraseBook, SPELT, UNKNOWN, WordInfo};

fn char_at(text: &str, pos: usize) -> Option<char> {
    text.get(pos..).and_then(|s| s.chars().next())
}

fn starts_url(rest: &str) -> bool {
    // Byte-wise and case-blind: this runs for every word, so it allocates nothing.
    let b = rest.as_bytes();
    // Most words start with neither `h` nor `w`.
    if !b.first().is_some_and(|c| matches!(c | 0x20, b'h' | b'w')) {
        return false;
    }
    let has =
        |prefix: &[u8]| b.len() >= prefix.len() && b[..prefix.len()].eq_ignore_ascii_case(prefix);
    has(b"http://") || has(b"https://") || has(b"www.")
}

fn is_word_char(c: char) -> bool {
    // A combining accent typed after its letter (`e` + U+0301) is part of the word.
    c.is_alphanumeric() || c == '_' || (!c.is_ascii() && is_combining_mark(c))
}

fn is_joiner(c: char) -> bool {
    is_apostrophe(c) || matches!(c, '.' | '@' | '&')
}

/// The tokens and sentences of `text`.
pub fn tokenize(text: &str, book: &PhraseBook) -> (Vec<Token>, Vec<Sentence>) {
    let split = split(text, book);
    (split.tokens, split.sentences)
}

/// A note split into tokens and sentences, with the tokens written in
/// capitals listed apart: the rules about capitals read those, not every
/// token of a long note.
pub(super) struct Split {
    pub tokens: Vec<Token>,
    pub sentences: Vec<Sentence>,
    /// Indexes of the tokens whose letters are all capitals, in order.
    pub capitals: Vec<usize>,
    /// Indexes of the lowercase words the lexicon does not vouch for as
    /// written, in order: all the spelling check needs to look up.
    pub unvouched: Vec<usize>,
    /// The word, stem and second-reading ids of every token.
    pub present: WordSet,
}

/// [`tokenize`], with the capitals listed.
pub(super) fn split(text: &str, book: &PhraseBook) -> Split {
    let mut st = State {
        tokens: Vec::with_capacity(text.len() / 5 + 1),
        sentences: Vec::new(),
        capitals: Vec::new(),
        unvouched: Vec::with_capacity(text.len() / 8),
        present: WordSet::with_len(book.vocab().len()),
        open: 0,
        long_words: 0,
        question: false,
        line: 0,
        folded: String::new(),
        stem: String::new(),
    };
    let mut pos = 0;
    let mut ci = 0;
    while let Some(&b) = text.as_bytes().get(pos) {
        // ASCII is read as bytes; only other chars are decoded.
        let c = if b.is_ascii() {
            char::from(b)
        } else {
            char_at(text, pos).unwrap_or_default()
        };
        if is_word_char(c) {
            let word = scan_word(text, pos);
            if word.plain {
                st.push_plain_word(text, pos..word.end, ci, book);
            } else {
                st.push_word(text, pos..word.end, ci, book);
            }
            pos = word.end;
            ci += word.chars;
            continue;
        }
        match c {
            '?' => {
                if st.open == st.tokens.len()
                    && let Some(last) = st.sentences.last_mut()
                {
                    last.question = true;
                }
                st.question = true;
                st.close();
            }
            '!' | ';' | '…' => st.close(),
            '\n' => {
                st.close();
                st.line += 1;
            }
            '.' if ends_sentence(text, pos, &st.tokens) => st.close(),
            _ => {}
        }
        pos += c.len_utf8();
        ci += 1;
    }
    st.close();
    Split {
        tokens: st.tokens,
        sentences: st.sentences,
        capitals: st.capitals,
        unvouched: st.unvouched,
        present: st.present,
    }
}

/// A word of two letters or more, the words [`State::unshout`] weighs.
fn long_word(t: &Token) -> bool {
    t.kind == TokenKind::Word && t.word.chars().nth(1).is_some()
}

/// A word (or address) found by [`scan_word`].
struct Scanned {
    /// Its byte end.
    end: usize,
    /// Its length in chars.
    chars: usize,
    /// Made only of ASCII letters and digits: no address, no apostrophe,
    /// nothing to fold but case (most words of a note).
    plain: bool,
}

/// The word (or address) starting at `start`.
fn scan_word(text: &str, start: usize) -> Scanned {
    let rest = &text[start..];
    if starts_url(rest) {
        let raw_end = rest.find(char::is_whitespace).unwrap_or(rest.len());
        let trimmed = rest[..raw_end].trim_end_matches(['.', ',', ')', '!', '?', ';', ':', '"']);
        return Scanned {
            end: start + trimmed.len(),
            chars: trimmed.chars().count(),
            plain: false,
        };
    }
    let mut pos = start;
    let mut chars = 0;
    let mut plain = true;
    loop {
        // ASCII letters and digits are word characters and never joiners.
        let run = text.as_bytes()[pos..]
            .iter()
            .take_while(|b| b.is_ascii_alphanumeric())
            .count();
        pos += run;
        chars += run;
        let Some(c) = char_at(text, pos) else { break };
        let joins = is_joiner(c) && char_at(text, pos + c.len_utf8()).is_some_and(is_word_char);
        if !(is_word_char(c) || joins) {
            break;
        }
        plain = false;
        pos += c.len_utf8();
        chars += 1;
    }
    Scanned {
        end: pos,
        chars,
        plain,
    }
}

fn ends_sentence(text: &str, pos: usize, tokens: &[Token]) -> bool {
    let next = char_at(text, pos + 1);
    if next.is_some_and(|n| !n.is_whitespace() && !matches!(n, '"' | ')' | '\'' | '”' | '’')) {
        return false;
    }
    match tokens.last() {
        Some(t) if t.bytes.end == pos => {
            let single_initial = t.capitalized && t.word.chars().count() == 1;
            !(single_initial || t.in_list(List::Abbreviation))
        }
        _ => true,
    }
}

struct State {
    tokens: Vec<Token>,
    sentences: Vec<Sentence>,
    capitals: Vec<usize>,
    unvouched: Vec<usize>,
    present: WordSet,
    /// The first token of the open sentence.
    open: usize,
    /// How many of its tokens are words of two letters or more.
    long_words: usize,
    question: bool,
    line: u32,
    /// Reused buffers: tokenising allocates only each token's word.
    folded: String,
    stem: String,
}

impl State {
    fn close(&mut self) {
        self.unshout();
        if self.open < self.tokens.len() {
            self.sentences.push(Sentence {
                tokens: self.open..self.tokens.len(),
                question: self.question,
            });
            self.open = self.tokens.len();
        }
        self.long_words = 0;
        self.question = false;
    }

    /// In a sentence written in capitals ("I WOULD LOVE TO CONNECT"), a
    /// capital says nothing: its words are neither names nor proper nouns,
    /// except known acronyms. They stay `all_caps` for the shouting rule.
    /// Done as the sentence closes, from its capitals alone.
    fn unshout(&mut self) {
        let first = self.capitals.partition_point(|&i| i < self.open);
        let caps = &self.capitals[first..];
        let n = self.long_words;
        let shouted = caps.iter().filter(|&&i| long_word(&self.tokens[i])).count();
        if n < 3 || shouted * 5 < n * 3 {
            return;
        }
        for &i in caps {
            let t = &mut self.tokens[i];
            if long_word(t) && !t.in_list(List::Acronym) {
                t.capitalized = false;
                t.name_like = false;
            }
        }
    }

    /// [`State::push_word`] for a word of ASCII letters and digits only:
    /// nothing to fold but case, no address, no contraction.
    fn push_plain_word(
        &mut self,
        text: &str,
        bytes: std::ops::Range<usize>,
        ci: usize,
        book: &PhraseBook,
    ) {
        let raw = &text[bytes.clone()];
        let mut word = CompactString::from(raw);
        word.make_ascii_lowercase();
        if word == "cannot" {
            self.push_word(text, bytes, ci, book);
            return;
        }
        let kind = if raw.bytes().all(|b| b.is_ascii_digit()) {
            TokenKind::Number
        } else {
            TokenKind::Word
        };
        let chars = ci..ci + raw.len();
        self.push_piece(text, bytes, chars, word, None, kind, book);
    }

    fn push_word(
        &mut self,
        text: &str,
        bytes: std::ops::Range<usize>,
        ci: usize,
        book: &PhraseBook,
    ) {
        let raw = &text[bytes.clone()];
        let mut folded = std::mem::take(&mut self.folded);
        fold_into(raw, &mut folded);
        let kind = classify(raw, &folded, book);
        let raw_len = if raw.is_ascii() {
            raw.len()
        } else {
            raw.chars().count()
        };
        let simple = kind != TokenKind::Word || (!folded.contains('\'') && folded != "cannot");
        if simple {
            self.push_piece(
                text,
                bytes,
                ci..ci + raw_len,
                CompactString::from(folded.as_str()),
                None,
                kind,
                book,
            );
            self.folded = folded;
            return;
        }
        let pieces = expand(&folded);
        let raw_chars: Vec<(usize, char)> = raw.char_indices().collect();
        let exact = folded.chars().count() == raw_chars.len();
        let mut offset = 0;
        for piece in pieces {
            let (from, to) = if exact {
                (offset, (offset + piece.len).min(raw_chars.len()))
            } else {
                (0, raw_chars.len())
            };
            offset += piece.len;
            if from >= to {
                continue;
            }
            let b0 = bytes.start + raw_chars[from].0;
            let b1 = raw_chars
                .get(to)
                .map_or(bytes.end, |(b, _)| bytes.start + b);
            self.push_piece(
                text,
                b0..b1,
                ci + from..ci + to,
                piece.word,
                piece.alt,
                kind,
                book,
            );
        }
        self.folded = folded;
    }

    #[allow(clippy::too_many_arguments)]
    fn push_piece(
        &mut self,
        text: &str,
        bytes: std::ops::Range<usize>,
        chars: std::ops::Range<usize>,
        word: CompactString,
        alt: Option<&'static str>,
        kind: TokenKind,
        book: &PhraseBook,
    ) {
        let (capitalized, all_caps) = case_of(&text[bytes.clone()]);
        let info = book.word_info(&word);
        let stem_id = self.stem_id(&word, info, kind, book);
        let alt_id = alt.map_or(UNKNOWN, |alt| {
            self.stem_id(alt, book.word_info(alt), kind, book)
        });
        let name_like = capitalized
            && kind == TokenKind::Word
            && word.chars().nth(1).is_some()
            && info.lists & COMMON == 0;
        if all_caps {
            self.capitals.push(self.tokens.len());
        }
        for id in [info.word_id, stem_id, alt_id] {
            self.present.insert(id);
        }
        let vouched = || info.lists & SPELT != 0 && text[bytes.clone()].eq_ignore_ascii_case(&word);
        if kind == TokenKind::Word && !capitalized && !all_caps && !vouched() {
            self.unvouched.push(self.tokens.len());
        }
        if kind == TokenKind::Word && word.chars().nth(1).is_some() {
            self.long_words += 1;
        }
        self.tokens.push(Token {
            word_id: info.word_id,
            stem_id,
            alt_id,
            word,
            chars,
            bytes,
            sentence: u32::try_from(self.sentences.len()).unwrap_or(u32::MAX),
            line: self.line,
            kind,
            capitalized,
            all_caps,
            name_like,
            lists: info.lists,
        });
    }

    /// The id of the stem of `word`: from the lexicon when it knows it,
    /// else stemmed here (an irregular form is always in the lexicon, so
    /// an unknown word needs only its suffixes taken off).
    fn stem_id(&mut self, word: &str, info: WordInfo, kind: TokenKind, book: &PhraseBook) -> u32 {
        if kind != TokenKind::Word {
            return info.word_id;
        }
        if let Some(id) = info.stem_id {
            return id;
        }
        if info.known {
            stem_into(word, book.irregular(), &mut self.stem);
        } else {
            stem_suffixes_into(word, &mut self.stem);
        }
        if self.stem == word {
            info.word_id
        } else {
            book.vocab().get(&self.stem)
        }
    }
}

/// Whether `part` starts with a capital, and whether all its letters are
/// capitals (and it has one).
fn case_of(part: &str) -> (bool, bool) {
    if part.is_ascii() {
        let b = part.as_bytes();
        let capitalized = b.first().is_some_and(u8::is_ascii_uppercase);
        let all_caps =
            b.iter().any(u8::is_ascii_alphabetic) && !b.iter().any(u8::is_ascii_lowercase);
        return (capitalized, all_caps);
    }
    let capitalized = part.chars().next().is_some_and(char::is_uppercase);
    let all_caps = part.chars().any(char::is_alphabetic) && !part.chars().any(char::is_lowercase);
    (capitalized, all_caps)
}

fn classify(raw: &str, folded: &str, book: &PhraseBook) -> TokenKind {
    if starts_url(raw) {
        TokenKind::Url
    } else if folded.contains('@') && folded.contains('.') {
        TokenKind::Email
    } else if folded.contains('.')
        && folded
            .rsplit('.')
            .next()
            .is_some_and(|t| book.contains_word(List::Tld, t))
    {
        TokenKind::Url
    } else if folded.chars().all(|c| c.is_ascii_digit()) {
        TokenKind::Number
    } else {
        TokenKind::Word
    }
}
