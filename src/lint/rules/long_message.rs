//! `long-message`: a follow-up over 600 characters.

use crate::lint::{Context, Evidence, Fixture, Finding, Level, Rule, RuleDoc};
use crate::note::{FOLLOW_UP_SHORT, Kind, Scenario};

/// Fires on a follow-up over 600 characters; only for a `follow-up`.
pub struct LongMessage;

static DOC: RuleDoc = RuleDoc {
    what: "The follow-up is longer than 600 characters (UTF-16 code units, as LinkedIn counts).",
    why: "The box takes 8,000 characters, but a first message after accepting is read on a phone between other things: a short one gets read and answered, a long one gets saved for later and forgotten.",
    bad: "A follow-up of 900 characters that retells your whole career.",
    good: "The same follow-up cut to three sentences and a question, under 600 characters.",
};

impl Rule for LongMessage {
    fn id(&self) -> &'static str {
        "long-message"
    }

    fn default_level(&self, _: Scenario) -> Level {
        Level::Hint
    }

    fn only_for(&self) -> Option<Kind> {
        Some(Kind::FollowUp)
    }

    fn doc(&self) -> &'static RuleDoc {
        &DOC
    }

    fn fixture(&self) -> Fixture {
        Fixture {
            kind: Kind::FollowUp,
            subject: None,
            scenario: Scenario::Stranger,
            recipient: None,
            sender: None,
            history: &[],
            bad: "Hi Ana, thanks for connecting. I spent years building data tools for clinics and hospitals across the north, I spent years building data tools for clinics and hospitals across the north, I spent years building data tools for clinics and hospitals across the north, I spent years building data tools for clinics and hospitals across the north, I spent years building data tools for clinics and hospitals across the north, I spent years building data tools for clinics and hospitals across the north, I spent years building data tools for clinics and hospitals across the north, I spent years building data tools for clinics and hospitals across the north, Coffee?",
            good: "Hi Ana, thanks for connecting. I build data tools for clinics. Coffee?",
        }
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        if cx.count.units > FOLLOW_UP_SHORT {
            out.push(
                Finding::new(format!(
                    "{} characters: a follow-up reads best under {FOLLOW_UP_SHORT}",
                    cx.count.units
                ))
                .because(Evidence::Note("longer than a short first message")),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::fires_in;
    
    use crate::note::Kind;

    #[test]
    fn fires_past_600() {
        for text in [
            "Hi Ana, thanks for connecting. I build data tools for clinics, and I have done so for eleven years, first in Leeds, then in York, then for a group of practices across the north, where we moved every paper form we could find onto tablets, rebuilt the booking system twice, trained two hundred receptionists, and learnt more about printers than anyone should. Since then I have been writing about it, speaking at small conferences, and mentoring two juniors who now run most of it. I mention all this because your post on rural clinic software sounded so familiar, and I wanted to say so at length, with every detail, before asking anything at all. Coffee?",
            "x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x ",
        ] {
            assert!(fires_in("long-message", text, Kind::FollowUp), "{text}");
        }
    }

    #[test]
    fn quiet_up_to_600() {
        for text in [
            "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
            "Hi Ana, thanks for connecting.",
        ] {
            assert!(!fires_in("long-message", text, Kind::FollowUp), "{text}");
        }
    }
}
