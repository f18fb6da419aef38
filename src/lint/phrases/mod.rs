//! The phrase lists behind the heuristic rules: data in
//! `assets/phrases.json`, embedded in the binary, parsed once, extendable
//! from the user's config. See [`pattern`] for the pattern syntax.
//!
//! Patterns match over [`super::text`]'s tokens, and the tokeniser reads
//! the word sets here: the one import circle in the crate, kept on purpose
//! (see the `text` module).

mod compile;
#[cfg(test)]
mod examples;
pub mod pattern;
#[cfg(test)]
mod tests;
pub mod vocab;

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::ops::Range;
use std::sync::{Arc, LazyLock};

use serde::Deserialize;

pub use compile::{Grammar, WordSets};
pub use pattern::{Entry, Pattern};
pub use vocab::{FxBuild, UNKNOWN, Vocab, WordSet};

use crate::lint::text::{Irregular, Token};

/// The embedded phrase data.
const BUILTIN_JSON: &str = include_str!("../../../assets/phrases.json");

macro_rules! lists {
    ($($variant:ident => $name:literal),* $(,)?) => {
        /// A named phrase list. The names are what config files use.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum List { $(
            #[doc = concat!("The `", $name, "` list.")]
            $variant,
        )* }

        impl List {
            /// Every list, in the order of the data file.
            pub const ALL: &'static [List] = &[$(List::$variant),*];

            /// The list's name in data and config files.
            pub fn name(self) -> &'static str {
                match self { $(List::$variant => $name),* }
            }
        }
    };
}

lists! {
    Greeting => "greeting",
    Title => "title",
    StandIn => "stand-in",
    NotAName => "not-a-name",
    Abbreviation => "abbreviation",
    Tld => "tld",
    Closing => "closing",
    CommonWord => "common-word",
    StockText => "stock-text",
    NotSubstance => "not-substance",
    ContextClose => "context-close",
    ContextAcquaintance => "context-acquaintance",
    ContextStranger => "context-stranger",
    ContextAny => "context-any",
    NotContext => "not-context",
    Invite => "invite",
    NextStep => "next-step",
    PrematureAsk => "premature-ask",
    NotAsk => "not-ask",
    SalesPitch => "sales-pitch",
    NotPitch => "not-pitch",
    SelfCentered => "self-centered",
    NotSelfCentered => "not-self-centered",
    Topic => "topic",
    Filler => "filler",
    VagueObject => "vague-object",
    DetailSignal => "detail-signal",
    TopicSignal => "topic-signal",
    Pronoun => "pronoun",
    Determiner => "determiner",
    TopicEnd => "topic-end",
    Preposition => "preposition",
    NotDetail => "not-detail",
    PastMarker => "past-marker",
    FutureMarker => "future-marker",
    LeadIn => "lead-in",
    Acronym => "acronym",
    SlotWord => "slot-word",
    Thanks => "thanks",
    Offer => "offer",
    SelfIntroduction => "self-introduction",
    Permission => "permission",
    EasyOut => "easy-out",
    Reason => "reason",
    Forwardable => "forwardable",
    TargetAsk => "target-ask",
}

impl List {
    /// Lists the rules consult word by word (`contains_word`), never as
    /// phrases: their entries are single words and are not compiled into
    /// patterns, which keeps start-up and matching cheap.
    pub fn is_word_list(self) -> bool {
        matches!(
            self,
            List::Title
                | List::StandIn
                | List::NotAName
                | List::Abbreviation
                | List::Tld
                | List::TopicSignal
                | List::Pronoun
                | List::Determiner
                | List::TopicEnd
                | List::Preposition
                | List::Closing
                | List::CommonWord
                | List::NotSubstance
                | List::DetailSignal
                | List::NotDetail
                | List::PastMarker
                | List::FutureMarker
                | List::LeadIn
                | List::Acronym
                | List::SlotWord
        )
    }

    /// The list called `name`, if there is one.
    pub fn from_name(name: &str) -> Option<List> {
        List::ALL.iter().copied().find(|l| l.name() == name)
    }
}

/// A run of tokens that matched a phrase of some list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Match {
    /// Token indexes, end exclusive.
    pub tokens: Range<usize>,
    /// The pattern that produced it, so a finding can say which phrase it
    /// rests on; for merged matches, the lowest id among those starting
    /// first (a trace recovers the others, see [`PhraseBook::hits_of_list`]).
    pub pattern: PatternId,
    /// Every pattern behind it is a frame (`~` in the data): words that
    /// gesture at something ("since we last spoke") and count only next
    /// to a concrete detail.
    pub frame: bool,
    /// Where the last of the merged matches starts: a match that starts in
    /// the greeting ("Hi Ana, …") may hide one that starts after it.
    pub last_start: usize,
}

#[derive(Debug, Deserialize)]
struct RawBook {
    irregular: BTreeMap<String, String>,
    #[serde(default)]
    sets: WordSets,
    lists: BTreeMap<String, RawList>,
}

#[derive(Debug, Clone, Deserialize)]
struct RawList {
    about: String,
    patterns: Vec<RawPattern>,
}

/// A pattern in the data file: its text alone, or an object that names it
/// and carries sentences it must and must not match.
#[derive(Debug, Clone, Deserialize)]
#[serde(untagged)]
enum RawPattern {
    Plain(String),
    Full(PatternSpec),
}

/// The object form of a pattern in `assets/phrases.json`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct PatternSpec {
    /// The pattern text.
    p: String,
    /// A name to use instead of the position in `list/N` ids.
    #[serde(default)]
    id: Option<String>,
    /// Sentences the pattern must match (checked by the tests).
    #[serde(default, rename = "match")]
    #[cfg_attr(not(test), allow(dead_code))]
    matches: Vec<String>,
    /// Sentences that look alike but must not match (checked by the tests).
    #[serde(default)]
    #[cfg_attr(not(test), allow(dead_code))]
    not: Vec<String>,
}

impl RawPattern {
    fn text(&self) -> &str {
        match self {
            RawPattern::Plain(p) => p,
            RawPattern::Full(spec) => &spec.p,
        }
    }

    fn name(&self) -> Option<&str> {
        match self {
            RawPattern::Plain(_) => None,
            RawPattern::Full(spec) => spec.id.as_deref(),
        }
    }
}

/// The index of a pattern as written (one entry of a list), stable for a
/// given phrase book: what a [`Match`] records and a trace resolves with
/// [`PhraseBook::pattern`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct PatternId(pub u32);

/// A pattern as written, with what identifies it to people: `list/N` (its
/// 1-based place in the list) or `list/NAME` when the data names it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PatternInfo {
    /// The list it belongs to.
    pub list: List,
    /// Its 1-based position in the list (the user's extras follow the
    /// built-in entries).
    pub number: usize,
    /// The name the data gives it, if any.
    pub name: Option<String>,
    /// The pattern text as written.
    pub source: String,
}

impl PatternInfo {
    /// The id traces print and `phrases_off` takes: `list/NAME` or `list/N`.
    pub fn id(&self) -> String {
        match &self.name {
            Some(name) => format!("{}/{name}", self.list.name()),
            None => format!("{}/{}", self.list.name(), self.number),
        }
    }

    /// Whether `id` names this pattern, by name or by number.
    pub fn answers_to(&self, id: &str) -> bool {
        let Some((list, rest)) = id.split_once('/') else {
            return false;
        };
        list == self.list.name()
            && (rest.parse::<usize>().ok() == Some(self.number)
                || self.name.as_deref() == Some(rest))
    }
}

/// A pattern that could not be added to a list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PhraseError {
    /// No list has this name.
    UnknownList(String),
    /// `phrases_off` names a pattern no list has.
    UnknownPattern {
        /// The id as written.
        id: String,
        /// The closest known id, if any is close.
        closest: Option<String>,
    },
    /// The pattern does not parse.
    BadPattern {
        /// The list it was meant for.
        list: String,
        /// The pattern as written.
        pattern: String,
        /// What is wrong with it.
        reason: String,
    },
}

/// Every phrase list compiled and indexed by the stem of its first word, so
/// a note is matched in one pass whose cost per token is bounded.
pub struct PhraseBook {
    grammar: Grammar,
    about: HashMap<List, String>,
    infos: Vec<PatternInfo>,
    /// How many patterns each list holds so far, for their `list/N` ids.
    per_list: Vec<usize>,
    patterns: Vec<(List, Pattern)>,
    /// For each compiled pattern, the pattern as written it comes from (a
    /// leading optional word compiles into two).
    origin: Vec<PatternId>,
    /// The patterns `phrases_off` turned off.
    off: HashSet<PatternId>,
    index: Vec<Vec<usize>>,
    /// Patterns whose first slot is (also) a class such as `<name>`, tried
    /// only on tokens of that class.
    by_class: Vec<(Entry, usize)>,
    words: HashMap<List, HashSet<String, FxBuild>>,
    common: HashSet<String, FxBuild>,
    details: HashSet<String, FxBuild>,
}

impl std::fmt::Debug for PhraseBook {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PhraseBook")
            .field("patterns", &self.patterns.len())
            .finish_non_exhaustive()
    }
}

static BUILTIN: LazyLock<Arc<PhraseBook>> = LazyLock::new(|| {
    let raw: RawBook =
        serde_json::from_str(BUILTIN_JSON).expect("assets/phrases.json is valid JSON");
    Arc::new(
        PhraseBook::from_raw(raw, &BTreeMap::new(), &BTreeSet::new())
            .expect("built-in phrases parse"),
    )
});

impl PhraseBook {
    /// The built-in lists, parsed on first use.
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
        let raw: RawBook =
            serde_json::from_str(BUILTIN_JSON).expect("assets/phrases.json is valid JSON");
        PhraseBook::from_raw(raw, extra, off)
    }

    fn from_raw(
        raw: RawBook,
        extra: &BTreeMap<String, Vec<String>>,
        off: &BTreeSet<String>,
    ) -> Result<PhraseBook, PhraseError> {
        let mut book = PhraseBook {
            grammar: Grammar::new(raw.irregular.into_iter().collect(), raw.sets),
            about: HashMap::new(),
            infos: Vec::new(),
            per_list: vec![0; List::ALL.len()],
            patterns: Vec::new(),
            origin: Vec::new(),
            off: HashSet::new(),
            index: Vec::new(),
            by_class: Vec::new(),
            words: HashMap::new(),
            common: HashSet::default(),
            details: HashSet::default(),
        };
        for (name, list) in raw.lists {
            let id = List::from_name(&name).ok_or(PhraseError::UnknownList(name.clone()))?;
            book.about.insert(id, list.about);
            for p in &list.patterns {
                book.add(id, p.text(), p.name())?;
            }
        }
        for (name, patterns) in extra {
            let id = List::from_name(name).ok_or_else(|| PhraseError::UnknownList(name.clone()))?;
            for p in patterns {
                book.add(id, p, None)?;
            }
        }
        if !off.is_empty() {
            book.turn_off(off)?;
        }
        for list in [List::CommonWord, List::Greeting, List::Closing, List::Title] {
            let words = book.words.get(&list).cloned().unwrap_or_default();
            book.common.extend(words);
        }
        book.details = book.detail_words();
        book.grammar.finish();
        Ok(book)
    }

    /// Takes the patterns named in `off` out of matching; their ids stay,
    /// so the numbers of the others do not move.
    fn turn_off(&mut self, off: &BTreeSet<String>) -> Result<(), PhraseError> {
        for id in off {
            if !self.infos.iter().any(|info| info.answers_to(id)) {
                return Err(PhraseError::UnknownPattern {
                    id: id.clone(),
                    closest: self.closest_id(id),
                });
            }
        }
        self.off = (0..self.infos.len())
            .filter(|&i| off.iter().any(|id| self.infos[i].answers_to(id)))
            .map(|i| PatternId(u32::try_from(i).unwrap_or(u32::MAX)))
            .collect();
        let dead = &self.off;
        for bucket in &mut self.index {
            bucket.retain(|&p| !dead.contains(&self.origin[p]));
        }
        self.by_class
            .retain(|(_, p)| !dead.contains(&self.origin[*p]));
        for info in self.infos.iter().filter(|i| i.list.is_word_list()) {
            if off.iter().any(|id| info.answers_to(id)) {
                let word = crate::lint::text::fold(info.source.trim().trim_start_matches('='));
                if let Some(words) = self.words.get_mut(&info.list) {
                    words.remove(&word);
                }
            }
        }
        Ok(())
    }

    /// The known pattern id closest to `id`, for "did you mean" messages.
    pub fn closest_id(&self, id: &str) -> Option<String> {
        self.infos
            .iter()
            .map(PatternInfo::id)
            .map(|known| (strsim::levenshtein(id, &known), known))
            .filter(|(d, _)| *d <= 3)
            .min()
            .map(|(_, known)| known)
    }

    /// Whether `id` (`list/N` or `list/NAME`) names a pattern of the book.
    pub fn knows_pattern(&self, id: &str) -> bool {
        self.infos.iter().any(|info| info.answers_to(id))
    }

    /// A pattern as written, by the id a [`Match`] carries.
    pub fn pattern(&self, id: PatternId) -> Option<&PatternInfo> {
        self.infos.get(id.0 as usize)
    }

    fn add(&mut self, list: List, src: &str, name: Option<&str>) -> Result<(), PhraseError> {
        let bad = |reason: String| PhraseError::BadPattern {
            list: list.name().to_string(),
            pattern: src.to_string(),
            reason,
        };
        let word = crate::lint::text::fold(src.trim().trim_start_matches('='));
        let single = !word.is_empty()
            && word
                .chars()
                .all(|c| c.is_alphanumeric() || matches!(c, '\'' | '.' | '&'));
        if list.is_word_list() && !single {
            return Err(bad(format!(
                "`{}` holds single words, not phrases",
                list.name()
            )));
        }
        let compiled = if list.is_word_list() {
            Vec::new()
        } else {
            Pattern::parse(src, &mut self.grammar).map_err(bad)?
        };
        self.per_list[list as usize] += 1;
        let number = self.per_list[list as usize];
        let origin = PatternId(u32::try_from(self.infos.len()).unwrap_or(u32::MAX));
        self.infos.push(PatternInfo {
            list,
            number,
            name: name.map(str::to_string),
            source: src.to_string(),
        });
        if single {
            self.words.entry(list).or_default().insert(word);
        }
        for p in compiled {
            let id = self.patterns.len();
            self.origin.push(origin);
            let entry = p.entry();
            for &k in &entry.stems {
                let k = k as usize;
                if self.index.len() <= k {
                    self.index.resize(k + 1, Vec::new());
                }
                self.index[k].push(id);
            }
            if entry.classes != 0 {
                self.by_class.push((entry, id));
            }
            self.patterns.push((list, p));
        }
        Ok(())
    }

    /// Irregular word forms mapped to their base (`met` → `meet`).
    pub fn irregular(&self) -> &Irregular {
        &self.grammar.irregular
    }

    /// What a list is for, from the data file.
    pub fn about(&self, list: List) -> &str {
        self.about.get(&list).map_or("", String::as_str)
    }

    /// The patterns of a list as written.
    pub fn sources(&self, list: List) -> impl Iterator<Item = &str> {
        self.infos
            .iter()
            .filter(move |i| i.list == list)
            .map(|i| i.source.as_str())
    }

    /// Every match of pattern `id` (as written) in `tokens` whose start lies
    /// in `within`, the longest at each start: how the test of the data's
    /// examples checks one pattern alone.
    #[cfg(test)]
    pub(crate) fn hits(
        &self,
        id: PatternId,
        tokens: &[Token],
        within: Range<usize>,
    ) -> Vec<Range<usize>> {
        let mut out = Vec::new();
        for i in within.start..within.end.min(tokens.len()) {
            let ends = self
                .patterns
                .iter()
                .zip(&self.origin)
                .filter(|(_, o)| **o == id)
                .filter_map(|((_, p), _)| p.match_at(tokens, i));
            if let Some(end) = ends.max() {
                out.push(i..end);
            }
        }
        out
    }

    /// The patterns of `list` that match inside `within`, each with its
    /// words, in order: the parts of a merged match.
    pub fn hits_of_list(
        &self,
        list: List,
        tokens: &[Token],
        within: &Range<usize>,
    ) -> Vec<(PatternId, Range<usize>)> {
        let mut out: Vec<(PatternId, Range<usize>)> = Vec::new();
        for i in within.start..within.end.min(tokens.len()) {
            for ((l, p), origin) in self.patterns.iter().zip(&self.origin) {
                if *l != list || !self.is_on(*origin) {
                    continue;
                }
                // A leading optional word compiles into two patterns: the
                // shorter match inside the longer is the same pattern.
                let seen = |end: usize| {
                    out.iter()
                        .any(|(o, r)| o == origin && r.start <= i && end <= r.end)
                };
                if let Some(end) = p.match_at(tokens, i).filter(|e| *e <= within.end) {
                    if !seen(end) {
                        out.push((*origin, i..end));
                    }
                }
            }
        }
        out.sort_by_key(|(o, r)| (r.start, *o));
        out
    }

    /// Whether pattern `id` takes part in matching (not turned off).
    fn is_on(&self, id: PatternId) -> bool {
        !self.off.contains(&id)
    }

    /// Whether `word` (normalised) is one of the single-word entries of
    /// `list`, exactly or as a plural (`okrs` for `okr`). Word sets compare
    /// whole words, not stems, so `Sam` is not mistaken for `same`.
    pub fn contains_word(&self, list: List, word: &str) -> bool {
        self.words.get(&list).is_some_and(|w| {
            w.contains(word) || word.strip_suffix('s').is_some_and(|s| w.contains(s))
        })
    }

    /// The words that pin a frame down (see [`PhraseBook::is_detail_word`]).
    fn detail_words(&self) -> HashSet<String, FxBuild> {
        let sets = &self.grammar.sets;
        let always = ["weekday", "month", "holiday"]
            .iter()
            .flat_map(|name| sets.get(*name).into_iter().flatten())
            .filter(|w| !matches!(w.as_str(), "today" | "tonight"));
        let events = sets
            .get("event")
            .into_iter()
            .flatten()
            .filter(|w| !self.contains_word(List::NotDetail, w));
        always
            .chain(events)
            .map(|w| crate::lint::text::fold(w))
            .collect()
    }

    /// Whether `word` (normalised) names a moment or an occasion: a weekday
    /// or month, a holiday, a kind of event that is not generic (`hackathon`
    /// yes, `event` no). Such a word turns a frame into context.
    pub fn is_detail_word(&self, word: &str) -> bool {
        self.details.contains(word)
            || word
                .strip_suffix('s')
                .is_some_and(|w| self.details.contains(w))
    }

    /// Whether a capitalised `word` is a common word rather than a name.
    pub fn is_common_word(&self, word: &str) -> bool {
        self.common.contains(word)
            || word
                .strip_suffix('s')
                .is_some_and(|w| self.common.contains(w))
    }

    /// The interned ids of the words the patterns use.
    pub fn vocab(&self) -> &Vocab {
        &self.grammar.vocab
    }

    /// Every match of every list, per list in token order, overlaps merged.
    pub fn find_all(&self, tokens: &[Token]) -> Vec<Vec<Match>> {
        let mut out: Vec<Vec<Match>> = vec![Vec::new(); List::ALL.len()];
        let mut present = WordSet::with_len(self.grammar.vocab.len());
        for t in tokens {
            for id in [t.word_id, t.stem_id, t.alt_id] {
                present.insert(id);
            }
        }
        for (i, t) in tokens.iter().enumerate() {
            let bucket = |id: u32| self.index.get(id as usize).map_or(&[][..], Vec::as_slice);
            let classes = Entry::classes_of(t);
            let head = t.word.bytes().next().unwrap_or(0);
            let by_class = self
                .by_class
                .iter()
                .filter(|(entry, _)| entry.admits(classes, head))
                .map(|(_, id)| id);
            for &id in bucket(t.stem_id)
                .iter()
                .chain(bucket(t.alt_id))
                .chain(by_class)
            {
                let (list, pattern) = &self.patterns[id];
                if !pattern.possible(&present) {
                    continue;
                }
                if let Some(end) = pattern.match_at(tokens, i) {
                    let hit = Hit {
                        tokens: i..end,
                        frame: pattern.is_frame(),
                        pattern: self.origin[id],
                    };
                    merge(&mut out[*list as usize], hit);
                }
            }
        }
        out
    }
}

/// One pattern matching at one place, before overlapping hits are merged.
pub(crate) struct Hit {
    pub(crate) tokens: Range<usize>,
    pub(crate) frame: bool,
    pub(crate) pattern: PatternId,
}

/// Adds a match to its list, merging it into the previous one when they
/// overlap; a merged match is a frame only when both parts are, and keeps
/// the lowest pattern id among the hits at its start (so the id does not
/// depend on the order patterns are tried in).
pub(crate) fn merge(found: &mut Vec<Match>, hit: Hit) {
    let Hit {
        tokens,
        frame,
        pattern,
    } = hit;
    match found.last_mut() {
        Some(prev) if prev.tokens.end > tokens.start => {
            if prev.tokens.start == tokens.start {
                prev.pattern = prev.pattern.min(pattern);
            }
            prev.tokens.end = prev.tokens.end.max(tokens.end);
            prev.frame &= frame;
            prev.last_start = tokens.start;
        }
        _ => found.push(Match {
            last_start: tokens.start,
            tokens,
            pattern,
            frame,
        }),
    }
}

/// The name and purpose of every phrase list, for config documentation.
pub fn phrase_lists() -> Vec<(&'static str, String)> {
    let book = PhraseBook::builtin();
    List::ALL
        .iter()
        .map(|l| (l.name(), book.about(*l).to_string()))
        .collect()
}
