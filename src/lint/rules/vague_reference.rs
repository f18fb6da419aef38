//! `vague-reference`: "your post" with nothing that shows it was read.

use crate::lint::phrases::{List, Match};
use crate::lint::{Context, Evidence, Fixture, Finding, Level, Rule, RuleDoc, Span, detect};
use crate::note::{Kind, Scenario};

/// Fires on a reference to their work without a topic, title, quote or name.
pub struct VagueReference;

static DOC: RuleDoc = RuleDoc {
    what: "The note mentions \"your post\", \"your article\", \"your talk\" or \"your work\" \
           without a detail that shows it was read: a topic, a title, a quote, a name, a number.",
    why: "\"I loved your post\" could be sent to anyone who ever posted; one concrete detail \
          makes the compliment believable.",
    bad: "Hi Tariq, I really enjoyed your recent article. Let's connect!",
    good: "Hi Tariq, your article on why Dubai's metro skips cash fares made me rethink our \
           ticketing. Let's connect!",
};

/// What the trace says was missing around a vague reference.
const NO_DETAIL: &str =
    "no topic, title, quote, name or number after it, in its sentence or the next";

/// How many words either side of a reference may hold its detail.
const WINDOW: usize = 30;

/// The greeting and sign-off tokens, which never count as detail.
struct Frame {
    greeting: std::ops::Range<usize>,
    sign_off: std::ops::Range<usize>,
}

/// Whether the sentence of `m` or the next one carries a concrete detail.
fn has_detail(cx: &Context<'_>, m: &Match, frame: &Frame) -> bool {
    let a = &cx.analysis;
    let toks = &a.tokens;
    let s = toks[m.tokens.start].sentence as usize;
    // A window around the reference keeps the check constant-time per match.
    let from = a.sentences[s]
        .tokens
        .start
        .max(m.tokens.start.saturating_sub(WINDOW));
    let to = a
        .sentences
        .get(s + 1)
        .map_or(a.sentences[s].tokens.end, |n| n.tokens.end)
        .min(m.tokens.end + WINDOW);
    let Frame { greeting, sign_off } = frame;
    let not_detail = |i: usize| toks[i].in_list(List::NotDetail);
    let quoted =
        cx.text[toks[from].bytes.start..toks[to - 1].bytes.end].contains(['"', '“', '”', '«', '»']);
    quoted
        || (from..to)
            .filter(|i| !greeting.contains(i) && !sign_off.contains(i))
            .filter(|i| *i != m.tokens.start && *i != m.tokens.end - 1)
            .any(|i| {
                let t = &toks[i];
                // Only what follows the reference describes it; in the next
                // sentence only a word pointing back (`the part…`) does.
                if i < m.tokens.start {
                    return false;
                }
                if t.sentence as usize != s {
                    return !t.in_list(List::Preposition)
                        && t.in_list(List::DetailSignal);
                }
                // A shouted word ("AWESOME stuff") is no proper noun.
                let shouted = t.all_caps
                    && t.word.chars().count() >= 5
                    && !t.in_list(List::Acronym);
                let proper = t.capitalized
                    && !shouted
                    && !a.starts_sentence(i)
                    && t.word != "i"
                    && !not_detail(i);
                let signal = i >= m.tokens.end
                    && t.in_list(List::DetailSignal)
                    && toks
                        .get(i + 1)
                        .is_some_and(|n| n.sentence == t.sentence && !not_detail(i + 1));
                proper || signal || t.kind == crate::lint::text::TokenKind::Number
            })
}

impl Rule for VagueReference {
    fn id(&self) -> &'static str {
        "vague-reference"
    }

    fn default_level(&self, _: Scenario) -> Level {
        Level::Hint
    }

    fn doc(&self) -> &'static RuleDoc {
        &DOC
    }

    fn lists(&self) -> &'static [List] {
        &[List::VagueObject, List::DetailSignal, List::NotDetail]
    }

    fn fixture(&self) -> Fixture {
        Fixture {
            kind: Kind::Invitation,
            subject: None,
            scenario: Scenario::Stranger,
            recipient: None,
            sender: None,
            history: &[],
            bad: "Hi Oskar, I enjoyed your article.",
            good: "Hi Oskar, I enjoyed your article on Estonian e-residency taxes.",
        }
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        let frame = Frame {
            greeting: detect::greeting(cx).map_or(0..0, |g| g.tokens),
            sign_off: detect::sign_off(cx).unwrap_or(0..0),
        };
        let refs = cx.analysis.matches(List::VagueObject);
        // One reference with a detail shows the note was written after
        // reading: a later "keep following your work" is not vague then.
        if refs.iter().any(|m| has_detail(cx, m, &frame)) {
            return;
        }
        for m in refs {
            let span = cx.analysis.char_span(&m.tokens);
            let quote = &cx.text[cx.analysis.byte_span(&m.tokens)];
            out.push(
                Finding::new(format!(
                    "“{quote}” is vague: name the topic, a title or a point that stayed with you"
                ))
                .span(Span::new(span.start, span.end))
                .because(Evidence::matched_with(cx, m, NO_DETAIL)),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{fires, spans};
    use crate::note::Scenario::Stranger;

    #[test]
    fn a_detailed_reference_covers_a_later_generic_one() {
        assert!(!fires(
            "vague-reference",
            "Hi Tariq, your UNESCO report on Amazon river dolphins is the clearest I've read. \
             I'd love to keep following your work.",
            Stranger
        ));
    }

    #[test]
    fn fires_on_references_without_detail() {
        for text in [
            "Hi Tariq, I really enjoyed your recent article. Let's connect!",
            "Hi Tariq, loved your post on LinkedIn.",
            "Hi Tariq, big fan of your work! Connect?",
            "Hi Tariq, Ana Silva sent me your article and I enjoyed it. Connect?",
            "Hi Tariq, great post! We are both in the Lagos UX Guild.",
            "Hi Tariq! We met after your talk — AWESOME stuff!!! Let's connect.",
        ] {
            assert!(fires("vague-reference", text, Stranger), "{text}");
        }
        assert_eq!(
            spans(
                "vague-reference",
                "Hi Tariq, great talk. Loved your talk!",
                Stranger
            ),
            ["great talk", "Loved your talk"]
        );
    }

    #[test]
    fn quiet_with_a_detail() {
        for text in [
            "Hi Tariq, your article on metro fares in Dubai was sharp.",
            "Hi Tariq, your talk at KubeCon changed my mind.",
            "Hi Tariq, your post \"Stop estimating\" hit home.",
            "Hi Tariq, I loved your post. The bit about queue theory was new to me.",
            "Hi Tariq, your 2023 paper is on my desk.",
        ] {
            assert!(!fires("vague-reference", text, Stranger), "{text}");
        }
    }
}
