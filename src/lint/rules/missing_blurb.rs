//! `missing-blurb`: an introduction request with nothing the mutual contact can forward.

use crate::lint::phrases::List;
use crate::lint::{Context, Evidence, Fixture, Finding, Level, Rule, RuleDoc, detect};
use crate::note::{Kind, Scenario};

/// Fires on an introduction request with nothing the mutual contact can forward; only for a `introduction-request`.
pub struct MissingBlurb;

static DOC: RuleDoc = RuleDoc {
    what: "The request has no short text about the sender that the mutual contact could forward as it is.",
    why: "Writing the introduction is work for the mutual contact; two or three sentences they can pass on unchanged make it a minute's favour instead of a chore.",
    bad: "Hi Sam, could you introduce me to Ana Lima? I am moving into data engineering.",
    good: "Hi Sam, could you introduce me to Ana Lima? I am moving into data engineering. Here is a short note you could forward: I am Tom, a data analyst at Bolt learning pipeline work.",
};

impl Rule for MissingBlurb {
    fn id(&self) -> &'static str {
        "missing-blurb"
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
        &[List::Forwardable]
    }

    fn fixture(&self) -> Fixture {
        Fixture {
            kind: Kind::IntroductionRequest,
            subject: None,
            scenario: Scenario::Acquaintance,
            recipient: None,
            sender: None,
            history: &[],
            bad: "Hi Sam, could you introduce me to Ana Lima? I am moving into data work.",
            good: "Hi Sam, could you introduce me to Ana Lima? I am moving into data work. A short note you could forward: I am Tom, an analyst at Bolt.",
        }
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        if !cx.analysis.tokens.is_empty() && !detect::has_blurb(cx) {
            out.push(
                Finding::new("nothing to forward: add two or three sentences about you they can pass on")
                    .because(Evidence::Note("no phrase of a forwardable note")),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::fires_in;
    
    use crate::note::Kind;

    #[test]
    fn fires_without_a_note_to_forward() {
        for text in [
            "Hi Sam, would you put me in touch with Kofi Boateng? I want to learn about his grid work.",
            "Hi Sam, could you introduce me to Ana? I am moving into data work.",
        ] {
            assert!(fires_in("missing-blurb", text, Kind::IntroductionRequest), "{text}");
        }
    }

    #[test]
    fn quiet_with_a_note_to_forward() {
        for text in [
            "Hi Sam, could you pass this along to Ana?",
            "Hi Sam, below is a short blurb about me.",
            "Hi Sam, here is something you could send her.",
        ] {
            assert!(!fires_in("missing-blurb", text, Kind::IntroductionRequest), "{text}");
        }
    }
}
