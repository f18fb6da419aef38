//! `placeholder`: template slots left unfilled.

use crate::lint::phrases::{List, PhraseBook};
use crate::lint::text::TokenKind;
use crate::lint::{Context, Fixture, Finding, Level, Rule, RuleDoc, Span};
use crate::note::{Kind, Scenario};

/// Fires on `{…}`, `{{…}}`, `[Name]`, `<…>`, `(group name)`, `XXX`, `TODO`, `TBD`.
pub struct Placeholder;

static DOC: RuleDoc = RuleDoc {
    what: "A template slot is still in the note: `{first_name}`, `{{company}}`, `[Name]`, \
           `<topic>`, `(group name)`, `XXX`, `TODO` or `TBD`. Links in angle brackets \
           (`<https://…>`), e-mail addresses and asides in parentheses (`(the one in \
           Porto)`) are not placeholders.",
    why: "A visible slot proves the note is a mass mailing, which is the opposite of what a \
          personal note is for; it is the one mistake readers never forgive.",
    bad: "Hi [Name], I enjoyed your talk on {topic} at XXX.",
    good: "Hi Ingrid, I enjoyed your talk on heat pumps for old houses at the Malmö build fair.",
};

/// Longest bracketed text still treated as a slot.
const MAX_SLOT: usize = 40;

/// Most words a parenthesised gap holds ("(insert their company name)").
const MAX_PAREN_WORDS: usize = 4;

/// Whether the text inside a parenthesis is a template's gap: a few words,
/// each one a `slot-word` ("group name", "your company", "insert topic").
/// A parenthesised aside ("the one in Porto") uses other words.
fn paren_slot(inner: &str, book: &PhraseBook) -> bool {
    let mut words = 0;
    inner
        .split([' ', '_', '-', '/'])
        .filter(|w| !w.is_empty())
        .all(|w| {
            words += 1;
            let w = crate::lint::text::fold(w);
            w.chars().all(char::is_alphabetic) && book.contains_word(List::SlotWord, &w)
        })
        && (1..=MAX_PAREN_WORDS).contains(&words)
}

/// The bracketed slot opening at byte `b` (char `c`): its end in bytes and chars.
fn bracket_slot(text: &str, b: usize, open: char, book: &PhraseBook) -> Option<(usize, usize)> {
    let rest = &text[b..];
    let (open_len, close) = match open {
        '{' if rest.starts_with("{{") => (2, "}}"),
        '{' => (1, "}"),
        '[' => (1, "]"),
        '<' => (1, ">"),
        '(' => (1, ")"),
        _ => return None,
    };
    let inner_start = open_len;
    let window: String = rest[inner_start..].chars().take(MAX_SLOT + 2).collect();
    let end = window.find(close)?;
    let inner = &window[..end];
    if inner.trim().is_empty() || inner.contains(['\n', '{', '[', '<']) {
        return None;
    }
    let letters = inner.chars().any(char::is_alphabetic);
    let wordy = inner
        .chars()
        .all(|c| c.is_alphanumeric() || matches!(c, ' ' | '_' | '-' | '\'' | '.' | '’'));
    let ok = match open {
        '{' => true,
        '[' => letters && wordy && !rest[inner_start + end + 1..].starts_with('('),
        '(' => paren_slot(inner, book),
        _ => {
            let lower = inner.to_ascii_lowercase();
            letters
                && wordy
                && inner.chars().next().is_some_and(char::is_alphabetic)
                && !lower.starts_with("http")
                && !lower.starts_with("www")
        }
    };
    ok.then(|| {
        let bytes = inner_start + end + close.len();
        (b + bytes, rest[..bytes].chars().count())
    })
}

impl Rule for Placeholder {
    fn id(&self) -> &'static str {
        "placeholder"
    }

    fn default_level(&self, _: Scenario) -> Level {
        Level::Error
    }

    fn doc(&self) -> &'static RuleDoc {
        &DOC
    }

    fn fixture(&self) -> Fixture {
        Fixture {
            kind: Kind::Invitation,
            subject: None,
            scenario: Scenario::Stranger,
            recipient: None,
            sender: None,
            history: &[],
            bad: "Hi {{first_name}}, loved your talk at <event>!",
            good: "Hi Oskar, loved your talk at Latitude59!",
        }
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        // (char start, char end, byte start, byte end) of each slot.
        let mut spans = Vec::new();
        // Brackets are ASCII, so a byte scan finds them; chars are counted
        // only up to each one found, and the search goes on after a slot.
        let (mut ci, mut counted) = (0, 0);
        let bytes = cx.text.as_bytes();
        // The next `(` and the next other opening bracket, each searched
        // for again only once the scan has passed it: linear in the note.
        let paren_from = |from: usize| memchr::memchr(b'(', &bytes[from..]).map(|i| from + i);
        let other_from =
            |from: usize| memchr::memchr3(b'{', b'[', b'<', &bytes[from..]).map(|i| from + i);
        let (mut paren, mut other) = (paren_from(0), other_from(0));
        while let Some(b) = paren.into_iter().chain(other).min() {
            let mut from = b + 1;
            ci += cx.text[counted..b].chars().count();
            counted = b;
            if let Some((end_b, chars)) = bracket_slot(cx.text, b, char::from(bytes[b]), cx.phrases)
            {
                spans.push((ci, ci + chars, b, end_b));
                from = end_b.max(from);
            }
            if paren.is_some_and(|at| at < from) {
                paren = paren_from(from);
            }
            if other.is_some_and(|at| at < from) {
                other = other_from(from);
            }
        }
        let bracketed = spans.len();
        let mut next = 0;
        for t in cx.analysis.capitals() {
            let w = t.word.as_str();
            let marker = t.all_caps
                && t.kind == TokenKind::Word
                && (matches!(w, "todo" | "tbd" | "tbc" | "fixme" | "tk")
                    || (w.len() >= 3 && w.chars().all(|c| c == 'x')));
            while next < bracketed && spans[next].1 <= t.chars.start {
                next += 1;
            }
            let inside = next < bracketed && spans[next].0 <= t.chars.start;
            if marker && !inside {
                spans.push((t.chars.start, t.chars.end, t.bytes.start, t.bytes.end));
            }
        }
        spans.sort_unstable();
        for (start, end, b0, b1) in spans {
            let slot = &cx.text[b0..b1];
            out.push(
                Finding::new(format!(
                    "unfilled placeholder `{slot}`: write the real words"
                ))
                .span(Span::new(start, end)),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{fires, spans};
    use crate::note::Scenario::Stranger;

    #[test]
    fn finds_every_kind_of_slot() {
        let text = "Hi [Name], loved {{talk_title}} at <event> in {city}. XXX TODO TBD";
        assert_eq!(
            spans("placeholder", text, Stranger),
            [
                "[Name]",
                "{{talk_title}}",
                "<event>",
                "{city}",
                "XXX",
                "TODO",
                "TBD"
            ]
        );
    }

    #[test]
    fn parenthesised_gaps_are_slots_and_asides_are_not() {
        let text = "Hi (Name), we are both in (group name). I work at (your company) on \
                    (insert topic).";
        assert_eq!(
            spans("placeholder", text, Stranger),
            ["(Name)", "(group name)", "(your company)", "(insert topic)"]
        );
        for text in [
            "Hi Ines, I loved the Lisbon meetup (the one in Porto was good too).",
            "Hi Ines, your talk (and the Q&A after it) changed my mind on caching.",
            "Hi Ines, we met at the fair (2019) and talked about kilns :)",
            "Hi Ines, saw your team (Acme Robotics) won the grant.",
        ] {
            assert!(!fires("placeholder", text, Stranger), "{text}");
        }
    }

    #[test]
    fn links_emails_and_prose_are_not_slots() {
        for text in [
            "Hi Ines, the deck is at <https://example.org/deck> if useful.",
            "Hi Ines, write to me at <ines.r@example.pt> any time.",
            "Hi Ines, see [the draft](https://example.org) and tell me what you think.",
            "Hi Ines, my todo list has 'read your essay' on it. 3 < 4 > 2.",
            "Hi Ines, footnote [1] of your paper was my favourite part. xxx",
        ] {
            assert!(!fires("placeholder", text, Stranger), "{text}");
        }
    }
}
