use super::*;
use crate::lint::{LintInput, Linter, Severity};

const DAY: u64 = 86_400;
const NOW: u64 = 1_800_000_000;

fn past(recipient: &str, text: &str, days_ago: u64) -> PastNote {
    PastNote {
        recipient: recipient.into(),
        text: text.into(),
        copied_at: NOW - days_ago * DAY,
    }
}

fn check(text: &str, recipient: Option<&str>, history: &[PastNote]) -> Vec<String> {
    let input = LintInput {
        recipient,
        sender: Some("Sam"),
        history,
        now: NOW,
        ..LintInput::new(text, Scenario::Stranger)
    };
    Linter::default()
        .lint(&input)
        .diagnostics
        .into_iter()
        .filter(|d| d.rule == "duplicate-note")
        .map(|d| d.message)
        .collect()
}

const PRIYA: &str = "Hi Priya,\nYour talk on event sourcing at QCon changed how our team \
                     models refunds. I would be glad to connect and compare notes on \
                     replaying old events.\n– Sam";

fn history() -> Vec<PastNote> {
    vec![past("Priya", PRIYA, 3)]
}

#[test]
fn exact_copy_for_someone_else_names_them_and_when() {
    let text = PRIYA.replace("Priya", "Ana");
    assert_eq!(
        check(&text, Some("Ana"), &history()),
        vec!["matches the note copied for Priya 3 days ago: write this one for this person"]
    );
}

#[test]
fn names_spacing_case_and_punctuation_are_masked() {
    // Full name in the greeting, a name in the body, no punctuation, odd case.
    let past_note = past(
        "Priya Shah",
        "Hello Priya Shah! Priya, your talk on event sourcing at QCon changed how our team \
         models refunds. Glad to connect?",
        1,
    );
    let text = "hi ana   ana your talk on EVENT sourcing at qcon changed how our team \
                models refunds glad to connect";
    let found = check(text, Some("Ana"), &[past_note]);
    assert_eq!(found.len(), 1);
    assert!(found[0].starts_with("matches the note copied for Priya Shah 1 day ago"));
}

#[test]
fn recipient_comes_from_the_greeting_when_not_given() {
    let text = PRIYA.replace("Priya", "Ana");
    assert_eq!(check(&text, None, &history()).len(), 1);
    // The same person again, known only by the greeting: not a copy.
    assert!(check(PRIYA, None, &history()).is_empty());
}

#[test]
fn a_word_or_two_changed_still_counts() {
    let one = PRIYA.replace("Priya", "Ana").replace("refunds", "invoices");
    assert_eq!(
        check(&one, Some("Ana"), &history()),
        vec![
            "nearly matches the note copied for Priya 3 days ago (1 word differs): \
             write this one for this person"
        ]
    );
    let two = one.replace("glad", "happy");
    assert!(check(&two, Some("Ana"), &history())[0].contains("(2 words differ)"));
}

#[test]
fn same_recipient_is_never_flagged() {
    assert!(check(PRIYA, Some("Priya"), &history()).is_empty());
    assert!(check(PRIYA, Some("priya  shah"), &history()).is_empty());
    let h = vec![past("Priya Shah", PRIYA, 3)];
    assert!(check(PRIYA, Some("Priya"), &h).is_empty());
}

#[test]
fn same_skeleton_with_different_substance_is_not_a_copy() {
    // Both filled from one template shape, with different details.
    let a = "Hi Priya,\nI read your article on event sourcing for payments and your point \
             about replaying refunds stayed with me. I work on ledger tooling at Acme and \
             would be glad to connect.\n– Sam";
    let b = "Hi Ana,\nI read your article on accessibility audits for public forms and your \
             point about screen reader testing stayed with me. I work on design systems \
             at Globex and would be glad to connect.\n– Sam";
    assert!(check(b, Some("Ana"), &[past("Priya", a, 2)]).is_empty());
}

#[test]
fn unrelated_and_short_notes_are_left_alone() {
    let text = "Hi Ana,\nWe met at the Porto hackathon; your judging notes were sharp. Coffee \
                next week?\n– Sam";
    assert!(check(text, Some("Ana"), &history()).is_empty());
    let h = vec![past("Priya", "Hi Priya, thanks!", 1)];
    assert!(check("Hi Ana, thanks!", Some("Ana"), &h).is_empty());
    assert!(check("", Some("Ana"), &history()).is_empty());
}

#[test]
fn the_closest_match_is_named_and_the_others_counted() {
    let near = PRIYA.replace("Priya", "Bo").replace("refunds", "invoices");
    let h = vec![
        past("Bo", &near, 1),
        past("Priya", PRIYA, 3),
        past("Cy", &PRIYA.replace("Priya", "Cy"), 10),
    ];
    let found = check(&PRIYA.replace("Priya", "Ana"), Some("Ana"), &h);
    assert_eq!(
        found,
        vec![
            "matches the note copied for Priya 3 days ago and 2 other notes: \
              write this one for this person"
        ]
    );
}

#[test]
fn unknown_time_leaves_the_age_out() {
    let text = PRIYA.replace("Priya", "Ana");
    let mut input = LintInput::new(&text, Scenario::Close);
    let h = history();
    input.history = &h;
    input.recipient = Some("Ana");
    let report = Linter::default().lint(&input);
    let d = report
        .diagnostics
        .iter()
        .find(|d| d.rule == "duplicate-note")
        .unwrap();
    assert_eq!(d.severity, Severity::Warning);
    assert_eq!(
        d.message,
        "matches the note copied for Priya: write this one for this person"
    );
}

#[test]
fn edit_distance_counts_word_edits() {
    assert_eq!(edit_distance(&[1, 2, 3], &[1, 2, 3], 3), Some(0));
    assert_eq!(edit_distance(&[1, 2, 3], &[1, 9, 3], 3), Some(1));
    assert_eq!(edit_distance(&[1, 2, 3], &[1, 3], 3), Some(1));
    assert_eq!(edit_distance(&[], &[4, 5], 3), Some(2));
    assert_eq!(edit_distance(&[1, 2, 3, 4], &[2, 1, 3, 5], 3), Some(3));
    assert_eq!(edit_distance(&[1, 2, 3, 4], &[2, 1, 3, 5], 2), None);
    assert_eq!(
        edit_distance(&[1, 2, 3, 4, 5, 6], &[9, 9, 9, 9, 9, 9], 2),
        None
    );
    assert_eq!(
        edit_distance(&[7, 1, 2, 3, 4], &[1, 2, 3, 4, 8], 2),
        Some(2)
    );
}

#[test]
fn words_ignore_case_punctuation_apostrophes_and_names() {
    let names = name_words("Priya Shah");
    let none = HashSet::new();
    assert_eq!(
        words(
            "Hi Priya Shah,\nPriya's TALK -- great; don’t stop!",
            &names,
            &none
        ),
        words(
            "hello ana. Ana’s talk great dont stop",
            &name_words("Ana"),
            &none
        )
    );
    assert_eq!(words("Hi Priya, great talk", &none, &none).len(), 2);
}

#[test]
fn warning_in_every_scenario() {
    for sc in Scenario::ALL {
        assert_eq!(DuplicateNote.default_level(sc), Level::Warning);
    }
}

#[test]
fn finds_the_match_among_thousands_of_past_notes() {
    let mut h: Vec<PastNote> = (0..5_000u64)
        .map(|i| {
            past(
                &format!("Person {i}"),
                &format!(
                    "Hi Person {i},\nI enjoyed your post number {i} about topic {} and the \
                     chart on page {}. Glad to connect.\n– Sam",
                    i % 97,
                    i % 13
                ),
                i % 30,
            )
        })
        .collect();
    h.push(past("Priya", PRIYA, 3));
    let text = PRIYA.replace("Priya", "Ana");
    let found = check(&text, Some("Ana"), &h);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].contains("Priya"), "{found:?}");
}

#[test]
fn huge_notes_count_only_when_identical_and_cost_their_length() {
    use std::fmt::Write as _;
    // 100,000 words each: the full table would be 10^10 cells.
    let body = (0..100_000).fold(String::new(), |mut s, i| {
        let _ = write!(s, "w{i} ");
        s
    });
    let mut changed = body.clone();
    changed.push_str("extra");
    let start = std::time::Instant::now();
    assert!(check(&changed, Some("Ana"), &[past("Ben", &body, 1)]).is_empty());
    assert_eq!(check(&body, Some("Ana"), &[past("Ben", &body, 1)]).len(), 1);
    assert!(
        start.elapsed() < std::time::Duration::from_secs(10),
        "{:?}",
        start.elapsed()
    );
}

/// The banded distance agrees with the plain table wherever it answers.
#[test]
fn banded_distance_agrees_with_the_full_table() {
    fn full(a: &[Word], b: &[Word]) -> usize {
        let mut row: Vec<usize> = (0..=b.len()).collect();
        for (i, x) in a.iter().enumerate() {
            let mut diagonal = row[0];
            row[0] = i + 1;
            for (j, y) in b.iter().enumerate() {
                let substitute = diagonal + usize::from(x != y);
                diagonal = row[j + 1];
                row[j + 1] = substitute.min(row[j] + 1).min(diagonal + 1);
            }
        }
        row[b.len()]
    }
    let mut seed = 7u64;
    let mut next = |n: u64| {
        seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
        (seed >> 33) % n
    };
    for _ in 0..2_000 {
        let a: Vec<Word> = (0..next(9)).map(|_| next(3)).collect();
        let b: Vec<Word> = (0..next(9)).map(|_| next(3)).collect();
        let d = full(&a, &b);
        for k in 0..6 {
            let want = (d <= k).then_some(d);
            assert_eq!(edit_distance(&a, &b, k), want, "{a:?} {b:?} k={k}");
        }
    }
}
