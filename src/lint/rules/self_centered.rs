//! `self-centered`: the reason given is the sender's own benefit.

use crate::lint::phrases::List;
use crate::lint::{Context, Fixture, Finding, Level, Rule, RuleDoc};
use crate::note::{Kind, Scenario};

/// Fires on "growing my network", connection counts and the like.
pub struct SelfCentered;

static DOC: RuleDoc = RuleDoc {
    what: "The reason given for connecting is the sender's benefit: growing or expanding \
           *my* network, reaching a number of connections, connecting with as many people \
           as possible.",
    why: "The reader asks \"why me?\"; an answer about your connection count says they are a \
          number to you.",
    bad: "Hi Olu, I'm expanding my network in fintech and would like to connect.",
    good: "Hi Olu, your breakdown of mobile-money fees in Ghana answered a question our team \
           had argued about for weeks. Glad to connect.",
};

impl Rule for SelfCentered {
    fn id(&self) -> &'static str {
        "self-centered"
    }

    fn default_level(&self, _: Scenario) -> Level {
        Level::Warning
    }

    fn doc(&self) -> &'static RuleDoc {
        &DOC
    }

    fn lists(&self) -> &'static [List] {
        &[List::SelfCentered, List::NotSelfCentered, List::Topic]
    }

    fn fixture(&self) -> Fixture {
        Fixture {
            kind: Kind::Invitation,
            subject: None,
            scenario: Scenario::Stranger,
            recipient: None,
            sender: None,
            history: &[],
            bad: "Hi Oskar, I'm growing my network in the Baltics.",
            good: "Hi Oskar, your map of Baltic seed funds is great.",
        }
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        super::phrase_findings(
            cx,
            List::SelfCentered,
            List::NotSelfCentered,
            out,
            |quote| format!("“{quote}” is about your benefit: say what connecting offers them"),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{fires, spans};
    use crate::note::Scenario::{Close, Stranger};

    #[test]
    fn fires_on_network_growth_and_counts() {
        for text in [
            "Hi Olu, I'm expanding my network in fintech.",
            "Hi Olu, looking to grow my professional network!",
            "Hi Olu, I'm trying to reach 500 connections.",
            "Hi Olu, I connect with as many people as possible.",
            "Hi Olu, building my LinkedIn network this year.",
            "Hi Olu, I add as many people as I can.",
            "Hi Olu, help me hit 500 before Friday!",
            "Hi Olu, I'm a LION and accept everyone, so send yours too.",
            "Hi Olu, you'd be a great addition to my network.",
        ] {
            assert!(fires("self-centered", text, Stranger), "{text}");
        }
        for text in [
            "Hi Olu, your paper is why I'm building my own mesh network for the clinic.",
            "Hi Olu, we are expanding our charging network across Lagos.",
        ] {
            assert!(!fires("self-centered", text, Stranger), "{text}");
        }
        assert_eq!(
            spans(
                "self-centered",
                "Hi Olu, I want to grow my network. Connect?",
                Close
            ),
            ["grow my network"]
        );
    }

    #[test]
    fn quiet_on_reasons_about_them() {
        for text in [
            "Hi Olu, your network of Lagos repair shops is impressive.",
            "Hi Olu, I'd like to add you to my professional network.",
            "Hi Olu, your talk on growing a mentoring network for nurses was great.",
            // A number after a verb of reaching is only a count of contacts
            // when it counts contacts.
            "Hi Olu, our paths crossed back in 2019 when we both volunteered at the food bank.",
            "Hi Olu, your team hit 40 stores this year, congratulations!",
            "Hi Olu, we'll reach 3 cities by spring, and yours is next on my list to visit.",
        ] {
            assert!(!fires("self-centered", text, Stranger), "{text}");
        }
    }
}
