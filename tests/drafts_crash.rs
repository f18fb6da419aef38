//! Crash safety of drafts: processes killed with SIGKILL in the middle of
//! saving never leave a half-written draft behind, and the last save they
//! reported complete is on disk.
//!
//! The test re-runs its own binary as the child (an ignored test that only
//! works when an environment variable names the drafts directory), so the
//! child uses exactly the library code under test.

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use connote::note::{Limit, Note, Scenario};
use connote::store::{Draft, DraftState, DraftStore};

const DIR_ENV: &str = "CONNOTE_TEST_CRASH_DIR";
const PREFIX_ENV: &str = "CONNOTE_TEST_CRASH_PREFIX";
const CHILD: &str = "child_saves_drafts_until_killed";

/// The text of version `i` of draft `id`: its length varies, so a torn
/// write could never pass for a complete one.
fn body(id: &str, i: u64) -> String {
    format!("{id} version {i}: ") + &"all work and no play ".repeat(20 + (i % 40) as usize)
}

fn draft(id: &str, i: u64) -> Draft {
    Draft {
        id: id.to_string(),
        note: Note {
            scenario: Some(Scenario::Stranger),
            recipient: format!("Recipient {id}"),
            free_text: Some(body(id, i)),
            ..Note::default()
        },
        limit: Limit::Premium,
        created: 1,
        updated: i,
        state: DraftState::Draft,
    }
}

#[test]
#[ignore = "the child process of sigkill_mid_save_leaves_only_whole_drafts"]
fn child_saves_drafts_until_killed() {
    let (Some(dir), Some(prefix)) = (std::env::var_os(DIR_ENV), std::env::var(PREFIX_ENV).ok())
    else {
        return;
    };
    let store = DraftStore::new(PathBuf::from(dir));
    let mut out = std::io::stdout().lock();
    for i in 0u64.. {
        let id = format!("{prefix}{}", i % 4);
        store.save(&draft(&id, i)).unwrap();
        // Only after the save returned: the parent counts this as durable.
        writeln!(out, "saved {id} {i}").unwrap();
        out.flush().unwrap();
    }
}

struct Writer {
    child: Child,
    acked: Arc<AtomicU64>,
    reader: JoinHandle<HashMap<String, u64>>,
}

fn spawn_writer(dir: &Path, prefix: &str) -> Writer {
    let mut child = Command::new(std::env::current_exe().expect("test binary"))
        .args([
            "--exact",
            CHILD,
            "--ignored",
            "--nocapture",
            "--test-threads=1",
        ])
        .env(DIR_ENV, dir)
        .env(PREFIX_ENV, prefix)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("spawn the child test");
    let stdout = child.stdout.take().expect("spawn child");
    let acked = Arc::new(AtomicU64::new(0));
    let counter = Arc::clone(&acked);
    let reader = std::thread::spawn(move || {
        let mut last = HashMap::new();
        for line in BufReader::new(stdout).lines() {
            let Ok(line) = line else { break };
            let Some((id, i)) = line.strip_prefix("saved ").and_then(|r| r.split_once(' ')) else {
                continue;
            };
            last.insert(id.to_string(), i.parse::<u64>().expect("counter line"));
            counter.fetch_add(1, Ordering::Relaxed);
        }
        last
    });
    Writer {
        child,
        acked,
        reader,
    }
}

fn wait_for(writers: &[Writer], saves: u64) {
    let deadline = Instant::now() + Duration::from_secs(60);
    while writers
        .iter()
        .any(|w| w.acked.load(Ordering::Relaxed) < saves)
    {
        assert!(Instant::now() < deadline, "writers did not start saving");
        std::thread::sleep(Duration::from_millis(5));
    }
}

/// Kills every writer with SIGKILL and returns the last save each reported.
fn kill_all(writers: Vec<Writer>) -> HashMap<String, u64> {
    let mut acked = HashMap::new();
    for mut w in writers {
        // `Child::kill` sends SIGKILL on Unix: no chance to clean up.
        w.child.kill().expect("kill child");
        w.child.wait().expect("reap child");
        acked.extend(w.reader.join().expect("reader thread"));
    }
    acked
}

fn check_intact(dir: &Path, acked: &HashMap<String, u64>) {
    let listing = DraftStore::new(dir).list().expect("list drafts");
    assert!(listing.problems.is_empty(), "{:?}", listing.problems);
    assert!(!listing.drafts.is_empty());
    for d in &listing.drafts {
        assert_eq!(
            d.note.free_text.as_deref(),
            Some(body(&d.id, d.updated).as_str()),
            "draft {} is not a whole version",
            d.id
        );
    }
    for (id, last) in acked {
        let d = listing.drafts.iter().find(|d| &d.id == id);
        let d = d.unwrap_or_else(|| panic!("draft {id} reported saved but missing"));
        assert!(
            d.updated >= *last,
            "{id}: save {last} was reported complete, disk has {}",
            d.updated
        );
    }
}

#[cfg(unix)]
#[test]
fn sigkill_mid_save_leaves_only_whole_drafts() {
    let dir = tempfile::tempdir().unwrap();
    for round in 1..=3u64 {
        let writers = vec![spawn_writer(dir.path(), "a"), spawn_writer(dir.path(), "b")];
        wait_for(&writers, 50 * round);
        // Vary the moment of the kill between rounds.
        std::thread::sleep(Duration::from_millis(7 * round));
        let acked = kill_all(writers);
        check_intact(dir.path(), &acked);
    }
}
