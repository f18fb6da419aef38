//! `missing-name`: the note never addresses the recipient by name.

use crate::lint::phrases::List;
use crate::lint::{Context, Evidence, Fixture, Finding, Fix, Level, Rule, RuleDoc, Span, detect};
use crate::note::{Kind, Scenario};

/// Fires when neither the known recipient name nor a greeting with a name appears.
pub struct MissingName;

static DOC: RuleDoc = RuleDoc {
    what: "The note does not use the recipient's name. With a known recipient (`--to`) it \
           looks for their first or full name (or title and surname); otherwise for a \
           greeting followed by a name (`Hi Maya`, `Dear Dr. Osei`) or a name opening the note.",
    why: "A name in the first words is the cheapest proof that the note was written for this \
          one person, not pasted to fifty.",
    bad: "Hello there, I read your piece on cold-chain logistics in Kenya.",
    good: "Hello Wanjiru, I read your piece on cold-chain logistics in Kenya.",
};

fn fix(cx: &Context<'_>, first: &str) -> Option<Fix> {
    let Some(g) = detect::greeting(cx) else {
        return Some(Fix {
            start: 0,
            end: 0,
            replacement: format!("Hi {first},\n"),
        });
    };
    let toks = &cx.analysis.tokens;
    let next = toks.get(g.tokens.end);
    let stand_in = |t: &&crate::lint::text::Token| t.in_list(List::StandIn);
    if let Some(t) = next.filter(stand_in) {
        // "Dear hiring manager" → "Dear Ana": the whole run of stand-ins goes.
        let line = t.line;
        let last = toks[g.tokens.end..]
            .iter()
            .take_while(|n| n.line == line && stand_in(n))
            .last()
            .unwrap_or(t);
        return Some(Fix {
            start: t.chars.start,
            end: last.chars.end,
            replacement: first.to_string(),
        });
    }
    let last = toks.get(g.tokens.end.checked_sub(1)?)?;
    let after = cx.text[last.bytes.end..].chars().next();
    matches!(after, None | Some(',' | '!' | '\n' | ' ')).then(|| Fix {
        start: last.chars.end,
        end: last.chars.end,
        replacement: format!(" {first}"),
    })
}

/// The evidence of a missing name: the greeting found without one, or
/// what was looked for.
fn why_no_name(cx: &Context<'_>) -> Evidence {
    let greeting = cx
        .analysis
        .matches(List::Greeting)
        .first()
        .filter(|m| m.tokens.start == 0);
    match (greeting, cx.recipient) {
        (_, Some(_)) => Evidence::Note("no part of the recipient's name appears in the note"),
        (Some(m), None) => Evidence::matched_with(cx, m, "no name after the greeting"),
        (None, None) => Evidence::Note("no greeting with a name, and no name opening the note"),
    }
}

impl Rule for MissingName {
    fn id(&self) -> &'static str {
        "missing-name"
    }

    fn default_level(&self, _: Scenario) -> Level {
        Level::Hint
    }

    fn doc(&self) -> &'static RuleDoc {
        &DOC
    }

    fn lists(&self) -> &'static [List] {
        &[List::Greeting, List::Title]
    }

    fn fixture(&self) -> Fixture {
        Fixture {
            kind: Kind::Invitation,
            subject: None,
            scenario: Scenario::Acquaintance,
            recipient: Some("Oskar Tamm"),
            sender: None,
            history: &[],
            bad: "Hi there, we met at the Tartu hackathon.",
            good: "Hi Oskar, we met at the Tartu hackathon.",
        }
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        if cx.analysis.tokens.is_empty() || detect::addresses_recipient(cx) {
            return;
        }
        if let Some((i, name)) = detect::misspelt_name(cx) {
            let t = &cx.analysis.tokens[i];
            let raw = &cx.text[t.bytes.clone()];
            out.push(
                Finding::new(format!("“{raw}” is spelt “{name}” in their name"))
                    .span(Span::new(t.chars.start, t.chars.end))
                    .fix(Fix {
                        start: t.chars.start,
                        end: t.chars.end,
                        replacement: name.to_string(),
                    })
                    .because(Evidence::Note(
                        "a word of the note is their name spelt differently",
                    )),
            );
            return;
        }
        let first = cx
            .recipient
            .and_then(|r| r.split_whitespace().find(|w| !w.ends_with('.')))
            .map(str::to_string);
        let message = match &first {
            Some(name) => format!("the note never uses {name}'s name: greet them by name"),
            None => "the note does not greet the recipient by name".to_string(),
        };
        let mut finding = Finding::new(message).because(why_no_name(cx));
        if let Some(g) = detect::greeting(cx) {
            let span = cx.analysis.char_span(&g.tokens);
            finding = finding.span(Span::new(span.start, span.end));
        }
        if let Some(fix) = first.as_deref().and_then(|f| fix(cx, f)) {
            finding = finding.fix(fix);
        }
        out.push(finding);
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{fires, run};
    use crate::lint::apply_fix;
    use crate::note::Scenario::{Acquaintance, Close, Stranger};

    #[test]
    fn greeting_with_a_name_is_enough_without_a_known_recipient() {
        for text in [
            "Hi Maya, loved the zine.",
            "Hello Dr. Osei, your malaria-vaccine thread was clear.",
            "Dear Ms Tan, thank you for the tour.",
            "Hey Jo — long time!",
            "Good morning Sofía! Coffee soon?",
            "hi maya, loved the zine",
            "Maya, loved the zine.",
            "Björn – great panel in Oslo.",
        ] {
            assert!(!fires("missing-name", text, Stranger), "{text}");
        }
    }

    #[test]
    fn fires_without_a_name() {
        for text in [
            "Hi there, loved the zine.",
            "Hello, your thread was clear.",
            "Dear Sir/Madam, I would like to connect.",
            "Loved your zine about Lagos buses.",
            "Hey! Long time.",
        ] {
            assert!(fires("missing-name", text, Acquaintance), "{text}");
        }
    }

    #[test]
    fn uses_the_known_recipient() {
        let to = Some("José Álvarez");
        let hit = |t: &str| !run("missing-name", t, Close, to, None).is_empty();
        assert!(!hit("Hola José, ¿café?"));
        assert!(!hit("Great seeing you, JOSÉ."));
        assert!(!hit("Dear Mr. Álvarez, thanks for hosting."));
        assert!(hit("Hi Jose, great seeing you."), "accents are respected");
        let d = run(
            "missing-name",
            "Hi Jose, great seeing you.",
            Close,
            to,
            None,
        );
        assert_eq!(d[0].message, "“Jose” is spelt “José” in their name");
        assert_eq!(
            apply_fix("Hi Jose, great seeing you.", d[0].fix.as_ref().unwrap()),
            "Hi José, great seeing you."
        );
        // A combining accent typed after the letter is the same name.
        assert!(!hit("Hi Jose\u{301}, great seeing you."));
        assert!(hit("Hi Marta, great seeing you."));
        assert!(
            run(
                "missing-name",
                "Hi Alex, hi!",
                Close,
                Some("Alexander Berg"),
                None
            )
            .is_empty()
        );
    }

    #[test]
    fn fix_puts_the_name_in_the_greeting() {
        let text = "Hi there, loved the zine.";
        let d = run("missing-name", text, Stranger, Some("Maya Cohen"), None);
        assert_eq!(
            apply_fix(text, d[0].fix.as_ref().unwrap()),
            "Hi Maya, loved the zine."
        );
        let text = "Hello, loved the zine.";
        let d = run("missing-name", text, Stranger, Some("Maya"), None);
        assert_eq!(
            apply_fix(text, d[0].fix.as_ref().unwrap()),
            "Hello Maya, loved the zine."
        );
        let text = "Dear hiring manager, I loved the zine.";
        let d = run("missing-name", text, Stranger, Some("Maya"), None);
        assert_eq!(
            apply_fix(text, d[0].fix.as_ref().unwrap()),
            "Dear Maya, I loved the zine."
        );
    }
}
