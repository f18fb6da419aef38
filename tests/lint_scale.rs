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

/// One timed lint of `text`.
fn time(linter: &Linter, text: &str) -> Duration {
    let start = Instant::now();
    let report = linter.lint(&LintInput::new(text, Scenario::Stranger));
    assert!(!report.diagnostics.is_empty());
    start.elapsed()
}

#[test]
fn ten_times_the_text_takes_at_most_twelve_times_as_long() {
    let linter = Linter::default();
    let (small_text, large_text) = (text_of(100_000), text_of(1_000_000));
    // Interleaved runs, fastest of each: other work on a shared machine
    // slows both sizes alike instead of skewing the ratio.
    let (mut small, mut large) = (Duration::MAX, Duration::MAX);
    for _ in 0..4 {
        small = small.min(time(&linter, &small_text));
        large = large.min(time(&linter, &large_text));
    }
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
