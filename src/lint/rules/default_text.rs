//! `default-text`: the note is LinkedIn's stock sentence and nothing else.

use std::ops::Range;

use crate::lint::phrases::List;
use crate::lint::{Context, Evidence, Fixture, Finding, Level, Rule, RuleDoc, Span, detect};
use crate::note::{Kind, Scenario};

/// Fires when LinkedIn's stock invitation is all the note says.
pub struct DefaultText;

static DOC: RuleDoc = RuleDoc {
    what: "The note is LinkedIn's own stock invitation (\"I'd like to add you to my \
           professional network\" or the older \"join your LinkedIn network\"), with at \
           most a greeting and a sign-off around it. Case, curly quotes, \"I would\" and a \
           missing \"on LinkedIn\" do not hide it.",
    why: "Every guide on invitations says the same thing: the stock line tells the reader \
          you did not spend ten seconds on them, and it is ignored like no note at all.",
    bad: "Hi Tomasz, I would like to add you to my professional network. Regards, Elif",
    good: "Hi Tomasz, your thread on pricing open-source support contracts settled a debate \
           on our team. Glad to connect. Elif",
};

/// The stock sentence's tokens and whether anything of substance surrounds it.
pub fn stock_sentence(cx: &Context<'_>) -> Option<(Range<usize>, bool)> {
    let found = cx.analysis.matches(List::StockText).first()?.tokens.clone();
    let greeting = detect::greeting(cx).map_or(0..0, |g| g.tokens);
    let sign_off = detect::sign_off(cx).unwrap_or(0..0);
    let mut in_stock = vec![false; cx.analysis.tokens.len()];
    for m in cx.analysis.matches(List::StockText) {
        in_stock[m.tokens.clone()].fill(true);
    }
    let substance = cx
        .analysis
        .tokens
        .iter()
        .enumerate()
        .filter(|(i, t)| {
            !in_stock[*i]
                && !greeting.contains(i)
                && !sign_off.contains(i)
                && !t.in_list(List::NotSubstance)
        })
        .count();
    Some((found, substance >= 2))
}

impl Rule for DefaultText {
    fn id(&self) -> &'static str {
        "default-text"
    }

    fn default_level(&self, _: Scenario) -> Level {
        Level::Error
    }

    fn doc(&self) -> &'static RuleDoc {
        &DOC
    }

    fn lists(&self) -> &'static [List] {
        &[
            List::StockText,
            List::NotSubstance,
            List::Greeting,
            List::Closing,
        ]
    }

    fn fixture(&self) -> Fixture {
        Fixture {
            kind: Kind::Invitation,
            subject: None,
            scenario: Scenario::Stranger,
            recipient: None,
            sender: None,
            history: &[],
            bad: "Hi Oskar, I would like to add you to my professional network. Regards, Elif",
            good: "Hi Oskar, your write-up on e-residency taxes saved me a mistake. Glad to connect. Elif",
        }
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        if let Some((range, false)) = stock_sentence(cx) {
            let span = cx.analysis.char_span(&range);
            let mut finding = Finding::new(
                "this is LinkedIn's stock invitation: say how you know them or why them",
            )
            .span(Span::new(span.start, span.end));
            for m in cx.analysis.matches(List::StockText) {
                finding = finding.because(Evidence::matched_with(
                    cx,
                    m,
                    "nothing of substance besides it, the greeting and the sign-off",
                ));
            }
            out.push(finding);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::fires;
    use crate::note::Scenario::{Acquaintance, Close, Stranger};

    #[test]
    fn fires_on_the_stock_text_in_its_disguises() {
        for text in [
            "I'd like to add you to my professional network on LinkedIn.",
            "i’d LIKE to add you to my professional network",
            "Hi Priya,\nI would like to add you to my professional network on LinkedIn!\n- Jonas",
            "Hello Mr. Adeyemi, I'd like to join your LinkedIn network. Thanks, Kofi",
            "Dear Carmen,\n\nI’d like to add you to my professional network on LinkedIn\n\nBest regards,\nLuis",
            "Hi Ana, I'd love to add you to my professional network on LinkedIn.",
            "Hi Ana — I'd like to add you to my professional LinkedIn network.",
            "Hey Ana, would like to add you to my professional network.",
            "I WANT TO ADD YOU TO MY PROFESSIONAL NETWORK ON LINKEDIN",
        ] {
            assert!(fires("default-text", text, Stranger), "{text}");
        }
        assert!(fires(
            "default-text",
            "I'd like to add you to my professional network on LinkedIn. Thank you!",
            Close
        ));
    }

    #[test]
    fn quiet_when_the_note_has_substance_or_no_stock_text() {
        assert!(!fires(
            "default-text",
            "Hi Priya, we judged the Pune hackathon together. I'd like to add you to my \
             professional network.",
            Acquaintance
        ));
        assert!(!fires(
            "default-text",
            "Hi Priya, your notes on monsoon-proofing solar farms were great. Connect?",
            Stranger
        ));
    }
}
