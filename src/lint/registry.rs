//! Finding rules: every rule in a stable order, or one by id. The list
//! itself is the `rules!` invocation in [`super::rules`].

use super::Rule;
use super::rules::RULES;

/// Every rule connote knows, in a stable order.
pub fn rules() -> &'static [&'static dyn Rule] {
    RULES
}

/// The rule with this id, if any.
pub fn rule(id: &str) -> Option<&'static dyn Rule> {
    RULES.iter().copied().find(|r| r.id() == id)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::{Fixture, LintInput, Linter};
    use std::collections::HashSet;

    #[test]
    fn ids_are_unique_kebab_case() {
        let mut seen = HashSet::new();
        for r in rules() {
            assert!(seen.insert(r.id()), "duplicate id {}", r.id());
            assert!(
                r.id().chars().all(|c| c.is_ascii_lowercase() || c == '-'),
                "{}",
                r.id()
            );
        }
    }

    /// Lints `text` in the fixture's setting; whether `id` fired.
    fn fires(id: &str, f: &Fixture, text: &str) -> bool {
        let history = f.history();
        let input = LintInput {
            recipient: f.recipient,
            sender: f.sender,
            history: &history,
            now: Fixture::NOW,
            kind: f.kind,
            subject: f.subject,
            limit: f.kind.default_limit(),
            ..LintInput::new(text, f.scenario)
        };
        Linter::default()
            .lint(&input)
            .diagnostics
            .iter()
            .any(|d| d.rule == id)
    }

    #[test]
    fn every_rule_flags_its_bad_fixture_and_not_its_good_one() {
        for r in rules() {
            let f = r.fixture();
            assert!(
                fires(r.id(), &f, f.bad),
                "{} does not fire on {:?}",
                r.id(),
                f.bad
            );
            assert!(
                !fires(r.id(), &f, f.good),
                "{} fires on {:?}",
                r.id(),
                f.good
            );
        }
    }

    #[test]
    fn every_rule_fires_on_its_documented_bad_example_only() {
        for r in rules() {
            // Their examples describe the text rather than quote it, or
            // need a history the doc cannot show.
            if matches!(
                r.id(),
                "empty-note"
                    | "over-limit"
                    | "invisible-character"
                    | "duplicate-note"
                    | "long-message"
                    | "missing-subject"
                    | "subject-too-long"
            ) {
                continue;
            }
            let sender = (r.id() == "missing-sign-off").then_some("Hana");
            let f = Fixture {
                recipient: None,
                sender,
                ..r.fixture()
            };
            let doc = r.doc();
            assert!(
                fires(r.id(), &f, doc.bad),
                "{} does not fire on its doc example",
                r.id()
            );
            assert!(
                !fires(r.id(), &f, doc.good),
                "{} fires on its good doc example",
                r.id()
            );
        }
    }

    #[test]
    fn every_heuristic_finding_carries_its_evidence() {
        // The rules that read phrase lists or judge words: a trace must be
        // able to say why each of their findings fired.
        const EXPLAINED: &[&str] = &[
            "stock-phrase",
            "default-text",
            "missing-context",
            "self-centered",
            "premature-ask",
            "sales-pitch",
            "missing-next-step",
            "missing-invite",
            "vague-reference",
            "filler",
            "missing-name",
            "shouting",
            "missing-sign-off",
        ];
        for r in rules().iter().filter(|r| EXPLAINED.contains(&r.id())) {
            let f = r.fixture();
            let history = f.history();
            let input = LintInput {
                recipient: f.recipient,
                sender: f.sender,
                history: &history,
                now: Fixture::NOW,
                ..LintInput::new(f.bad, f.scenario)
            };
            let report = Linter::default().lint(&input);
            let found: Vec<_> = report
                .diagnostics
                .iter()
                .filter(|d| d.rule == r.id())
                .collect();
            assert!(!found.is_empty(), "{} does not fire", r.id());
            for d in found {
                assert!(
                    !d.evidence.is_empty(),
                    "{}: {:?} has no evidence",
                    r.id(),
                    d.message
                );
            }
        }
    }

    #[test]
    fn every_rule_is_documented() {
        for r in rules() {
            let d = r.doc();
            for (field, text) in [
                ("what", d.what),
                ("why", d.why),
                ("bad", d.bad),
                ("good", d.good),
            ] {
                assert!(!text.trim().is_empty(), "{} has an empty `{field}`", r.id());
            }
        }
    }
}
