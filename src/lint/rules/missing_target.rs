//! `missing-target`: an introduction request that never names who to meet.

use crate::lint::phrases::List;
use crate::lint::{Context, Evidence, Fixture, Finding, Level, Rule, RuleDoc, detect};
use crate::note::{Kind, Scenario};

/// Fires on an introduction request that never names who to meet; only for a `introduction-request`.
pub struct MissingTarget;

static DOC: RuleDoc = RuleDoc {
    what: "The request never names the person the sender wants to be introduced to.",
    why: "The mutual contact cannot act on \"someone on your team\": they would have to guess, or write back to ask, and most will simply not reply.",
    bad: "Hi Sam, could you introduce me to someone at your company?",
    good: "Hi Sam, could you introduce me to Ana Lima, who leads data at your company?",
};

impl Rule for MissingTarget {
    fn id(&self) -> &'static str {
        "missing-target"
    }

    fn default_level(&self, _: Scenario) -> Level {
        Level::Error
    }

    fn only_for(&self) -> Option<Kind> {
        Some(Kind::IntroductionRequest)
    }

    fn doc(&self) -> &'static RuleDoc {
        &DOC
    }

    fn lists(&self) -> &'static [List] {
        &[List::TargetAsk]
    }

    fn fixture(&self) -> Fixture {
        Fixture {
            kind: Kind::IntroductionRequest,
            subject: None,
            scenario: Scenario::Acquaintance,
            recipient: None,
            sender: None,
            history: &[],
            bad: "Hi Sam, could you introduce me to someone in your network?",
            good: "Hi Sam, could you introduce me to Ana Lima?",
        }
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        if !cx.analysis.tokens.is_empty() && !detect::names_target(cx) {
            out.push(
                Finding::new("who do you want to meet? name them: \"could you introduce me to Ana Lima?\"")
                    .because(Evidence::Note("no introduction asked for by name")),
            );
        }
    }
}

/// Whether an introduction is asked for by name: a match of `target-ask`
/// whose words do not leave the person open ("someone at Acme").
#[cfg(test)]
mod tests {
    use super::super::testing::fires_in;
    
    use crate::note::Kind;

    #[test]
    fn fires_without_a_name() {
        for text in [
            "Hi Sam, could you introduce me to someone?",
            "Hi Sam, could you introduce me to someone at Acme?",
            "Hi Sam, any chance of an intro to someone on your team?",
        ] {
            assert!(fires_in("missing-target", text, Kind::IntroductionRequest), "{text}");
        }
    }

    #[test]
    fn quiet_with_a_name() {
        for text in [
            "Hi Sam, would you put me in touch with Kofi Boateng?",
            "Hi Sam, could you connect me with Ana Lima at Acme?",
            "Hi Sam, I would love to meet Priya Nair.",
        ] {
            assert!(!fires_in("missing-target", text, Kind::IntroductionRequest), "{text}");
        }
    }
}
