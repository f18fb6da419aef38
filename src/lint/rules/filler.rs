//! `filler`: phrases that spend characters and say nothing.

use std::ops::Range;

use crate::lint::phrases::List;
use crate::lint::{Context, Evidence, Fixture, Finding, Level, Rule, RuleDoc, Span, detect};
use crate::note::{Kind, Scenario};

/// Fires on each filler phrase; the fix removes it.
pub struct Filler;

static DOC: RuleDoc = RuleDoc {
    what: "Phrases that spend characters and say nothing: \"I hope this message finds you \
           well\", \"sorry to bother you\", \"I know you're busy\", \"to whom it may \
           concern\", \"Dear Sir/Madam\".",
    why: "A connection note has 300 characters at most (200 on a free account); filler takes \
          the room the context and the next step need, and reads like a form letter.",
    bad: "Hi Mei, I hope this message finds you well. I know you're busy, but your talk on \
          rice-paddy sensors was great.",
    good: "Hi Mei, your talk on rice-paddy sensors was great; the drone calibration trick was new to me.",
};

/// The tokens the fix removes: the filler phrase, or its whole sentence
/// when the rest of it only leads into the filler ("I just wanted to say I
/// hope this finds you well!!"), so the fix never leaves a broken sentence.
/// A greeting at the sentence's start stays.
fn whole_sentence(cx: &Context<'_>, found: &Range<usize>) -> Range<usize> {
    let a = &cx.analysis;
    let sentence = &a.sentences[a.tokens[found.start].sentence as usize].tokens;
    let greeted = detect::greeting(cx).map_or(0, |g| g.tokens.end);
    let start = sentence.start.max(greeted.min(found.start));
    let lead_in = |i: usize| cx.phrases.contains_word(List::LeadIn, &a.tokens[i].word);
    if (start..found.start).all(lead_in) && (found.end..sentence.end).all(lead_in) {
        start..sentence.end
    } else {
        found.clone()
    }
}

impl Rule for Filler {
    fn id(&self) -> &'static str {
        "filler"
    }

    fn default_level(&self, _: Scenario) -> Level {
        Level::Hint
    }

    fn doc(&self) -> &'static RuleDoc {
        &DOC
    }

    fn lists(&self) -> &'static [List] {
        &[List::Filler]
    }

    fn fixture(&self) -> Fixture {
        Fixture {
            kind: Kind::Invitation,
            subject: None,
            scenario: Scenario::Stranger,
            recipient: None,
            sender: None,
            history: &[],
            bad: "Hi Oskar, sorry to bother you, but your tax guide helped me.",
            good: "Hi Oskar, your tax guide helped me.",
        }
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        for m in cx.analysis.matches(List::Filler) {
            let span = cx.analysis.char_span(&m.tokens);
            let quote = &cx.text[cx.analysis.byte_span(&m.tokens)];
            let (fix, bytes) = detect::removal_with_bytes(cx, &whole_sentence(cx, &m.tokens));
            let removed = cx.text[bytes].encode_utf16().count();
            let freed = removed.saturating_sub(fix.replacement.encode_utf16().count());
            out.push(
                Finding::new(format!(
                    "“{quote}” says nothing: removing it frees {freed} characters"
                ))
                .span(Span::new(span.start, span.end))
                .fix(fix)
                .because(Evidence::matched(cx, m)),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{fixed, run, spans};
    use crate::note::Scenario::Stranger;

    #[test]
    fn spans_each_phrase() {
        let text = "Hi Mei, I hope this message finds you well. Sorry to bother you, but your \
                    rice-paddy talk was great. I know you're busy!";
        assert_eq!(
            spans("filler", text, Stranger),
            [
                "I hope this message finds you well",
                "Sorry to bother you",
                "I know you're busy"
            ]
        );
        assert!(spans("filler", "To whom it may concern, hello.", Stranger).len() == 1);
        assert!(spans("filler", "Dear Sir/Madam, hello.", Stranger).len() == 1);
    }

    #[test]
    fn fix_removes_a_sentence_that_only_leads_into_filler() {
        assert_eq!(
            fixed(
                "filler",
                "Hi Mei, I just wanted to say I hope this message finds you well!! Your \
                 talk on rice paddies was great.",
                Stranger
            ),
            "Hi Mei, your talk on rice paddies was great."
        );
        // Words of substance around the filler stay.
        assert_eq!(
            fixed(
                "filler",
                "Hi Mei, sorry to bother you, but your rice-paddy talk was great.",
                Stranger
            ),
            "Hi Mei, your rice-paddy talk was great."
        );
    }

    #[test]
    fn message_counts_the_freed_characters() {
        let d = run(
            "filler",
            "Hi Mei, I hope this finds you well. Coffee?",
            Stranger,
            None,
            None,
        );
        // "I hope this finds you well. " is 28 characters.
        assert!(
            d[0].message.contains("frees 28 characters"),
            "{}",
            d[0].message
        );
    }

    #[test]
    fn fix_leaves_clean_text() {
        assert_eq!(
            fixed(
                "filler",
                "Hi Mei, I hope this message finds you well. Your talk was great.",
                Stranger
            ),
            "Hi Mei, your talk was great."
        );
        assert_eq!(
            fixed(
                "filler",
                "Sorry to bother you, but your talk was great.",
                Stranger
            ),
            "Your talk was great."
        );
        assert_eq!(
            fixed(
                "filler",
                "Your talk was great, sorry to bother you.",
                Stranger
            ),
            "Your talk was great."
        );
    }
}
