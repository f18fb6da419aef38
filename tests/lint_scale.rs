//! Huge notes do not break the lint (their speed is measured in `benches/lint.rs`).

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

#[test]
fn a_ten_megabyte_note_lints() {
    let text = text_of(10_000_000);
    let report = Linter::default().lint(&LintInput::new(&text, Scenario::Acquaintance));
    assert!(report.diagnostics.iter().any(|d| d.rule == "over-limit"));
    assert!(report.diagnostics.iter().any(|d| d.rule == "placeholder"));
}
