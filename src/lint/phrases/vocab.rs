//! Word interning: every stem and exact word the patterns use gets a small
//! integer id, so matching compares integers instead of hashing strings.

use std::collections::HashMap;

use super::table::Table;

/// The id of a word no pattern mentions.
pub const UNKNOWN: u32 = u32::MAX;

/// A fast hasher for short words (rustc's Fx hash). Only the phrase data,
/// which is trusted, inserts words; notes only look them up, so resistance
/// to crafted collisions is not needed.
pub type FxBuild = rustc_hash::FxBuildHasher;

/// Word → id: the built-in words in the lexicon read in place, then the
/// words the user's extra patterns add, numbered after them.
#[derive(Debug, Clone)]
pub struct Vocab {
    base: Table<'static>,
    base_len: u32,
    ids: HashMap<String, u32, FxBuild>,
}

impl Default for Vocab {
    fn default() -> Self {
        Vocab::with_base(Table::EMPTY, 0)
    }
}

impl Vocab {
    /// A vocabulary that starts with the `len` words of `base`.
    pub fn with_base(base: Table<'static>, len: u32) -> Self {
        Vocab {
            base,
            base_len: len,
            ids: HashMap::default(),
        }
    }

    /// The id of `word`, adding it when new.
    pub fn intern(&mut self, word: &str) -> u32 {
        let id = self.get(word);
        if id != UNKNOWN {
            return id;
        }
        let id = u32::try_from(self.len()).unwrap_or(UNKNOWN - 1);
        self.ids.insert(word.to_string(), id);
        id
    }

    /// The id of `word`, or [`UNKNOWN`].
    pub fn get(&self, word: &str) -> u32 {
        let id = self.base.get(word).map_or(UNKNOWN, |e| e.word_id);
        if id != UNKNOWN || self.ids.is_empty() {
            return id;
        }
        self.added_id(word)
    }

    /// The id of `word` among the words the user's patterns added, or
    /// [`UNKNOWN`].
    pub fn added_id(&self, word: &str) -> u32 {
        self.ids.get(word).copied().unwrap_or(UNKNOWN)
    }

    /// Whether the user's patterns added words: then the stems the lexicon
    /// worked out in advance may miss one of them.
    pub fn has_added(&self) -> bool {
        !self.ids.is_empty()
    }

    /// How many words are known.
    pub fn len(&self) -> usize {
        self.base_len as usize + self.ids.len()
    }

    /// Whether no word is known.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The words added to the base, with their ids: what the build script
    /// writes into the image.
    pub fn added(&self) -> impl Iterator<Item = (&str, u32)> {
        self.ids.iter().map(|(w, id)| (w.as_str(), *id))
    }
}

/// A set of word ids, one bit each: which words a note contains, so
/// patterns needing an absent word are skipped without being tried.
#[derive(Debug, Clone, Default)]
pub struct WordSet {
    bits: Vec<u64>,
}

impl WordSet {
    /// An empty set for ids below `len`.
    pub fn with_len(len: usize) -> Self {
        WordSet {
            bits: vec![0; len.div_ceil(64)],
        }
    }

    /// Adds `id`; [`UNKNOWN`] and ids past the end are ignored.
    pub fn insert(&mut self, id: u32) {
        let id = id as usize;
        if let Some(word) = self.bits.get_mut(id / 64) {
            *word |= 1 << (id % 64);
        }
    }

    /// Whether `id` was added.
    pub fn contains(&self, id: u32) -> bool {
        let id = id as usize;
        self.bits
            .get(id / 64)
            .is_some_and(|word| word & (1 << (id % 64)) != 0)
    }
}
