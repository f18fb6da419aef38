//! What connote remembers of each copied note, and what became of it: the
//! entries of the sent-notes log and their one-line JSON shape.
//!
//! A line is either a sent note, `{"v":1,"type":"sent","id":…}`, or an
//! outcome attached to one later, `{"v":1,"type":"outcome","id":…,
//! "outcome":"accepted","at":…}`. Lines without `v` were written before
//! outcomes existed (`{"recipient","text","copied_at"}`) and load as sent
//! invitations with nothing else known.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::lint::{Checklist, Severity};
use crate::note::Scenario;

/// The log format this build writes; lines of a newer one are skipped.
pub const LOG_VERSION: u32 = 1;

/// The kind of a note when nothing else is recorded: a connection note.
pub const DEFAULT_KIND: &str = "invitation";

/// What happened to a sent note, as the user reports it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Outcome {
    /// They accepted the invitation.
    Accepted,
    /// They accepted and wrote back: the best outcome.
    Replied,
    /// An explicit no, or "I don't know this person".
    Declined,
    /// The sender withdrew the invitation.
    Withdrawn,
    /// Nothing came back.
    NoAnswer,
}

impl Outcome {
    /// Every outcome, in the order help texts list them.
    pub const ALL: [Outcome; 5] = [
        Outcome::Accepted,
        Outcome::Replied,
        Outcome::Declined,
        Outcome::Withdrawn,
        Outcome::NoAnswer,
    ];

    /// The id used on the command line and in the log.
    pub fn id(self) -> &'static str {
        match self {
            Outcome::Accepted => "accepted",
            Outcome::Replied => "replied",
            Outcome::Declined => "declined",
            Outcome::Withdrawn => "withdrawn",
            Outcome::NoAnswer => "no-answer",
        }
    }

    /// Whether the note worked: a reply implies the invitation was accepted.
    pub fn is_accepted(self) -> bool {
        matches!(self, Outcome::Accepted | Outcome::Replied)
    }
}

impl fmt::Display for Outcome {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

/// An outcome name that is not one of [`Outcome::ALL`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown outcome `{0}` (expected accepted, replied, declined, withdrawn or no-answer)")]
pub struct UnknownOutcome(pub String);

impl FromStr for Outcome {
    type Err = UnknownOutcome;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let wanted = s.trim().to_ascii_lowercase().replace('_', "-");
        Outcome::ALL
            .into_iter()
            .find(|o| o.id() == wanted || (wanted == "noanswer" && *o == Outcome::NoAnswer))
            .ok_or_else(|| UnknownOutcome(s.to_string()))
    }
}

/// A lint finding as it stood when the note was copied.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Finding {
    /// The rule id.
    pub rule: String,
    /// Its severity then.
    pub severity: Severity,
}

/// A copied note, with what the composer knew about it at that moment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SentNote {
    /// Stable id, for `connote sent mark` (ten hex digits).
    pub id: String,
    /// When it was copied, in seconds since the Unix epoch.
    pub copied_at: u64,
    /// Who it was for.
    pub recipient: String,
    /// The text as it was copied.
    pub text: String,
    /// The message kind (`invitation` unless recorded otherwise).
    pub kind: String,
    /// The scenario, when recorded.
    pub scenario: Option<Scenario>,
    /// The template it started from, if any.
    pub template: Option<String>,
    /// The limit it was written for, in characters.
    pub limit: Option<usize>,
    /// The lint findings at copy time (`None`: not recorded).
    pub findings: Option<Vec<Finding>>,
    /// The checklist at copy time (`None`: not recorded).
    pub checklist: Option<Checklist>,
}

/// An outcome attached to a sent note; the latest one for an id counts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutcomeEvent {
    /// The sent note's id.
    pub id: String,
    /// What happened.
    pub outcome: Outcome,
    /// When it was recorded.
    pub at: u64,
}

/// One line of the log.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Entry {
    /// A copied note.
    Sent(SentNote),
    /// An outcome for an earlier note.
    Outcome(OutcomeEvent),
}

impl Entry {
    /// The id of the sent note the entry is about.
    pub fn id(&self) -> &str {
        match self {
            Entry::Sent(s) => &s.id,
            Entry::Outcome(o) => &o.id,
        }
    }
}

/// The flat shape every line is read through: one struct with optional
/// fields parses much faster than a tagged enum, and takes old lines too.
#[derive(Debug, Default, Serialize, Deserialize)]
struct Line<T = String> {
    #[serde(skip_serializing_if = "Option::is_none")]
    v: Option<u32>,
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    entry: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    copied_at: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    recipient: Option<T>,
    #[serde(skip_serializing_if = "Option::is_none")]
    text: Option<T>,
    #[serde(skip_serializing_if = "Option::is_none")]
    kind: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    scenario: Option<Scenario>,
    #[serde(skip_serializing_if = "Option::is_none")]
    template: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    limit: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    findings: Option<Vec<Finding>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    checklist: Option<Checklist>,
    #[serde(skip_serializing_if = "Option::is_none")]
    outcome: Option<Outcome>,
    #[serde(skip_serializing_if = "Option::is_none")]
    at: Option<u64>,
}

/// Why a line of the log is not an entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LineError {
    /// Not JSON, or not the shape of any entry; (column, message).
    Invalid(usize, String),
    /// Written by a newer connote, with this version.
    Newer(u32),
}

/// Whether reading keeps the text and recipient of sent notes. The figures
/// of `connote stats` never need them, and skipping them halves the work.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Text {
    /// Keep every note's text.
    Keep,
    /// Leave the text and recipient of versioned entries empty.
    Skip,
}

/// Parses one line of the log.
pub fn parse_line(bytes: &[u8]) -> Result<Entry, LineError> {
    parse_line_as(bytes, Text::Keep)
}

/// Parses one line of the log, keeping or skipping the note's text. Old
/// lines always keep it: their id is made from it.
pub fn parse_line_as(bytes: &[u8], text: Text) -> Result<Entry, LineError> {
    let invalid =
        |e: serde_json::Error| LineError::Invalid(e.column().max(1), super::json_pos::message(&e));
    if text == Text::Skip {
        let line: Line<serde::de::IgnoredAny> = serde_json::from_slice(bytes).map_err(invalid)?;
        if line.v.is_some() {
            let kept = line.text.map(|_| String::new());
            return entry(Line {
                text: kept,
                ..line.without_text()
            });
        }
    }
    entry(serde_json::from_slice(bytes).map_err(invalid)?)
}

impl<T> Line<T> {
    /// The same line with no text and no recipient, to be given ones of
    /// another type.
    fn without_text(self) -> Line<String> {
        Line {
            v: self.v,
            entry: self.entry,
            id: self.id,
            copied_at: self.copied_at,
            recipient: None,
            text: None,
            kind: self.kind,
            scenario: self.scenario,
            template: self.template,
            limit: self.limit,
            findings: self.findings,
            checklist: self.checklist,
            outcome: self.outcome,
            at: self.at,
        }
    }
}

fn entry(line: Line) -> Result<Entry, LineError> {
    let missing = |what: &str| LineError::Invalid(1, format!("missing `{what}`"));
    match (line.v, line.entry.as_deref()) {
        (Some(v), _) if v > LOG_VERSION => Err(LineError::Newer(v)),
        (None, _) => {
            let recipient = line.recipient.ok_or_else(|| missing("recipient"))?;
            let text = line.text.ok_or_else(|| missing("text"))?;
            let copied_at = line.copied_at.ok_or_else(|| missing("copied_at"))?;
            Ok(Entry::Sent(SentNote {
                id: legacy_id(copied_at, &recipient, &text),
                copied_at,
                recipient,
                text,
                kind: DEFAULT_KIND.to_string(),
                scenario: None,
                template: None,
                limit: None,
                findings: None,
                checklist: None,
            }))
        }
        (Some(_), Some("sent")) => {
            let kind = line.kind.unwrap_or_else(|| DEFAULT_KIND.to_string());
            // The checklist is written with its kind's keys; read it as that kind.
            let checklist = line
                .checklist
                .map(|c| c.of_kind(kind.parse().unwrap_or_default()));
            Ok(Entry::Sent(SentNote {
                id: line.id.ok_or_else(|| missing("id"))?,
                copied_at: line.copied_at.ok_or_else(|| missing("copied_at"))?,
                recipient: line.recipient.unwrap_or_default(),
                text: line.text.ok_or_else(|| missing("text"))?,
                kind,
                scenario: line.scenario,
                template: line.template,
                limit: line.limit,
                findings: line.findings,
                checklist,
            }))
        }
        (Some(_), Some("outcome")) => Ok(Entry::Outcome(OutcomeEvent {
            id: line.id.ok_or_else(|| missing("id"))?,
            outcome: line.outcome.ok_or_else(|| missing("outcome"))?,
            at: line.at.unwrap_or_default(),
        })),
        (Some(_), other) => Err(LineError::Invalid(
            1,
            format!("unknown entry type {:?}", other.unwrap_or("")),
        )),
    }
}

/// The entry as one line of JSON, without the line break.
pub fn to_line(entry: &Entry) -> Vec<u8> {
    let line = match entry.clone() {
        Entry::Sent(s) => Line {
            v: Some(LOG_VERSION),
            entry: Some("sent".into()),
            id: Some(s.id),
            copied_at: Some(s.copied_at),
            recipient: Some(s.recipient),
            text: Some(s.text),
            kind: Some(s.kind),
            scenario: s.scenario,
            template: s.template,
            limit: s.limit,
            findings: s.findings,
            checklist: s.checklist,
            ..Line::default()
        },
        Entry::Outcome(o) => Line {
            v: Some(LOG_VERSION),
            entry: Some("outcome".into()),
            id: Some(o.id),
            outcome: Some(o.outcome),
            at: Some(o.at),
            ..Line::default()
        },
    };
    // A struct of strings, numbers and enums always serialises.
    serde_json::to_vec(&line).unwrap_or_default()
}

/// A fresh id: ten hex digits from the time, the process and a counter.
pub fn new_id(now: u64, text: &str) -> String {
    use std::sync::atomic::{AtomicU64, Ordering};
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    let noise =
        std::hash::BuildHasher::hash_one(&std::collections::hash_map::RandomState::new(), n);
    let seed = format!("{now}/{}/{n}/{noise}/{text}", std::process::id());
    format!("{:010x}", fnv1a(seed.as_bytes()) >> 24)
}

/// The id of a line written before ids existed: derived from its content,
/// so it is the same on every read.
fn legacy_id(copied_at: u64, recipient: &str, text: &str) -> String {
    let seed = format!("{copied_at}/{recipient}/{text}");
    format!("{:010x}", fnv1a(seed.as_bytes()) >> 24)
}

/// FNV-1a, 64 bits: fixed forever, unlike std's and rustc-hash's hashers.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sent() -> SentNote {
        SentNote {
            id: "0123456789".into(),
            copied_at: 100,
            recipient: "Priya".into(),
            text: "Hi Priya,\nLoved your talk.".into(),
            kind: DEFAULT_KIND.into(),
            scenario: Some(Scenario::Stranger),
            template: Some("their-talk".into()),
            limit: Some(300),
            findings: Some(vec![Finding {
                rule: "missing-next-step".into(),
                severity: Severity::Hint,
            }]),
            checklist: Some(Checklist {
                name: true,
                ..Checklist::default()
            }),
        }
    }

    #[test]
    fn entries_round_trip() {
        let a = Entry::Sent(sent());
        let b = Entry::Outcome(OutcomeEvent {
            id: "0123456789".into(),
            outcome: Outcome::NoAnswer,
            at: 7,
        });
        for e in [a, b] {
            assert_eq!(parse_line(&to_line(&e)), Ok(e));
        }
    }

    #[test]
    fn lines_carry_the_version_and_type() {
        let line = String::from_utf8(to_line(&Entry::Sent(sent()))).unwrap();
        assert!(
            line.starts_with(r#"{"v":1,"type":"sent","id":"0123456789""#),
            "{line}"
        );
        assert!(!line.contains('\n'));
    }

    #[test]
    fn old_lines_load_as_invitations_with_a_stable_id() {
        let old = br#"{"recipient":"Bo","text":"Hi Bo","copied_at":5}"#;
        let Ok(Entry::Sent(a)) = parse_line(old) else {
            panic!("not sent")
        };
        let Ok(Entry::Sent(b)) = parse_line(old) else {
            panic!("not sent")
        };
        assert_eq!(a.id, b.id);
        assert_eq!(a.id.len(), 10);
        assert_eq!(a.kind, "invitation");
        assert_eq!((a.scenario, a.findings), (None, None));
    }

    #[test]
    fn a_follow_up_keeps_its_kind_and_its_checklist_keys() {
        let mut note = sent();
        note.kind = "follow-up".into();
        note.checklist = Some(
            Checklist {
                thanks: true,
                invite: true,
                ..Checklist::default()
            }
            .of_kind(crate::note::Kind::FollowUp),
        );
        let line = String::from_utf8(to_line(&Entry::Sent(note.clone()))).unwrap();
        assert!(line.contains(r#""kind":"follow-up""#), "{line}");
        assert!(line.contains(r#""thanks":true"#), "{line}");
        assert!(!line.contains(r#""invite""#), "an invitation's key: {line}");
        let Ok(Entry::Sent(back)) = parse_line(line.as_bytes()) else {
            panic!("not sent")
        };
        let checklist = back.checklist.expect("checklist");
        assert_eq!(checklist.kind, crate::note::Kind::FollowUp);
        assert!(checklist.thanks && !checklist.invite);
        assert_eq!(checklist.items()[1], ("thanks", true));
    }

    #[test]
    fn newer_and_broken_lines_are_refused() {
        assert_eq!(
            parse_line(br#"{"v":2,"type":"sent"}"#),
            Err(LineError::Newer(2))
        );
        assert!(matches!(
            parse_line(br#"{"v":1,"type":"gift"}"#),
            Err(LineError::Invalid(..))
        ));
        assert!(matches!(
            parse_line(b"{\"v\":1,"),
            Err(LineError::Invalid(..))
        ));
    }

    #[test]
    fn outcomes_parse_leniently() {
        assert_eq!("Accepted".parse(), Ok(Outcome::Accepted));
        assert_eq!("no_answer".parse(), Ok(Outcome::NoAnswer));
        assert!("maybe".parse::<Outcome>().is_err());
        assert!(Outcome::Replied.is_accepted());
        assert!(!Outcome::Withdrawn.is_accepted());
    }

    #[test]
    fn new_ids_differ() {
        assert_ne!(new_id(1, "a"), new_id(1, "a"));
        assert_eq!(new_id(1, "a").len(), 10);
    }
}
