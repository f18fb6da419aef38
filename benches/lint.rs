//! Lint engine benchmarks.

use connote::lint::{LintInput, Linter};
use connote::note::Scenario;
use criterion::{Criterion, criterion_group, criterion_main};

fn lint_one_note(c: &mut Criterion) {
    let linter = Linter::default();
    let text = "Hi Dana,\nWe shared a table at the Ghent climate-tech breakfast.".repeat(4);
    c.bench_function("lint 300-char note", |b| {
        b.iter(|| {
            linter.lint(&LintInput::new(
                std::hint::black_box(&text),
                Scenario::Stranger,
            ))
        });
    });
}

criterion_group!(benches, lint_one_note);
criterion_main!(benches);
