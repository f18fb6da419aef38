//! `missing-reason`: an introduction request without a why.

use crate::lint::phrases::List;
use crate::lint::{Context, Fixture, Finding, Level, Rule, RuleDoc};
use crate::note::{Kind, Scenario};

/// Fires on an introduction request without a why; only for a `introduction-request`.
pub struct MissingReason;

static DOC: RuleDoc = RuleDoc {
    what: "The request never says why the sender wants the introduction: what they hope to learn, ask or offer.",
    why: "The mutual contact puts their name on the introduction; they need a reason to give, and the person introduced needs one to reply. Explain why you would like it.",
    bad: "Hi Sam, could you introduce me to Ana Lima?",
    good: "Hi Sam, could you introduce me to Ana Lima? I am moving into data engineering and she built the team at Acme.",
};

impl Rule for MissingReason {
    fn id(&self) -> &'static str {
        "missing-reason"
    }

    fn default_level(&self, _: Scenario) -> Level {
        Level::Warning
    }

    fn only_for(&self) -> Option<Kind> {
        Some(Kind::IntroductionRequest)
    }

    fn doc(&self) -> &'static RuleDoc {
        &DOC
    }

    fn lists(&self) -> &'static [List] {
        &[List::Reason]
    }

    fn fixture(&self) -> Fixture {
        Fixture {
            kind: Kind::IntroductionRequest,
            subject: None,
            scenario: Scenario::Acquaintance,
            recipient: None,
            sender: None,
            history: &[],
            bad: "Hi Sam, could you introduce me to Ana Lima? Thanks!",
            good: "Hi Sam, could you introduce me to Ana Lima? I am moving into data engineering and would love her advice.",
        }
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        super::unless_present(cx, List::Reason, out, "no reason: say why you would like the introduction", "no phrase of reason");
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::fires_in;
    
    use crate::note::Kind;

    #[test]
    fn fires_without_a_why() {
        for text in [
            "Hi Sam, would you put me in touch with Kofi Boateng?",
            "Hi Sam, could you introduce me to Ana Lima? Thanks!",
        ] {
            assert!(fires_in("missing-reason", text, Kind::IntroductionRequest), "{text}");
        }
    }

    #[test]
    fn quiet_with_a_why() {
        for text in [
            "Hi Sam, could you introduce me to Ana? I want to learn how she hired her team.",
            "Hi Sam, could you introduce me to Ana? She built the payments team at Adyen.",
            "Hi Sam, could you introduce me to Ana, since I am moving to Lisbon?",
        ] {
            assert!(!fires_in("missing-reason", text, Kind::IntroductionRequest), "{text}");
        }
    }
}
