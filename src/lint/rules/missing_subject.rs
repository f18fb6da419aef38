//! `missing-subject`: a permission-ask without a subject line.

use crate::lint::{Context, Evidence, Fixture, Finding, Level, Rule, RuleDoc, detect};
use crate::note::{Kind, Scenario};

/// Fires on a permission-ask without a subject line; only for a `permission-ask`.
pub struct MissingSubject;

static DOC: RuleDoc = RuleDoc {
    what: "The InMail or e-mail asking permission has no subject line.",
    why: "An InMail or e-mail shows its subject first; without one it looks unfinished or automated, and many people skip it unopened.",
    bad: "A permission-ask sent with the subject left blank.",
    good: "The same message with the subject \"Your talk on river restoration\".",
};

impl Rule for MissingSubject {
    fn id(&self) -> &'static str {
        "missing-subject"
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
            bad: "Hi Ines, I am a hydrologist in Lyon. Would you mind if I sent you an invitation?",
            good: "Subject: Your talk on flood plains
Hi Ines, I am a hydrologist in Lyon. Would you mind if I sent you an invitation?",
        }
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        if detect::subject(cx).is_none_or(|s| s.trim().is_empty()) {
            out.push(
                Finding::new("no subject: give the message a short, specific subject line")
                    .because(Evidence::Note("the subject is blank")),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    
    
    
}
