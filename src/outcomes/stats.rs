//! Acceptance rates of sent notes, overall and by group: kind, scenario,
//! template, each checklist item (with vs without) and each rule that fired
//! (fired vs not). A note counts once it has an outcome; `accepted` and
//! `replied` are successes; pending notes are counted apart.

use rustc_hash::FxHashMap;
use serde::Serialize;

use super::{Sent, wilson};
use crate::note::Scenario;

/// Below this many notes with an outcome, a group's rate says little.
pub const TOO_FEW: usize = 5;

/// A rate with its 95% Wilson interval.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Rate {
    /// Notes accepted (or replied to).
    pub accepted: usize,
    /// Notes with an outcome.
    pub total: usize,
    /// `accepted / total`; `None` with no outcomes.
    pub rate: Option<f64>,
    /// Lower end of the 95% interval.
    pub low: f64,
    /// Upper end of the 95% interval.
    pub high: f64,
    /// Fewer than [`TOO_FEW`] notes: too few to say.
    pub too_few: bool,
}

impl Rate {
    /// The rate of `accepted` in `total`, with its interval.
    pub fn new(accepted: usize, total: usize) -> Rate {
        let (low, high) = wilson::interval(accepted, total);
        #[allow(clippy::cast_precision_loss)] // counts of notes, far below 2^52
        let rate = (total > 0).then(|| accepted as f64 / total as f64);
        Rate {
            accepted,
            total,
            rate,
            low,
            high,
            too_few: total < TOO_FEW,
        }
    }
}

impl Rate {
    /// The rate in whole percent, rounded to nearest (0 with no outcomes).
    pub fn percent(&self) -> usize {
        (self.accepted * 200 + self.total) / (2 * self.total.max(1))
    }

    /// `65% · 31 of 48 · 51%–77%`, or `3 of 4 · too few to say`: how both
    /// front ends word a rate.
    pub fn summary(&self) -> String {
        // A narrow interval gets a decimal, so it never reads "40%–40%".
        let digits = usize::from(self.high - self.low < 0.02);
        let pct = |x: f64| format!("{:.*}%", digits, x * 100.0);
        if self.total == 0 {
            "no outcomes yet".into()
        } else if self.too_few {
            format!("{} of {} · too few to say", self.accepted, self.total)
        } else {
            format!(
                "{}% · {} of {} · {}–{}",
                self.percent(),
                self.accepted,
                self.total,
                pct(self.low),
                pct(self.high)
            )
        }
    }
}

/// What a group is cut by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Dimension {
    /// The message kind.
    Kind,
    /// The scenario.
    Scenario,
    /// The template the note started from, `(none)` without one.
    Template,
    /// A checklist item: `with` or `without` it.
    Checklist,
    /// A lint rule: `fired` or `not fired` at copy time.
    Rule,
}

impl Dimension {
    /// Every dimension, in the order reports show them.
    pub const ALL: [Dimension; 5] = [
        Dimension::Kind,
        Dimension::Scenario,
        Dimension::Template,
        Dimension::Checklist,
        Dimension::Rule,
    ];

    /// A heading for reports.
    pub fn title(self) -> &'static str {
        match self {
            Dimension::Kind => "by kind",
            Dimension::Scenario => "by scenario",
            Dimension::Template => "by template",
            Dimension::Checklist => "by checklist item (with / without)",
            Dimension::Rule => "by rule at copy time (fired / not fired)",
        }
    }
}

/// The rate of one group of notes.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Group {
    /// What the group is cut by.
    pub dimension: Dimension,
    /// The kind, scenario, template, checklist item or rule id.
    pub name: String,
    /// `with`/`without` for checklist items, `fired`/`not fired` for rules.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub variant: Option<&'static str>,
    /// The group's rate.
    #[serde(flatten)]
    pub rate: Rate,
}

impl Group {
    /// `stranger`, `context · without`, `filler · fired`.
    pub fn label(&self) -> String {
        match self.variant {
            Some(v) => format!("{} · {v}", self.name),
            None => self.name.clone(),
        }
    }
}

/// Everything `connote stats` reports.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Stats {
    /// Notes copied since the start of the period (or ever).
    pub notes: usize,
    /// Of them, still without an outcome.
    pub pending: usize,
    /// All notes with an outcome.
    pub overall: Rate,
    /// The groups, by dimension, then name, then variant.
    pub groups: Vec<Group>,
}

/// Accepted and total counts of one group.
type Tally = (usize, usize);

/// The counts of every group, kept in arrays and small maps so a pass over
/// 100,000 notes costs a few milliseconds.
#[derive(Default)]
struct Tallies<'a> {
    kinds: FxHashMap<&'a str, Tally>,
    scenarios: [Tally; 3],
    templates: FxHashMap<&'a str, Tally>,
    /// Per checklist item, by label: with, without.
    checklist: FxHashMap<&'static str, [Tally; 2]>,
    /// Notes whose findings were recorded, for "not fired".
    detailed: Tally,
    /// Per rule: the notes where it fired.
    fired: FxHashMap<&'a str, Tally>,
}

fn add(t: &mut Tally, ok: bool) {
    t.0 += usize::from(ok);
    t.1 += 1;
}

/// The rates of the notes copied at or after `since`.
pub fn compute(notes: &[Sent], since: Option<u64>) -> Stats {
    let mut t = Tallies::default();
    let (mut count, mut pending, mut overall) = (0, 0, Tally::default());
    for s in notes
        .iter()
        .filter(|s| since.is_none_or(|at| s.note.copied_at >= at))
    {
        count += 1;
        let Some(outcome) = s.outcome else {
            pending += 1;
            continue;
        };
        let ok = outcome.is_accepted();
        add(&mut overall, ok);
        t.count(s, ok);
    }
    Stats {
        notes: count,
        pending,
        overall: Rate::new(overall.0, overall.1),
        groups: t.groups(),
    }
}

impl<'a> Tallies<'a> {
    /// Counts one note with an outcome in every group it belongs to. Notes
    /// recorded before findings were kept have no template, checklist or
    /// rule groups.
    fn count(&mut self, s: &'a Sent, ok: bool) {
        let note = &s.note;
        add(self.kinds.entry(note.kind.as_str()).or_default(), ok);
        if let Some(scenario) = note.scenario {
            let i = Scenario::ALL
                .iter()
                .position(|x| *x == scenario)
                .unwrap_or(0);
            add(&mut self.scenarios[i], ok);
        }
        let Some(findings) = &note.findings else {
            return;
        };
        let template = note.template.as_deref().unwrap_or("(none)");
        add(self.templates.entry(template).or_default(), ok);
        if let Some(checklist) = note.checklist {
            for (label, done) in checklist.items() {
                let tallies = self.checklist.entry(label).or_default();
                add(&mut tallies[usize::from(!done)], ok);
            }
        }
        add(&mut self.detailed, ok);
        for (i, f) in findings.iter().enumerate() {
            // A rule that fired twice on a note counts the note once.
            if findings[..i].iter().all(|g| g.rule != f.rule) {
                add(self.fired.entry(f.rule.as_str()).or_default(), ok);
            }
        }
    }

    /// The groups, by dimension, then name, then variant.
    fn groups(self) -> Vec<Group> {
        let group = |dimension, name: &str, variant, (a, n): Tally| Group {
            dimension,
            name: name.to_string(),
            variant,
            rate: Rate::new(a, n),
        };
        let sorted = |map: FxHashMap<&'a str, Tally>| {
            let mut v: Vec<(&str, Tally)> = map.into_iter().collect();
            v.sort_unstable();
            v
        };
        let mut out = Vec::new();
        for (name, t) in sorted(self.kinds) {
            out.push(group(Dimension::Kind, name, None, t));
        }
        for (scenario, t) in Scenario::ALL.iter().zip(self.scenarios) {
            if t.1 > 0 {
                out.push(group(Dimension::Scenario, scenario.id(), None, t));
            }
        }
        for (name, t) in sorted(self.templates) {
            out.push(group(Dimension::Template, name, None, t));
        }
        let mut items: Vec<(&str, [Tally; 2])> = self.checklist.into_iter().collect();
        items.sort_unstable_by_key(|(label, _)| *label);
        for (label, [with, without]) in items {
            for (variant, t) in [("with", with), ("without", without)] {
                if t.1 > 0 {
                    out.push(group(Dimension::Checklist, label, Some(variant), t));
                }
            }
        }
        for (rule, fired) in sorted(self.fired) {
            let not = (self.detailed.0 - fired.0, self.detailed.1 - fired.1);
            out.push(group(Dimension::Rule, rule, Some("fired"), fired));
            if not.1 > 0 {
                out.push(group(Dimension::Rule, rule, Some("not fired"), not));
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::{Checklist, Severity};
    use crate::outcomes::testing::note;
    use crate::store::sent::{Finding, Outcome};

    fn sent(i: u64, outcome: Option<Outcome>, context: bool, rule: Option<&str>) -> Sent {
        let mut n = note(&format!("{i:04}"), "R", i);
        n.scenario = Some(Scenario::Stranger);
        n.findings = Some(
            rule.map(|r| Finding {
                rule: r.into(),
                severity: Severity::Warning,
            })
            .into_iter()
            .collect(),
        );
        n.checklist = Some(Checklist {
            context,
            ..Checklist::default()
        });
        Sent {
            note: n,
            outcome,
            outcome_at: outcome.map(|_| i + 1),
        }
    }

    fn group<'a>(s: &'a Stats, dim: Dimension, name: &str, variant: Option<&str>) -> &'a Rate {
        &s.groups
            .iter()
            .find(|g| g.dimension == dim && g.name == name && g.variant == variant)
            .unwrap_or_else(|| panic!("no group {dim:?} {name} {variant:?}"))
            .rate
    }

    #[test]
    fn rates_by_group_with_pending_apart() {
        use Outcome::{Accepted, Declined, NoAnswer, Replied};
        let notes = vec![
            sent(1, Some(Accepted), true, None),
            sent(2, Some(Replied), true, None),
            sent(3, Some(Accepted), true, Some("filler")),
            sent(4, Some(Declined), false, Some("self-centered")),
            sent(5, Some(NoAnswer), false, Some("self-centered")),
            sent(6, None, false, Some("self-centered")),
        ];
        let s = compute(&notes, None);
        assert_eq!((s.notes, s.pending), (6, 1));
        assert_eq!((s.overall.accepted, s.overall.total), (3, 5));
        assert!(!s.overall.too_few);
        let with = group(&s, Dimension::Checklist, "context", Some("with"));
        assert_eq!((with.accepted, with.total, with.too_few), (3, 3, true));
        let fired = group(&s, Dimension::Rule, "self-centered", Some("fired"));
        assert_eq!((fired.accepted, fired.total), (0, 2));
        let not = group(&s, Dimension::Rule, "self-centered", Some("not fired"));
        assert_eq!((not.accepted, not.total), (3, 3));
        let scenario = group(&s, Dimension::Scenario, "stranger", None);
        assert_eq!(scenario.total, 5);
        assert_eq!(group(&s, Dimension::Template, "(none)", None).total, 5);
        assert_eq!(group(&s, Dimension::Kind, "invitation", None).total, 5);
    }

    #[test]
    fn since_limits_the_period_and_old_notes_only_count_by_kind() {
        let mut old = sent(1, Some(Outcome::Accepted), true, Some("filler"));
        old.note.findings = None;
        old.note.scenario = None;
        let notes = vec![old, sent(10, Some(Outcome::Declined), true, None)];
        let s = compute(&notes, None);
        assert_eq!(group(&s, Dimension::Kind, "invitation", None).total, 2);
        assert_eq!(group(&s, Dimension::Scenario, "stranger", None).total, 1);
        assert!(s.groups.iter().all(|g| g.dimension != Dimension::Rule));
        let s = compute(&notes, Some(5));
        assert_eq!((s.notes, s.overall.accepted, s.overall.total), (1, 0, 1));
    }

    #[test]
    fn rate_carries_the_wilson_interval() {
        let r = Rate::new(39, 50);
        assert!((r.rate.unwrap() - 0.78).abs() < 1e-12);
        assert!((r.low - 0.6476).abs() < 5e-5 && (r.high - 0.8725).abs() < 5e-5);
        assert_eq!(Rate::new(0, 0).rate, None);
        assert_eq!(r.summary(), "78% · 39 of 50 · 65%–87%");
        assert_eq!(Rate::new(3, 4).summary(), "3 of 4 · too few to say");
        assert_eq!(Rate::new(0, 0).summary(), "no outcomes yet");
        assert_eq!(
            Rate::new(26_666, 66_666).summary(),
            "40% · 26666 of 66666 · 39.6%–40.4%"
        );
        assert_eq!(Rate::new(2, 3).percent(), 67);
    }
}
