//! `missing-sign-off`: the note does not end with the sender's name.

use crate::lint::phrases::List;
use crate::lint::{Context, Evidence, Fixture, Finding, Fix, Level, Rule, RuleDoc, detect};
use crate::note::{Kind, Scenario};

/// Fires when the note does not end with the sender's name (or, with the
/// sender unknown, with any sign-off), so the checklist's `sign_off` ✗
/// always has a finding that explains it.
pub struct MissingSignOff;

static DOC: RuleDoc = RuleDoc {
    what: "The note does not end with the sender's name (from `--from` or the config). When \
           the sender is unknown, it fires only when the note ends with no name-like sign-off \
           at all, and offers no fix.",
    why: "Signing with your name closes the note like a letter from a person; without it the \
          note trails off like an automated message.",
    bad: "Hi Pedro, great panel at Web Summit. Coffee next week?",
    good: "Hi Pedro, great panel at Web Summit. Coffee next week?\n– Hana",
};

impl Rule for MissingSignOff {
    fn id(&self) -> &'static str {
        "missing-sign-off"
    }

    fn default_level(&self, _: Scenario) -> Level {
        Level::Hint
    }

    fn doc(&self) -> &'static RuleDoc {
        &DOC
    }

    fn lists(&self) -> &'static [List] {
        &[List::Closing]
    }

    fn fixture(&self) -> Fixture {
        Fixture {
            kind: Kind::Invitation,
            subject: None,
            scenario: Scenario::Acquaintance,
            recipient: None,
            sender: Some("Liis Kask"),
            history: &[],
            bad: "Hi Oskar, we met in Tartu. Coffee?",
            good: "Hi Oskar, we met in Tartu. Coffee?\n– Liis",
        }
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        if cx.analysis.tokens.is_empty() {
            return;
        }
        match detect::signed_by_sender(cx) {
            Some(true) => return,
            None if detect::sign_off(cx).is_some() => return,
            None => {
                out.push(Finding::new(
                    "the note ends without your name: sign it (set `sender` in the config and \
                     connote offers the fix)",
                ));
                return;
            }
            Some(false) => {}
        }
        let sender = cx.sender.unwrap_or_default().trim();
        let kept = cx.text.trim_end().chars().count();
        out.push(
            Finding::new(format!("end the note with your name ({sender})"))
                .fix(Fix {
                    start: kept,
                    end: cx.text.chars().count(),
                    replacement: format!("\n– {sender}"),
                })
                .because(Evidence::Note(
                    "no word of the sender's name among the last words of the note",
                )),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::run;
    use crate::lint::apply_fix;
    use crate::note::Scenario::Acquaintance;

    fn hits(text: &str, from: Option<&str>) -> bool {
        !run("missing-sign-off", text, Acquaintance, None, from).is_empty()
    }

    #[test]
    fn fires_when_the_sender_or_any_sign_off_is_missing() {
        assert!(hits("Hi Pedro, great panel. Coffee?", Some("Hana Kim")));
        // With the sender unknown: any name-like sign-off will do, and
        // without one there is no name to offer as a fix.
        let unknown = run(
            "missing-sign-off",
            "Hi Pedro, great panel. Coffee?",
            Acquaintance,
            None,
            None,
        );
        assert!(unknown.len() == 1 && unknown[0].fix.is_none());
        assert!(!hits(
            "Hi Pedro, great panel. Coffee?
– Hana",
            None
        ));
        assert!(!hits(
            "Hi Pedro, great panel. Coffee?\n– Hana",
            Some("Hana Kim")
        ));
        assert!(!hits(
            "Hi Pedro, great panel. Coffee? Best, Hana Kim",
            Some("Hana Kim")
        ));
        assert!(!hits("Hi Pedro, great panel.\nCheers,\nhana", Some("Hana")));
    }

    #[test]
    fn fix_appends_the_name() {
        let text = "Hi Pedro, coffee?\n";
        let d = run("missing-sign-off", text, Acquaintance, None, Some("Hana"));
        assert_eq!(
            apply_fix(text, d[0].fix.as_ref().unwrap()),
            "Hi Pedro, coffee?\n– Hana"
        );
    }
}
