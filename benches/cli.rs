//! Whole-process benchmarks of the `connote` binary: start-up on one note,
//! and `--batch` over 10,000 notes.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};

use criterion::{Criterion, criterion_group, criterion_main};

const NOTE: &str = "Hi Dana,\nYour talk at the Ghent climate-tech breakfast on heat pumps for \
                    old row houses stuck with me. I run retrofit pilots in Leuven and would \
                    gladly share our meter data. Open to a 15-minute call next month?\n– Rui";

/// The binary with config and data pointed at an empty directory.
fn connote(home: &Path) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_connote"));
    cmd.env("HOME", home)
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env("XDG_DATA_HOME", home.join("data"))
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    cmd
}

/// 10,000 JSON Lines rows, each a different note.
fn batch_input() -> String {
    let names = [
        "Ana", "Kenji", "Fatima", "Lars", "Priya", "Diego", "Mei", "Tomás",
    ];
    let topics = [
        "heat pumps",
        "HIPAA audits",
        "cold-chain sensors",
        "Rust tooling",
        "microgrids",
    ];
    let scenarios = ["close", "acquaintance", "stranger"];
    let mut out = String::new();
    for i in 0..10_000 {
        let name = names[i % names.len()];
        let topic = topics[i % topics.len()];
        let row = serde_json::json!({
            "id": i.to_string(),
            "text": format!(
                "Hi {name},\nYour piece on {topic} (part {i}) changed how our team plans \
                 pilots. I lead a small group in Ghent working on the same problem and \
                 would be glad to compare notes. A short call next week?\n– Rui"
            ),
            "scenario": scenarios[i % scenarios.len()],
            "to": name,
            "from": "Rui",
        });
        out.push_str(&row.to_string());
        out.push('\n');
    }
    out
}

fn process_one_note(c: &mut Criterion) {
    let home = tempfile::tempdir().expect("temp dir");
    c.bench_function("process: connote lint one note", |b| {
        b.iter(|| {
            let mut child = connote(home.path())
                .args(["lint", "--format", "json", "--to", "Dana"])
                .stdin(Stdio::piped())
                .spawn()
                .expect("spawn");
            child
                .stdin
                .take()
                .expect("stdin")
                .write_all(NOTE.as_bytes())
                .expect("write note");
            child.wait().expect("wait")
        });
    });
}

fn process_batch(c: &mut Criterion) {
    let home = tempfile::tempdir().expect("temp dir");
    let file = home.path().join("batch.jsonl");
    std::fs::write(&file, batch_input()).expect("write batch");
    let mut group = c.benchmark_group("process");
    group.sample_size(10);
    group.bench_function("connote lint --batch 10,000 notes", |b| {
        b.iter(|| {
            let status = connote(home.path())
                .args(["lint", "--batch", "--format", "jsonl"])
                .arg(&file)
                .status()
                .expect("run");
            assert!(status.code().is_some_and(|c| c < 2), "{status:?}");
        });
    });
    group.finish();
}

criterion_group!(benches, process_one_note, process_batch);
criterion_main!(benches);
