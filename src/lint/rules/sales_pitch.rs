//! `sales-pitch`: the note sells something.

use crate::lint::phrases::List;
use crate::lint::{Context, Fixture, Finding, Level, Rule, RuleDoc};
use crate::note::{Kind, Scenario};

/// Fires on demos, trials, pricing, discounts and "companies like yours".
pub struct SalesPitch;

static DOC: RuleDoc = RuleDoc {
    what: "The note pitches a product or service: demos, free trials, pricing, discounts, \
           \"our solution/platform/services\", \"I help companies like yours\". Off between \
           close contacts.",
    why: "A pitch in the invitation tells the reader the connection is a sales channel; many \
          decline, and some report it.",
    bad: "Hi Bram, our platform helps teams like yours cut cloud costs by 30%. Free demo?",
    good: "Hi Bram, your write-up on right-sizing Kafka clusters at Bol was excellent. I work \
           on the same problem and would enjoy comparing notes.",
};

impl Rule for SalesPitch {
    fn id(&self) -> &'static str {
        "sales-pitch"
    }

    fn default_level(&self, scenario: Scenario) -> Level {
        match scenario {
            Scenario::Stranger | Scenario::Acquaintance => Level::Warning,
            Scenario::Close => Level::Off,
        }
    }

    /// A warning in every scenario for a follow-up and a permission-ask.
    fn kind_level(&self, kind: Kind, scenario: Scenario) -> Level {
        match kind {
            Kind::FollowUp | Kind::PermissionAsk => Level::Warning,
            Kind::Invitation | Kind::IntroductionRequest => self.default_level(scenario),
        }
    }

    fn doc(&self) -> &'static RuleDoc {
        &DOC
    }

    fn lists(&self) -> &'static [List] {
        &[List::SalesPitch, List::NotPitch, List::Topic]
    }

    fn fixture(&self) -> Fixture {
        Fixture {
            kind: Kind::Invitation,
            subject: None,
            scenario: Scenario::Stranger,
            recipient: None,
            sender: None,
            history: &[],
            bad: "Hi Oskar, our platform helps startups like yours close books faster. Free demo?",
            good: "Hi Oskar, your post on closing the books in a week was useful to our team.",
        }
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        super::phrase_findings(cx, List::SalesPitch, List::NotPitch, out, |quote| {
            format!("“{quote}” reads as a sales pitch: connect first, sell never in the invitation")
        });
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::fires;
    use crate::note::Scenario::{Acquaintance, Close, Stranger};

    #[test]
    fn fires_on_pitches() {
        for text in [
            "Hi Bram, our platform helps teams cut cloud costs.",
            "Hi Bram, can I book a quick demo with you?",
            "Hi Bram, we're offering a free trial this month.",
            "Hi Bram, I help companies like yours hire faster.",
            "Hi Bram, our services include SEO and ads.",
            "Hi Bram, 20% off our pricing until Friday.",
            "Hi Bram, we can boost your revenue in 90 days.",
            "Hi Bram, want to run a free pilot of our platform?",
        ] {
            assert!(fires("sales-pitch", text, Acquaintance), "{text}");
        }
        for text in [
            "Hi Bram, book a call with me to see our platform in action.",
            "Hi Bram, we're offering discounted SEO services this quarter.",
            "Hi Bram, book a quick call to learn how we cut churn.",
        ] {
            assert!(fires("sales-pitch", text, Stranger), "{text}");
        }
        for text in [
            "Hi Bram, your essay on pricing psychology for indie games was sharp.",
            "Hi Bram, I follow your field trials of cover crops on sandy soil.",
            "Hi Bram, your point on discount-rate disclosure under IFRS 17 helped.",
            "Hi Bram, your demo at GDC of the procedural cave tool was great.",
            "Hi Bram, if you're ever in Leeds I'd be happy to show you around.",
            "Hi Bram, happy to introduce you to people at my firm.",
        ] {
            assert!(!fires("sales-pitch", text, Stranger), "{text}");
        }
        assert!(!fires(
            "sales-pitch",
            "Bram! Free trial of my app for you, mate.",
            Close
        ));
    }

    #[test]
    fn quiet_on_genuine_notes() {
        for text in [
            "Hi Bram, I loved the demo you gave at FOSDEM.",
            "Hi Bram, your post on pricing open-source support was sharp.",
            "Hi Bram, our platform team uses your Kafka operator daily.",
            "Hi Bram, would you be interested in a coffee chat?",
            "Hi Bram, I can offer our benchmark data if it helps your paper.",
            "Hi Bram, your piece on heat pumps changed how our team plans pilots.",
            "Hi Bram, we ran a pilot of your method in two schools.",
        ] {
            assert!(!fires("sales-pitch", text, Stranger), "{text}");
        }
    }
}
