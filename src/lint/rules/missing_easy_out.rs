//! `missing-easy-out`: an introduction request that leaves no comfortable way to say no.

use crate::lint::phrases::List;
use crate::lint::{Context, Fixture, Finding, Level, Rule, RuleDoc};
use crate::note::{Kind, Scenario};

/// Fires on an introduction request that leaves no comfortable way to say no; only for a `introduction-request`.
pub struct MissingEasyOut;

static DOC: RuleDoc = RuleDoc {
    what: "Nothing in the request lets the mutual contact decline comfortably.",
    why: "An introduction spends the mutual contact's credit with someone else; they may not know the person well, or may not want to ask. Saying it is fine to say no keeps the friendship whatever they decide.",
    bad: "Hi Sam, could you introduce me to Ana Lima? I am moving into data work and she built the team at Acme.",
    good: "Hi Sam, could you introduce me to Ana Lima? I am moving into data work and she built the team at Acme. No worries at all if it is awkward.",
};

impl Rule for MissingEasyOut {
    fn id(&self) -> &'static str {
        "missing-easy-out"
    }

    fn default_level(&self, _: Scenario) -> Level {
        Level::Hint
    }

    fn only_for(&self) -> Option<Kind> {
        Some(Kind::IntroductionRequest)
    }

    fn doc(&self) -> &'static RuleDoc {
        &DOC
    }

    fn lists(&self) -> &'static [List] {
        &[List::EasyOut]
    }

    fn fixture(&self) -> Fixture {
        Fixture {
            kind: Kind::IntroductionRequest,
            subject: None,
            scenario: Scenario::Acquaintance,
            recipient: None,
            sender: None,
            history: &[],
            bad: "Hi Sam, could you introduce me to Ana Lima? She built the team at Acme.",
            good: "Hi Sam, could you introduce me to Ana Lima? She built the team at Acme. Totally fine if not.",
        }
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        super::unless_present(cx, List::EasyOut, out, "no easy out: tell them it is fine to say no", "no phrase of an easy out");
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::fires_in;
    
    use crate::note::Kind;

    #[test]
    fn fires_without_an_easy_out() {
        for text in [
            "Hi Sam, would you put me in touch with Kofi Boateng? I want to learn about his grid work.",
            "Hi Sam, could you introduce me to Ana Lima? She built the team at Acme.",
        ] {
            assert!(fires_in("missing-easy-out", text, Kind::IntroductionRequest), "{text}");
        }
    }

    #[test]
    fn quiet_with_an_easy_out() {
        for text in [
            "Hi Sam, intro to Ana? No pressure.",
            "Hi Sam, intro to Ana? Feel free to say no.",
            "Hi Sam, intro to Ana? Only if it is not awkward.",
        ] {
            assert!(!fires_in("missing-easy-out", text, Kind::IntroductionRequest), "{text}");
        }
    }
}
