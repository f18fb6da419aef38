//! Crash safety of the sent-notes log: processes killed with SIGKILL while
//! appending outcomes never damage an earlier entry, and every append they
//! reported complete reads back.
//!
//! The test re-runs its own binary as the child (an ignored test that only
//! works when an environment variable names the log), so the child uses
//! exactly the library code under test.

use std::collections::HashSet;
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use connote::store::history;
use connote::store::sent::{Entry, Outcome, OutcomeEvent, SentNote};

const LOG_ENV: &str = "CONNOTE_TEST_CRASH_LOG";
const TAG_ENV: &str = "CONNOTE_TEST_CRASH_TAG";
const CHILD: &str = "child_appends_outcomes_until_killed";
const NOTES: u64 = 20;

fn note(i: u64) -> Entry {
    Entry::Sent(SentNote {
        id: format!("n{i:09}"),
        copied_at: 1_700_000_000 + i,
        recipient: format!("Recipient {i}"),
        text: format!("Hi {i},\n") + &"we met at the harbour festival ".repeat(8),
        kind: "invitation".into(),
        scenario: None,
        template: None,
        limit: Some(300),
        findings: Some(Vec::new()),
        checklist: None,
    })
}

/// Outcome number `i` of a writer: long enough that a write takes time.
fn event(tag: &str, i: u64) -> Entry {
    Entry::Outcome(OutcomeEvent {
        id: format!("n{:09}", i % NOTES),
        outcome: Outcome::ALL[usize::try_from(i % 5).expect("small")],
        at: i * 1_000 + u64::from(tag.as_bytes()[0]),
    })
}

#[test]
#[ignore = "the child process of sigkill_mid_append_keeps_every_earlier_entry"]
fn child_appends_outcomes_until_killed() {
    let (Some(log), Ok(tag)) = (std::env::var_os(LOG_ENV), std::env::var(TAG_ENV)) else {
        return;
    };
    let log = PathBuf::from(log);
    let mut out = std::io::stdout().lock();
    for i in 0u64.. {
        history::append(&log, &event(&tag, i)).expect("append");
        // Only after the append returned: the parent counts it as durable.
        writeln!(out, "{i}").expect("stdout");
        out.flush().expect("stdout");
    }
}

struct Writer {
    child: Child,
    tag: String,
    acked: Arc<AtomicU64>,
    reader: JoinHandle<Vec<u64>>,
}

fn spawn_writer(log: &Path, tag: &str) -> Writer {
    let mut child = Command::new(std::env::current_exe().expect("test binary"))
        .args([
            "--exact",
            CHILD,
            "--ignored",
            "--nocapture",
            "--test-threads=1",
        ])
        .env(LOG_ENV, log)
        .env(TAG_ENV, tag)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("spawn the child test");
    let stdout = child.stdout.take().expect("child stdout");
    let acked = Arc::new(AtomicU64::new(0));
    let counter = Arc::clone(&acked);
    let reader = std::thread::spawn(move || {
        let mut done = Vec::new();
        for line in BufReader::new(stdout).lines() {
            let Ok(Ok(i)) = line.map(|l| l.parse::<u64>()) else {
                continue;
            };
            done.push(i);
            counter.fetch_add(1, Ordering::Relaxed);
        }
        done
    });
    Writer {
        child,
        tag: tag.to_string(),
        acked,
        reader,
    }
}

#[cfg(unix)]
#[test]
fn sigkill_mid_append_keeps_every_earlier_entry() {
    let dir = tempfile::tempdir().expect("temp dir");
    let log = dir.path().join("data/connote/history.jsonl");
    for i in 0..NOTES {
        history::append(&log, &note(i)).expect("seed the log");
    }
    let mut expected: HashSet<(String, u64)> = HashSet::new();
    for round in 1..=3u64 {
        let writers = [spawn_writer(&log, "a"), spawn_writer(&log, "b")];
        let deadline = Instant::now() + Duration::from_secs(60);
        while writers
            .iter()
            .any(|w| w.acked.load(Ordering::Relaxed) < 40 * round)
        {
            assert!(Instant::now() < deadline, "writers did not start appending");
            std::thread::sleep(Duration::from_millis(5));
        }
        // Vary the moment of the kill between rounds.
        std::thread::sleep(Duration::from_millis(3 * round));
        for mut w in writers {
            // `Child::kill` sends SIGKILL on Unix: no chance to clean up.
            w.child.kill().expect("kill child");
            w.child.wait().expect("reap child");
            for i in w.reader.join().expect("reader thread") {
                expected.insert((w.tag.clone(), i));
            }
        }
        let read = history::read_log(&log).expect("read the log");
        // At most a torn last line per killed writer, and never a whole
        // entry lost: every seeded note and every acknowledged outcome is there.
        assert!(
            read.skipped.len() <= 2 * usize::try_from(round).expect("small"),
            "{:?}",
            read.skipped
        );
        let notes: Vec<&Entry> = read
            .entries
            .iter()
            .filter(|e| matches!(e, Entry::Sent(_)))
            .collect();
        assert_eq!(notes.len(), usize::try_from(NOTES).expect("small"));
        for (i, n) in notes.iter().enumerate() {
            assert_eq!(
                **n,
                note(u64::try_from(i).expect("small")),
                "note {i} changed"
            );
        }
        let events: HashSet<(&str, Outcome, u64)> = read
            .entries
            .iter()
            .filter_map(|e| match e {
                Entry::Outcome(o) => Some((o.id.as_str(), o.outcome, o.at)),
                Entry::Sent(_) => None,
            })
            .collect();
        for (tag, i) in &expected {
            let Entry::Outcome(o) = event(tag, *i) else {
                unreachable!()
            };
            let key = (o.id.as_str(), o.outcome, o.at);
            assert!(events.contains(&key), "acknowledged outcome {tag}{i} lost");
        }
        let ledger = connote::outcomes::Ledger::from_entries(read.entries.clone());
        assert_eq!(ledger.notes.len(), usize::try_from(NOTES).expect("small"));
    }
}
