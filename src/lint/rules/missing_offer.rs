//! `missing-offer`: a follow-up with nothing for them and no question about them.

use crate::lint::phrases::List;
use crate::lint::{Context, Evidence, Fixture, Finding, Level, Rule, RuleDoc, detect};
use crate::note::{Kind, Scenario};

/// Fires on a follow-up with nothing for them and no question about them; only for a `follow-up`.
pub struct MissingOffer;

static DOC: RuleDoc = RuleDoc {
    what: "The follow-up offers nothing (an article, an answer, a contact, a resource) and asks nothing about them.",
    why: "A first message is the start of a dialogue: something useful, or a question about their work, gives them a reason to reply. A message only about you leaves them nothing to answer.",
    bad: "Hi Marek, thanks for connecting. I am a backend developer in Brno.",
    good: "Hi Marek, thanks for connecting. I am a backend developer in Brno. How did the move to Kotlin go for your team?",
};

impl Rule for MissingOffer {
    fn id(&self) -> &'static str {
        "missing-offer"
    }

    fn default_level(&self, _: Scenario) -> Level {
        Level::Hint
    }

    fn only_for(&self) -> Option<Kind> {
        Some(Kind::FollowUp)
    }

    fn doc(&self) -> &'static RuleDoc {
        &DOC
    }

    fn lists(&self) -> &'static [List] {
        &[List::Offer]
    }

    fn fixture(&self) -> Fixture {
        Fixture {
            kind: Kind::FollowUp,
            subject: None,
            scenario: Scenario::Stranger,
            recipient: None,
            sender: None,
            history: &[],
            bad: "Hi Leila, thanks for connecting. I am a nurse educator in Leeds.",
            good: "Hi Leila, thanks for connecting. I am a nurse educator in Leeds; here is the simulation checklist I mentioned.",
        }
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        if cx.analysis.tokens.is_empty() || cx.analysis.has(List::Offer) || detect::asks_about_them(cx.text) {
            return;
        }
        out.push(
            Finding::new(
                "nothing for them: offer an article, an answer or a contact, or ask about their work",
            )
            .because(Evidence::Note("no phrase of offer and no question about them")),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::fires_in;
    
    use crate::note::Kind;

    #[test]
    fn fires_with_nothing_for_them() {
        for text in [
            "Hi Leila, thanks for connecting. I am a nurse educator in Leeds.",
            "Hi Leila, thanks for accepting. Speak soon.",
        ] {
            assert!(fires_in("missing-offer", text, Kind::FollowUp), "{text}");
        }
    }

    #[test]
    fn quiet_with_an_offer_or_a_question() {
        for text in [
            "Hi Leila, thanks for connecting. Here is the checklist.",
            "Hi Leila, thanks! How is the new ward going for you?",
            "Hi Leila, thanks. I thought you might like this talk on triage: https://example.org/t",
        ] {
            assert!(!fires_in("missing-offer", text, Kind::FollowUp), "{text}");
        }
    }
}
