//! `misspelling`: a commonly misspelt word ("recieved", "definately").

use crate::lint::text::{Token, TokenKind};
use crate::lint::{Context, Finding, Fix, Fixture, Level, Rule, RuleDoc, Span, detect};
use crate::note::{Kind, Scenario};

/// Fires on words that `typos-dict` (the dictionary behind the `typos`
/// checker, a static perfect-hash map) lists as known misspellings. It
/// knows misspellings, not words, so names and other languages pass.
pub struct Misspelling;

static DOC: RuleDoc = RuleDoc {
    what: "A word that is a common misspelling (\"recieved\", \"definately\", \"collegue\"), \
           from the dictionary of the `typos` spell checker. Names are never checked: not \
           the recipient's or the sender's, not any capitalised word (even one opening a \
           sentence, which may be a name), not links, e-mail addresses, handles or words \
           with digits.",
    why: "In a note of two or three sentences one misspelt word is what the reader \
          remembers: it reads as careless, and care is what the note is meant to show.",
    bad: "Hi Wanjiru, I definately enjoyed your talk on cold-chain logistics.",
    good: "Hi Wanjiru, I definitely enjoyed your talk on cold-chain logistics.",
};

impl Rule for Misspelling {
    fn id(&self) -> &'static str {
        "misspelling"
    }

    fn default_level(&self, _: Scenario) -> Level {
        Level::Hint
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
            bad: "Hi Oskar, I definately learnt from your write-up on e-residency taxes.",
            good: "Hi Oskar, I definitely learnt from your write-up on e-residency taxes.",
        }
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        // A word the lexicon vouches for, as written, needs no look-up.
        for t in cx.analysis.unvouched() {
            if !checkable(cx, t) {
                continue;
            }
            let raw = &cx.text[t.bytes.clone()];
            let Some(fixes) = super::misspellings::corrections(raw) else {
                continue;
            };
            // The names are worked out for the rare word the dictionary knows.
            let mut people = cx.recipient_words().iter().chain(cx.sender_words());
            if people.any(|p| *p == detect::name_key(&t.word)) {
                continue;
            }
            let fixes: Vec<&str> = fixes.collect();
            let Some(first) = fixes.first() else { continue };
            let span = Span::new(t.chars.start, t.chars.end);
            let finding = if fixes.len() == 1 {
                let replacement = (*first).to_string();
                Finding::new(format!("“{raw}” is misspelt: “{replacement}”"))
                    .span(span)
                    .fix(Fix {
                        start: t.chars.start,
                        end: t.chars.end,
                        replacement,
                    })
            } else {
                let options: Vec<String> = fixes.iter().map(|c| format!("“{c}”")).collect();
                Finding::new(format!("“{raw}” is misspelt: {}?", options.join(" or "))).span(span)
            };
            out.push(finding);
        }
    }
}

/// Whether a token is a plain word the dictionary may judge: no capital
/// (a capital, even opening a sentence, may start a name: "Ines" is not
/// "lines", "Pilar" not "pillar"), no digits, no address, no `@handle` or
/// `#tag`.
fn checkable(cx: &Context<'_>, t: &Token) -> bool {
    t.kind == TokenKind::Word
        && !t.capitalized
        && !t.all_caps
        && t.word.chars().nth(2).is_some()
        && !t.word.bytes().any(|b| b.is_ascii_digit())
        && !cx.text[..t.bytes.start].ends_with(['@', '#'])
}

#[cfg(test)]
mod tests {
    use super::super::testing::{fires, fixed, run};
    use crate::note::Scenario::Stranger;

    #[test]
    fn common_misspellings_fire_with_their_fix() {
        for (word, right) in [
            ("recieved", "received"),
            ("conect", "connect"),
            ("definately", "definitely"),
            ("collegue", "colleague"),
            ("oppurtunity", "opportunity"),
            ("untill", "until"),
        ] {
            let text = format!("Hi Ana, I {word} your note on tidal power.");
            assert_eq!(
                fixed("misspelling", &text, Stranger),
                format!("Hi Ana, I {right} your note on tidal power."),
                "{word}"
            );
        }
    }

    /// The lexicon lets the words it knows pass without a look-up, except
    /// those the dictionary lists: "insead" and "chanel" are in the
    /// phrase lists (a school, a brand) and still misspelt in lowercase.
    #[test]
    fn words_of_the_phrase_lists_that_are_misspellings_still_fire() {
        for (word, right) in [("insead", "instead"), ("chanel", "channel")] {
            let text = format!("Hi Ana, I read it {word} of waiting.");
            assert_eq!(
                fixed("misspelling", &text, Stranger),
                format!("Hi Ana, I read it {right} of waiting."),
                "{word}"
            );
        }
        assert!(!fires("misspelling", "Hi Ana, your meetup was great.", Stranger));
    }

    #[test]
    fn names_links_handles_and_digits_pass() {
        for text in [
            "Ines, loved your talk on tidal power.",
            "Theo, loved your talk on tidal power.",
            "Hi Ana, I met Ines and Theo at the Lisbon fair.",
            "Hi Ana, see https://example.org/recieved or mail untill@example.org.",
            "Hi Ana, follow @definately and #collegue for more; untill2024 was fun.",
            "Hi Ana, loved your DEFINATELY talk.",
            "Definately a name? Capitals are never judged.",
        ] {
            assert!(!fires("misspelling", text, Stranger), "{text}");
        }
        // The recipient's and sender's names are theirs to spell.
        let d = run(
            "misspelling",
            "Hi untill, thanks!\n– Conect",
            Stranger,
            Some("untill"),
            Some("conect"),
        );
        assert!(d.is_empty(), "{d:?}");
    }
}

#[cfg(test)]
mod names {
    use super::super::testing::run;
    use crate::note::Scenario::Acquaintance;

    /// First names from many cultures, as written and as typed in lowercase
    /// for the recipient: none is ever a misspelling.
    #[test]
    fn five_hundred_first_names_get_no_finding() {
        let names: Vec<&str> = include_str!("../../../tests/data/first-names.txt")
            .split_whitespace()
            .collect();
        assert!(names.len() >= 500, "{}", names.len());
        let mut flagged = Vec::new();
        for name in &names {
            let lower = name.to_lowercase();
            for (text, to) in [
                (
                    format!("{name}, great to meet you at the Lisbon fair."),
                    None,
                ),
                (format!("Hi Ana, {name} and I met at the fair."), None),
                (
                    format!("hi {lower}, great to meet you at the fair."),
                    Some(lower.as_str()),
                ),
            ] {
                if !run("misspelling", &text, Acquaintance, to, None).is_empty() {
                    flagged.push(text);
                }
            }
        }
        assert!(flagged.is_empty(), "{flagged:#?}");
    }
}
