//! `premature-ask`: a favour before a relationship exists.

use crate::lint::phrases::List;
use crate::lint::{Context, Fixture, Finding, Level, Rule, RuleDoc};
use crate::note::{Kind, Scenario};

/// Fires on job, referral, introduction and time requests in a first note.
pub struct PrematureAsk;

static DOC: RuleDoc = RuleDoc {
    what: "The note asks a favour before there is a relationship: a job, a referral, an \
           internship, an introduction, a CV review, \"picking your brain\", \"a few minutes \
           of your time\", an endorsement or a recommendation. Off between close contacts, \
           where a favour is normal.",
    why: "Asking before giving makes the invitation a transaction; strangers decline it or \
          accept and ignore it. Connect first, then ask once there is a conversation.",
    bad: "Hi Greta, could you refer me for the data role at your company?",
    good: "Hi Greta, your post on how your team tests dbt models was the clearest I've read; \
           I'm trying the same in our warehouse. Would love to compare notes.",
};

impl Rule for PrematureAsk {
    fn id(&self) -> &'static str {
        "premature-ask"
    }

    fn default_level(&self, scenario: Scenario) -> Level {
        match scenario {
            Scenario::Stranger => Level::Warning,
            Scenario::Acquaintance => Level::Hint,
            Scenario::Close => Level::Off,
        }
    }

    /// A warning in every scenario for a follow-up and a permission-ask
    /// (the first message is not the time for a favour); off for an
    /// introduction request, which is a favour asked of a friend.
    fn kind_level(&self, kind: Kind, scenario: Scenario) -> Level {
        match kind {
            Kind::Invitation => self.default_level(scenario),
            Kind::FollowUp | Kind::PermissionAsk => Level::Warning,
            Kind::IntroductionRequest => Level::Off,
        }
    }

    fn doc(&self) -> &'static RuleDoc {
        &DOC
    }

    fn lists(&self) -> &'static [List] {
        &[List::PrematureAsk, List::NotAsk, List::Topic]
    }

    fn fixture(&self) -> Fixture {
        Fixture {
            kind: Kind::Invitation,
            subject: None,
            scenario: Scenario::Stranger,
            recipient: None,
            sender: None,
            history: &[],
            bad: "Hi Oskar, could you refer me to a job at Bolt?",
            good: "Hi Oskar, your post on Bolt's driver app redesign was sharp.",
        }
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        super::phrase_findings(cx, List::PrematureAsk, List::NotAsk, out, |quote| {
            format!(
                "“{quote}” asks a favour before there is a relationship: connect first, ask later"
            )
        });
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{fires, run};
    use crate::lint::Severity;
    use crate::note::Scenario::{Acquaintance, Close, Stranger};

    #[test]
    fn fires_on_favours() {
        for text in [
            "Hi Greta, could you refer me for the data role?",
            "Hi Greta, any openings on your team?",
            "Hi Greta, I'd love to pick your brain about product design.",
            "Hi Greta, could I have 15 minutes of your time?",
            "Hi Greta, would you review my CV?",
            "Hi Greta, could you introduce me to your CTO?",
            "Hi Greta, I'm looking for an internship in Oslo.",
            "Hi Greta, would you endorse me for Python?",
            "Hi Greta, I'm looking for a new job in analytics.",
        ] {
            assert!(fires("premature-ask", text, Stranger), "{text}");
        }
    }

    #[test]
    fn offers_past_favours_and_topics_are_not_asks() {
        for text in [
            "Hi Greta, happy to introduce you to Kenji, who runs the same stack.",
            "Hi Greta, you kindly gave me a few minutes of your time after the Oslo panel.",
            "Hi Greta, your talk on speeding up GP referral pathways was superb.",
            "Hi Greta, your essay about mentorship schemes for junior nurses stuck with me.",
            "Hi Greta, I took your recommendation and read the Ostrom book.",
            "Hi Greta, your p-values lab made it click; now I'm interning at a hospital lab.",
        ] {
            assert!(!fires("premature-ask", text, Stranger), "{text}");
        }
        // The topic ends where the sender speaks again.
        assert!(fires(
            "premature-ask",
            "Hi Greta, loved your talk on hiring and would love a referral for the role.",
            Stranger
        ));
    }

    #[test]
    fn a_follow_up_warns_even_between_close_contacts() {
        use crate::lint::Rule;
        use crate::note::Kind;
        for sc in [Close, Acquaintance, Stranger] {
            assert_eq!(
                super::PrematureAsk.kind_level(Kind::FollowUp, sc),
                crate::lint::Level::Warning
            );
        }
        let text = "Hi Greta, thanks for connecting! Could you refer me for the data role?";
        assert!(super::super::testing::fires_in("premature-ask", text, Kind::FollowUp));
        let ask = "Hi Greta, could you introduce me to Ana Lima? She built the team at Acme.";
        assert!(!super::super::testing::fires_in("premature-ask", ask, Kind::IntroductionRequest));
    }

    #[test]
    fn severity_follows_the_scenario() {
        let text = "Hi Greta, could you refer me for the data role?";
        assert_eq!(
            run("premature-ask", text, Acquaintance, None, None)[0].severity,
            Severity::Hint
        );
        assert!(!fires(
            "premature-ask",
            "Greta! Could you intro me to your CTO? Drinks on me.",
            Close
        ));
    }

    #[test]
    fn quiet_on_offers_and_context() {
        for text in [
            "Hi Greta, Ana Silva recommended I reach out about your dbt tests.",
            "Hi Greta, Ana referred me to your great post on dbt tests.",
            "Hi Greta, happy to introduce you to our data lead if useful.",
            "Hi Greta, great job on the launch! Would you be open to a quick call?",
            "Hi Greta, I just started a new role at Vinted and loved your talk.",
        ] {
            assert!(!fires("premature-ask", text, Stranger), "{text}");
        }
    }
}
