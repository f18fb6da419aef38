//! `over-limit`: the note does not fit the box.

use crate::lint::{Context, Fixture, Finding, Level, Rule, RuleDoc, Span};
use crate::note::{Kind, Scenario};

/// Fires when the UTF-16 count exceeds the limit; the span is the overflow.
pub struct OverLimit;

static DOC: RuleDoc = RuleDoc {
    what: "The note is longer than the box it goes into (300 characters on Premium, \
           200 on a free account, counted as UTF-16 code units like LinkedIn does).",
    why: "LinkedIn refuses or cuts the text, so the end of the note, usually the \
          next step and your name, never arrives.",
    bad: "A 240-character note sent from a free account (limit 200).",
    good: "The same note with the filler cut until the gauge reads 196 / 200.",
};

impl Rule for OverLimit {
    fn id(&self) -> &'static str {
        "over-limit"
    }

    fn default_level(&self, _: Scenario) -> Level {
        Level::Error
    }

    fn doc(&self) -> &'static RuleDoc {
        &DOC
    }

    fn fixture(&self) -> Fixture {
        Fixture {
            kind: Kind::Invitation,
            subject: None,
            scenario: Scenario::Stranger,
            recipient: None,
            sender: None,
            history: &[],
            bad: "Hi Oskar, your write-up on Estonian e-residency tax rules is the clearest explanation I have found anywhere, and I have read a lot of them while setting up my own small consultancy in Tallinn this spring; the section on dividend timing alone saved me a painful mistake. Would you be open to a short call next month about your experience?",
            good: "Hi Oskar, your write-up on Estonian e-residency tax rules saved me a mistake. Short call next month?",
        }
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        let over = cx.count.units.saturating_sub(cx.limit);
        if over == 0 {
            return;
        }
        // The overflow starts at the first char whose UTF-16 end passes the limit.
        let mut units = 0;
        let mut start = 0;
        for (i, ch) in cx.text.chars().enumerate() {
            units += ch.len_utf16();
            if units > cx.limit {
                start = i;
                break;
            }
        }
        let end = cx.text.chars().count();
        out.push(
            Finding::new(format!(
                "{} / {} characters: cut {over} to fit",
                cx.count.units, cx.limit
            ))
            .span(Span::new(start, end)),
        );
    }
}
