//! The phrase book: the built-in lists as the build script compiled them
//! (an image read in place, see [`super::image`]), plus the user's extra
//! patterns, compiled when the config is read, minus the patterns
//! `phrases_off` turns off.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::sync::{Arc, LazyLock, OnceLock};

use super::compile::{Grammar, WordSets, compile_entry, detail_candidates, detail_words};
use super::image::{Image, Section};
use super::list::{COMMON, DETAIL, List, SPELT};
use super::pattern::{Entry, Pattern};
use super::table::{Lexeme, Table};
use super::vocab::{FxBuild, UNKNOWN, Vocab, WordSet};
use super::{PatternId, PatternInfo, PhraseError};
use crate::lint::text::{Irregular, fold};

/// The compiled built-in lists: words, then the text they point into.
const IMAGE_WORDS: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/phrases.bin"));
const IMAGE_TEXT: &str = include_str!(concat!(env!("OUT_DIR"), "/phrases.txt"));

/// A compiled pattern: its list, the pattern as written it comes from, and
/// the pattern, read from the image the first time it is tried.
pub(super) struct Compiled {
    pub(super) list: List,
    pub(super) origin: PatternId,
    /// Where its code starts in the image (built-in patterns only).
    code: usize,
    pattern: OnceLock<Pattern>,
}

/// Every phrase list compiled and indexed by the stem of its first word, so
/// a note is matched in one pass whose cost per token is bounded.
pub struct PhraseBook {
    image: Image,
    pub(super) grammar: Grammar,
    /// How many patterns as written the image holds, and where their
    /// records start.
    builtin_infos: usize,
    infos_at: usize,
    /// The user's extra patterns as written, numbered after the built-ins.
    extra_infos: Vec<PatternInfo>,
    /// How many patterns each list holds, for their `list/N` ids.
    per_list: Vec<usize>,
    pub(super) patterns: Vec<Compiled>,
    /// The patterns `phrases_off` turned off.
    off: HashSet<PatternId>,
    /// The built-in index: bucket count and where the offsets start.
    buckets: usize,
    index_at: usize,
    /// The extras' index, by stem id.
    extra_index: Vec<Vec<usize>>,
    /// Patterns whose first slot is (also) a class such as `<name>`, tried
    /// only on tokens of that class.
    pub(super) by_class: Vec<(Entry, usize)>,
    /// For each mask of token classes, the patterns of `by_class` that a
    /// class other than `pre*` admits; made when first needed.
    class_cache: [OnceLock<Vec<usize>>; 64],
    /// The `pre*` patterns of `by_class` by the first byte of the prefix,
    /// sorted: (byte, their classes, pattern).
    prefix_cache: OnceLock<Vec<(u8, u8, usize)>>,
    /// Word → its ids and the lists holding it as a single-word entry.
    lexicon: Table<'static>,
    /// Words whose mask the extras or `phrases_off` changed.
    overlay: HashMap<String, u64, FxBuild>,
    /// Irregular word forms → their base, read when first asked for.
    irregular: OnceLock<Irregular>,
}

impl std::fmt::Debug for PhraseBook {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PhraseBook")
            .field("patterns", &self.patterns.len())
            .finish_non_exhaustive()
    }
}

static BUILTIN: LazyLock<Arc<PhraseBook>> = LazyLock::new(|| Arc::new(PhraseBook::load()));

impl PhraseBook {
    /// The built-in lists, read on first use.
    pub fn builtin() -> Arc<PhraseBook> {
        Arc::clone(&BUILTIN)
    }

    /// The built-in lists plus the user's extra patterns per list name.
    pub fn with_extras(extra: &BTreeMap<String, Vec<String>>) -> Result<PhraseBook, PhraseError> {
        PhraseBook::with_options(extra, &BTreeSet::new())
    }

    /// The built-in lists plus the user's extras, without the patterns
    /// whose ids are in `off` (`self-centered/5`); an id that names no
    /// pattern is an error with the closest one.
    pub fn with_options(
        extra: &BTreeMap<String, Vec<String>>,
        off: &BTreeSet<String>,
    ) -> Result<PhraseBook, PhraseError> {
        let mut book = PhraseBook::load();
        if !extra.is_empty() {
            book.grammar.sets = book.sets();
            book.grammar.irregular = book.irregular().clone();
        }
        for (name, patterns) in extra {
            let id = List::from_name(name).ok_or_else(|| PhraseError::UnknownList(name.clone()))?;
            for p in patterns {
                book.add(id, p)?;
            }
        }
        if !off.is_empty() {
            book.turn_off(off)?;
        }
        if !book.overlay.is_empty() {
            book.update_details();
        }
        book.grammar.finish();
        Ok(book)
    }

    /// The built-in lists from the image: a few small tables; patterns are
    /// read when first tried.
    fn load() -> PhraseBook {
        let image = Image::new(IMAGE_WORDS, IMAGE_TEXT);
        let mut r = image.section(Section::Lexicon);
        let vocab_len = r.u32();
        let table_len = r.usize();
        let lexicon = r.table(table_len);
        let vocab = Vocab::with_base(lexicon, vocab_len);
        let mut r = image.section(Section::PerList);
        let per_list = List::ALL.iter().map(|_| r.usize()).collect();
        let mut r = image.section(Section::Infos);
        let builtin_infos = r.usize();
        let infos_at = r.pos;
        let mut r = image.section(Section::Patterns);
        let patterns = (0..r.usize())
            .map(|_| Compiled {
                list: list_at(r.usize()),
                origin: PatternId(r.u32()),
                code: r.usize(),
                pattern: OnceLock::new(),
            })
            .collect();
        let mut r = image.section(Section::Index);
        let buckets = r.usize();
        let index_at = r.pos;
        let mut r = image.section(Section::Classes);
        let by_class = (0..r.usize())
            .map(|_| {
                let id = r.usize();
                (Entry::read(&mut r), id)
            })
            .collect();
        // The irregular forms are read when first asked for: the lexicon
        // holds the stems they give, so only the user's phrases need them.
        let mut grammar = Grammar::new(Irregular::default(), WordSets::new());
        grammar.vocab = vocab;
        PhraseBook {
            image,
            grammar,
            builtin_infos,
            infos_at,
            extra_infos: Vec::new(),
            per_list,
            patterns,
            off: HashSet::new(),
            buckets,
            index_at,
            extra_index: Vec::new(),
            by_class,
            class_cache: std::array::from_fn(|_| OnceLock::new()),
            prefix_cache: OnceLock::new(),
            lexicon,
            overlay: HashMap::default(),
            irregular: OnceLock::new(),
        }
    }

    /// The word sets, for compiling the user's extras.
    fn sets(&self) -> WordSets {
        let mut r = self.image.section(Section::Sets);
        (0..r.usize())
            .map(|_| {
                let name = r.str().unwrap_or_default().to_string();
                let words = (0..r.usize())
                    .map(|_| r.str().unwrap_or_default().to_string())
                    .collect();
                (name, words)
            })
            .collect()
    }

    /// Adds one of the user's patterns to `list`.
    fn add(&mut self, list: List, src: &str) -> Result<(), PhraseError> {
        let compiled = compile_entry(list, src, &mut self.grammar).map_err(|reason| {
            PhraseError::BadPattern {
                list: list.name().to_string(),
                pattern: src.to_string(),
                reason,
            }
        })?;
        self.per_list[list as usize] += 1;
        let origin = PatternId(u32::try_from(self.info_count()).unwrap_or(u32::MAX));
        self.extra_infos.push(PatternInfo {
            list,
            number: self.per_list[list as usize],
            name: None,
            source: src.to_string(),
        });
        if let Some(word) = compiled.word {
            let mask = self.mask(&word) | list.bit();
            self.overlay.insert(word, mask);
        }
        for p in compiled.patterns {
            let id = self.patterns.len();
            let entry = p.entry();
            for &k in &entry.stems {
                let k = k as usize;
                if self.extra_index.len() <= k {
                    self.extra_index.resize(k + 1, Vec::new());
                }
                self.extra_index[k].push(id);
            }
            if entry.classes != 0 {
                self.by_class.push((entry, id));
            }
            self.patterns.push(Compiled {
                list,
                origin,
                code: usize::MAX,
                pattern: OnceLock::from(p),
            });
        }
        Ok(())
    }

    /// Takes the patterns named in `off` out of matching; their ids stay,
    /// so the numbers of the others do not move.
    fn turn_off(&mut self, off: &BTreeSet<String>) -> Result<(), PhraseError> {
        for id in off {
            if !self.knows_pattern(id) {
                return Err(PhraseError::UnknownPattern {
                    id: id.clone(),
                    closest: self.closest_id(id),
                });
            }
        }
        let infos: Vec<PatternInfo> = self.infos().collect();
        for (i, info) in infos.iter().enumerate() {
            if !off.iter().any(|id| info.answers_to(id)) {
                continue;
            }
            self.off
                .insert(PatternId(u32::try_from(i).unwrap_or(u32::MAX)));
            if info.list.is_word_list() {
                let word = fold(info.source.trim().trim_start_matches('='));
                let mask = self.mask(&word) & !info.list.bit();
                self.overlay.insert(word, mask);
            }
        }
        Ok(())
    }

    /// Marks anew the detail words, once the extras or `phrases_off` may
    /// have changed `not-detail`.
    fn update_details(&mut self) {
        let sets = if self.grammar.sets.is_empty() {
            self.sets()
        } else {
            std::mem::take(&mut self.grammar.sets)
        };
        let details: HashSet<String> =
            detail_words(&sets, |w| self.contains_word(List::NotDetail, w))
                .into_iter()
                .collect();
        for word in detail_candidates(&sets) {
            let mask = self.mask(&word);
            if (mask & DETAIL != 0) != details.contains(&word) {
                self.overlay.insert(word, mask ^ DETAIL);
            }
        }
        self.grammar.sets = sets;
    }

    /// How many patterns as written the book holds.
    fn info_count(&self) -> usize {
        self.builtin_infos + self.extra_infos.len()
    }

    /// Every pattern as written, in id order.
    pub fn infos(&self) -> impl Iterator<Item = PatternInfo> + '_ {
        (0..self.info_count()).filter_map(|i| self.pattern(PatternId(u32::try_from(i).ok()?)))
    }

    /// The known pattern id closest to `id`, for "did you mean" messages.
    pub fn closest_id(&self, id: &str) -> Option<String> {
        self.infos()
            .map(|info| info.id())
            .map(|known| (strsim::levenshtein(id, &known), known))
            .filter(|(d, _)| *d <= 3)
            .min()
            .map(|(_, known)| known)
    }

    /// Whether `id` (`list/N` or `list/NAME`) names a pattern of the book.
    pub fn knows_pattern(&self, id: &str) -> bool {
        self.infos().any(|info| info.answers_to(id))
    }

    /// A pattern as written, by the id a [`super::Match`] carries.
    pub fn pattern(&self, id: PatternId) -> Option<PatternInfo> {
        let i = id.0 as usize;
        if i >= self.builtin_infos {
            return self.extra_infos.get(i - self.builtin_infos).cloned();
        }
        let mut r = self.image.at(self.infos_at + i * 6);
        let list = list_at(r.usize());
        let number = r.usize();
        let name = r.str().map(str::to_string);
        let source = r.str().unwrap_or_default().to_string();
        Some(PatternInfo {
            list,
            number,
            name,
            source,
        })
    }

    /// Irregular word forms mapped to their base (`met` → `meet`).
    pub fn irregular(&self) -> &Irregular {
        self.irregular.get_or_init(|| {
            let mut r = self.image.section(Section::Irregular);
            (0..r.usize())
                .map(|_| {
                    let form = r.str().unwrap_or_default().to_string();
                    (form, r.str().unwrap_or_default().to_string())
                })
                .collect()
        })
    }

    /// What a list is for, from the data file.
    pub fn about(&self, list: List) -> &'static str {
        let mut r = self.image.section(Section::About);
        r.skip(list as usize * 2);
        r.str().unwrap_or_default()
    }

    /// The patterns of a list as written.
    pub fn sources(&self, list: List) -> impl Iterator<Item = String> + '_ {
        self.infos()
            .filter(move |i| i.list == list)
            .map(|i| i.source)
    }

    /// Whether pattern `id` takes part in matching (not turned off).
    pub(super) fn is_on(&self, id: PatternId) -> bool {
        self.off.is_empty() || !self.off.contains(&id)
    }

    /// Compiled pattern `id`, read from the image the first time.
    pub(super) fn compiled(&self, id: usize) -> &Pattern {
        let c = &self.patterns[id];
        c.pattern
            .get_or_init(|| Pattern::read(&mut self.image.at(c.code)))
    }

    /// Whether compiled pattern `id` may match in a note whose word ids are
    /// `present`: a pattern not read yet is asked in the image, so one
    /// that cannot match is never read.
    pub(super) fn possible(&self, id: usize, present: &WordSet) -> bool {
        let c = &self.patterns[id];
        match c.pattern.get() {
            Some(p) => p.possible(present),
            None => Pattern::possible_in(&mut self.image.at(c.code), present),
        }
    }

    /// The compiled patterns whose first slot is a class that admits a token
    /// of `classes` starting with byte `head` (see [`Entry::admits`]), in no
    /// particular order.
    pub(super) fn by_classes(&self, classes: u8, head: u8) -> impl Iterator<Item = usize> + '_ {
        let plain = self.class_cache[usize::from(classes & 63)].get_or_init(|| {
            self.by_class
                .iter()
                .filter(|(e, _)| e.classes & classes & !Entry::PREFIX != 0)
                .map(|(_, id)| *id)
                .collect()
        });
        let prefixed = self.prefix_cache.get_or_init(|| {
            let mut all: Vec<(u8, u8, usize)> = self
                .by_class
                .iter()
                .filter(|(e, _)| e.classes & Entry::PREFIX != 0)
                .flat_map(|(e, id)| e.heads.iter().map(|h| (*h, e.classes, *id)))
                .collect();
            all.sort_unstable();
            all
        });
        let prefixed = if classes & Entry::PREFIX == 0 {
            &[][..]
        } else {
            let start = prefixed.partition_point(|p| p.0 < head);
            let end = prefixed.partition_point(|p| p.0 <= head);
            &prefixed[start..end]
        };
        // A pattern another class admits is in `plain` already.
        let prefixed = prefixed
            .iter()
            .filter(move |(_, c, _)| c & classes & !Entry::PREFIX == 0)
            .map(|(_, _, id)| *id);
        plain.iter().copied().chain(prefixed)
    }

    /// The compiled patterns whose first slot accepts stem `id`.
    pub(super) fn bucket(&self, id: u32) -> impl Iterator<Item = usize> + '_ {
        let id = id as usize;
        let (start, end) = if id < self.buckets {
            let mut r = self.image.at(self.index_at + id);
            (r.usize(), r.usize())
        } else {
            (0, 0)
        };
        let at = self.index_at + self.buckets + 1;
        let builtin = (start..end).map(move |k| self.image.at(at + k).usize());
        let extra = self.extra_index.get(id).into_iter().flatten().copied();
        builtin.chain(extra)
    }

    /// The lists holding `word` as a single-word entry, as a mask.
    fn mask(&self, word: &str) -> u64 {
        self.mask_of(word, self.lexicon.get(word))
    }

    /// [`PhraseBook::mask`] of `word`, whose lexicon entry is `entry`: the
    /// user's changes first.
    fn mask_of(&self, word: &str, entry: Option<Lexeme>) -> u64 {
        if !self.overlay.is_empty()
            && let Some(mask) = self.overlay.get(word)
        {
            return *mask;
        }
        entry.map_or(0, |e| e.lists)
    }

    /// What the book knows of `word` (normalised): its id, its stem's id
    /// when known without stemming, and the lists holding it or its
    /// singular (`okrs` for `okr`) as a mask. One probe of the lexicon
    /// for most words of a note.
    pub fn word_info(&self, word: &str) -> WordInfo {
        let entry = self.lexicon.get(word);
        let vocab = self.vocab();
        let mut word_id = entry.map_or(UNKNOWN, |e| e.word_id);
        if word_id == UNKNOWN && vocab.has_added() {
            word_id = vocab.added_id(word);
        }
        let own = self.mask_of(word, entry);
        let singular = word.strip_suffix('s').map_or(0, |w| self.mask(w));
        // The user's words may be the stem of any word: then stem it.
        let stem_id = match entry {
            Some(Lexeme { stem_id, .. }) if !vocab.has_added() => Some(stem_id),
            _ => None,
        };
        WordInfo {
            word_id,
            stem_id,
            lists: (own | singular) & !SPELT | own & SPELT,
            known: entry.is_some(),
        }
    }

    /// Whether `word` or its singular (`okrs` for `okr`) has a bit of `mask`.
    fn has(&self, word: &str, mask: u64) -> bool {
        self.mask(word) & mask != 0
            || word
                .strip_suffix('s')
                .is_some_and(|w| self.mask(w) & mask != 0)
    }

    /// Whether `word` (normalised) is one of the single-word entries of
    /// `list`, exactly or as a plural (`okrs` for `okr`). Word sets compare
    /// whole words, not stems, so `Sam` is not mistaken for `same`.
    pub fn contains_word(&self, list: List, word: &str) -> bool {
        self.has(word, list.bit())
    }

    /// Whether `word` (normalised) names a moment or an occasion: a weekday
    /// or month, a holiday, a kind of event that is not generic (`hackathon`
    /// yes, `event` no). Such a word turns a frame into context.
    pub fn is_detail_word(&self, word: &str) -> bool {
        self.has(word, DETAIL)
    }

    /// Whether a capitalised `word` is a common word rather than a name.
    pub fn is_common_word(&self, word: &str) -> bool {
        self.has(word, COMMON)
    }

    /// The interned ids of the words the patterns use.
    pub fn vocab(&self) -> &Vocab {
        &self.grammar.vocab
    }
}

/// What [`PhraseBook::word_info`] found out about a word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WordInfo {
    /// The word's id, or [`UNKNOWN`].
    pub word_id: u32,
    /// The id of the word's stem, when the lexicon knows it; `None` means
    /// the word must be stemmed and the stem looked up.
    pub stem_id: Option<u32>,
    /// The lists holding the word or its singular, as a mask, and
    /// [`SPELT`] when the word itself is in the lexicon and not in the
    /// misspelling dictionary.
    pub lists: u64,
    /// The word is in the lexicon (so it is no irregular form when not).
    pub known: bool,
}

/// The list numbered `i` in the image.
fn list_at(i: usize) -> List {
    List::ALL.get(i).copied().unwrap_or(List::Greeting)
}
