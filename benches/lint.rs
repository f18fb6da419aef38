//! In-process lint benchmarks: one realistic note, and how lint time grows
//! with the size of the text (it must stay linear).

use std::hint::black_box;

use connote::lint::text::{Analysis, tokenize};
use connote::lint::{LintConfig, LintInput, Linter, PhraseBook};
use connote::note::{Limit, Scenario};
use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};

/// A realistic stranger note of about 300 characters.
const NOTE: &str = "Hi Dana,\nYour talk at the Ghent climate-tech breakfast on heat pumps for \
                    old row houses stuck with me, especially sizing for the coldest week \
                    instead of the average one. I run retrofit pilots in Leuven and would \
                    gladly share our meter data. Open to a 15-minute call next month?\n– Rui";

/// Varied, note-like prose of at least `bytes` bytes, broken into lines.
fn prose(bytes: usize) -> String {
    let sentences = [
        "Hi Ana, I enjoyed your talk on supply-chain risk at the Porto meetup. ",
        "We met at the Nairobi fintech summit last spring and spoke about mobile credit. ",
        "Your article on HIPAA audits for small clinics was the clearest I have read. ",
        "I'd love to hear how your team handled the migration to AWS last year!\n",
        "Happy to send you our checklist if it helps; coffee next time you're in Lyon? ",
        "Thanks for the introduction to Kenji, it turned into a great collaboration.\n",
    ];
    let mut text = String::with_capacity(bytes + 100);
    for s in sentences.iter().cycle() {
        if text.len() >= bytes {
            break;
        }
        text.push_str(s);
    }
    text
}

fn lint_one_note(c: &mut Criterion) {
    assert!((250..=300).contains(&NOTE.chars().count()));
    let linter = Linter::default();
    c.bench_function("lint one 300-char note", |b| {
        b.iter(|| {
            let mut input = LintInput::new(black_box(NOTE), Scenario::Stranger);
            input.recipient = Some("Dana");
            input.sender = Some("Rui");
            linter.lint(&input)
        });
    });
}

/// Text where every heuristic fires many times (asks, pitches, filler,
/// placeholders, capitals), so per-finding work that is not linear shows.
fn findings(bytes: usize) -> String {
    const CHUNK: &str = "Hi Priya, I hope this message finds you well! We met at the Pune \
                         fintech meetup. I loved your post and your talk on {topic}. Could you \
                         refer me? Our platform helps teams like yours. I'm growing my network \
                         AMAZING!!! Your essay on pricing was great. Coffee next week?\n– Arjun\n";
    CHUNK.repeat(bytes / CHUNK.len() + 1)
}

fn lint_scaling(c: &mut Criterion) {
    let linter = Linter::default();
    let mut group = c.benchmark_group("lint scaling");
    group.sample_size(10);
    for (kind, make) in [
        ("prose", prose as fn(usize) -> String),
        ("findings", findings),
    ] {
        for kb in [100, 1000] {
            let text = make(kb * 1000);
            group.throughput(Throughput::Bytes(text.len() as u64));
            group.bench_with_input(
                BenchmarkId::new(kind, format!("{kb} KB")),
                &text,
                |b, text| {
                    b.iter(|| {
                        let mut input = LintInput::new(black_box(text), Scenario::Stranger);
                        input.limit = Limit::Message;
                        linter.lint(&input)
                    });
                },
            );
        }
    }
    group.finish();
}

/// The shared text analysis alone (tokens and phrase matches), to see how
/// much of a lint it takes.
fn analyse_one_note(c: &mut Criterion) {
    let book = PhraseBook::builtin();
    c.bench_function("analyse one 300-char note", |b| {
        b.iter(|| Analysis::new(black_box(NOTE), &book));
    });
    c.bench_function("tokenise one 300-char note", |b| {
        b.iter(|| tokenize(black_box(NOTE), &book));
    });
}

/// Building a linter with user phrases re-parses the phrase lists.
fn build_linter_with_extra_phrases(c: &mut Criterion) {
    let mut config = LintConfig::default();
    config
        .extra_phrases
        .insert("filler".into(), vec!["as per my last note".into()]);
    c.bench_function("build linter with extra phrases", |b| {
        b.iter(|| Linter::new(black_box(&config)));
    });
}

criterion_group!(
    benches,
    lint_one_note,
    lint_scaling,
    analyse_one_note,
    build_linter_with_extra_phrases
);
criterion_main!(benches);
