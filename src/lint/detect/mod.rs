//! Detectors shared by the rules and the checklist, so "does the note have
//! a name / context / next step" is answered once, the same way, whether
//! or not the matching rule is enabled.

mod context;
mod names;

use std::ops::Range;

pub use context::{context_judged, has_context, in_topic};
pub use names::{addresses_recipient, misspelt_name, name_key, name_words};

use super::phrases::List;
use super::report::Checklist;
use super::text::{Token, TokenKind};
use super::{Context, fixes};

/// The subject line of the message: the one given with it, else a first
/// line written `Subject: …` (how a message in a file carries one).
pub fn subject<'a>(cx: &Context<'a>) -> Option<&'a str> {
    cx.subject.or_else(|| {
        let first = cx.text.lines().next()?.trim_start();
        let head = first.get(..8)?;
        head.eq_ignore_ascii_case("subject:")
            .then(|| first[8..].trim())
    })
}

/// Whether a sentence of `text` is a question about the reader: it ends
/// with a question mark and says "you" or "your".
pub fn asks_about_them(text: &str) -> bool {
    // Most notes ask one question or none: look back from each `?` only.
    memchr::memchr_iter(b'?', text.as_bytes()).any(|q| {
        let start = text[..q].rfind(['.', '!', '\n', '?']).map_or(0, |b| b + 1);
        text[start..q]
            .to_lowercase()
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| matches!(w, "you" | "your" | "yours"))
    })
}

/// The opening of a note: a greeting and the name it addresses, if any.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Greeting {
    /// Tokens of the greeting including titles and name.
    pub tokens: Range<usize>,
    /// Tokens of the name, when the greeting has one.
    pub name: Option<Range<usize>>,
}

fn is_name_candidate(t: &Token) -> bool {
    t.kind == TokenKind::Word
        && !t.in_list(List::StandIn)
        && !t.in_list(List::NotAName)
        && (t.capitalized || !t.is_common())
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
        while same_line(i).is_some_and(|t| t.in_list(List::Title))
            && same_line(i + 1).is_some_and(|t| t.capitalized)
        {
            i += 1;
        }
        let start = i;
        while i - start < 3
            && same_line(i).is_some_and(|t| is_name_candidate(t) && (i == start || t.capitalized))
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

/// Whether the note invites them to connect.
pub fn has_invite(cx: &Context<'_>) -> bool {
    cx.analysis.has(List::Invite)
}

/// Whether the note suggests a next step or leaves the door open: a phrase
/// of the `next-step` list outside a sentence about the past, a link, or a
/// question back to them.
pub fn has_next_step(cx: &Context<'_>) -> bool {
    let a = &cx.analysis;
    a.matches(List::NextStep)
        .iter()
        .any(|m| !recalls_the_past(cx, a.tokens[m.tokens.start].sentence as usize))
        || a.sentences
            .iter()
            .any(|s| s.question && s.tokens.len() >= 2)
        || a.tokens
            .iter()
            .any(|t| matches!(t.kind, TokenKind::Url | TokenKind::Email))
}

/// Whether sentence `s` recalls an event rather than proposing one ("Lunch
/// last week was great"): a `past-marker` word and no `future-marker`
/// word, and not a question.
fn recalls_the_past(cx: &Context<'_>, s: usize) -> bool {
    let sentence = &cx.analysis.sentences[s];
    let words = &cx.analysis.tokens[sentence.tokens.clone()];
    let has = |list: List| words.iter().any(|t| t.in_list(list));
    !sentence.question && has(List::PastMarker) && !has(List::FutureMarker)
}

/// The tokens of a sign-off at the end of the note (`Best, Sam`, `– Sam`,
/// or a short last line with a name), if there is one.
pub fn sign_off(cx: &Context<'_>) -> Option<Range<usize>> {
    let toks = &cx.analysis.tokens;
    let n = toks.len();
    let last = toks.last()?;
    let closing = |t: &Token| t.in_list(List::Closing);
    let line_start = |line: u32| {
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
    cx.sender?;
    let words = cx.sender_words();
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
    use crate::lint::report::Item;
    let a = &cx.analysis;
    // Only the kind's items are shown or written: the others stay false
    // and cost nothing.
    let items = Item::of(cx.kind);
    let item = |item: Item, done: &dyn Fn() -> bool| items.contains(&item) && done();
    Checklist {
        kind: cx.kind,
        name: item(Item::Name, &|| addresses_recipient(cx)),
        context: item(Item::Context, &|| has_context(cx)),
        invite: item(Item::Invite, &|| has_invite(cx)),
        next_step: item(Item::NextStep, &|| has_next_step(cx)),
        thanks: item(Item::Thanks, &|| a.has(List::Thanks)),
        introduction: item(Item::Introduction, &|| a.has(List::SelfIntroduction)),
        offer: item(Item::Offer, &|| {
            a.has(List::Offer) || asks_about_them(cx.text)
        }),
        subject: item(Item::Subject, &|| {
            subject(cx).is_some_and(|s| {
                !s.trim().is_empty() && crate::note::count(s).units <= crate::note::SUBJECT_LIMIT
            })
        }),
        permission: item(Item::Permission, &|| a.has(List::Permission)),
        target: item(Item::Target, &|| names_target(cx)),
        reason: item(Item::Reason, &|| a.has(List::Reason)),
        blurb: item(Item::Blurb, &|| has_blurb(cx)),
        easy_out: item(Item::EasyOut, &|| a.has(List::EasyOut)),
        sign_off: item(Item::SignOff, &|| {
            signed_by_sender(cx).unwrap_or_else(|| sign_off(cx).is_some())
        }),
        within_limit: item(Item::WithinLimit, &|| cx.count.units <= cx.limit),
    }
}

/// Whether the note has a note to forward: the one its fields name (in the
/// composer, a template), else a phrase that introduces one.
pub fn has_blurb(cx: &Context<'_>) -> bool {
    match cx.forwardable {
        Some(blurb) => !blurb.trim().is_empty(),
        None => cx.analysis.has(List::Forwardable),
    }
}

/// Whether the note asks for an introduction to someone by name, not to
/// "someone" or "a person".
pub fn names_target(cx: &Context<'_>) -> bool {
    cx.analysis.matches(List::TargetAsk).iter().any(|m| {
        !cx.analysis.tokens[m.tokens.clone()].iter().any(|t| {
            matches!(
                t.word.as_str(),
                "someone" | "anyone" | "somebody" | "anybody" | "people" | "person" | "a" | "an"
            )
        })
    })
}

/// Whether token `i` begins a clause: it opens a sentence or directly
/// follows the greeting.
pub fn clause_start(cx: &Context<'_>, i: usize) -> bool {
    cx.analysis.starts_sentence(i) || greeting(cx).is_some_and(|g| g.tokens.end == i)
}

/// A fix that removes tokens `range` cleanly (see [`fixes::remove_with_bytes`]).
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
        if let Some(t) =
            next.filter(|t| t.capitalized && t.word != "i" && t.in_list(List::CommonWord))
            && let Some(c) = cx.text[t.bytes.start..].chars().next()
        {
            fix.replacement.extend(c.to_lowercase());
            fix.end += 1;
            bytes.end += c.len_utf8();
        }
    }
    (fix, bytes)
}
