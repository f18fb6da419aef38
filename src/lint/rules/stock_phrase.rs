//! `stock-phrase`: LinkedIn's stock sentence inside an otherwise personal note.

use crate::lint::phrases::List;
use crate::lint::{Context, Evidence, Fixture, Finding, Level, Rule, RuleDoc, Span, detect};
use crate::note::{Kind, Scenario};

use super::default_text::stock_sentence;

/// Fires when the stock invitation sits inside a note that says more.
pub struct StockPhrase;

static DOC: RuleDoc = RuleDoc {
    what: "LinkedIn's stock sentence (\"I'd like to add you to my professional network\") \
           appears inside a note that is otherwise personal.",
    why: "The personal part already does the inviting; the stock line spends about sixty \
          characters making the note sound generic again. Beside context or an invite in \
          your own words it is only a hint; as the note's one invite with no context it is \
          a warning.",
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
        &[List::StockText, List::Invite]
    }

    fn fixture(&self) -> Fixture {
        Fixture {
            kind: Kind::Invitation,
            subject: None,
            scenario: Scenario::Acquaintance,
            recipient: None,
            sender: None,
            history: &[],
            bad: "Hi Oskar, we met at the Tartu hackathon. I'd like to add you to my professional network on LinkedIn.",
            good: "Hi Oskar, we met at the Tartu hackathon. Shall we keep in touch?",
        }
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
        // Next to context, or beside an invite of the sender's own, the stock
        // line is only wasted characters; as the note's one invite with no
        // context it is what makes the note generic.
        let own_invite = cx
            .analysis
            .matches(List::Invite)
            .iter()
            .any(|m| m.tokens.end <= range.start || m.tokens.start >= range.end);
        let mild = own_invite || detect::has_context(cx);
        let span = cx.analysis.char_span(&range);
        let mut finding =
            Finding::new("LinkedIn's stock sentence adds nothing to your own words: remove it")
                .span(Span::new(span.start, span.end))
                .fix(detect::removal(cx, &range))
                .mild(mild);
        let why = if mild {
            "the note has context or an invite of its own besides the stock sentence"
        } else {
            "the note has words of its own besides the stock sentence"
        };
        for m in cx.analysis.matches(List::StockText) {
            finding = finding.because(Evidence::matched_with(cx, m, why));
        }
        out.push(finding);
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{fires, fixed, run};
    use crate::lint::Severity;
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
    fn a_hint_beside_context_and_a_warning_as_the_only_invite() {
        let severity = |text: &str| {
            run("stock-phrase", text, Stranger, None, None)
                .first()
                .map(|d| d.severity)
        };
        // Context (a named talk) makes the stock line polish.
        assert_eq!(
            severity(
                "Loved your webinar on pricing retainers at the Lisbon forum. I'd like to add \
                 you to my professional network on LinkedIn. Thanks!"
            ),
            Some(Severity::Hint)
        );
        // With no context and no invite of its own, it is what makes the note generic.
        assert_eq!(
            severity(
                "Hello, I work in logistics too. I'd like to add you to my professional \
                 network on LinkedIn. Have a nice day."
            ),
            Some(Severity::Warning)
        );
    }

    #[test]
    fn fix_removes_the_sentence_cleanly() {
        assert_eq!(
            fixed("stock-phrase", NOTE, Acquaintance),
            "Hi Noor, we swapped notes on tidal sensors at the Bergen expo. Coffee in June?"
        );
    }
}
