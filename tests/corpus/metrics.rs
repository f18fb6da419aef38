//! Scoring the lint engine against the labelled notes.

use std::collections::BTreeMap;
use std::fmt::{self, Write as _};

use connote::lint::{LintInput, Linter, Report, Severity};
use connote::note::Scenario;

use super::load::Entry;

/// Recall, precision and forbid compliance, with every miss kept for the report.
#[derive(Debug, Default)]
pub struct Score {
    /// Rule id → (expected hits, hits found).
    pub per_rule: BTreeMap<String, (usize, usize)>,
    /// Good notes linted.
    pub good: usize,
    /// Good notes with no error and no warning.
    pub good_clean: usize,
    /// Weak notes linted.
    pub weak: usize,
    /// Weak notes where an expected rule fired as an error or warning.
    pub weak_flagged: usize,
    /// Scenario → (good notes, clean good notes), to see where precision is lost.
    pub per_scenario: BTreeMap<Scenario, (usize, usize)>,
    /// (note, forbidden rule) pairs checked.
    pub forbids: usize,
    /// Lines describing each expected rule that did not fire.
    pub missed: Vec<String>,
    /// Lines describing each good note that got an error or warning.
    pub noisy: Vec<String>,
    /// Lines describing each forbidden rule that fired.
    pub violations: Vec<String>,
}

impl Score {
    /// Expected rule hits found over expected rule hits.
    pub fn recall(&self) -> f64 {
        let (total, found) = self
            .per_rule
            .values()
            .fold((0, 0), |(t, f), (e, h)| (t + e, f + h));
        ratio(found, total)
    }

    /// Share of good notes with no error and no warning.
    pub fn precision(&self) -> f64 {
        ratio(self.good_clean, self.good)
    }

    /// Share of weak notes flagged by an expected rule at error or warning.
    pub fn flagged(&self) -> f64 {
        ratio(self.weak_flagged, self.weak)
    }

    /// Share of forbidden (note, rule) pairs that stayed quiet.
    pub fn forbid_compliance(&self) -> f64 {
        ratio(self.forbids - self.violations.len(), self.forbids)
    }

    /// Rules expected somewhere that never fired where expected.
    pub fn silent_rules(&self) -> Vec<&str> {
        self.per_rule
            .iter()
            .filter(|(_, (_, found))| *found == 0)
            .map(|(id, _)| id.as_str())
            .collect()
    }
}

fn ratio(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        return 1.0;
    }
    let as_f64 = |n: usize| f64::from(u32::try_from(n).unwrap_or(u32::MAX));
    as_f64(part) / as_f64(whole)
}

/// Lints one entry with the default linter, as `connote lint` would.
pub fn lint(linter: &Linter, e: &Entry) -> Report {
    let mut input = LintInput::new(&e.text, e.scenario);
    input.kind = e.kind;
    input.subject = e.subject.as_deref();
    input.recipient = e.to.as_deref();
    input.sender = e.from.as_deref();
    input.limit = e.limit;
    linter.lint(&input)
}

/// What the engine said about a note, compact enough for one line.
fn said(report: &Report) -> String {
    if report.diagnostics.is_empty() {
        return "nothing".into();
    }
    report
        .diagnostics
        .iter()
        .map(|d| format!("{}:{}", d.severity, d.rule))
        .collect::<Vec<_>>()
        .join(", ")
}

/// One line of figures for a part of the corpus, without listing its notes.
pub fn summary(notes: &[&Entry]) -> String {
    let s = score(notes);
    format!(
        "good clean {}/{} ({:.3}), weak flagged {}/{} ({:.3}), recall {:.3}, forbid kept {:.3}",
        s.good_clean,
        s.good,
        s.precision(),
        s.weak_flagged,
        s.weak,
        s.flagged(),
        s.recall(),
        s.forbid_compliance()
    )
}

/// Lints every entry and scores the results.
pub fn score(corpus: &[&Entry]) -> Score {
    let linter = Linter::default();
    let mut s = Score::default();
    for e in corpus {
        let report = lint(&linter, e);
        let fired = |rule: &str| report.diagnostics.iter().any(|d| d.rule == rule);
        for rule in &e.expect {
            let slot = s.per_rule.entry(rule.clone()).or_default();
            slot.0 += 1;
            if fired(rule) {
                slot.1 += 1;
            } else {
                s.missed
                    .push(format!("{} missed {rule}; got {}", e.id, said(&report)));
            }
        }
        for rule in &e.forbid {
            s.forbids += 1;
            if fired(rule) {
                s.violations.push(format!(
                    "{} fired forbidden {rule}; got {}",
                    e.id,
                    said(&report)
                ));
            }
        }
        if !e.good {
            s.weak += 1;
            let serious = |rule: &String| {
                report
                    .diagnostics
                    .iter()
                    .any(|d| d.rule == rule.as_str() && d.severity >= Severity::Warning)
            };
            if e.expect.iter().any(serious) {
                s.weak_flagged += 1;
            }
        }
        if e.good {
            s.good += 1;
            let slot = s.per_scenario.entry(e.scenario).or_default();
            slot.0 += 1;
            if report.worst().is_none_or(|w| w < Severity::Warning) {
                s.good_clean += 1;
                slot.1 += 1;
            } else {
                s.noisy
                    .push(format!("{} ({}) got {}", e.id, e.why, said(&report)));
            }
        }
    }
    s
}

impl fmt::Display for Score {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut out = String::new();
        let total: usize = self.per_rule.values().map(|(e, _)| e).sum();
        let found: usize = self.per_rule.values().map(|(_, h)| h).sum();
        let _ = writeln!(
            out,
            "recall {:.3} ({found}/{total} expected rule hits)",
            self.recall()
        );
        let _ = writeln!(
            out,
            "precision {:.3} ({}/{} good notes with no error or warning)",
            self.precision(),
            self.good_clean,
            self.good
        );
        let _ = writeln!(
            out,
            "forbid compliance {:.3} ({} of {} forbidden rules fired)",
            self.forbid_compliance(),
            self.violations.len(),
            self.forbids
        );
        for (scenario, (good, clean)) in &self.per_scenario {
            let _ = writeln!(out, "  {:<12} precision {clean}/{good}", scenario.id());
        }
        let _ = writeln!(out, "per-rule recall:");
        for (rule, (expected, hit)) in &self.per_rule {
            let _ = writeln!(
                out,
                "  {rule:<20} {hit:>3}/{expected:<3} {:.2}",
                ratio(*hit, *expected)
            );
        }
        for (title, lines) in [
            ("missed expectations", &self.missed),
            ("good notes with errors or warnings", &self.noisy),
            ("forbidden rules that fired", &self.violations),
        ] {
            if !lines.is_empty() {
                let _ = writeln!(out, "{title} ({}):", lines.len());
                for line in lines {
                    let _ = writeln!(out, "  {line}");
                }
            }
        }
        f.write_str(&out)
    }
}
