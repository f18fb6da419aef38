//! `missing-thanks`: a follow-up that never thanks them for accepting.

use crate::lint::phrases::List;
use crate::lint::{Context, Fixture, Finding, Level, Rule, RuleDoc};
use crate::note::{Kind, Scenario};

/// Fires on a follow-up that never thanks them for accepting; only for a `follow-up`.
pub struct MissingThanks;

static DOC: RuleDoc = RuleDoc {
    what: "The follow-up never thanks them for accepting the invitation or for connecting.",
    why: "They said yes to a stranger or half-remembered name; a thank-you is the polite first line, and a follow-up without one reads like a cold pitch that happened to reach them.",
    bad: "Hi Rosa, I run a small bakery supply firm and wanted to show you our new flour range.",
    good: "Hi Rosa, thanks for accepting my invitation. I run a small bakery supply firm near Porto; here is the sourdough guide I mentioned at the fair.",
};

impl Rule for MissingThanks {
    fn id(&self) -> &'static str {
        "missing-thanks"
    }

    fn default_level(&self, _: Scenario) -> Level {
        Level::Warning
    }

    fn only_for(&self) -> Option<Kind> {
        Some(Kind::FollowUp)
    }

    fn doc(&self) -> &'static RuleDoc {
        &DOC
    }

    fn lists(&self) -> &'static [List] {
        &[List::Thanks]
    }

    fn fixture(&self) -> Fixture {
        Fixture {
            kind: Kind::FollowUp,
            subject: None,
            scenario: Scenario::Stranger,
            recipient: None,
            sender: None,
            history: &[],
            bad: "Hi Jonas, I lead the mobile team at Wolt. Here is the benchmark I mentioned.",
            good: "Hi Jonas, thanks for connecting! I lead the mobile team at Wolt. Here is the benchmark I mentioned.",
        }
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        super::unless_present(cx, List::Thanks, out, "no thanks for accepting: open with a short thank-you", "no phrase of thanks");
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::fires_in;
    
    use crate::note::Kind;

    #[test]
    fn fires_without_thanks() {
        for text in [
            "Hi Jonas, I lead the mobile team at Wolt.",
            "Hi Jonas, here is the article on offline maps.",
        ] {
            assert!(fires_in("missing-thanks", text, Kind::FollowUp), "{text}");
        }
    }

    #[test]
    fn quiet_with_any_thanks() {
        for text in [
            "Hi Jonas, thank you for accepting.",
            "Hi Jonas, great to be connected here. Thanks!",
            "Jonas, appreciate you adding me.",
        ] {
            assert!(!fires_in("missing-thanks", text, Kind::FollowUp), "{text}");
        }
    }
}
