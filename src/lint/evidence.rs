//! Why a finding fired: the phrases it rests on, the ones set aside on the
//! way and the exceptions that applied. Kept as pattern ids, char spans and
//! static notes so every lint carries it for free; [`crate::lint::trace`]
//! turns it into words only when someone asks (`connote lint --trace`).

use super::phrases::{Match, PatternId};
use super::{Context, Span};

/// One phrase of the note: the pattern that matched and where.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct PhraseRef {
    /// The pattern, as the phrase book numbers it.
    pub pattern: PatternId,
    /// The matched words, in chars of the note.
    pub span: Span,
}

impl PhraseRef {
    /// The pattern and place of match `m` in the note of `cx`.
    pub fn of(cx: &Context<'_>, m: &Match) -> Self {
        let chars = cx.analysis.char_span(&m.tokens);
        PhraseRef {
            pattern: m.pattern,
            span: Span::new(chars.start, chars.end),
        }
    }
}

/// One step of a finding's reasoning.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Evidence {
    /// A phrase the finding rests on, with what was checked around it.
    Matched {
        /// The phrase.
        phrase: PhraseRef,
        /// What else held, e.g. "no topic, title or name after it".
        note: Option<&'static str>,
    },
    /// A phrase that would have prevented the finding but did not count.
    SetAside {
        /// The phrase.
        phrase: PhraseRef,
        /// Why it did not count, e.g. "a frame without a detail nearby".
        why: &'static str,
        /// The exception phrase it lies inside, when that is the reason.
        exception: Option<PhraseRef>,
    },
    /// What the rule looked for and did not find, or a check that applied.
    Note(&'static str),
}

impl Evidence {
    /// The finding rests on match `m`.
    pub fn matched(cx: &Context<'_>, m: &Match) -> Self {
        Evidence::Matched {
            phrase: PhraseRef::of(cx, m),
            note: None,
        }
    }

    /// The finding rests on match `m`, judged by `note`.
    pub fn matched_with(cx: &Context<'_>, m: &Match, note: &'static str) -> Self {
        Evidence::Matched {
            phrase: PhraseRef::of(cx, m),
            note: Some(note),
        }
    }
}
