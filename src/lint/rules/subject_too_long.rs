//! `subject-too-long`: a permission-ask whose subject is over 200 characters.

use crate::lint::{Context, Evidence, Fixture, Finding, Level, Rule, RuleDoc, detect};
use crate::note::{Kind, SUBJECT_LIMIT, Scenario, count};

/// Fires on a permission-ask whose subject is over 200 characters; only for a `permission-ask`.
pub struct SubjectTooLong;

static DOC: RuleDoc = RuleDoc {
    what: "The subject line is longer than 200 characters (UTF-16 code units), the most an InMail subject takes.",
    why: "LinkedIn does not accept a longer subject, and a subject that long is a paragraph: the point is lost before the message is opened.",
    bad: "A subject that retells the whole message in 240 characters.",
    good: "A subject of a few words that names what it is about.",
};

impl Rule for SubjectTooLong {
    fn id(&self) -> &'static str {
        "subject-too-long"
    }

    fn default_level(&self, _: Scenario) -> Level {
        Level::Error
    }

    fn only_for(&self) -> Option<Kind> {
        Some(Kind::PermissionAsk)
    }

    fn doc(&self) -> &'static RuleDoc {
        &DOC
    }

    fn fixture(&self) -> Fixture {
        Fixture {
            kind: Kind::PermissionAsk,
            subject: None,
            scenario: Scenario::Stranger,
            recipient: None,
            sender: None,
            history: &[],
            bad: "Subject: About your talk on restoring the Rhone flood plains, the maps of sediment you showed, the way your team worked with farmers upstream, and whether I could ask you a few questions about the monitoring stations you built last year
Hi Ines, I am a hydrologist in Lyon. Would you mind if I sent you an invitation?",
            good: "Subject: Your talk on flood plains
Hi Ines, I am a hydrologist in Lyon. Would you mind if I sent you an invitation?",
        }
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        let Some(subject) = detect::subject(cx) else { return };
        let units = count(subject).units;
        if units > SUBJECT_LIMIT {
            out.push(
                Finding::new(format!(
                    "the subject is {units} characters: cut it to {SUBJECT_LIMIT} or fewer"
                ))
                .because(Evidence::Note("the subject is counted on its own")),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    
    
    
}
