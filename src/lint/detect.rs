//! Detectors shared by the rules and the checklist, so "does the note have
//! a name / context / next step" is answered once, the same way, whether
//! or not the matching rule is enabled.

use std::borrow::Cow;
use std::ops::Range;

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

use super::phrases::{List, Match, PhraseBook};
use super::report::Checklist;
use super::text::{Token, TokenKind};
use super::{Context, fixes};
use crate::note::Scenario;

/// Words that follow a greeting without being a name (`Hi there`).
const NOT_A_NAME: &[&str] = &[
    "there",
    "all",
    "everyone",
    "everybody",
    "team",
    "folks",
    "friend",
    "friends",
    "guys",
    "sir",
    "madam",
    "again",
    "you",
    "hiring",
    "manager",
    "recruiter",
    "colleague",
    "colleagues",
    "linkedin",
    "connection",
    "stranger",
    "y'all",
    "yall",
    "people",
    "both",
    "from",
    "i",
];

/// The opening of a note: a greeting and the name it addresses, if any.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Greeting {
    /// Tokens of the greeting including titles and name.
    pub tokens: Range<usize>,
    /// Tokens of the name, when the greeting has one.
    pub name: Option<Range<usize>>,
}

fn is_name_candidate(t: &Token, book: &PhraseBook) -> bool {
    t.kind == TokenKind::Word
        && !NOT_A_NAME.contains(&t.word.as_str())
        && (t.capitalized || !book.is_common_word(&t.word))
        && t.word.chars().next().is_some_and(char::is_alphabetic)
}

/// The greeting at the start of the note (`Hi Maya,`, `Dear Dr. Osei`,
/// `Maya —`), if there is one.
pub fn greeting(cx: &Context<'_>) -> Option<Greeting> {
    let toks = &cx.analysis.tokens;
    let first = toks.first()?;
    let same_line = |i: usize| {
        toks.get(i)
            .filter(|t| t.line == first.line && t.sentence == first.sentence)
    };
    if let Some(m) = cx
        .analysis
        .matches(List::Greeting)
        .first()
        .filter(|m| m.tokens.start == 0)
    {
        let mut i = m.tokens.end;
        while same_line(i).is_some_and(|t| cx.phrases.contains_word(List::Title, &t.word))
            && same_line(i + 1).is_some_and(|t| t.capitalized)
        {
            i += 1;
        }
        let start = i;
        while i - start < 3
            && same_line(i)
                .is_some_and(|t| is_name_candidate(t, cx.phrases) && (i == start || t.capitalized))
            && (i == start || !ends_with_comma(cx.text, &toks[i - 1]))
        {
            i += 1;
        }
        let name = (i > start).then_some(start..i);
        return Some(Greeting {
            tokens: 0..i.max(m.tokens.end),
            name,
        });
    }
    // A bare name opening the note: `Maya,` or `Maya —`.
    let mut i = 0;
    while i < 3 && same_line(i).is_some_and(|t| t.name_like) {
        i += 1;
        let next = next_char(cx.text, toks[i - 1].bytes.end);
        if matches!(next, Some(',' | '—' | '–' | '-' | ':' | '!' | '\n')) {
            return Some(Greeting {
                tokens: 0..i,
                name: Some(0..i),
            });
        }
    }
    None
}

fn ends_with_comma(text: &str, t: &Token) -> bool {
    next_char(text, t.bytes.end) == Some(',')
}

/// The first non-blank char at or after byte `pos` (line breaks count).
fn next_char(text: &str, pos: usize) -> Option<char> {
    text.get(pos..)?
        .chars()
        .find(|c| *c == '\n' || !c.is_whitespace())
}

/// A person's name split into folded words, titles dropped, accents set
/// aside (see [`name_key`]).
pub fn name_words(name: &str, book: &PhraseBook) -> Vec<String> {
    name.split(|c: char| {
        !(c.is_alphanumeric() || super::text::is_apostrophe(c) || is_combining_mark(c))
    })
    .filter(|w| !w.is_empty())
    .map(super::text::fold)
    .filter(|w| !book.contains_word(List::Title, w))
    .map(|w| name_key(&w).into_owned())
    .collect()
}

/// A folded word in composed form (NFC), so a name typed with a combining
/// accent (`Zoe\u{308}`) is the same name as `Zoë`.
pub fn name_key(word: &str) -> Cow<'_, str> {
    if word.is_ascii() {
        Cow::Borrowed(word)
    } else {
        Cow::Owned(word.nfc().collect())
    }
}

/// A word with its accents removed (`josé` → `jose`).
fn unaccented(word: &str) -> String {
    word.nfd().filter(|c| !is_combining_mark(*c)).collect()
}

/// A word of the note that is the known recipient's name without its
/// accents (`Jose` for `José`), with the name as the recipient writes it.
pub fn misspelt_name<'a>(cx: &Context<'a>) -> Option<(usize, &'a str)> {
    let recipient = cx.recipient?;
    let written: Vec<&str> = recipient
        .split(|c: char| !(c.is_alphanumeric() || is_combining_mark(c)))
        .filter(|w| w.chars().count() >= 2 && !w.is_ascii())
        .collect();
    cx.analysis.tokens.iter().enumerate().find_map(|(i, t)| {
        let bare = unaccented(&t.word);
        written
            .iter()
            .find(|w| unaccented(&super::text::fold(w)) == bare)
            .map(|w| (i, *w))
    })
}

/// Whether the note addresses the recipient by name: the known name when
/// there is one, else a greeting followed by a name.
pub fn addresses_recipient(cx: &Context<'_>) -> bool {
    let toks = &cx.analysis.tokens;
    let Some(recipient) = cx.recipient else {
        return greeting(cx).is_some_and(|g| g.name.is_some());
    };
    let words = name_words(recipient, cx.phrases);
    let Some(first) = words.first() else {
        return greeting(cx).is_some_and(|g| g.name.is_some());
    };
    // Any part of the name counts: given names come last in many cultures
    // (`Chen Wei` is greeted as `Wei`).
    if toks.iter().any(|t| {
        words
            .iter()
            .any(|w| name_key(&t.word) == *w && w.chars().count() >= 2)
    }) {
        return true;
    }
    let last = words.last().filter(|_| words.len() > 1);
    if let Some(last) = last {
        let titled = toks.windows(2).any(|w| {
            cx.phrases.contains_word(List::Title, &w[0].word) && name_key(&w[1].word) == *last
        });
        if titled {
            return true;
        }
    }
    // A short form of the known first name (`Alex` for Alexander).
    greeting(cx)
        .and_then(|g| g.name)
        .map(|r| name_key(&toks[r.start].word))
        .is_some_and(|g| {
            g.chars().count() >= 3 && (first.starts_with(&*g) || g.starts_with(first.as_str()))
        })
}

/// The phrase lists that count as context in `scenario`.
pub fn context_lists(scenario: Scenario) -> &'static [List] {
    match scenario {
        Scenario::Close => &[
            List::ContextClose,
            List::ContextAcquaintance,
            List::ContextStranger,
        ],
        Scenario::Acquaintance => &[List::ContextAcquaintance, List::ContextClose],
        Scenario::Stranger => &[List::ContextStranger, List::ContextAcquaintance],
    }
}

/// Whether the note gives context for its scenario.
///
/// A context match lying inside a `not-context` phrase ("your profile",
/// "the same industry") does not count, nor one that starts in the
/// greeting. A frame ("since we last spoke", "your work") counts only when
/// its sentence, or one next to it, holds a concrete detail.
pub fn has_context(cx: &Context<'_>) -> bool {
    let a = &cx.analysis;
    let generic = a.matches(List::NotContext);
    // The greeting's name is not the start of context ("Hi Ahmed, we
    // should be connected" is not "Ahmed suggested …").
    let frame = Frame {
        greeted: greeting(cx).map_or(0..0, |g| g.tokens),
        signed: sign_off(cx).unwrap_or(0..0),
        people: [cx.recipient, cx.sender]
            .into_iter()
            .flatten()
            .flat_map(|n| name_words(n, cx.phrases))
            .collect(),
    };
    context_lists(cx.scenario).iter().any(|l| {
        // Both lists are sorted and `generic` does not overlap itself: one pass.
        let mut g = 0;
        a.matches(*l)
            .iter()
            .filter(|m| m.last_start >= frame.greeted.end)
            .any(|m| {
                while generic
                    .get(g)
                    .is_some_and(|x| x.tokens.end <= m.tokens.start)
                {
                    g += 1;
                }
                let inside_generic = generic.get(g).is_some_and(|x| {
                    x.tokens.start <= m.tokens.start && m.tokens.end <= x.tokens.end
                });
                !inside_generic && (!m.frame || has_detail(cx, m, &frame))
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

/// Words after which a content word is the topic ("about *the marathon*").
const TOPIC_SIGNALS: &[&str] = &[
    "on",
    "about",
    "regarding",
    "around",
    "covering",
    "titled",
    "called",
    "named",
    "re",
];

/// How many words after a topic signal may hold its content word
/// ("on *on-call rotas*").
const TOPIC_REACH: usize = 3;

/// Words that end a topic: a new clause starts ("about time *we* connected").
const PRONOUNS: &[&str] = &[
    "i", "we", "you", "he", "she", "they", "it", "me", "us", "them",
];

/// Words skipped between a topic signal and its content word.
const DETERMINERS: &[&str] = &[
    "the", "a", "an", "your", "our", "my", "his", "her", "their", "this", "that", "those", "these",
    "why", "how", "what", "when", "where", "whether", "which", "who",
];

/// Whether the sentence of frame `m`, or one next to it, holds a concrete
/// detail: a proper noun, a number or link, a quotation, a weekday, month,
/// holiday or kind of event, or a topic ("about the marathon"). The
/// greeting, the sign-off and the names of both people do not count.
fn has_detail(cx: &Context<'_>, m: &Match, frame: &Frame) -> bool {
    let a = &cx.analysis;
    let toks = &a.tokens;
    let s = toks[m.tokens.start].sentence;
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
    let book = cx.phrases;
    let plain = |w: &str| book.contains_word(List::NotDetail, w) || book.is_common_word(w);
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
                let proper = t.capitalized
                    && !a.starts_sentence(i)
                    && t.word != "i"
                    && !book.contains_word(List::NotDetail, &t.word);
                let topic = TOPIC_SIGNALS.contains(&t.word.as_str())
                    && toks[i + 1..span.end]
                        .iter()
                        .filter(|n| !DETERMINERS.contains(&n.word.as_str()))
                        .take(TOPIC_REACH)
                        .take_while(|n| {
                            n.sentence == t.sentence && !PRONOUNS.contains(&n.word.as_str())
                        })
                        .any(|n| n.kind == TokenKind::Word && !plain(&n.word));
                proper
                    || topic
                    || matches!(
                        t.kind,
                        TokenKind::Number | TokenKind::Url | TokenKind::Email
                    )
                    || book.is_detail_word(&t.word)
            })
}

/// Words that end the topic named after "your talk on …": what follows
/// them is the sender speaking again.
const TOPIC_ENDS: &[&str] = &[
    "and", "but", "so", "could", "would", "can", "will", "please", "if", "i", "we", "my", "our",
    "me",
];

/// How many words after "your talk on" still name its topic.
const TOPIC_WORDS: usize = 6;

/// Whether tokens `range` lie in the topic of their work named by a
/// `topic` phrase ("your essay on *pricing psychology*"): there a word such
/// as "pricing" or "referral" is what they wrote about, not an ask or a pitch.
pub fn in_topic(cx: &Context<'_>, range: &Range<usize>) -> bool {
    let toks = &cx.analysis.tokens;
    let Some(m) = cx.analysis.last_before(List::Topic, range.start + 1) else {
        return false;
    };
    let start = m.tokens.end;
    if range.start < start || range.start >= start + TOPIC_WORDS {
        return false;
    }
    let sentence = toks[m.tokens.start].sentence;
    toks[start..range.end]
        .iter()
        .all(|t| t.sentence == sentence && !TOPIC_ENDS.contains(&t.word.as_str()))
}

/// Whether the note invites them to connect.
pub fn has_invite(cx: &Context<'_>) -> bool {
    cx.analysis.has(List::Invite)
}

/// Whether the note suggests a next step or leaves the door open: a phrase
/// of the `next-step` list, a link, or a question back to them.
pub fn has_next_step(cx: &Context<'_>) -> bool {
    let a = &cx.analysis;
    a.has(List::NextStep)
        || a.sentences
            .iter()
            .any(|s| s.question && s.tokens.len() >= 2)
        || a.tokens
            .iter()
            .any(|t| matches!(t.kind, TokenKind::Url | TokenKind::Email))
}

/// The tokens of a sign-off at the end of the note (`Best, Sam`, `– Sam`,
/// or a short last line with a name), if there is one.
pub fn sign_off(cx: &Context<'_>) -> Option<Range<usize>> {
    let toks = &cx.analysis.tokens;
    let n = toks.len();
    let last = toks.last()?;
    let closing = |t: &Token| cx.phrases.contains_word(List::Closing, &t.word);
    let line_start = |line: usize| {
        toks.iter()
            .rposition(|t| t.line < line)
            .map_or(0, |p| p + 1)
    };
    let a = line_start(last.line);
    if toks[0].line != last.line && n - a <= 4 {
        let named = toks[a..]
            .iter()
            .any(|t| t.name_like || (t.capitalized && !closing(t)));
        if named {
            let mut start = a;
            if a > 0 {
                let b = line_start(toks[a - 1].line);
                if a - b <= 3 && toks[b..a].iter().all(closing) {
                    start = b;
                }
            }
            return Some(start..n);
        }
    }
    let mut k = n;
    while k > 0 && n - k < 3 && toks[k - 1].name_like && toks[k - 1].line == last.line {
        k -= 1;
    }
    if k == n {
        return None;
    }
    let before = cx.text[..toks[k].bytes.start].trim_end_matches([' ', '\t']);
    let mut s = k;
    while s > 0 && k - s < 4 && closing(&toks[s - 1]) {
        s -= 1;
    }
    match before.chars().last() {
        Some('-' | '–' | '—' | '~' | '\n') => Some(s..n),
        Some(',' | '!' | '.') if s < k => Some(s..n),
        _ => None,
    }
}

/// Whether the note ends with the sender's name; `None` when the sender is unknown.
pub fn signed_by_sender(cx: &Context<'_>) -> Option<bool> {
    let words = name_words(cx.sender?, cx.phrases);
    let first = words.first()?;
    let toks = &cx.analysis.tokens;
    let last_line = toks.last().map_or(0, |t| t.line);
    let tail = toks.len().saturating_sub(6);
    Some(
        toks.iter()
            .enumerate()
            .filter(|(i, t)| *i >= tail || t.line == last_line)
            .any(|(_, t)| {
                let key = name_key(&t.word);
                key == *first || words.iter().any(|w| *w == key)
            }),
    )
}

/// The SPEC §5 checklist, from the same detectors the rules use.
///
/// `sign_off` is true when the note ends with the sender's name; when the
/// sender is unknown, when it ends with a name-like sign-off (`Best, Sam`,
/// `– Sam`, or a short last line with a name).
pub fn checklist(cx: &Context<'_>) -> Checklist {
    Checklist {
        name: addresses_recipient(cx),
        context: has_context(cx),
        invite: has_invite(cx),
        next_step: has_next_step(cx),
        sign_off: signed_by_sender(cx).unwrap_or_else(|| sign_off(cx).is_some()),
        within_limit: cx.count.count <= cx.limit,
    }
}

/// Whether token `i` begins a clause: it opens a sentence or directly
/// follows the greeting.
pub fn clause_start(cx: &Context<'_>, i: usize) -> bool {
    cx.analysis.starts_sentence(i) || greeting(cx).is_some_and(|g| g.tokens.end == i)
}

/// A fix that removes tokens `range` cleanly (see [`fixes::remove`]).
///
/// After a greeting (`Hi Mei, I hope… Your talk…`) the word that now
/// follows the comma is lowercased when it is a common word.
pub fn removal(cx: &Context<'_>, range: &Range<usize>) -> super::Fix {
    removal_with_bytes(cx, range).0
}

/// [`removal`], also returning the byte range the fix replaces.
pub fn removal_with_bytes(cx: &Context<'_>, range: &Range<usize>) -> (super::Fix, Range<usize>) {
    let a = &cx.analysis;
    let (mut fix, mut bytes) = fixes::remove_with_bytes(
        cx.text,
        a.byte_span(range),
        a.char_span(range),
        clause_start(cx, range.start),
    );
    let after_greeting = !a.starts_sentence(range.start)
        && greeting(cx).is_some_and(|g| g.tokens.end == range.start);
    if after_greeting && fix.replacement.is_empty() {
        let at = a.tokens.partition_point(|t| t.chars.start < fix.end);
        let next = a.tokens.get(at).filter(|t| t.chars.start == fix.end);
        if let Some(t) = next.filter(|t| {
            t.capitalized && t.word != "i" && cx.phrases.contains_word(List::CommonWord, &t.word)
        }) {
            if let Some(c) = cx.text[t.bytes.start..].chars().next() {
                fix.replacement.extend(c.to_lowercase());
                fix.end += 1;
                bytes.end += c.len_utf8();
            }
        }
    }
    (fix, bytes)
}
