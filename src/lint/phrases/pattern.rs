//! The small pattern language of the phrase lists.
//!
//! A pattern is a sequence of slots separated by spaces; it matches a run
//! of normalised tokens inside one sentence.
//!
//! | slot | matches |
//! |---|---|
//! | `word` | one token with the same stem (`meet` matches meet, meets, meeting, met) |
//! | `=word` | one token that is exactly `word` after lowercasing (no stemming) |
//! | `pre*` | one token starting with `pre` |
//! | `*ing` | one token ending with `ing` (and longer than that) |
//! | `@name` | any word of the named word set (`@event`: conference, meetup, …) |
//! | `a\|b\|c` | one token matching any alternative |
//! | `slot?` | the slot, or nothing |
//! | `*` / `*N` | a gap of 0 to 3 (or 0 to N, at most 8) tokens |
//! | `<name>` | a capitalised word that is not a common word |
//! | `<num>` `<url>` `<any>` | a number, a web or e-mail address, any token |
//!
//! A pattern written with a leading `~` is a *frame*: words that gesture at
//! context ("since we last spoke", "your work") without giving any. Rules
//! that read frames count them only when the sentence also holds a concrete
//! detail (see `detect::has_detail`).
//!
//! Words are normalised like the note: case and curly apostrophes do not
//! matter and contractions expand (`let's` is `let us`, `I'd` is `I would`
//! or `I had`). Hyphens and slashes separate words. Word sets are
//! defined once in the data file's `sets` and shared by every list.

use super::compile::{Compiler, Grammar};
use super::image::{Reader, Writer};
use super::vocab::WordSet;
use crate::lint::text::{Token, TokenKind};

/// The largest gap a pattern may ask for, to keep matching linear.
pub(super) const MAX_GAP: usize = 8;
/// The most words and gaps one pattern may have: with [`MAX_SPAN`], this
/// bounds the work of one match attempt, whatever the note.
const MAX_SLOTS: usize = 32;
/// The most words one match may cover (every gap taken at its widest).
const MAX_SPAN: usize = 96;

/// One alternative of a slot.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Atom {
    /// Same stem as the token (interned).
    Stem(u32),
    /// Same normalised word as the token (interned), with the word's stem id.
    Exact(u32, u32),
    /// The token starts with this.
    Prefix(String),
    /// The token ends with this and is longer.
    Suffix(String),
    /// A name-like word.
    Name,
    /// A number.
    Num,
    /// A web or e-mail address.
    Url,
    /// Any token.
    Any,
}

impl Atom {
    fn matches(&self, t: &Token) -> bool {
        match self {
            Atom::Stem(s) => {
                matches!(t.kind, TokenKind::Word | TokenKind::Number)
                    && (t.stem_id == *s || t.alt_id == *s)
            }
            Atom::Exact(w, _) => t.word_id == *w,
            Atom::Prefix(p) => t.kind == TokenKind::Word && t.word.starts_with(p.as_str()),
            Atom::Suffix(x) => {
                t.kind == TokenKind::Word
                    && t.word.len() > x.len() + 1
                    && t.word.ends_with(x.as_str())
            }
            Atom::Name => t.name_like,
            Atom::Num => t.kind == TokenKind::Number,
            Atom::Url => matches!(t.kind, TokenKind::Url | TokenKind::Email),
            Atom::Any => true,
        }
    }
}

/// The alternatives of one slot, plain words as sorted ids so a slot of
/// hundreds of alternatives is checked with a binary search.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Alternatives {
    stems: Vec<u32>,
    exact: Vec<u32>,
    exact_stems: Vec<u32>,
    others: Vec<Atom>,
    /// Bit `id % 64` of every id in `stems`, then in `exact`: one test
    /// turns most tokens away before any binary search.
    stem_bits: u64,
    exact_bits: u64,
}

/// The bit of `id` in a mask like [`Alternatives::stem_bits`].
fn id_bit(id: u32) -> u64 {
    1 << (id % 64)
}

fn id_bits(ids: &[u32]) -> u64 {
    ids.iter().fold(0, |bits, &id| bits | id_bit(id))
}

impl Alternatives {
    pub(super) fn new(atoms: Vec<Atom>) -> Self {
        let stems = atoms.iter().filter(|a| matches!(a, Atom::Stem(_))).count();
        let exact = atoms
            .iter()
            .filter(|a| matches!(a, Atom::Exact(..)))
            .count();
        let mut alt = Alternatives {
            stems: Vec::with_capacity(stems),
            exact: Vec::with_capacity(exact),
            exact_stems: Vec::with_capacity(exact),
            others: Vec::new(),
            stem_bits: 0,
            exact_bits: 0,
        };
        for atom in atoms {
            match atom {
                Atom::Stem(s) => alt.stems.push(s),
                Atom::Exact(w, s) => {
                    alt.exact.push(w);
                    alt.exact_stems.push(s);
                }
                other => alt.others.push(other),
            }
        }
        for ids in [&mut alt.stems, &mut alt.exact, &mut alt.exact_stems] {
            ids.sort_unstable();
            ids.dedup();
        }
        alt.stem_bits = id_bits(&alt.stems);
        alt.exact_bits = id_bits(&alt.exact);
        alt
    }

    fn matches(&self, t: &Token) -> bool {
        let has_stem =
            |id: u32| self.stem_bits & id_bit(id) != 0 && self.stems.binary_search(&id).is_ok();
        let stem_hit = matches!(t.kind, TokenKind::Word | TokenKind::Number)
            && (has_stem(t.stem_id) || has_stem(t.alt_id));
        stem_hit
            || (self.exact_bits & id_bit(t.word_id) != 0
                && self.exact.binary_search(&t.word_id).is_ok())
            || self.others.iter().any(|a| a.matches(t))
    }

    /// Every stem and exact word id the slot accepts.
    fn ids(&self) -> Vec<u32> {
        self.stems.iter().chain(&self.exact).copied().collect()
    }

    /// What a token must be to match: one of these stems, or of a class
    /// that an atom like `<name>` or `pre*` stands for.
    pub fn entry(&self) -> Entry {
        let mut entry = Entry {
            stems: self
                .stems
                .iter()
                .chain(&self.exact_stems)
                .copied()
                .collect(),
            classes: 0,
            heads: Vec::new(),
        };
        for atom in &self.others {
            entry.classes |= match atom {
                Atom::Name => Entry::NAME,
                Atom::Num => Entry::NUM,
                Atom::Url => Entry::URL,
                Atom::Any => Entry::ANY,
                Atom::Prefix(p) => {
                    entry.heads.extend(p.bytes().next());
                    Entry::PREFIX
                }
                Atom::Suffix(_) => Entry::WORD,
                Atom::Stem(_) | Atom::Exact(..) => 0,
            };
        }
        entry.heads.sort_unstable();
        entry.heads.dedup();
        entry
    }
}

/// The tokens that can start a match of a pattern, so the phrase book can
/// try each pattern only where its first slot has a chance.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// Stem ids (the token's stem or second reading must be one of them).
    pub stems: Vec<u32>,
    /// Token classes, as a mask of the constants below.
    pub classes: u8,
    /// First bytes of the `pre*` prefixes, when [`Entry::PREFIX`] is set.
    pub heads: Vec<u8>,
}

impl Entry {
    /// Name-like words (`<name>`).
    pub const NAME: u8 = 1;
    /// Numbers (`<num>`).
    pub const NUM: u8 = 2;
    /// Web and e-mail addresses (`<url>`).
    pub const URL: u8 = 4;
    /// Words that may start with a prefix (`pre*`).
    pub const PREFIX: u8 = 8;
    /// Every token (`<any>`).
    pub const ANY: u8 = 16;
    /// Every word (`*ing`).
    pub const WORD: u8 = 32;

    /// The classes token `t` belongs to.
    pub fn classes_of(t: &Token) -> u8 {
        let mut classes = Entry::ANY;
        if t.name_like {
            classes |= Entry::NAME;
        }
        match t.kind {
            TokenKind::Number => classes |= Entry::NUM,
            TokenKind::Url | TokenKind::Email => classes |= Entry::URL,
            TokenKind::Word => classes |= Entry::PREFIX | Entry::WORD,
        }
        classes
    }

    /// Whether a token of `classes` whose word starts with `head` may
    /// start a match through the pattern's classes: the rule the phrase
    /// book's class index follows (and is tested against).
    #[cfg(test)]
    pub fn admits(&self, classes: u8, head: u8) -> bool {
        let common = self.classes & classes;
        common & !Entry::PREFIX != 0
            || (common & Entry::PREFIX != 0 && self.heads.binary_search(&head).is_ok())
    }
}

/// One position of a pattern.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Slot {
    /// One token matching any of the atoms; optional slots may be skipped.
    One {
        /// The alternatives.
        atoms: Alternatives,
        /// Whether the slot may match nothing.
        optional: bool,
    },
    /// Zero to N tokens of anything.
    Gap(usize),
}

/// A compiled pattern.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pattern {
    slots: Vec<Slot>,
    /// Written with a leading `~`: the match needs a detail nearby.
    frame: bool,
    /// The word ids of the most selective required slot after the first:
    /// a note holding none of them cannot match (empty: no such slot).
    needs: Vec<u32>,
    /// Tokens a match can cover at most, plus one: worked out once, not
    /// at every attempt.
    width: usize,
    /// Every slot is one required word (no gap, nothing optional): a match
    /// is a straight walk, with no search (most patterns).
    fixed: bool,
}

/// Slots with more alternatives than this make a poor filter.
const MAX_NEEDS: usize = 16;

impl Pattern {
    fn new(slots: Vec<Slot>) -> Pattern {
        let needs = slots
            .iter()
            .skip(1)
            .filter_map(|slot| match slot {
                Slot::One {
                    atoms,
                    optional: false,
                } if atoms.others.is_empty() => Some(atoms.ids()),
                _ => None,
            })
            .filter(|ids| ids.len() <= MAX_NEEDS)
            .min_by_key(Vec::len)
            .unwrap_or_default();
        Pattern {
            width: 1 + span(&slots),
            fixed: is_fixed(&slots),
            slots,
            frame: false,
            needs,
        }
    }

    /// Whether the pattern is a frame (`~`): it gestures at context and
    /// counts only next to a concrete detail.
    pub fn is_frame(&self) -> bool {
        self.frame
    }

    /// Whether the note whose word ids are `present` may hold a match.
    pub fn possible(&self, present: &WordSet) -> bool {
        self.needs.is_empty() || self.needs.iter().any(|&id| present.contains(id))
    }

    /// Parses `src`; a leading optional slot yields two patterns (with and
    /// without it) so every pattern starts with a required token.
    pub fn parse(src: &str, grammar: &mut Grammar) -> Result<Vec<Pattern>, String> {
        let (src, frame) = match src.trim_start().strip_prefix('~') {
            Some(rest) => (rest, true),
            None => (src, false),
        };
        let mut patterns = Pattern::parse_plain(src, grammar)?;
        for p in &mut patterns {
            p.frame = frame;
        }
        Ok(patterns)
    }

    fn parse_plain(src: &str, grammar: &mut Grammar) -> Result<Vec<Pattern>, String> {
        let mut cx = Compiler {
            grammar,
            folded: String::new(),
            stemmed: String::new(),
        };
        let mut slots = Vec::new();
        for part in src
            .split(|c: char| c.is_whitespace() || matches!(c, '-' | '/'))
            .filter(|p| !p.is_empty())
        {
            cx.parse_slot(part, &mut slots)?;
        }
        while matches!(slots.last(), Some(Slot::Gap(_))) {
            slots.pop();
        }
        check_size(&slots)?;
        match slots.first() {
            None => Err("the pattern is empty".into()),
            Some(Slot::Gap(_)) => Err("a pattern cannot start with a gap".into()),
            Some(Slot::One { optional: true, .. }) => {
                let mut with = slots.clone();
                if let Some(Slot::One { optional, .. }) = with.first_mut() {
                    *optional = false;
                }
                let mut without = Pattern::parse_rest(&slots[1..])?;
                without.insert(0, Pattern::new(with));
                Ok(without)
            }
            Some(Slot::One { .. }) => Ok(vec![Pattern::new(slots)]),
        }
    }

    fn parse_rest(rest: &[Slot]) -> Result<Vec<Pattern>, String> {
        let mut slots = rest.to_vec();
        while matches!(slots.first(), Some(Slot::Gap(_))) {
            slots.remove(0);
        }
        match slots.first() {
            None => Err("the pattern is only optional words".into()),
            Some(Slot::One { optional: true, .. }) => {
                Err("a pattern may not start with two optional words; write two patterns".into())
            }
            _ => Ok(vec![Pattern::new(slots)]),
        }
    }

    /// The tokens that can start a match.
    pub fn entry(&self) -> Entry {
        match &self.slots[0] {
            Slot::One { atoms, .. } => atoms.entry(),
            Slot::Gap(_) => Entry {
                stems: Vec::new(),
                classes: Entry::ANY,
                heads: Vec::new(),
            },
        }
    }

    /// The end (exclusive) of a match starting at token `i`, if any.
    pub fn match_at(&self, tokens: &[Token], i: usize) -> Option<usize> {
        let sentence = tokens.get(i)?.sentence;
        if self.fixed {
            let end = i + self.slots.len();
            let walk = self.slots.iter().zip(tokens.get(i..end)?);
            let hit = walk.into_iter().all(|(slot, t)| {
                t.sentence == sentence
                    && matches!(slot, Slot::One { atoms, .. } if atoms.matches(t))
            });
            return hit.then_some(end);
        }
        self.search(tokens, i, sentence).run(0, i)
    }

    /// A search for a match of the pattern from token `i`.
    fn search<'a>(&'a self, tokens: &'a [Token], i: usize, sentence: u32) -> Search<'a> {
        Search {
            slots: &self.slots,
            tokens,
            sentence,
            start: i,
            width: self.width,
            steps: 0,
            dead: Vec::new(),
        }
    }
}

/// The image form of patterns (see [`super::image`]): what the build
/// script writes and the phrase book reads back when a pattern is first
/// tried.
impl Pattern {
    #[cfg_attr(not(test), allow(dead_code))] // the build script writes
    /// Appends the pattern to an image.
    pub fn write(&self, out: &mut Writer) {
        out.u32(u32::from(self.frame));
        write_ids(out, &self.needs);
        out.usize(self.slots.len());
        for slot in &self.slots {
            match slot {
                Slot::Gap(n) => {
                    out.u32(0);
                    out.usize(*n);
                }
                Slot::One { atoms, optional } => {
                    out.u32(1 + u32::from(*optional));
                    write_ids(out, &atoms.stems);
                    write_ids(out, &atoms.exact);
                    write_ids(out, &atoms.exact_stems);
                    out.usize(atoms.others.len());
                    for atom in &atoms.others {
                        atom.write(out);
                    }
                }
            }
        }
    }

    /// [`Pattern::possible`] of the pattern written at `r`, without reading
    /// the rest of it.
    pub fn possible_in(r: &mut Reader, present: &WordSet) -> bool {
        r.skip(1);
        let n = r.usize();
        n == 0 || (0..n).any(|_| present.contains(r.u32()))
    }

    /// Reads a pattern written by [`Pattern::write`].
    pub fn read(r: &mut Reader) -> Pattern {
        let frame = r.u32() != 0;
        let needs = read_ids(r);
        let n = r.usize();
        let mut slots = Vec::with_capacity(n.min(MAX_SLOTS));
        for _ in 0..n.min(MAX_SLOTS) {
            let kind = r.u32();
            if kind == 0 {
                slots.push(Slot::Gap(r.usize()));
                continue;
            }
            let stems = read_ids(r);
            let exact = read_ids(r);
            let exact_stems = read_ids(r);
            let others = (0..r.usize()).map(|_| Atom::read(r)).collect();
            slots.push(Slot::One {
                atoms: Alternatives {
                    stem_bits: id_bits(&stems),
                    exact_bits: id_bits(&exact),
                    stems,
                    exact,
                    exact_stems,
                    others,
                },
                optional: kind == 2,
            });
        }
        Pattern {
            width: 1 + span(&slots),
            fixed: is_fixed(&slots),
            slots,
            frame,
            needs,
        }
    }
}

impl Atom {
    #[cfg_attr(not(test), allow(dead_code))] // the build script writes
    fn write(&self, out: &mut Writer) {
        match self {
            Atom::Stem(id) => {
                out.u32(0);
                out.u32(*id);
            }
            Atom::Exact(word, stem) => {
                out.u32(1);
                out.u32(*word);
                out.u32(*stem);
            }
            Atom::Prefix(p) => {
                out.u32(2);
                out.str(p);
            }
            Atom::Suffix(x) => {
                out.u32(3);
                out.str(x);
            }
            Atom::Name => out.u32(4),
            Atom::Num => out.u32(5),
            Atom::Url => out.u32(6),
            Atom::Any => out.u32(7),
        }
    }

    fn read(r: &mut Reader) -> Atom {
        match r.u32() {
            0 => Atom::Stem(r.u32()),
            1 => {
                let word = r.u32();
                Atom::Exact(word, r.u32())
            }
            2 => Atom::Prefix(r.str().unwrap_or_default().to_string()),
            3 => Atom::Suffix(r.str().unwrap_or_default().to_string()),
            4 => Atom::Name,
            5 => Atom::Num,
            6 => Atom::Url,
            _ => Atom::Any,
        }
    }
}

impl Entry {
    #[cfg_attr(not(test), allow(dead_code))] // the build script writes
    /// Appends the entry's classes and heads to an image (its stems go
    /// into the index).
    pub fn write(&self, out: &mut Writer) {
        out.u32(u32::from(self.classes));
        out.usize(self.heads.len());
        for &h in &self.heads {
            out.u32(u32::from(h));
        }
    }

    /// Reads what [`Entry::write`] wrote (with no stems).
    pub fn read(r: &mut Reader) -> Entry {
        let classes = u8::try_from(r.u32()).unwrap_or(0);
        let heads = (0..r.usize())
            .map(|_| u8::try_from(r.u32()).unwrap_or(0))
            .collect();
        Entry {
            stems: Vec::new(),
            classes,
            heads,
        }
    }
}

#[cfg_attr(not(test), allow(dead_code))] // the build script writes
fn write_ids(out: &mut Writer, ids: &[u32]) {
    out.usize(ids.len());
    for &id in ids {
        out.u32(id);
    }
}

fn read_ids(r: &mut Reader) -> Vec<u32> {
    (0..r.usize()).map(|_| r.u32()).collect()
}

/// Steps a match may take before it starts remembering dead ends: enough
/// for every pattern of the built-in lists, so they never pay for the memo.
const PLAIN_STEPS: usize = 64;

/// One attempt to match `slots` from a start token. The search tries the
/// shortest gap and the optional word first and returns the first end it
/// finds; it remembers each (slot, token) pair that led nowhere, so however
/// the gaps and optional words nest, every pair is explored once and the
/// cost stays bounded by the pattern's size, whatever the note.
struct Search<'a> {
    slots: &'a [Slot],
    tokens: &'a [Token],
    sentence: u32,
    start: usize,
    /// Tokens a match can cover at most, plus one.
    width: usize,
    steps: usize,
    /// Dead ends, `slot * width + (token - start)`, once the search is long.
    dead: Vec<bool>,
}

impl Search<'_> {
    fn run(&mut self, s: usize, i: usize) -> Option<usize> {
        let Some(slot) = self.slots.get(s) else {
            return Some(i);
        };
        let key = s * self.width + (i - self.start);
        if self.dead.get(key).copied().unwrap_or(false) {
            return None;
        }
        self.steps += 1;
        if self.steps > PLAIN_STEPS && self.dead.is_empty() {
            self.dead = vec![false; self.slots.len() * self.width];
        }
        let found = self.expand(slot, s, i);
        if found.is_none()
            && let Some(d) = self.dead.get_mut(key)
        {
            *d = true;
        }
        found
    }

    /// Whether token `i` is in the sentence and one of `atoms`.
    fn is(&self, atoms: &Alternatives, i: usize) -> bool {
        self.tokens
            .get(i)
            .is_some_and(|t| t.sentence == self.sentence && atoms.matches(t))
    }

    fn expand(&mut self, slot: &Slot, s: usize, i: usize) -> Option<usize> {
        match slot {
            Slot::Gap(n) => {
                // A gap is mostly followed by a required word: only the
                // tokens that are that word are worth a step.
                let word = match self.slots.get(s + 1) {
                    Some(Slot::One {
                        atoms,
                        optional: false,
                    }) => Some(atoms),
                    _ => None,
                };
                for k in 0..=*n {
                    let j = i + k;
                    if k > 0
                        && self
                            .tokens
                            .get(j - 1)
                            .is_none_or(|t| t.sentence != self.sentence)
                    {
                        break;
                    }
                    let found = match word {
                        Some(atoms) if self.is(atoms, j) => self.run(s + 2, j + 1),
                        Some(_) => None,
                        None => self.run(s + 1, j),
                    };
                    if found.is_some() {
                        return found;
                    }
                }
                None
            }
            Slot::One { atoms, optional } => {
                if self.is(atoms, i)
                    && let Some(end) = self.run(s + 1, i + 1)
                {
                    return Some(end);
                }
                if *optional { self.run(s + 1, i) } else { None }
            }
        }
    }
}

/// Whether every slot of `slots` is one required word.
fn is_fixed(slots: &[Slot]) -> bool {
    slots.iter().all(|slot| {
        matches!(
            slot,
            Slot::One {
                optional: false,
                ..
            }
        )
    })
}

/// The most tokens a match of `slots` can cover.
fn span(slots: &[Slot]) -> usize {
    slots
        .iter()
        .map(|slot| match slot {
            Slot::Gap(n) => *n,
            Slot::One { .. } => 1,
        })
        .sum()
}

/// Refuses patterns whose matching could cost more than a note is worth.
fn check_size(slots: &[Slot]) -> Result<(), String> {
    if slots.len() > MAX_SLOTS {
        return Err(format!(
            "{} words and gaps, at most {MAX_SLOTS} allowed; split it into shorter patterns",
            slots.len()
        ));
    }
    let span = span(slots);
    if span > MAX_SPAN {
        return Err(format!(
            "a match could span {span} words, at most {MAX_SPAN} allowed; use fewer or smaller gaps"
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::phrases::PhraseBook;
    use crate::lint::text::tokenize;

    /// The steps one match attempt of `src` takes from each token of `text`.
    fn steps(src: &str, text: &str) -> Vec<usize> {
        let mut grammar = Grammar::default();
        let pattern = Pattern::parse(src, &mut grammar).unwrap().remove(0);
        let (tokens, _) = tokenize(text, &PhraseBook::builtin());
        (0..tokens.len())
            .map(|i| {
                let mut s = pattern.search(&tokens, i, tokens[i].sentence);
                assert_eq!(s.run(0, i), None);
                s.steps
            })
            .collect()
    }

    #[test]
    fn nested_gaps_cost_what_the_pattern_is_worth_not_the_note() {
        // Tried naively, each start explores 9^5 ways of filling the gaps.
        let pattern = "<any> *8 <any> *8 <any> *8 <any> *8 <any> *8 <url>";
        let text = "apple ".repeat(60);
        let bound = 6 * 47 * 9;
        for (i, n) in steps(pattern, &text).into_iter().enumerate() {
            assert!(n <= bound, "{n} steps from token {i}");
        }
    }

    #[test]
    fn the_first_match_is_the_same_with_or_without_the_memo() {
        let mut grammar = Grammar::default();
        let pattern = Pattern::parse("<any> *2 <num>? <any> *3 <num>", &mut grammar)
            .unwrap()
            .remove(0);
        let (tokens, _) = tokenize("a b 1 c d e 2 f g 3 h 4", &PhraseBook::builtin());
        for i in 0..tokens.len() {
            let mut plain = pattern.search(&tokens, i, tokens[i].sentence);
            plain.dead = Vec::new();
            let mut memo = pattern.search(&tokens, i, tokens[i].sentence);
            memo.steps = PLAIN_STEPS + 1;
            assert_eq!(plain.run(0, i), memo.run(0, i), "from token {i}");
        }
    }

    #[test]
    fn a_pattern_reads_back_from_the_image_as_it_was_written() {
        use crate::lint::phrases::image::{Image, Writer};
        let mut grammar = Grammar::default();
        grammar
            .sets
            .insert("x".into(), vec!["hackathon".into(), "=meetup".into()]);
        let src = "~we? met|=saw * at pre* <name>|<num>|*ing <url>|<any> *2 @x";
        let patterns = Pattern::parse(src, &mut grammar).unwrap();
        assert_eq!(patterns.len(), 2);
        let mut w = Writer::new();
        let starts: Vec<u32> = patterns
            .iter()
            .map(|p| {
                let at = w.len();
                p.write(&mut w);
                at
            })
            .collect();
        let bytes: &'static [u8] = Box::leak(w.bytes().into_boxed_slice());
        let text: &'static str = Box::leak(w.text.clone().into_boxed_str());
        let image = Image::new(bytes, text);
        for (p, at) in patterns.iter().zip(starts) {
            assert_eq!(&Pattern::read(&mut image.at(at as usize)), p);
            let mut all = WordSet::with_len(grammar.vocab.len());
            for id in 0..grammar.vocab.len() {
                all.insert(u32::try_from(id).unwrap());
            }
            for present in [WordSet::with_len(0), all] {
                let in_image = Pattern::possible_in(&mut image.at(at as usize), &present);
                assert_eq!(in_image, p.possible(&present));
            }
            let entry = p.entry();
            let mut w = Writer::new();
            entry.write(&mut w);
            let bytes: &'static [u8] = Box::leak(w.bytes().into_boxed_slice());
            let back = Entry::read(
                &mut Image::new(bytes, "").at(crate::lint::phrases::image::Section::ALL.len()),
            );
            assert_eq!((back.classes, back.heads), (entry.classes, entry.heads));
        }
    }

    #[test]
    fn oversized_patterns_are_refused_when_they_load() {
        let mut grammar = Grammar::default();
        let long = vec!["word"; MAX_SLOTS + 1].join(" ");
        let e = Pattern::parse(&long, &mut grammar).unwrap_err();
        assert!(e.contains("at most 32 allowed"), "{e}");
        let wide = ["word *8"; 12].join(" ") + " end";
        let e = Pattern::parse(&wide, &mut grammar).unwrap_err();
        assert!(e.contains("at most 96 allowed"), "{e}");
        assert!(Pattern::parse(&["apple *8"; 8].join(" "), &mut grammar).is_ok());
    }
}
