//! `duplicate-note`: the same note already went to someone else.

use std::collections::{HashMap, HashSet};

use crate::clock::ago;
use crate::lint::phrases::{List, PhraseBook};
use crate::lint::{Context, Finding, Fixture, Level, PastNote, Rule, RuleDoc};
use crate::note::{Kind, Scenario};

/// Fires when the note, names masked, matches or nearly matches a note
/// copied earlier for a different recipient.
pub struct DuplicateNote;

static DOC: RuleDoc = RuleDoc {
    what: "The note (with names, case, spacing and punctuation set aside) is the same \
           as, or a word or two away from, a note you already copied for someone else.",
    why: "A note that could go to anyone reads as mass outreach; the point of a note \
          is that it is written for one person, and recipients notice when it is not.",
    bad: "Hi Ana,\nI came across your profile and would love to connect.\n– Sam \
          (copied for Ben yesterday with only the name changed)",
    good: "Hi Ana,\nYour write-up of the Porto hackathon's judging rubric made me rethink \
           ours. Would you share how you weighted demos?\n– Sam",
};

/// Fewer words than this: too short to call a copy.
const MIN_WORDS: usize = 3;
/// Fewer words than this: only exact copies count.
const MIN_WORDS_NEAR: usize = 6;
/// More words than this (a message holds about 1,600): only exact copies
/// count, so comparing with a huge note costs its length, not its square.
const MAX_WORDS_NEAR: usize = 2_000;

impl Rule for DuplicateNote {
    fn id(&self) -> &'static str {
        "duplicate-note"
    }

    fn default_level(&self, _: Scenario) -> Level {
        Level::Warning
    }

    fn doc(&self) -> &'static RuleDoc {
        &DOC
    }

    fn fixture(&self) -> Fixture {
        Fixture {
            kind: Kind::Invitation,
            subject: None,
            scenario: Scenario::Stranger,
            recipient: Some("Ana"),
            sender: Some("Sam"),
            history: &[(
                "Priya",
                "Hi Priya,\nYour talk on event sourcing at QCon changed how our team models \
                 refunds. I would be glad to connect and compare notes on replaying old events.\n– Sam",
            )],
            bad: "Hi Ana,\nYour talk on event sourcing at QCon changed how our team models \
                  refunds. I would be glad to connect and compare notes on replaying old events.\n– Sam",
            good: "Hi Ana,\nYour piece on pricing for small SaaS teams settled a long argument \
                   in our office. Glad to connect?\n– Sam",
        }
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        if cx.history.is_empty() {
            return;
        }
        let recipient = cx
            .recipient
            .map(str::to_string)
            .or_else(|| greeting_name(cx.text, cx.phrases));
        let own_names = name_words(recipient.as_deref().unwrap_or(""));
        let current = words(cx.text, &own_names, &HashSet::new());
        if current.len() < MIN_WORDS {
            return;
        }
        let bag = bag_of(&current);
        let mut best: Option<(usize, &PastNote)> = None;
        let mut matches = 0usize;
        for past in cx.history {
            let past_recipient = if past.recipient.trim().is_empty() {
                greeting_name(&past.text, cx.phrases)
            } else {
                Some(past.recipient.clone())
            };
            let past_names = name_words(past_recipient.as_deref().unwrap_or(""));
            if !own_names.is_empty() && same_person(&own_names, &past_names) {
                continue;
            }
            let Some(distance) = near(&current, &bag, &past.text, &own_names, &past_names) else {
                continue;
            };
            matches += 1;
            let better = best.is_none_or(|(d, b)| {
                (distance, std::cmp::Reverse(past.copied_at)) < (d, std::cmp::Reverse(b.copied_at))
            });
            if better {
                best = Some((distance, past));
            }
        }
        if let Some((distance, past)) = best {
            out.push(Finding::new(message(distance, past, matches - 1, cx.now)));
        }
    }
}

/// The word distance between the current note and `past`, if it is small
/// enough to call a copy.
fn near(
    current: &[Word],
    bag: &HashMap<Word, usize>,
    past: &str,
    own_names: &HashSet<Word>,
    past_names: &HashSet<Word>,
) -> Option<usize> {
    let other = words(past, past_names, own_names);
    let longest = current.len().max(other.len());
    let allowed = allowed_distance(longest);
    if current.len().abs_diff(other.len()) > allowed || other.len() < MIN_WORDS {
        return None;
    }
    // Words the two share bound the edit distance from below: skip the
    // quadratic comparison for notes that are plainly different.
    let mut left = bag.clone();
    let mut shared = 0;
    for w in &other {
        if let Some(n) = left.get_mut(w).filter(|n| **n > 0) {
            *n -= 1;
            shared += 1;
        }
    }
    if longest - shared > allowed {
        return None;
    }
    edit_distance(current, &other, allowed)
}

/// Levenshtein distance over words (insertions, deletions,
/// substitutions), if it is at most `k`. Only the cells within `k` of the
/// diagonal can hold such a distance, so the cost is the length times
/// `k`, and the search stops as soon as a row exceeds `k`.
fn edit_distance(a: &[Word], b: &[Word], k: usize) -> Option<usize> {
    let m = b.len();
    if a.len().abs_diff(m) > k {
        return None;
    }
    let big = k + 1;
    let mut prev: Vec<usize> = (0..=m).map(|j| j.min(big)).collect();
    let mut row = vec![big; m + 1];
    for (i, x) in a.iter().enumerate().map(|(i, x)| (i + 1, x)) {
        let lo = i.saturating_sub(k).max(1);
        let hi = (i + k).min(m);
        row[lo - 1] = if lo == 1 { i.min(big) } else { big };
        let mut best = row[lo - 1];
        for j in lo..=hi {
            let substitute = prev[j - 1] + usize::from(*x != b[j - 1]);
            let cell = substitute.min(prev[j] + 1).min(row[j - 1] + 1).min(big);
            row[j] = cell;
            best = best.min(cell);
        }
        if hi < m {
            row[hi + 1] = big;
        }
        if best > k {
            return None;
        }
        std::mem::swap(&mut prev, &mut row);
    }
    (prev[m] <= k).then_some(prev[m])
}

/// How many words may differ: a word or two, or up to 15% of a long note;
/// none in a very short or a very long one.
fn allowed_distance(words: usize) -> usize {
    match words {
        n if !(MIN_WORDS_NEAR..=MAX_WORDS_NEAR).contains(&n) => 0,
        n if n < 10 => 1,
        n => (n * 15 / 100).max(2),
    }
}

fn message(distance: usize, past: &PastNote, others: usize, now: u64) -> String {
    let verb = if distance == 0 {
        "matches"
    } else {
        "nearly matches"
    };
    let recipient = past
        .recipient
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    let whom = if recipient.is_empty() {
        "a note copied".to_string()
    } else {
        format!("the note copied for {recipient}")
    };
    let when = if now == 0 {
        String::new()
    } else {
        format!(" {}", ago(past.copied_at, now))
    };
    let differ = match distance {
        0 => String::new(),
        1 => " (1 word differs)".to_string(),
        n => format!(" ({n} words differ)"),
    };
    let more = match others {
        0 => String::new(),
        1 => " and 1 other note".to_string(),
        n => format!(" and {n} other notes"),
    };
    format!("{verb} {whom}{when}{differ}{more}: write this one for this person")
}

/// A word, lowercased and without apostrophes, as a 64-bit FNV-1a hash:
/// comparing thousands of past notes then allocates nothing per word.
type Word = u64;

/// Stands in for any name, so "Hi Ana" and "Hi Ben" read the same.
const NAME: Word = 0;

/// The hash of `raw` as a word, and of `raw` minus a final `s` (possessives
/// once the apostrophe is gone: `Priya's` → `priyas`), if it ends in one.
fn word_hash(raw: &str) -> (Word, Option<Word>) {
    const OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
    const PRIME: u64 = 0x0100_0000_01b3;
    let (mut h, mut before_last) = (OFFSET, OFFSET);
    let mut last = None;
    for c in raw
        .chars()
        .filter(|c| !is_apostrophe(*c))
        .flat_map(char::to_lowercase)
    {
        before_last = h;
        for b in u32::from(c).to_le_bytes() {
            h = (h ^ u64::from(b)).wrapping_mul(PRIME);
        }
        last = Some(c);
    }
    // Never collide with the name marker.
    let h = h.max(1);
    (h, (last == Some('s')).then_some(before_last.max(1)))
}

/// The note as words, greeting dropped, names replaced by one marker,
/// case, punctuation and spacing ignored.
fn words(text: &str, names: &HashSet<Word>, more_names: &HashSet<Word>) -> Vec<Word> {
    let is_name = |w: &Word| names.contains(w) || more_names.contains(w);
    let mut out: Vec<Word> = Vec::new();
    for raw in strip_greeting(text).split(|c: char| !(c.is_alphanumeric() || is_apostrophe(c))) {
        if !raw.chars().any(char::is_alphanumeric) {
            continue;
        }
        let (word, stem) = word_hash(raw);
        if is_name(&word) || stem.as_ref().is_some_and(is_name) {
            if out.last() != Some(&NAME) {
                out.push(NAME);
            }
        } else {
            out.push(word);
        }
    }
    out
}

fn bag_of(words: &[Word]) -> HashMap<Word, usize> {
    let mut bag = HashMap::new();
    for w in words {
        *bag.entry(*w).or_insert(0) += 1;
    }
    bag
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ')
}

/// Greeting words a note may open with; the name follows them.
const GREETINGS: [&str; 9] = [
    "good morning",
    "good afternoon",
    "good evening",
    "greetings",
    "hello",
    "hiya",
    "hey",
    "dear",
    "hi",
];

/// Splits an opening greeting off: `(name, rest of the note)`.
fn split_greeting(text: &str) -> Option<(&str, &str)> {
    let t = text.trim_start();
    // The longest greeting is 14 bytes; lowercasing more is wasted work.
    let lower: String = t.chars().take(16).flat_map(char::to_lowercase).collect();
    let word = GREETINGS.iter().find(|g| {
        lower.starts_with(*g) && !lower[g.len()..].starts_with(|c: char| c.is_alphanumeric())
    })?;
    // Lowercasing can change byte lengths; only trust ASCII-length prefixes.
    let after = t.get(word.len()..)?;
    let end = after
        .find([',', '!', '.', ':', ';', '\n', '—', '–'])
        .filter(|i| after[..*i].split_whitespace().count() <= 4)
        .unwrap_or(0);
    let name = after[..end].trim();
    let rest = after[end..].trim_start_matches([',', '!', '.', ':', ';', '—', '–']);
    Some((name, rest))
}

fn strip_greeting(text: &str) -> &str {
    split_greeting(text).map_or(text, |(_, rest)| rest)
}

/// The name after a greeting (`Hi Priya,` → `Priya`), if there is one.
fn greeting_name(text: &str, book: &PhraseBook) -> Option<String> {
    split_greeting(text)
        .map(|(name, _)| name.to_string())
        .filter(|n| !n.is_empty() && !book.contains_word(List::StandIn, &n.to_lowercase()))
}

fn name_words(name: &str) -> HashSet<Word> {
    name.split(|c: char| !(c.is_alphanumeric() || is_apostrophe(c)))
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .map(|w| word_hash(w).0)
        .collect()
}

/// Same person when one name is contained in the other (`Priya` and
/// `Priya Shah`): a note re-copied for them is not mass sending.
fn same_person(a: &HashSet<Word>, b: &HashSet<Word>) -> bool {
    !b.is_empty() && (a.is_subset(b) || b.is_subset(a))
}

#[cfg(test)]
#[path = "duplicate_note_tests.rs"]
mod tests;
