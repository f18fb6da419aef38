//! The labelled corpus: notes written for each scenario, each marked good or
//! weak with the rules that must and must not fire. Measures recall (expected
//! rule hits found) and precision (good notes with no error or warning).
//!
//! The full report (per-rule recall and every miss) is printed by
//! `cargo test --test corpus -- --nocapture` and is part of the failure message.

#[path = "corpus/load.rs"]
mod load;
#[path = "corpus/metrics.rs"]
mod metrics;

use std::collections::{BTreeMap, HashSet};

use connote::lint::rules;
use connote::note::{Kind, SUBJECT_LIMIT, Scenario, count};
use load::{Entry, Part, SPEC_RULES, corpus, prefix};
use unicode_normalization::UnicodeNormalization;

const MIN_RECALL: f64 = 0.95;
const MIN_PRECISION: f64 = 0.97;
const MIN_FORBID_COMPLIANCE: f64 = 0.98;

/// Floors for the held-out part, which is never tuned against: the share
/// of its good notes left clean may not fall below what the lint scored
/// before any tuning (48 of 72), and its weak notes stay flagged.
const HELD_OUT_MIN_PRECISION: f64 = 0.66;
const HELD_OUT_MIN_FLAGGED: f64 = 0.95;

/// Characters `invisible-character` is about, judged here without the engine.
/// A joiner right after a symbol glues an emoji sequence and is legitimate.
fn invisible_at(text: &str) -> Option<char> {
    let mut prev = ' ';
    for ch in text.chars() {
        let hidden = match ch {
            '\u{200d}' => prev.is_alphanumeric(),
            '\u{200b}'
            | '\u{200c}'
            | '\u{200e}'
            | '\u{200f}'
            | '\u{2060}'..='\u{2064}'
            | '\u{202a}'..='\u{202e}'
            | '\u{2066}'..='\u{2069}'
            | '\u{feff}' => true,
            c => c.is_control() && c != '\n',
        };
        if hidden {
            return Some(ch);
        }
        prev = ch;
    }
    None
}

/// Does a word of `name` appear in `text`, ignoring case and Unicode form
/// (`Zoë` typed with a combining accent is still `Zoë`)?
fn mentions(text: &str, name: &str) -> bool {
    let text = text.nfc().collect::<String>().to_lowercase();
    name.split_whitespace()
        .any(|word| text.contains(&word.nfc().collect::<String>().to_lowercase()))
}

/// Problems with one entry's labels, judged from the text alone.
fn label_problems(e: &Entry) -> Vec<String> {
    let mut p = Vec::new();
    let size = count(&e.text).units;
    let limit = e.limit.units();
    let expects = |rule: &str| e.expect.iter().any(|r| r == rule);
    let want = prefix(e.part, e.scenario, e.kind);
    if !e.id.starts_with(want) {
        p.push(format!("id should start with {want}"));
    }
    if (e.part == Part::Published) != e.source.is_some() {
        p.push("published notes, and only they, name their page in `source`".into());
    }
    if e.why.trim().is_empty() {
        p.push("`why` is empty".into());
    }
    if let Some(both) = e.expect.iter().find(|r| e.forbid.contains(r)) {
        p.push(format!("{both} is both expected and forbidden"));
    }
    if e.good {
        if !e.expect.is_empty() {
            p.push("a good note expects rules".into());
        }
        if size > limit {
            p.push(format!("good note is {size}/{limit}"));
        }
        if let Some(ch) = invisible_at(&e.text) {
            p.push(format!("good note hides U+{:04X}", u32::from(ch)));
        }
        // A good note need not greet by name (many published ones don't);
        // our own good notes with a sender are signed by them.
        if let Some(from) = e.from.as_ref().filter(|_| e.part == Part::Own)
            && !mentions(&e.text, from)
        {
            p.push(format!("good note is not signed by {from}"));
        }
    } else if e.expect.is_empty() {
        p.push("a weak note expects no rule".into());
    }
    if expects("over-limit") != (size > limit) {
        p.push(format!("over-limit label disagrees with {size}/{limit}"));
    }
    if expects("empty-note") != e.text.trim().is_empty() {
        p.push("empty-note label disagrees with the text".into());
    }
    if expects("invisible-character") && invisible_at(&e.text).is_none() {
        p.push("expects invisible-character but none is there".into());
    }
    if expects("missing-sign-off") && e.from.is_none() {
        p.push("missing-sign-off needs `from`".into());
    }
    let stock = e.text.to_lowercase().replace('’', "'");
    if expects("subject-too-long")
        != e.subject
            .as_ref()
            .is_some_and(|s| count(s).units > SUBJECT_LIMIT)
    {
        p.push("subject-too-long label disagrees with the subject".into());
    }
    if expects("missing-subject")
        != (e.kind == Kind::PermissionAsk && e.subject.as_ref().is_none_or(|s| s.trim().is_empty()))
    {
        p.push("missing-subject label disagrees with the subject".into());
    }
    if (expects("default-text") || expects("stock-phrase"))
        && !(stock.contains("to my professional network") || stock.contains("linkedin network"))
    {
        p.push("expects the stock text but it is not there".into());
    }
    if e.kind == Kind::Invitation
        && e.scenario == Scenario::Close
        && (expects("premature-ask") || expects("sales-pitch"))
    {
        p.push("premature-ask and sales-pitch are off for close".into());
    }
    p
}

#[test]
fn corpus_labels_agree_with_the_text() {
    let notes = corpus();
    let mut problems = Vec::new();
    let mut ids = HashSet::new();
    for e in &notes {
        if !ids.insert(e.id.as_str()) {
            problems.push(format!("{} {}: duplicate id", e.origin, e.id));
        }
        for p in label_problems(e) {
            problems.push(format!("{} {}: {p}", e.origin, e.id));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn corpus_is_balanced_per_scenario() {
    let notes = corpus();
    for scenario in Scenario::ALL {
        let of: Vec<_> = notes.iter().filter(|e| e.scenario == scenario).collect();
        let good = of.iter().filter(|e| e.good).count();
        let weak = of.len() - good;
        assert!(of.len() >= 30, "{scenario}: only {} notes", of.len());
        assert!(
            good.abs_diff(weak) * 10 <= of.len() * 2,
            "{scenario}: {good} good vs {weak} weak is not half and half (±10%)"
        );
    }
}

#[test]
fn corpus_is_balanced_per_kind_across_the_scenarios() {
    let notes = corpus();
    for kind in Kind::ALL.into_iter().skip(1) {
        let of: Vec<_> = notes.iter().filter(|e| e.kind == kind).collect();
        let good = of.iter().filter(|e| e.good).count();
        assert!(of.len() >= 60, "{kind}: only {} notes", of.len());
        assert_eq!(good * 2, of.len(), "{kind}: {good} good of {}", of.len());
        for scenario in Scenario::ALL {
            let n = of.iter().filter(|e| e.scenario == scenario).count();
            assert!(n >= 10, "{kind}: only {n} notes in {scenario}");
        }
    }
}

#[test]
fn corpus_covers_every_rule_of_the_other_kinds_several_times() {
    let notes = corpus();
    for r in rules() {
        let kinds: Vec<Kind> = Kind::ALL
            .into_iter()
            .filter(|k| {
                Scenario::ALL
                    .iter()
                    .any(|s| r.kind_level(*k, *s) != connote::lint::Level::Off)
            })
            .collect();
        if kinds.contains(&Kind::Invitation) {
            continue;
        }
        let uses = notes
            .iter()
            .filter(|e| e.expect.iter().any(|x| x == r.id()))
            .count();
        assert!(uses >= 3, "only {uses} weak notes expect {}", r.id());
    }
}

#[test]
fn corpus_covers_every_spec_rule_several_times() {
    let notes = corpus();
    let mut uses: BTreeMap<&str, usize> = BTreeMap::new();
    for e in &notes {
        for rule in &e.expect {
            *uses.entry(rule.as_str()).or_default() += 1;
        }
    }
    let thin: Vec<_> = SPEC_RULES
        .iter()
        .filter(|id| **id != "duplicate-note")
        .filter(|id| uses.get(**id).copied().unwrap_or(0) < 3)
        .collect();
    assert!(thin.is_empty(), "fewer than 3 weak notes expect {thin:?}");
}

#[test]
fn corpus_rule_ids_exist() {
    let known: HashSet<&str> = rules().iter().map(|r| r.id()).chain(SPEC_RULES).collect();
    let unknown: Vec<_> = corpus()
        .iter()
        .flat_map(|e| {
            e.expect
                .iter()
                .chain(&e.forbid)
                .filter(|r| !known.contains(r.as_str()))
                .map(|r| format!("{}: {r}", e.id))
                .collect::<Vec<_>>()
        })
        .collect();
    assert!(unknown.is_empty(), "unknown rule ids: {unknown:?}");
}

#[test]
fn lint_meets_recall_and_precision_on_the_corpus() {
    let notes = corpus();
    for part in Part::ALL {
        let of: Vec<&Entry> = notes.iter().filter(|e| e.part == part).collect();
        println!("{:<10} {}", part.name(), metrics::summary(&of));
    }
    for kind in Kind::ALL {
        let of: Vec<&Entry> = notes
            .iter()
            .filter(|e| e.kind == kind && e.part != Part::HeldOut)
            .collect();
        let score = metrics::score(&of);
        println!("{kind:<21} {}", metrics::summary(&of));
        assert!(
            score.recall() >= MIN_RECALL
                && score.precision() >= MIN_PRECISION
                && score.forbid_compliance() >= MIN_FORBID_COMPLIANCE,
            "{kind}: corpus thresholds not met\n{score}"
        );
    }
    let tuned: Vec<&Entry> = notes.iter().filter(|e| e.part != Part::HeldOut).collect();
    let score = metrics::score(&tuned);
    let silent = score.silent_rules();
    let met = score.recall() >= MIN_RECALL
        && score.precision() >= MIN_PRECISION
        && score.forbid_compliance() >= MIN_FORBID_COMPLIANCE
        && silent.is_empty();
    if met {
        // Visible with `--nocapture`; on failure the same report is the panic message.
        println!("{score}");
    }
    assert!(
        met,
        "corpus thresholds not met (need recall and precision >= {MIN_RECALL}, \
         forbid compliance >= {MIN_FORBID_COMPLIANCE}, every rule firing somewhere; \
         silent: {silent:?})\n{score}"
    );
}

/// The held-out notes are scored, never listed: their misses are not shown,
/// so nobody tunes the rules to them.
#[test]
fn held_out_notes_stay_above_their_floor() {
    let notes = corpus();
    let held: Vec<&Entry> = notes.iter().filter(|e| e.part == Part::HeldOut).collect();
    let score = metrics::score(&held);
    assert!(held.len() >= 100, "only {} held-out notes", held.len());
    assert!(
        score.precision() >= HELD_OUT_MIN_PRECISION && score.flagged() >= HELD_OUT_MIN_FLAGGED,
        "held-out part below its floor: {}",
        metrics::summary(&held)
    );
}
