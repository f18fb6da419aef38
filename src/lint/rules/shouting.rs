//! `shouting`: capitals and punctuation runs that read as shouting.

use crate::lint::phrases::List;
use crate::lint::text::{Token, TokenKind};
use crate::lint::{Context, Evidence, Fixture, Finding, Fix, Level, Rule, RuleDoc, Span};
use crate::note::{Kind, Scenario};

/// Fires on 5+ letter all-caps words that are not known acronyms, and on
/// runs of three or more `!` or `?`.
pub struct Shouting;

static DOC: RuleDoc = RuleDoc {
    what: "A word of five or more letters in capitals that is not a known acronym (HIPAA, \
           UNICEF and words without vowels pass), or a run of three or more `!` or `?`.",
    why: "Capitals and stacked punctuation read as shouting or as spam, and spend characters \
          on tone instead of content.",
    bad: "Hi Lucía, your AMAZING talk blew my mind!!!",
    good: "Hi Lucía, your talk on HIPAA audits for small clinics was the clearest I've heard!",
};

fn is_acronym(t: &Token) -> bool {
    t.in_list(List::Acronym) || !t.word.contains(['a', 'e', 'i', 'o', 'u', 'y'])
}

/// Char offsets of increasing byte offsets, counted from the last one
/// asked for, so finding every run stays linear in the note.
struct CharOffsets<'a> {
    text: &'a str,
    byte: usize,
    char: usize,
}

impl<'a> CharOffsets<'a> {
    fn new(text: &'a str) -> Self {
        CharOffsets {
            text,
            byte: 0,
            char: 0,
        }
    }

    /// The char offset of byte offset `b`, which must not go backwards.
    fn at(&mut self, b: usize) -> usize {
        self.char += self.text[self.byte..b].chars().count();
        self.byte = b;
        self.char
    }
}

impl Rule for Shouting {
    fn id(&self) -> &'static str {
        "shouting"
    }

    fn default_level(&self, _: Scenario) -> Level {
        Level::Hint
    }

    fn doc(&self) -> &'static RuleDoc {
        &DOC
    }

    fn lists(&self) -> &'static [List] {
        &[List::Acronym]
    }

    fn fixture(&self) -> Fixture {
        Fixture {
            kind: Kind::Invitation,
            subject: None,
            scenario: Scenario::Stranger,
            recipient: None,
            sender: None,
            history: &[],
            bad: "Hi Oskar, your guide is GREAT!!!",
            good: "Hi Oskar, your GDPR guide is great!",
        }
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        let mut found: Vec<(usize, Finding)> = Vec::new();
        for t in cx.analysis.capitals() {
            let shouted = t.kind == TokenKind::Word
                && t.all_caps
                && t.word.chars().filter(|c| c.is_alphabetic()).count() >= 5
                && !t.word.chars().any(|c| c.is_ascii_digit())
                && !is_acronym(t);
            if shouted {
                let raw = &cx.text[t.bytes.clone()];
                found.push((
                    t.chars.start,
                    Finding::new(format!(
                        "“{raw}” in capitals reads as shouting: write it in lowercase"
                    ))
                    .span(Span::new(t.chars.start, t.chars.end))
                    .because(Evidence::Note(
                        "five or more letters in capitals, not in the acronym list",
                    )),
                ));
            }
        }
        // Runs are found on bytes ('!' and '?' are ASCII) and their char
        // offsets computed only for the runs that fire.
        let bytes = cx.text.as_bytes();
        let mut chars = CharOffsets::new(cx.text);
        let mut b = 0;
        while let Some(next) = memchr::memchr2(b'!', b'?', &bytes[b..]) {
            let start = b + next;
            b = start;
            while b < bytes.len() && matches!(bytes[b], b'!' | b'?') {
                b += 1;
            }
            if b - start >= 3 {
                let run = &cx.text[start..b];
                let keep = if run.contains('?') { "?" } else { "!" };
                let run_start = chars.at(start);
                let end = run_start + (b - start);
                found.push((
                    run_start,
                    Finding::new(format!("“{run}” reads as shouting: one is enough"))
                        .span(Span::new(run_start, end))
                        .fix(Fix {
                            start: run_start,
                            end,
                            replacement: keep.into(),
                        })
                        .because(Evidence::Note("three or more `!` or `?` in a row")),
                ));
            }
        }
        found.sort_by_key(|(at, _)| *at);
        out.extend(found.into_iter().map(|(_, f)| f));
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{fires, fixed, spans};
    use crate::note::Scenario::Stranger;

    #[test]
    fn fires_on_caps_and_punctuation_runs() {
        assert_eq!(
            spans(
                "shouting",
                "Hi Lucía, your AMAZING talk blew my mind!!! Really???",
                Stranger
            ),
            ["AMAZING", "!!!", "???"]
        );
        assert!(fires("shouting", "Hi Lucía, this is URGENT?!?", Stranger));
    }

    #[test]
    fn acronyms_and_short_caps_are_fine() {
        for text in [
            "Hi Lucía, your HIPAA and GDPR checklist for AWS and NASA teams was gold!",
            "Hi Lucía, loved the UNICEF report and the SCADA demo. OK?!",
            "Hi Lucía, the HTTPS and CSRF bits were great, and your NGINX tips too.",
            "Hi Lucía, we met at KubeCon. Coffee?",
        ] {
            assert!(!fires("shouting", text, Stranger), "{text}");
        }
    }

    #[test]
    fn fix_keeps_one_mark() {
        assert_eq!(fixed("shouting", "Great talk!!!!", Stranger), "Great talk!");
        assert_eq!(fixed("shouting", "Coffee???", Stranger), "Coffee?");
    }
}
