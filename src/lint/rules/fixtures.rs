//! One weak and one good note per rule: the registry test requires every
//! registered rule to have an entry here, to fire on the weak note and to
//! stay quiet on the good one.

use crate::lint::{LintInput, Linter, rules as registered};
use crate::note::{Limit, Scenario};

/// A rule's fixture: the setting and a note on each side of the line.
pub struct Fixture {
    /// The rule id.
    pub id: &'static str,
    /// Scenario both notes are linted in.
    pub scenario: Scenario,
    /// Known recipient and sender, if the rule needs them.
    pub names: (Option<&'static str>, Option<&'static str>),
    /// A note the rule must flag.
    pub bad: &'static str,
    /// A note the rule must leave alone.
    pub good: &'static str,
}

const S: Scenario = Scenario::Stranger;
const A: Scenario = Scenario::Acquaintance;

/// Every rule's fixture.
pub const FIXTURES: &[Fixture] = &[
    Fixture {
        id: "empty-note",
        scenario: A,
        names: (None, None),
        bad: " \n\t",
        good: "Hi Oskar, we met at the Tartu hackathon. Coffee?",
    },
    Fixture {
        id: "over-limit",
        scenario: S,
        names: (None, None),
        bad: "Hi Oskar, your write-up on Estonian e-residency tax rules is the clearest explanation I have found anywhere, and I have read a lot of them while setting up my own small consultancy in Tallinn this spring; the section on dividend timing alone saved me a painful mistake. Would you be open to a short call next month about your experience?",
        good: "Hi Oskar, your write-up on Estonian e-residency tax rules saved me a mistake. Short call next month?",
    },
    Fixture {
        id: "default-text",
        scenario: S,
        names: (None, None),
        bad: "Hi Oskar, I would like to add you to my professional network. Regards, Elif",
        good: "Hi Oskar, your write-up on e-residency taxes saved me a mistake. Glad to connect. Elif",
    },
    Fixture {
        id: "placeholder",
        scenario: S,
        names: (None, None),
        bad: "Hi {{first_name}}, loved your talk at <event>!",
        good: "Hi Oskar, loved your talk at Latitude59!",
    },
    Fixture {
        id: "stock-phrase",
        scenario: A,
        names: (None, None),
        bad: "Hi Oskar, we met at the Tartu hackathon. I'd like to add you to my professional network on LinkedIn.",
        good: "Hi Oskar, we met at the Tartu hackathon. Shall we keep in touch?",
    },
    Fixture {
        id: "invisible-character",
        scenario: A,
        names: (None, None),
        bad: "Hi Oskar,\u{200b} we met in Tartu.",
        good: "Hi Oskar, we met in Tartu.",
    },
    Fixture {
        id: "missing-name",
        scenario: A,
        names: (Some("Oskar Tamm"), None),
        bad: "Hi there, we met at the Tartu hackathon.",
        good: "Hi Oskar, we met at the Tartu hackathon.",
    },
    Fixture {
        id: "missing-context",
        scenario: A,
        names: (None, None),
        bad: "Hi Oskar, would love to connect!",
        good: "Hi Oskar, we met at the Tartu hackathon. Would love to connect!",
    },
    Fixture {
        id: "self-centered",
        scenario: S,
        names: (None, None),
        bad: "Hi Oskar, I'm growing my network in the Baltics.",
        good: "Hi Oskar, your map of Baltic seed funds is great.",
    },
    Fixture {
        id: "premature-ask",
        scenario: S,
        names: (None, None),
        bad: "Hi Oskar, could you refer me to a job at Bolt?",
        good: "Hi Oskar, your post on Bolt's driver app redesign was sharp.",
    },
    Fixture {
        id: "sales-pitch",
        scenario: S,
        names: (None, None),
        bad: "Hi Oskar, our platform helps startups like yours close books faster. Free demo?",
        good: "Hi Oskar, your post on closing the books in a week was useful to our team.",
    },
    Fixture {
        id: "missing-next-step",
        scenario: A,
        names: (None, None),
        bad: "Hi Oskar, we met at the Tartu hackathon.",
        good: "Hi Oskar, we met at the Tartu hackathon. Coffee next time you're in Riga?",
    },
    Fixture {
        id: "missing-invite",
        scenario: S,
        names: (None, None),
        bad: "Hi Oskar, your write-up on Estonian e-residency taxes saved me a mistake.",
        good: "Hi Oskar, your write-up on Estonian e-residency taxes saved me a mistake. Glad to connect!",
    },
    Fixture {
        id: "vague-reference",
        scenario: S,
        names: (None, None),
        bad: "Hi Oskar, I enjoyed your article.",
        good: "Hi Oskar, I enjoyed your article on Estonian e-residency taxes.",
    },
    Fixture {
        id: "filler",
        scenario: S,
        names: (None, None),
        bad: "Hi Oskar, sorry to bother you, but your tax guide helped me.",
        good: "Hi Oskar, your tax guide helped me.",
    },
    Fixture {
        id: "shouting",
        scenario: S,
        names: (None, None),
        bad: "Hi Oskar, your guide is GREAT!!!",
        good: "Hi Oskar, your GDPR guide is great!",
    },
    Fixture {
        id: "missing-sign-off",
        scenario: A,
        names: (None, Some("Liis Kask")),
        bad: "Hi Oskar, we met in Tartu. Coffee?",
        good: "Hi Oskar, we met in Tartu. Coffee?\n– Liis",
    },
];

fn fires(f: &Fixture, text: &str) -> bool {
    let mut input = LintInput::new(text, f.scenario);
    input.recipient = f.names.0;
    input.sender = f.names.1;
    input.limit = Limit::Premium;
    Linter::default()
        .lint(&input)
        .diagnostics
        .iter()
        .any(|d| d.rule == f.id)
}

#[test]
fn every_rule_has_a_fixture_that_it_passes() {
    for rule in registered() {
        let Some(f) = FIXTURES.iter().find(|f| f.id == rule.id()) else {
            // Rules that need a draft history carry their fixtures in their own tests.
            assert!(
                rule.id() == "duplicate-note",
                "{} has no fixture",
                rule.id()
            );
            continue;
        };
        assert!(fires(f, f.bad), "{} does not fire on {:?}", f.id, f.bad);
        assert!(!fires(f, f.good), "{} fires on {:?}", f.id, f.good);
    }
}

#[test]
fn every_rule_fires_on_its_documented_bad_example_only() {
    for f in FIXTURES {
        let doc = crate::lint::rule(f.id)
            .map(crate::lint::Rule::doc)
            .expect("fixture for a known rule");
        if matches!(f.id, "empty-note" | "over-limit" | "invisible-character") {
            continue; // their examples describe the text rather than quote it
        }
        let sender = (f.id == "missing-sign-off").then_some("Hana");
        let with_sender = Fixture {
            names: (None, sender),
            ..*f
        };
        assert!(
            fires(&with_sender, doc.bad),
            "{} does not fire on its doc example",
            f.id
        );
        assert!(
            !fires(&with_sender, doc.good),
            "{} fires on its good doc example",
            f.id
        );
    }
}
