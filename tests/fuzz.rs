//! Property tests over hostile input for the lint and for the config and
//! phrase loader: whatever the bytes, nothing panics, nothing hangs, every
//! span and fix lies inside the note, and reports stay bounded.
//!
//! `cargo test --test fuzz` runs each target for a few seconds from a fixed
//! seed, so a failure replays. For a longer search, set
//! `CONNOTE_FUZZ_SECONDS` (per target), `CONNOTE_FUZZ_CASES` and
//! `CONNOTE_FUZZ_SEED` (any number; it picks another sequence of inputs).

use std::collections::BTreeMap;
use std::path::Path;
use std::time::{Duration, Instant};

use connote::lint::{LintConfig, LintInput, Linter, MAX_PER_RULE, PastNote, apply_fix};
use connote::note::{Kind, Limit, Scenario};
use connote::store::config::Config;
use proptest::prelude::*;
use proptest::test_runner::{Config as RunConfig, RngAlgorithm, TestRng, TestRunner};

/// How long one lint of a fuzzed note may take, even in a debug build.
const SLOW: Duration = Duration::from_secs(5);

fn env_number(name: &str, default: u64) -> u64 {
    std::env::var(name)
        .ok()
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or(default)
}

/// Cases run between two looks at the clock.
const BATCH: u32 = 16;

/// Runs `test` on values of `strategy` in batches until the case count or
/// the time budget runs out, from a seed fixed unless `CONNOTE_FUZZ_SEED`
/// says otherwise; a failure is shrunk to the smallest input that fails.
fn fuzz<S: Strategy>(name: &str, strategy: S, test: impl Fn(S::Value) -> Result<(), TestCaseError>)
where
    S::Value: std::fmt::Debug,
{
    let seconds = env_number("CONNOTE_FUZZ_SECONDS", 4);
    let cases = env_number("CONNOTE_FUZZ_CASES", 4_000);
    let seed = env_number("CONNOTE_FUZZ_SEED", 0x00c0_ffee);
    let mut bytes = [0u8; 32];
    bytes[..8].copy_from_slice(&seed.to_le_bytes());
    let config = RunConfig {
        cases: BATCH,
        failure_persistence: None,
        ..RunConfig::default()
    };
    // Each batch gets a runner of its own, seeded from this one in turn.
    let mut seeds = TestRunner::new_with_rng(
        config.clone(),
        TestRng::from_seed(RngAlgorithm::ChaCha, &bytes),
    );
    let start = Instant::now();
    let deadline = start + Duration::from_secs(seconds);
    let ran = std::cell::Cell::new(0u64);
    let counted = |value| {
        ran.set(ran.get() + 1);
        test(value)
    };
    while ran.get() < cases && Instant::now() < deadline {
        let mut runner = TestRunner::new_with_rng(config.clone(), seeds.new_rng());
        if let Err(e) = runner.run(&strategy, counted) {
            panic!("fuzz {name} (seed {seed}, after {} cases): {e}", ran.get());
        }
    }
    eprintln!(
        "fuzz {name}: {} cases in {:.1} s, seed {seed}",
        ran.get(),
        start.elapsed().as_secs_f64()
    );
}

/// Pieces that make the rules, the tokeniser and the terminal work hard.
const PIECES: &[&str] = &[
    "Hi Ana,",
    "Dear Sir/Madam",
    "I'd like to add you to my professional network on LinkedIn.",
    "we met at",
    "RustConf",
    "your talk on",
    "pick your brain",
    "free trial",
    "my network",
    "coffee next week?",
    "let's connect",
    "– Sam",
    "\n",
    "\r\n",
    "\r",
    "\t",
    " ",
    "  ",
    ".",
    "!!!",
    "???",
    "{topic}",
    "{{name}}",
    "[Name]",
    "<company>",
    "(company)",
    "TODO",
    "XXX",
    "TBD",
    "https://example.com/a?b=c",
    "ana@example.com",
    "42",
    "3.5",
    "AMAZING",
    "HIPAA",
    "don't",
    "I’d",
    "‘quoted’",
    "“quote”",
    "\u{0}",
    "\u{1b}[31m",
    "\u{1b}]52;c;aGk=\u{7}",
    "\u{7f}",
    "\u{9b}",
    "\u{200b}",
    "\u{200d}",
    "\u{202e}",
    "\u{2066}",
    "\u{feff}",
    "\u{ad}",
    "👨\u{200d}👩\u{200d}👧",
    "é",
    "e\u{301}",
    "ß",
    "İ",
    "日本語",
    "🇵🇹",
    "\u{10ffff}",
    "-",
    "/",
    "'s",
    "’",
    "…",
    ",",
];

fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => proptest::sample::select(PIECES).prop_map(str::to_string),
        1 => any_text(12),
        1 => prop::collection::vec(proptest::char::range('a', 'z'), 1..12)
            .prop_map(String::from_iter),
    ]
}

/// Any characters at all; cheaper to draw than a regex strategy.
fn any_text(max: usize) -> impl Strategy<Value = String> {
    prop::collection::vec(any::<char>(), 0..max).prop_map(String::from_iter)
}

fn note() -> impl Strategy<Value = String> {
    prop::collection::vec(piece(), 0..40).prop_map(|parts| parts.join(" "))
}

fn scenario() -> impl Strategy<Value = Scenario> {
    proptest::sample::select(Scenario::ALL.to_vec())
}

fn kind() -> impl Strategy<Value = Kind> {
    proptest::sample::select(Kind::ALL.to_vec())
}

fn limit() -> impl Strategy<Value = Limit> {
    prop_oneof![
        Just(Limit::Premium),
        Just(Limit::Free),
        Just(Limit::InMail),
        Just(Limit::Message),
        (1u32..).prop_map(Limit::Custom),
    ]
}

fn past_note() -> impl Strategy<Value = PastNote> {
    (piece(), note(), any::<u64>()).prop_map(|(recipient, text, copied_at)| PastNote {
        recipient,
        text,
        copied_at,
    })
}

/// One fuzzed lint: what the engine reports must describe the note.
fn check_lint(linter: &Linter, input: &LintInput<'_>) -> Result<(), TestCaseError> {
    let start = Instant::now();
    let report = linter.lint(input);
    prop_assert!(start.elapsed() < SLOW, "lint took {:?}", start.elapsed());
    let chars = input.text.chars().count();
    let mut per_rule: BTreeMap<&str, usize> = BTreeMap::new();
    for d in &report.diagnostics {
        *per_rule.entry(d.rule).or_default() += 1;
        if let Some(span) = d.span {
            prop_assert!(span.start <= span.end && span.end <= chars, "{d:?}");
        }
        if let Some(fix) = &d.fix {
            prop_assert!(fix.start <= fix.end && fix.end <= chars, "{d:?}");
            let _ = apply_fix(input.text, fix);
        }
    }
    for (rule, n) in per_rule {
        prop_assert!(n <= MAX_PER_RULE + 1, "{rule}: {n} findings");
    }
    let json = serde_json::to_string(&report.to_json(Some("id"), input.scenario, input.text))
        .map_err(|e| TestCaseError::fail(e.to_string()))?;
    prop_assert!(serde_json::from_str::<serde_json::Value>(&json).is_ok());
    Ok(())
}

#[test]
fn lint_survives_any_note() {
    let linter = Linter::default();
    let strategy = (
        note(),
        (scenario(), kind(), proptest::option::of(piece())),
        proptest::option::of(piece()),
        proptest::option::of(piece()),
        limit(),
        prop::collection::vec(past_note(), 0..4),
    );
    fuzz(
        "lint",
        strategy,
        |(text, (scenario, kind, subject), to, from, limit, history)| {
            let input = LintInput {
                text: &text,
                kind,
                subject: subject.as_deref(),
                forwardable: None,
                scenario,
                recipient: to.as_deref(),
                sender: from.as_deref(),
                limit,
                history: &history,
                now: 1_800_000_000,
            };
            check_lint(&linter, &input)
        },
    );
}

/// Slots of the pattern language, valid and not.
const SLOTS: &[&str] = &[
    "meet",
    "=met",
    "congrat*",
    "*ing",
    "@event",
    "@weekday",
    "@nope",
    "post|article|talk",
    "professional?",
    "*",
    "*5",
    "*8",
    "*9",
    "*0",
    "<name>",
    "<num>",
    "<url>",
    "<any>",
    "<bad>",
    "~",
    "~since",
    "?",
    "|",
    "a||b",
    "=",
    "*x",
    "'",
    "-",
    "/",
    "apple",
    "your",
    "work",
];

fn pattern() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => prop::collection::vec(proptest::sample::select(SLOTS), 1..24)
            .prop_map(|slots| slots.join(" ")),
        1 => any_text(24),
    ]
}

const LISTS: &[&str] = &[
    "filler",
    "context-stranger",
    "not-context",
    "topic",
    "premature-ask",
    "acronym",
    "common-word",
    "greeting",
    "invite",
    "detail-signal",
    "nope",
];

#[test]
fn phrase_loader_survives_any_pattern_and_stays_fast() {
    let strategy = (
        prop::collection::btree_map(
            proptest::sample::select(LISTS).prop_map(str::to_string),
            prop::collection::vec(pattern(), 1..4),
            1..3,
        ),
        note(),
        scenario(),
    );
    fuzz("phrases", strategy, |(extra_phrases, text, scenario)| {
        let config = LintConfig {
            extra_phrases,
            ..LintConfig::default()
        };
        if let Ok(linter) = Linter::new(&config) {
            check_lint(&linter, &LintInput::new(&text, scenario))?;
        }
        Ok(())
    });
}

/// Config text: real keys with odd values, odd keys, and plain noise.
fn config_text() -> impl Strategy<Value = String> {
    let value = prop_oneof![
        Just(serde_json::json!(null)),
        any::<i64>().prop_map(|n| serde_json::json!(n)),
        piece().prop_map(|s| serde_json::json!(s)),
        proptest::sample::select(vec!["premium", "free", "auto", "osc52", "off", "hint"])
            .prop_map(|s| serde_json::json!(s)),
        prop::collection::btree_map(piece(), piece(), 0..3).prop_map(|m| serde_json::json!(m)),
        prop::collection::btree_map(
            proptest::sample::select(LISTS).prop_map(str::to_string),
            prop::collection::vec(pattern(), 0..3),
            0..2
        )
        .prop_map(|m| serde_json::json!(m)),
    ];
    let key = prop_oneof![
        4 => proptest::sample::select(vec!["sender", "limit", "rules", "phrases", "clipboard"])
            .prop_map(str::to_string),
        1 => piece(),
    ];
    prop_oneof![
        4 => prop::collection::btree_map(key, value, 0..5)
            .prop_map(|m| serde_json::to_string_pretty(&m).unwrap_or_default()),
        1 => any_text(64),
        1 => prop::collection::vec(any::<u8>(), 0..64)
            .prop_map(|b| String::from_utf8_lossy(&b).into_owned()),
    ]
}

#[test]
fn config_loader_survives_any_file() {
    fuzz("config", (config_text(), note()), |(text, note)| {
        match Config::parse(&text, Path::new("config.json")) {
            Ok(config) => {
                if let Ok(linter) = Linter::new(&config.lint_config()) {
                    check_lint(&linter, &LintInput::new(&note, Scenario::Stranger))?;
                }
            }
            Err(e) => {
                let message = e.to_string();
                prop_assert!(message.starts_with("config.json:"), "{message}");
            }
        }
        Ok(())
    });
}
