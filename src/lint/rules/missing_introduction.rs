//! `missing-introduction`: a permission-ask that never says who the sender is.

use crate::lint::phrases::List;
use crate::lint::{Context, Fixture, Finding, Level, Rule, RuleDoc};
use crate::note::{Kind, Scenario};

/// Fires on a permission-ask that never says who the sender is; only for a `permission-ask`.
pub struct MissingIntroduction;

static DOC: RuleDoc = RuleDoc {
    what: "The message never says who the sender is: no role, team, field or what they work on.",
    why: "Asked whether they would welcome an invitation, people decide on who is asking; a request from someone who never introduces themselves is easy to ignore.",
    bad: "Hi Ines, your talk on flood plains was great. Would you mind if I sent you an invitation?",
    good: "Hi Ines, I am a hydrologist at a water board in Lyon, and your talk on flood plains changed how we plan. Would you mind if I sent you an invitation?",
};

impl Rule for MissingIntroduction {
    fn id(&self) -> &'static str {
        "missing-introduction"
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
        &[List::SelfIntroduction]
    }

    fn fixture(&self) -> Fixture {
        Fixture {
            kind: Kind::PermissionAsk,
            subject: None,
            scenario: Scenario::Stranger,
            recipient: None,
            sender: None,
            history: &[],
            bad: "Hi Tomasz, your post on tram signalling was excellent. May I send you an invitation?",
            good: "Hi Tomasz, I work on signalling at the Gdansk tram operator; your post on it was excellent. May I send you an invitation?",
        }
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        super::unless_present(cx, List::SelfIntroduction, out, "who are you? say your role or what you work on, in a sentence", "no phrase of self-introduction");
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::fires_in;
    
    use crate::note::Kind;

    #[test]
    fn fires_without_who() {
        for text in [
            "Hi Tomasz, loved your tram signalling post at InnoTrans. Would you be open to connecting?",
            "Hi Tomasz, your post was excellent. May I send you an invitation?",
        ] {
            assert!(fires_in("missing-introduction", text, Kind::PermissionAsk), "{text}");
        }
    }

    #[test]
    fn quiet_with_a_role() {
        for text in [
            "Hi Tomasz, I am a signalling engineer. May I invite you?",
            "Hi Tomasz, my team builds tram software. May I invite you?",
            "Hi Tomasz, I run a small rail consultancy.",
        ] {
            assert!(!fires_in("missing-introduction", text, Kind::PermissionAsk), "{text}");
        }
    }
}
