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
//! | `a\|b\|c` | one token matching any alternative |
//! | `slot?` | the slot, or nothing |
//! | `*` / `*N` | a gap of 0 to 3 (or 0 to N, at most 8) tokens |
//! | `<name>` | a capitalised word that is not a common word |
//! | `<num>` `<url>` `<any>` | a number, a web or e-mail address, any token |
//!
//! Words are normalised like the note: case and curly apostrophes do not
//! matter and contractions expand (`let's` is `let us`, `I'd` is `I would`
//! or `I had`). Hyphens and slashes separate words.

use std::collections::HashMap;

use crate::lint::text::{Token, TokenKind, expand, fold, stem};

/// The largest gap a pattern may ask for, to keep matching linear.
const MAX_GAP: usize = 8;

/// One alternative of a slot.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Atom {
    /// Same stem as the token.
    Stem(String),
    /// Same normalised word as the token.
    Exact(String),
    /// The token starts with this.
    Prefix(String),
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
                    && (t.stem == *s || t.alt_stem.as_deref() == Some(s))
            }
            Atom::Exact(w) => t.word == *w,
            Atom::Prefix(p) => t.kind == TokenKind::Word && t.word.starts_with(p.as_str()),
            Atom::Name => t.name_like,
            Atom::Num => t.kind == TokenKind::Number,
            Atom::Url => matches!(t.kind, TokenKind::Url | TokenKind::Email),
            Atom::Any => true,
        }
    }

    /// The stem a token must have for this atom to match, when there is one.
    pub fn key(&self, irregular: &HashMap<String, String>) -> Option<String> {
        match self {
            Atom::Stem(s) => Some(s.clone()),
            Atom::Exact(w) => Some(stem(w, irregular)),
            _ => None,
        }
    }
}

/// One position of a pattern.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Slot {
    /// One token matching any of the atoms; optional slots may be skipped.
    One {
        /// The alternatives.
        atoms: Vec<Atom>,
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
}

impl Pattern {
    /// Parses `src`; a leading optional slot yields two patterns (with and
    /// without it) so every pattern starts with a required token.
    pub fn parse(src: &str, irregular: &HashMap<String, String>) -> Result<Vec<Pattern>, String> {
        let spaced: String = src
            .chars()
            .map(|c| if matches!(c, '-' | '/') { ' ' } else { c })
            .collect();
        let mut slots = Vec::new();
        for part in spaced.split_whitespace() {
            slots.extend(parse_slot(part, irregular)?);
        }
        while matches!(slots.last(), Some(Slot::Gap(_))) {
            slots.pop();
        }
        match slots.first() {
            None => Err("the pattern is empty".into()),
            Some(Slot::Gap(_)) => Err("a pattern cannot start with a gap".into()),
            Some(Slot::One { optional: true, .. }) => {
                let mut with = slots.clone();
                if let Some(Slot::One { optional, .. }) = with.first_mut() {
                    *optional = false;
                }
                let mut without = Pattern::parse_rest(&slots[1..])?;
                without.insert(0, Pattern { slots: with });
                Ok(without)
            }
            Some(Slot::One { .. }) => Ok(vec![Pattern { slots }]),
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
            _ => Ok(vec![Pattern { slots }]),
        }
    }

    /// The first slot's atoms (always a required token).
    pub fn first_atoms(&self) -> &[Atom] {
        match &self.slots[0] {
            Slot::One { atoms, .. } => atoms,
            Slot::Gap(_) => &[],
        }
    }

    /// The end (exclusive) of a match starting at token `i`, if any.
    pub fn match_at(&self, tokens: &[Token], i: usize) -> Option<usize> {
        let sentence = tokens.get(i)?.sentence;
        match_slots(&self.slots, tokens, i, sentence)
    }
}

fn match_slots(slots: &[Slot], tokens: &[Token], i: usize, sentence: usize) -> Option<usize> {
    let Some((first, rest)) = slots.split_first() else {
        return Some(i);
    };
    match first {
        Slot::Gap(n) => {
            for k in 0..=*n {
                let j = i + k;
                if k > 0 && tokens.get(j - 1).is_none_or(|t| t.sentence != sentence) {
                    break;
                }
                if let Some(end) = match_slots(rest, tokens, j, sentence) {
                    return Some(end);
                }
            }
            None
        }
        Slot::One { atoms, optional } => {
            let hit = tokens
                .get(i)
                .is_some_and(|t| t.sentence == sentence && atoms.iter().any(|a| a.matches(t)));
            if hit {
                if let Some(end) = match_slots(rest, tokens, i + 1, sentence) {
                    return Some(end);
                }
            }
            if *optional {
                match_slots(rest, tokens, i, sentence)
            } else {
                None
            }
        }
    }
}

fn parse_slot(part: &str, irregular: &HashMap<String, String>) -> Result<Vec<Slot>, String> {
    if let Some(n) = part.strip_prefix('*') {
        let n = if n.is_empty() {
            3
        } else {
            n.parse::<usize>()
                .map_err(|_| format!("`{part}`: a gap is `*` or `*N` with N a number"))?
        };
        if n > MAX_GAP {
            return Err(format!("`{part}`: a gap may span at most {MAX_GAP} words"));
        }
        return Ok(vec![Slot::Gap(n)]);
    }
    let (body, optional) = match part.strip_suffix('?') {
        Some(b) => (b, true),
        None => (part, false),
    };
    if body.is_empty() {
        return Err(format!("`{part}`: `?` must follow a word"));
    }
    let alternatives: Vec<&str> = body.split('|').collect();
    if alternatives.len() == 1 && !optional {
        let folded = fold(body);
        let plain = folded.chars().all(|c| c.is_alphanumeric() || c == '\'');
        if plain && folded.contains('\'') {
            return Ok(expand(&folded)
                .into_iter()
                .map(|p| Slot::One {
                    atoms: vec![Atom::Stem(stem(&p.word, irregular))],
                    optional: false,
                })
                .collect());
        }
    }
    let atoms = alternatives
        .into_iter()
        .map(|a| parse_atom(a, irregular))
        .collect::<Result<Vec<_>, _>>()?;
    Ok(vec![Slot::One { atoms, optional }])
}

fn parse_atom(raw: &str, irregular: &HashMap<String, String>) -> Result<Atom, String> {
    let word = fold(raw);
    match word.as_str() {
        "<name>" => return Ok(Atom::Name),
        "<num>" => return Ok(Atom::Num),
        "<url>" => return Ok(Atom::Url),
        "<any>" => return Ok(Atom::Any),
        "" => return Err("an empty alternative (`||` or a stray `|`)".into()),
        _ => {}
    }
    let (kind, text) = if let Some(w) = word.strip_prefix('=') {
        ('=', w)
    } else if let Some(w) = word.strip_suffix('*') {
        ('*', w)
    } else {
        (' ', word.as_str())
    };
    let ok = !text.is_empty()
        && text
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '\'' | '.' | '&' | '@' | '_'));
    if !ok {
        return Err(format!(
            "`{raw}` is not a word (use letters, digits, `=word`, `word*` or <name>/<num>/<url>/<any>)"
        ));
    }
    Ok(match kind {
        '=' => Atom::Exact(text.to_string()),
        '*' => Atom::Prefix(text.to_string()),
        _ => Atom::Stem(stem(text, irregular)),
    })
}
