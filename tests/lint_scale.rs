//! Lint time grows linearly with the note, and huge notes do not break it.

use std::time::{Duration, Instant};

use connote::lint::{LintInput, Linter};
use connote::note::Scenario;

/// A paragraph that exercises every heuristic: context, asks, pitches,
/// filler, placeholders, vague references, capitals and punctuation runs.
const CHUNK: &str = "Hi Priya, I hope this message finds you well! We met at the Pune \
                     fintech meetup. I loved your post and your talk on {topic}. Could you \
                     refer me? Our platform helps teams like yours. I'm growing my network \
                     AMAZING!!! Coffee next week?\n– Arjun\n";

fn text_of(size: usize) -> String {
    CHUNK.repeat(size / CHUNK.len() + 1)
}

/// The fastest of three runs, to dampen noise from a shared machine.
fn time(text: &str) -> Duration {
    let linter = Linter::default();
    (0..3)
        .map(|_| {
            let start = Instant::now();
            let report = linter.lint(&LintInput::new(text, Scenario::Stranger));
            assert!(!report.diagnostics.is_empty());
            start.elapsed()
        })
        .min()
        .expect("three runs")
}

#[test]
fn ten_times_the_text_takes_at_most_twelve_times_as_long() {
    let small = time(&text_of(100_000));
    let large = time(&text_of(1_000_000));
    let ratio = large.as_secs_f64() / small.as_secs_f64();
    assert!(
        ratio <= 12.0,
        "100 KB: {small:?}, 1 MB: {large:?}, ratio {ratio:.1}"
    );
}

#[test]
fn a_ten_megabyte_note_lints() {
    let text = text_of(10_000_000);
    let report = Linter::default().lint(&LintInput::new(&text, Scenario::Acquaintance));
    assert!(report.diagnostics.iter().any(|d| d.rule == "over-limit"));
    assert!(report.diagnostics.iter().any(|d| d.rule == "placeholder"));
}
