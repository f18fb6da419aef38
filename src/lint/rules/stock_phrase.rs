//! `stock-phrase`: LinkedIn's stock sentence inside an otherwise personal note.

use crate::lint::phrases::List;
use crate::lint::{Context, Evidence, Finding, Level, Rule, RuleDoc, Span, detect};
use crate::note::Scenario;

use super::default_text::stock_sentence;

/// Fires when the stock invitation sits inside a note that says more.
pub struct StockPhrase;

static DOC: RuleDoc = RuleDoc {
    what: "LinkedIn's stock sentence (\"I'd like to add you to my professional network\") \
           appears inside a note that is otherwise personal.",
    why: "The personal part already does the inviting; the stock line spends about sixty \
          characters making the note sound generic again.",
    bad: "Hi Noor, we swapped notes on tidal sensors at the Bergen expo. I'd like to add you \
          to my professional network on LinkedIn.",
    good: "Hi Noor, we swapped notes on tidal sensors at the Bergen expo. Shall we keep \
           comparing results?",
};

impl Rule for StockPhrase {
    fn id(&self) -> &'static str {
        "stock-phrase"
    }

    fn default_level(&self, _: Scenario) -> Level {
        Level::Warning
    }

    fn doc(&self) -> &'static RuleDoc {
        &DOC
    }

    fn lists(&self) -> &'static [List] {
        &[List::StockText]
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        let Some((range, true)) = stock_sentence(cx) else {
            return;
        };
        // "…add you to my network of people who build heat pumps" is the
        // sender's own sentence built on the stock words, not the stock line.
        let toks = &cx.analysis.tokens;
        let sentence = toks[range.start].sentence;
        // A capital after the stock words opens a sentence of its own
        // (`… on LinkedIn :) Next round's on me`).
        let rest = toks[range.end..]
            .iter()
            .take_while(|t| t.sentence == sentence && !(t.capitalized && t.word != "i"))
            .count();
        if rest >= 2 {
            return;
        }
        let span = cx.analysis.char_span(&range);
        let mut finding =
            Finding::new("LinkedIn's stock sentence adds nothing to your own words: remove it")
                .span(Span::new(span.start, span.end))
                .fix(detect::removal(cx, &range));
        for m in cx.analysis.matches(List::StockText) {
            finding = finding.because(Evidence::matched_with(
                cx,
                m,
                "the note has words of its own besides the stock sentence",
            ));
        }
        out.push(finding);
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{fires, fixed};
    use crate::note::Scenario::{Acquaintance, Stranger};

    const NOTE: &str = "Hi Noor, we swapped notes on tidal sensors at the Bergen expo. \
                        I’d like to add you to my professional network on LinkedIn. Coffee in June?";

    #[test]
    fn fires_inside_a_personal_note_and_not_alone() {
        assert!(fires("stock-phrase", NOTE, Acquaintance));
        assert!(!fires(
            "stock-phrase",
            "I'd like to add you to my professional network on LinkedIn.",
            Stranger
        ));
        assert!(!fires(
            "stock-phrase",
            "Hi Noor, we swapped notes on tidal sensors at the Bergen expo. Coffee in June?",
            Acquaintance
        ));
        assert!(!fires(
            "stock-phrase",
            "Hi Noor, after your Bergen talk I'd love to add you to my network of people \
             working on tidal sensors.",
            Acquaintance
        ));
        for variant in [
            "I'd love to add you to my professional network on LinkedIn.",
            "I’d like to add you to my professional LinkedIn network!",
            "would like to add you to my network.",
        ] {
            let note = format!("Hi Noor, we swapped notes at the Bergen expo. {variant} Coffee?");
            assert!(fires("stock-phrase", &note, Acquaintance), "{note}");
        }
    }

    #[test]
    fn fix_removes_the_sentence_cleanly() {
        assert_eq!(
            fixed("stock-phrase", NOTE, Acquaintance),
            "Hi Noor, we swapped notes on tidal sensors at the Bergen expo. Coffee in June?"
        );
    }
}
