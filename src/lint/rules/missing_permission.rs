//! `missing-permission`: a permission-ask that never asks.

use crate::lint::phrases::List;
use crate::lint::{Context, Fixture, Finding, Level, Rule, RuleDoc};
use crate::note::{Kind, Scenario};

/// Fires on a permission-ask that never asks; only for a `permission-ask`.
pub struct MissingPermission;

static DOC: RuleDoc = RuleDoc {
    what: "The message never actually asks whether they would welcome an invitation.",
    why: "The point of writing first is to let them say yes before the invitation arrives; without the question it is an invitation in disguise, or a pitch.",
    bad: "Hi Ines, I am a hydrologist in Lyon and loved your talk on flood plains. I will send you an invitation.",
    good: "Hi Ines, I am a hydrologist in Lyon and loved your talk on flood plains. Would you mind if I sent you an invitation?",
};

impl Rule for MissingPermission {
    fn id(&self) -> &'static str {
        "missing-permission"
    }

    fn default_level(&self, _: Scenario) -> Level {
        Level::Warning
    }

    fn only_for(&self) -> Option<Kind> {
        Some(Kind::PermissionAsk)
    }

    fn doc(&self) -> &'static RuleDoc {
        &DOC
    }

    fn lists(&self) -> &'static [List] {
        &[List::Permission]
    }

    fn fixture(&self) -> Fixture {
        Fixture {
            kind: Kind::PermissionAsk,
            subject: None,
            scenario: Scenario::Stranger,
            recipient: None,
            sender: None,
            history: &[],
            bad: "Hi Tomasz, I work on tram signalling in Gdansk and read your post on it. I will invite you now.",
            good: "Hi Tomasz, I work on tram signalling in Gdansk and read your post on it. Would you be open to connecting?",
        }
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        super::unless_present(cx, List::Permission, out, "no ask: say whether they would welcome an invitation, e.g. \"would you mind if I sent one?\"", "no phrase of permission");
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::fires_in;
    
    use crate::note::Kind;

    #[test]
    fn fires_without_the_question() {
        for text in [
            "Hi Tomasz, I work on trams. I will invite you now.",
            "Hi Tomasz, I work on trams. Let me know what you think of our product.",
        ] {
            assert!(fires_in("missing-permission", text, Kind::PermissionAsk), "{text}");
        }
    }

    #[test]
    fn quiet_with_any_question_of_permission() {
        for text in [
            "Hi Tomasz, may I send you an invitation?",
            "Hi Tomasz, would you mind if I connected with you?",
            "Hi Tomasz, would it be okay if I sent a connection request?",
            "Hi Tomasz, would you be open to connecting here?",
        ] {
            assert!(!fires_in("missing-permission", text, Kind::PermissionAsk), "{text}");
        }
    }
}
