//! Compiling pattern text into slots: the grammar every pattern shares
//! (irregular forms, word sets, the vocabulary) and the slot parser.

use std::collections::{BTreeMap, HashMap};

use super::list::List;
use super::pattern::{Alternatives, Atom, MAX_GAP, Pattern, Slot};
use super::vocab::{FxBuild, Vocab};
use crate::lint::text::{Irregular, expand, fold, fold_into, stem_into};

/// Named word sets (`@event`), shared by the patterns of every list.
pub type WordSets = BTreeMap<String, Vec<String>>;

/// What patterns are compiled against: irregular word forms, the word
/// sets, the vocabulary every word is interned in, and each word set's
/// atoms once compiled (a set recurs in several patterns).
#[derive(Debug, Default, Clone)]
pub struct Grammar {
    /// Irregular word forms mapped to their base (`met` → `meet`).
    pub irregular: Irregular,
    /// The named word sets.
    pub sets: WordSets,
    /// Word → id, for the words and stems the patterns use.
    pub vocab: Vocab,
    set_memo: HashMap<String, Vec<Atom>, FxBuild>,
}

impl Grammar {
    /// A grammar with these forms and sets and an empty vocabulary.
    pub fn new(irregular: Irregular, sets: WordSets) -> Self {
        Grammar {
            irregular,
            sets,
            ..Grammar::default()
        }
    }

    /// Forgets the compile-time memo once every pattern is in.
    pub fn finish(&mut self) {
        self.set_memo = HashMap::default();
    }
}

/// One entry of a list, compiled: the word it adds to the list's word set
/// when it is a single word, and its patterns (none for word lists).
#[derive(Debug)]
pub struct CompiledEntry {
    /// The entry as a single normalised word, if it is one.
    pub word: Option<String>,
    /// The patterns it compiles into (a leading optional word makes two).
    pub patterns: Vec<Pattern>,
}

/// Compiles entry `src` of `list`: the one place, for the built-in lists
/// at build time and the user's extras at run time, that decides what an
/// entry may be. The error is the reason, as users read it.
pub fn compile_entry(
    list: List,
    src: &str,
    grammar: &mut Grammar,
) -> Result<CompiledEntry, String> {
    let word = fold(src.trim().trim_start_matches('='));
    let single = !word.is_empty()
        && word
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '\'' | '.' | '&'));
    if list.is_word_list() && !single {
        return Err(format!("`{}` holds single words, not phrases", list.name()));
    }
    let patterns = if list.is_word_list() {
        Vec::new()
    } else {
        Pattern::parse(src, grammar)?
    };
    Ok(CompiledEntry {
        word: single.then_some(word),
        patterns,
    })
}

/// Turns slot text into slots, with reusable buffers so compiling the
/// phrase book allocates little more than what it keeps.
pub(super) struct Compiler<'a> {
    pub(super) grammar: &'a mut Grammar,
    pub(super) folded: String,
    pub(super) stemmed: String,
}

impl Compiler<'_> {
    /// The interned id of `word`'s stem.
    fn stem_id(&mut self, word: &str) -> u32 {
        stem_into(word, &self.grammar.irregular, &mut self.stemmed);
        self.grammar.vocab.intern(&self.stemmed)
    }

    pub(super) fn parse_slot(&mut self, part: &str, slots: &mut Vec<Slot>) -> Result<(), String> {
        let gap = part
            .strip_prefix('*')
            .filter(|n| n.bytes().all(|b| b.is_ascii_digit()));
        if let Some(n) = gap {
            let n = if n.is_empty() {
                3
            } else {
                n.parse::<usize>()
                    .map_err(|_| format!("`{part}`: a gap is `*` or `*N` with N a number"))?
            };
            if n > MAX_GAP {
                return Err(format!("`{part}`: a gap may span at most {MAX_GAP} words"));
            }
            slots.push(Slot::Gap(n));
            return Ok(());
        }
        let (body, optional) = match part.strip_suffix('?') {
            Some(b) => (b, true),
            None => (part, false),
        };
        if body.is_empty() {
            return Err(format!("`{part}`: `?` must follow a word"));
        }
        if !optional && !body.contains(['|', '@']) {
            let folded = fold(body);
            let plain = folded.chars().all(|c| c.is_alphanumeric() || c == '\'');
            if plain && folded.contains('\'') {
                for piece in expand(&folded) {
                    let id = self.stem_id(&piece.word);
                    slots.push(Slot::One {
                        atoms: Alternatives::new(vec![Atom::Stem(id)]),
                        optional: false,
                    });
                }
                return Ok(());
            }
        }
        let mut atoms = Vec::with_capacity(body.bytes().filter(|b| *b == b'|').count() + 1);
        for alternative in body.split('|') {
            if let Some(name) = alternative.strip_prefix('@') {
                atoms.extend(self.set_atoms(name)?);
            } else {
                atoms.push(self.parse_atom(alternative)?);
            }
        }
        slots.push(Slot::One {
            atoms: Alternatives::new(atoms),
            optional,
        });
        Ok(())
    }

    /// The atoms of word set `name`, compiled once.
    fn set_atoms(&mut self, name: &str) -> Result<Vec<Atom>, String> {
        if let Some(atoms) = self.grammar.set_memo.get(name) {
            return Ok(atoms.clone());
        }
        let words = self
            .grammar
            .sets
            .get(name)
            .ok_or_else(|| {
                let known: Vec<String> =
                    self.grammar.sets.keys().map(|k| format!("@{k}")).collect();
                format!(
                    "`@{name}`: no word set of that name (known sets: {})",
                    known.join(", ")
                )
            })?
            .clone();
        let atoms = words
            .iter()
            .map(|w| self.parse_atom(w))
            .collect::<Result<Vec<_>, _>>()?;
        self.grammar
            .set_memo
            .insert(name.to_string(), atoms.clone());
        Ok(atoms)
    }

    fn parse_atom(&mut self, raw: &str) -> Result<Atom, String> {
        let mut word = std::mem::take(&mut self.folded);
        fold_into(raw, &mut word);
        let atom = self.atom(raw, &word);
        self.folded = word;
        atom
    }

    fn atom(&mut self, raw: &str, word: &str) -> Result<Atom, String> {
        match word {
            "<name>" => return Ok(Atom::Name),
            "<num>" => return Ok(Atom::Num),
            "<url>" => return Ok(Atom::Url),
            "<any>" => return Ok(Atom::Any),
            "" => return Err("an empty alternative (`||` or a stray `|`)".into()),
            _ => {}
        }
        let (kind, text) = if let Some(w) = word.strip_prefix('=') {
            ('=', w)
        } else if let Some(w) = word.strip_prefix('*') {
            ('<', w)
        } else if let Some(w) = word.strip_suffix('*') {
            ('*', w)
        } else {
            (' ', word)
        };
        let ok = !text.is_empty()
            && text
                .chars()
                .all(|c| c.is_alphanumeric() || matches!(c, '\'' | '.' | '&' | '@' | '_'));
        if !ok {
            return Err(format!(
                "`{raw}` is not a word (use letters, digits, `=word`, `word*`, `*suffix`, `@set` or <name>/<num>/<url>/<any>)"
            ));
        }
        Ok(match kind {
            '=' => Atom::Exact(self.grammar.vocab.intern(text), self.stem_id(text)),
            '*' => Atom::Prefix(text.to_string()),
            '<' => Atom::Suffix(text.to_string()),
            _ => Atom::Stem(self.stem_id(text)),
        })
    }
}

/// The words that turn a frame into context (see
/// `PhraseBook::is_detail_word`), folded: the weekdays, months and holidays
/// of the word sets (not "today" or "tonight"), and every kind of event
/// except those `not_detail` names (`event`, `meeting`).
pub fn detail_words(sets: &WordSets, not_detail: impl Fn(&str) -> bool) -> Vec<String> {
    let always = ["weekday", "month", "holiday"]
        .iter()
        .flat_map(|name| sets.get(*name).into_iter().flatten())
        .filter(|w| !matches!(w.as_str(), "today" | "tonight"));
    let events = sets
        .get("event")
        .into_iter()
        .flatten()
        .filter(|w| !not_detail(w));
    always.chain(events).map(|w| fold(w)).collect()
}

/// The words of the sets [`detail_words`] draws from, folded: those whose
/// standing may change when `not-detail` does.
pub fn detail_candidates(sets: &WordSets) -> Vec<String> {
    ["weekday", "month", "holiday", "event"]
        .iter()
        .flat_map(|name| sets.get(*name).into_iter().flatten())
        .map(|w| fold(w))
        .collect()
}
