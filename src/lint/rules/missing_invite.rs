//! `missing-invite`: the note never says it wants to connect.

use crate::lint::phrases::List;
use crate::lint::{Context, Evidence, Fixture, Finding, Level, Rule, RuleDoc, detect};
use crate::note::{Kind, Scenario};

/// Fires when no wording of connecting or keeping in touch appears, so the
/// checklist's unticked `invite` always has a finding that explains it.
pub struct MissingInvite;

static DOC: RuleDoc = RuleDoc {
    what: "The note never says, in any words, that you would like to connect or keep in \
           touch (\"glad to connect\", \"let's stay in touch\", \"add you here\").",
    why: "Most notes work without it, since the invitation itself asks; but one short line \
          of your own makes the request warmer than the button alone. It is a hint.",
    bad: "Hi Dario, your talk on night-bus timetables in Turin was the best of the day.",
    good: "Hi Dario, your talk on night-bus timetables in Turin was the best of the day. \
           Glad to connect!",
};

impl Rule for MissingInvite {
    fn id(&self) -> &'static str {
        "missing-invite"
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
        &[List::Invite]
    }

    fn fixture(&self) -> Fixture {
        Fixture {
            kind: Kind::Invitation,
            subject: None,
            scenario: Scenario::Stranger,
            recipient: None,
            sender: None,
            history: &[],
            bad: "Hi Oskar, your write-up on Estonian e-residency taxes saved me a mistake.",
            good: "Hi Oskar, your write-up on Estonian e-residency taxes saved me a mistake. Glad to connect!",
        }
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        if !cx.analysis.tokens.is_empty() && !detect::has_invite(cx) {
            out.push(
                Finding::new(
                    "no invite in your own words: add a short line such as “glad to connect”",
                )
                .because(Evidence::Note("no phrase of the invite list in the note")),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::fires;
    use crate::note::Scenario::{Close, Stranger};

    #[test]
    fn fires_only_without_any_wording_of_connecting() {
        assert!(fires(
            "missing-invite",
            "Hi Dario, your talk on night buses in Turin was the best of the day.",
            Stranger
        ));
        for text in [
            "Hi Dario, your talk on night buses in Turin was great. Glad to connect!",
            "Dario! Let's keep in touch after Turin.",
            "Hi Dario, would be good to be linked up here too.",
            "",
        ] {
            assert!(!fires("missing-invite", text, Close), "{text}");
        }
    }
}
