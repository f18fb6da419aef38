//! Finding the phrases of every list in a note's tokens.

use std::ops::Range;

use super::pattern::Entry;
use super::vocab::{UNKNOWN, WordSet};
use super::{Hit, List, Match, PatternId, PhraseBook, merge};
use crate::lint::text::Token;

impl PhraseBook {
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
            let ends = (0..self.patterns.len())
                .filter(|&p| self.patterns[p].origin == id)
                .filter_map(|p| self.compiled(p).match_at(tokens, i));
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
            for (p, c) in self.patterns.iter().enumerate() {
                if c.list != list || !self.is_on(c.origin) {
                    continue;
                }
                let origin = c.origin;
                // A leading optional word compiles into two patterns: the
                // shorter match inside the longer is the same pattern.
                let seen = |end: usize| {
                    out.iter()
                        .any(|(o, r)| *o == origin && r.start <= i && end <= r.end)
                };
                let end = self.compiled(p).match_at(tokens, i);
                if let Some(end) = end.filter(|e| *e <= within.end)
                    && !seen(end)
                {
                    out.push((origin, i..end));
                }
            }
        }
        out.sort_by_key(|(o, r)| (r.start, *o));
        out
    }

    /// Every match of every list, per list in token order, overlaps merged.
    /// `present` holds the word, stem and second-reading ids of the tokens
    /// (the tokeniser gathers them as it goes: a long note's tokens are
    /// not read again for it).
    pub fn find_all(&self, tokens: &[Token], present: &WordSet) -> Vec<Vec<Match>> {
        let mut out: Vec<Vec<Match>> = vec![Vec::new(); List::ALL.len()];
        let mut attempt = |id: usize, i: usize| {
            let c = &self.patterns[id];
            if !self.is_on(c.origin) || !self.possible(id, present) {
                return;
            }
            let pattern = self.compiled(id);
            if let Some(end) = pattern.match_at(tokens, i) {
                let hit = Hit {
                    tokens: i..end,
                    frame: pattern.is_frame(),
                    pattern: c.origin,
                };
                merge(&mut out[c.list as usize], hit);
            }
        };
        for (i, t) in tokens.iter().enumerate() {
            // One loop per source of candidates: cheaper than chaining them.
            for id in self.bucket(t.stem_id) {
                attempt(id, i);
            }
            if t.alt_id != UNKNOWN {
                for id in self.bucket(t.alt_id) {
                    attempt(id, i);
                }
            }
            let head = t.word.bytes().next().unwrap_or(0);
            for id in self.by_classes(Entry::classes_of(t), head) {
                attempt(id, i);
            }
        }
        out
    }
}
