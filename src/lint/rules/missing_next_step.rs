//! `missing-next-step`: nothing for the reader to do next.

use crate::lint::phrases::List;
use crate::lint::{Context, Evidence, Fixture, Finding, Level, Rule, RuleDoc, detect};
use crate::note::{Kind, Scenario};

/// Fires when the note suggests no next step and leaves no door open.
pub struct MissingNextStep;

static DOC: RuleDoc = RuleDoc {
    what: "The note suggests no next step and leaves no open door: no call, coffee or \
           meeting, nothing offered or sent, no introduction, no question back to them.",
    why: "An invitation that ends with a next step starts a conversation; without one the \
          connection is accepted and then goes silent.",
    bad: "Hi Aiko, we met at the Kobe ceramics fair. Connecting here.",
    good: "Hi Aiko, we met at the Kobe ceramics fair. Happy to send you the kiln notes I \
           mentioned?",
};

impl Rule for MissingNextStep {
    fn id(&self) -> &'static str {
        "missing-next-step"
    }

    fn default_level(&self, _: Scenario) -> Level {
        Level::Hint
    }

    /// Only an invitation invites; the other kinds have rules of their own
    /// for what they must ask or offer.
    fn only_for(&self) -> Option<Kind> {
        Some(Kind::Invitation)
    }

    fn doc(&self) -> &'static RuleDoc {
        &DOC
    }

    fn lists(&self) -> &'static [List] {
        &[List::NextStep]
    }

    fn fixture(&self) -> Fixture {
        Fixture {
            kind: Kind::Invitation,
            subject: None,
            scenario: Scenario::Acquaintance,
            recipient: None,
            sender: None,
            history: &[],
            bad: "Hi Oskar, we met at the Tartu hackathon.",
            good: "Hi Oskar, we met at the Tartu hackathon. Coffee next time you're in Riga?",
        }
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        if !cx.analysis.tokens.is_empty() && !detect::has_next_step(cx) {
            out.push(
                Finding::new(
                    "no next step: suggest a call or coffee, offer something, or ask them a question",
                )
                .because(Evidence::Note(
                    "no phrase of next-step, no question of two words or more, no link",
                )),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::fires;
    use crate::note::Scenario::{Acquaintance, Stranger};

    #[test]
    fn an_event_recalled_is_not_a_next_step() {
        for text in [
            "Hi Aiko, lunch last week was great. Thanks again for the kiln tips.",
            "Hi Aiko, the coffee at the Kobe fair yesterday was lovely.",
        ] {
            assert!(fires("missing-next-step", text, Acquaintance), "{text}");
        }
        for text in [
            "Hi Aiko, lunch last week was great. Shall we do lunch again next month?",
            "Hi Aiko, loved the Kobe fair yesterday; coffee next time you're in Osaka",
        ] {
            assert!(!fires("missing-next-step", text, Acquaintance), "{text}");
        }
    }

    #[test]
    fn fires_without_a_next_step() {
        assert!(fires(
            "missing-next-step",
            "Hi Aiko, we met at the Kobe ceramics fair. Connecting here.",
            Acquaintance
        ));
        // An invitation to connect is not a next step.
        for text in [
            "Let's connect here as well.",
            "Hi Aiko, let's connect here as well.",
            // Looking back on a meeting is context, not a next step.
            "Hi Aiko, great seeing you at the Kobe fair. Let's connect here.",
        ] {
            assert!(fires("missing-next-step", text, Acquaintance), "{text}");
        }
    }

    #[test]
    fn quiet_with_any_kind_of_next_step() {
        for text in [
            "Hi Aiko, coffee when you're back in Osaka?",
            "Hi Aiko, happy to send the kiln notes.",
            "Hi Aiko, my glaze tests are at https://example.jp/glaze if useful.",
            "Hi Aiko, how did the firing go?",
            "Hi Aiko, would you be open to a quick call next month.",
            "Hi Aiko, let me know if the Kyoto studio needs volunteers.",
            "Hi Aiko, coffee soon?",
            "Hi Aiko, I'll send the deck.",
            "Hi Aiko, see you at the Kobe fair.",
            "Hi Aiko, which glaze did you use for the blue bowls?",
        ] {
            assert!(!fires("missing-next-step", text, Stranger), "{text}");
        }
    }
}
