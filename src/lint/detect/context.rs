//! Context: whether the note says how they know each other or why them,
//! and where the topic of their work is named.

use std::ops::Range;

use super::{greeting, name_key, sign_off};
use crate::lint::phrases::{List, Match};
use crate::lint::text::{Cursor, Token, TokenKind};
use crate::lint::{Context, Evidence, PhraseRef};
use crate::note::Scenario;

/// The phrase lists that count as context in `scenario`.
pub fn context_lists(scenario: Scenario) -> &'static [List] {
    match scenario {
        Scenario::Close => &[
            List::ContextClose,
            List::ContextAcquaintance,
            List::ContextStranger,
            List::ContextAny,
        ],
        Scenario::Acquaintance => &[
            List::ContextAcquaintance,
            List::ContextClose,
            List::ContextAny,
        ],
        Scenario::Stranger => &[
            List::ContextStranger,
            List::ContextAcquaintance,
            List::ContextAny,
        ],
    }
}

/// Whether the note gives context for its scenario.
///
/// A context match lying inside a `not-context` phrase ("your profile",
/// "the same industry") does not count, nor one that starts in the
/// greeting. A frame ("since we last spoke", "your work") counts only when
/// its sentence, or one next to it, holds a concrete detail.
pub fn has_context(cx: &Context<'_>) -> bool {
    match cx.context_given.get() {
        Some(given) => *given,
        None => context_judged(cx, &mut |_| {}),
    }
}

/// [`has_context`], telling `aside` of each context phrase that did not
/// count and why, for the trace of `missing-context`.
pub fn context_judged(cx: &Context<'_>, aside: &mut impl FnMut(Evidence)) -> bool {
    let given = judge(cx, aside);
    // `aside` only listens: the verdict is the same for whoever asks next.
    let _ = cx.context_given.set(given);
    given
}

fn judge(cx: &Context<'_>, aside: &mut impl FnMut(Evidence)) -> bool {
    let a = &cx.analysis;
    let generic = a.matches(List::NotContext);
    // The greeting's name is not the start of context ("Hi Ahmed, we
    // should be connected" is not "Ahmed suggested …").
    let frame = Frame {
        greeted: greeting(cx).map_or(0..0, |g| g.tokens),
        signed: sign_off(cx).unwrap_or(0..0),
        people: cx
            .recipient_words()
            .iter()
            .chain(cx.sender_words())
            .cloned()
            .collect(),
    };
    context_lists(cx.scenario).iter().any(|l| {
        // Both lists are sorted and `generic` does not overlap itself: one pass.
        let mut g = 0;
        a.matches(*l).iter().any(|m| {
            let set_aside = |why, exception: Option<&Match>| Evidence::SetAside {
                phrase: PhraseRef::of(cx, m),
                why,
                exception: exception.map(|x| PhraseRef::of(cx, x)),
            };
            if m.last_start < frame.greeted.end {
                aside(set_aside("starts in the greeting", None));
                return false;
            }
            while generic
                .get(g)
                .is_some_and(|x| x.tokens.end <= m.tokens.start)
            {
                g += 1;
            }
            let inside_generic = generic
                .get(g)
                .filter(|x| x.tokens.start <= m.tokens.start && m.tokens.end <= x.tokens.end);
            if inside_generic.is_some() {
                aside(set_aside("inside a generic phrase", inside_generic));
                return false;
            }
            if m.frame && !has_detail(cx, m, &frame) {
                aside(set_aside("a frame without a detail nearby", None));
                return false;
            }
            true
        })
    })
}

/// What is around a note's body and never counts as its detail.
struct Frame {
    /// Tokens of the greeting.
    greeted: Range<usize>,
    /// Tokens of the sign-off.
    signed: Range<usize>,
    /// The recipient's and sender's names, as name keys.
    people: Vec<String>,
}

/// How many words after a topic signal may hold its content word
/// ("on *on-call rotas*").
const TOPIC_REACH: usize = 3;

/// Whether the sentence of frame `m`, or one next to it, holds a concrete
/// detail: a proper noun, a number or link, a quotation, a weekday, month,
/// holiday or kind of event, or a topic ("about the marathon"). The
/// greeting, the sign-off and the names of both people do not count.
fn has_detail(cx: &Context<'_>, m: &Match, frame: &Frame) -> bool {
    let a = &cx.analysis;
    let toks = &a.tokens;
    let s = toks[m.tokens.start].sentence as usize;
    // The frame's sentence and its neighbours: "I just finished *The Slow
    // Launch*. Thank you for writing it" points back to its detail.
    let span = a.sentences[s.saturating_sub(1)].tokens.start
        ..a.sentences
            .get(s + 1)
            .map_or(a.sentences[s].tokens.end, |n| n.tokens.end);
    let Frame {
        greeted,
        signed,
        people,
    } = frame;
    let plain = |t: &Token| t.in_list(List::NotDetail) || t.is_common();
    let quoted = cx.text[toks[span.start].bytes.start..toks[span.end - 1].bytes.end]
        .contains(['"', '“', '”', '«', '»']);
    quoted
        || span
            .clone()
            .filter(|i| !greeted.contains(i) && !signed.contains(i))
            .any(|i| {
                let t = &toks[i];
                if people.iter().any(|p| *p == name_key(&t.word)) {
                    return false;
                }
                if matches!(
                    t.kind,
                    TokenKind::Number | TokenKind::Url | TokenKind::Email
                ) {
                    return true;
                }
                // A shouted word ("SUPER nice") is no proper noun.
                let shouted =
                    || t.all_caps && t.word.chars().count() >= 5 && !t.in_list(List::Acronym);
                // "if that's OK", "a Great Talk": capitalised common words are no names.
                let proper = || {
                    t.capitalized
                        && !a.starts_sentence(i)
                        && !shouted()
                        && !t.is_common()
                        && !t.in_list(List::NotDetail)
                };
                let topic = || {
                    t.in_list(List::TopicSignal)
                        && toks[i + 1..span.end]
                            .iter()
                            .filter(|n| !n.in_list(List::Determiner))
                            .take(TOPIC_REACH)
                            .take_while(|n| n.sentence == t.sentence && !n.in_list(List::Pronoun))
                            .any(|n| n.kind == TokenKind::Word && !plain(n))
                };
                proper() || t.is_detail() || topic()
            })
}

/// How many words after "your talk on" still name its topic.
const TOPIC_WORDS: usize = 6;

/// Whether tokens `range` lie in the topic of their work named by a
/// `topic` phrase ("your essay on *pricing psychology*"): there a word such
/// as "pricing" or "referral" is what they wrote about, not an ask or a pitch.
///
/// `topic` walks the `topic` matches; ask about ranges in order of start.
pub fn in_topic(cx: &Context<'_>, range: &Range<usize>, topic: &mut Cursor<'_>) -> bool {
    let toks = &cx.analysis.tokens;
    let Some(m) = topic.last_before(range.start) else {
        return false;
    };
    let start = m.tokens.end;
    if range.start < start || range.start >= start + TOPIC_WORDS {
        return false;
    }
    let sentence = toks[m.tokens.start].sentence;
    toks[start..range.end]
        .iter()
        .all(|t| t.sentence == sentence && !t.in_list(List::TopicEnd))
}
