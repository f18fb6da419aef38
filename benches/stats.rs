//! `connote stats` over a generated log of 100,000 sent notes (two thirds
//! with an outcome): the whole process, and its two halves in process,
//! reading the log and computing the rates. Budget: 0.2 s for the process.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};

use connote::lint::{Checklist, Severity};
use connote::note::Scenario;
use connote::outcomes::{Ledger, stats};
use connote::store::history;
use connote::store::sent::{self, Entry, Finding, Outcome, OutcomeEvent, SentNote, Text};
use criterion::{Criterion, criterion_group, criterion_main};

/// How many sent notes the generated log holds.
pub const NOTES: usize = 100_000;

const RULES: [&str; 6] = [
    "missing-next-step",
    "missing-sign-off",
    "vague-reference",
    "filler",
    "missing-context",
    "premature-ask",
];
const NAMES: [&str; 8] = [
    "Ana", "Kenji", "Fatima", "Lars", "Priya", "Diego", "Mei", "Tomás",
];

/// Note `i`: a ~250-character text, zero to three findings, a checklist,
/// one of 30 templates or none.
fn note(i: usize) -> SentNote {
    let name = NAMES[i % NAMES.len()];
    let findings = (0..i % 4)
        .map(|k| Finding {
            rule: RULES[(i + k) % RULES.len()].to_string(),
            severity: Severity::Hint,
        })
        .collect();
    SentNote {
        id: format!("{i:010x}"),
        copied_at: 1_700_000_000 + (i as u64) * 300,
        recipient: format!("{name} {i}"),
        text: format!(
            "Hi {name},\nYour piece on heat pumps for old row houses (part {i}) changed how our \
             team plans pilots. I lead a small group in Ghent on the same problem and would be \
             glad to compare notes. A short call next week?\n– Rui"
        ),
        kind: sent::DEFAULT_KIND.to_string(),
        scenario: Some(Scenario::ALL[i % 3]),
        template: (i % 31 != 30).then(|| format!("template-{}", i % 31)),
        limit: Some(300),
        findings: Some(findings),
        checklist: Some(Checklist {
            name: !i.is_multiple_of(5),
            context: !i.is_multiple_of(3),
            invite: true,
            next_step: !i.is_multiple_of(4),
            sign_off: i.is_multiple_of(2),
            within_limit: true,
            ..Checklist::default()
        }),
    }
}

/// Writes the log: every note, and an outcome for two in three.
pub fn write_log(path: &Path) {
    let mut out = Vec::with_capacity(NOTES * 600);
    for i in 0..NOTES {
        out.extend(sent::to_line(&Entry::Sent(note(i))));
        out.push(b'\n');
    }
    for i in (0..NOTES).filter(|i| i % 3 != 0) {
        let event = OutcomeEvent {
            id: format!("{i:010x}"),
            outcome: Outcome::ALL[i % 5],
            at: 1_800_000_000,
        };
        out.extend(sent::to_line(&Entry::Outcome(event)));
        out.push(b'\n');
    }
    std::fs::create_dir_all(path.parent().expect("a directory")).expect("mkdir");
    std::fs::File::create(path)
        .and_then(|mut f| f.write_all(&out))
        .expect("write the log");
}

fn benches(c: &mut Criterion) {
    let home = tempfile::tempdir().expect("temp dir");
    let log = home.path().join("data/connote/history.jsonl");
    write_log(&log);
    let mut group = c.benchmark_group("stats");
    group.sample_size(10);
    group.bench_function("process: connote stats, 100,000 sent notes", |b| {
        b.iter(|| {
            let status = Command::new(env!("CARGO_BIN_EXE_connote"))
                .arg("stats")
                .env("HOME", home.path())
                .env("XDG_CONFIG_HOME", home.path().join("config"))
                .env("XDG_DATA_HOME", home.path().join("data"))
                .stdout(Stdio::null())
                .status()
                .expect("run");
            assert!(status.success());
        });
    });
    group.bench_function("read_log without the text, 100,000 sent notes", |b| {
        b.iter(|| history::read_log_as(&log, Text::Skip).expect("read"));
    });
    let ledger = Ledger::from_entries(
        history::read_log_as(&log, Text::Skip)
            .expect("read")
            .entries,
    );
    group.bench_function("compute, 100,000 sent notes", |b| {
        b.iter(|| stats::compute(&ledger.notes, None));
    });
    group.finish();
}

criterion_group!(stats_benches, benches);
criterion_main!(stats_benches);
