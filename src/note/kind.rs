//! The kinds of message connote helps write: the invitation itself, and the
//! three messages around it (the follow-up once they accept, asking
//! permission before inviting, asking a mutual contact for an
//! introduction). Each kind has its own fields, layout and limit.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use super::Limit;
use super::layout::{self, Composed, Layout, Role, Slot};

/// What the user is writing.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    /// The connection note sent with an invitation.
    #[default]
    Invitation,
    /// The first message after they accept: thanks, who you are, something for them.
    FollowUp,
    /// An InMail or e-mail asking whether they would welcome an invitation.
    PermissionAsk,
    /// A message asking someone you both know for an introduction.
    IntroductionRequest,
}

/// One field of a kind: its id in files and batch rows, its label and hint.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FieldSpec {
    /// The id used in templates, drafts and batch rows (`who_i_am`).
    pub id: &'static str,
    /// The label in the composer.
    pub label: &'static str,
    /// What good input looks like.
    pub hint: &'static str,
}

const fn field(id: &'static str, label: &'static str, hint: &'static str) -> FieldSpec {
    FieldSpec { id, label, hint }
}

const TO: FieldSpec = field("to", "To", "their first name, e.g. Priya");
const SIGN_OFF: FieldSpec = field("sign_off", "Sign-off", "your name");

const INVITATION_FIELDS: &[FieldSpec] = &[
    TO,
    field("context", "Context", "how you know them, or why them"),
    field("invite", "Invite", "the invitation in your own words"),
    field("next_step", "Next step", "coffee, a call, or a question"),
    SIGN_OFF,
];

const FOLLOW_UP_FIELDS: &[FieldSpec] = &[
    TO,
    field(
        "thanks",
        "Thanks",
        "thank them for accepting, in a few words",
    ),
    field(
        "who_i_am",
        "Who I am",
        "who you are and why you reached out, in a sentence",
    ),
    field(
        "offer",
        "Something for you",
        "an article, an answer, a contact: something for them, or a question about their work",
    ),
    field(
        "next_step",
        "Next step",
        "an easy next step, no favour: \"happy to send more if useful\"",
    ),
    SIGN_OFF,
];

const PERMISSION_ASK_FIELDS: &[FieldSpec] = &[
    TO,
    field(
        "subject",
        "Subject",
        "a short subject line, e.g. \"Your talk on kiln design\"",
    ),
    field(
        "who_i_am",
        "Who I am",
        "who you are, in a sentence: role, team, what you work on",
    ),
    field(
        "why_you",
        "Why you",
        "why them: their talk, post or book (name it), a mutual contact",
    ),
    field(
        "ask",
        "The ask",
        "ask whether they'd welcome an invitation: \"would you mind if I sent one?\"",
    ),
    SIGN_OFF,
];

const INTRODUCTION_REQUEST_FIELDS: &[FieldSpec] = &[
    field(
        "to",
        "To",
        "the person you both know, by first name, e.g. Sam",
    ),
    field(
        "who",
        "Who",
        "who you want to meet: a name is enough (Ana Lima), or ask in your own words",
    ),
    field(
        "why_them",
        "Why them",
        "why them, and why now: what you hope to learn or offer",
    ),
    field(
        "blurb",
        "A note they can forward",
        "two or three sentences about you they can forward as they are (300 at most)",
    ),
    field(
        "easy_out",
        "An easy out",
        "let them decline comfortably: \"no worries at all if it's awkward\"",
    ),
    SIGN_OFF,
];

const fn slot(field: usize, role: Role) -> Slot {
    Slot { field, role }
}

const GREETING: &[Slot] = &[slot(0, Role::Greeting)];

const FOLLOW_UP: Layout = &[
    GREETING,
    &[
        slot(1, Role::Sentence),
        slot(2, Role::Sentence),
        slot(3, Role::Sentence),
        slot(4, Role::Sentence),
    ],
    &[slot(5, Role::SignOff)],
];

const PERMISSION_ASK: Layout = &[
    GREETING,
    &[
        slot(2, Role::Sentence),
        slot(3, Role::Sentence),
        slot(4, Role::Sentence),
    ],
    &[slot(5, Role::SignOff)],
];

const SUBJECT: Layout = &[&[slot(1, Role::Plain)]];

const INTRODUCTION_REQUEST: Layout = &[
    GREETING,
    &[slot(1, Role::Target), slot(2, Role::Sentence)],
    &[slot(3, Role::Sentence)],
    &[slot(4, Role::Sentence)],
    &[slot(5, Role::SignOff)],
];

const BLURB: Layout = &[&[slot(3, Role::Sentence)]];

/// The units a forwardable note may have: it may become an invitation.
pub const FORWARDABLE_LIMIT: usize = 300;
/// The units a permission-ask's subject may have.
pub const SUBJECT_LIMIT: usize = 200;
/// Above this many units a follow-up gets a hint: short reads best.
pub const FOLLOW_UP_SHORT: usize = 600;

impl Kind {
    /// Every kind, in the order the composer offers them.
    pub const ALL: [Kind; 4] = [
        Kind::Invitation,
        Kind::FollowUp,
        Kind::PermissionAsk,
        Kind::IntroductionRequest,
    ];

    /// The id used on the command line and in files.
    pub fn id(self) -> &'static str {
        match self {
            Kind::Invitation => "invitation",
            Kind::FollowUp => "follow-up",
            Kind::PermissionAsk => "permission-ask",
            Kind::IntroductionRequest => "introduction-request",
        }
    }

    /// A human title for menus.
    pub fn title(self) -> &'static str {
        match self {
            Kind::Invitation => "Invitation to connect",
            Kind::FollowUp => "Follow-up after they accept",
            Kind::PermissionAsk => "Asking permission before inviting",
            Kind::IntroductionRequest => "Asking for an introduction",
        }
    }

    /// One-paragraph guidance shown when the user chooses the kind.
    pub fn guidance(self) -> &'static str {
        match self {
            Kind::Invitation => {
                "The note sent with an invitation: who you are to them, why connect, \
                 and what next. The scenario says how well you know them."
            }
            Kind::FollowUp => {
                "They accepted. Thank them, say who you are properly, and open a \
                 conversation with something for them: an article, an answer, a \
                 contact. Not the time to ask for a job or a favour. Short reads best."
            }
            Kind::PermissionAsk => {
                "An InMail or e-mail before any invitation: who you are, why them, and \
                 whether they would welcome an invitation. A clear subject, no pitch."
            }
            Kind::IntroductionRequest => {
                "To someone you both know: who you want to meet and why, a short note \
                 they can forward as it is, and an easy way to say no."
            }
        }
    }

    /// One line for the picker: what the message does.
    pub fn summary(self) -> &'static str {
        match self {
            Kind::Invitation => "the note sent with an invitation to connect",
            Kind::FollowUp => "they accepted: thank them, say who you are, offer something",
            Kind::PermissionAsk => "an InMail or e-mail: would they welcome an invitation?",
            Kind::IntroductionRequest => {
                "to someone you both know: who, why, and a note they can forward"
            }
        }
    }

    /// The fields of the kind, in the composer's order; the first is always
    /// the recipient and the last the sign-off.
    pub fn fields(self) -> &'static [FieldSpec] {
        match self {
            Kind::Invitation => INVITATION_FIELDS,
            Kind::FollowUp => FOLLOW_UP_FIELDS,
            Kind::PermissionAsk => PERMISSION_ASK_FIELDS,
            Kind::IntroductionRequest => INTRODUCTION_REQUEST_FIELDS,
        }
    }

    /// The position of the field with `id`, if the kind has one.
    pub fn field_index(self, id: &str) -> Option<usize> {
        self.fields().iter().position(|f| f.id == id)
    }

    /// How the fields become the message.
    pub fn layout(self) -> Layout {
        match self {
            Kind::Invitation => super::compose::INVITATION,
            Kind::FollowUp => FOLLOW_UP,
            Kind::PermissionAsk => PERMISSION_ASK,
            Kind::IntroductionRequest => INTRODUCTION_REQUEST,
        }
    }

    /// The limit a message of this kind is checked against by default.
    pub fn default_limit(self) -> Limit {
        match self {
            Kind::Invitation => Limit::Premium,
            Kind::FollowUp | Kind::IntroductionRequest => Limit::Message,
            Kind::PermissionAsk => Limit::InMail,
        }
    }

    /// The limit to check against: `configured` (the config's `limit`, the
    /// user's connection-note box) applies to invitations only; the other
    /// kinds go into other boxes and take their own default.
    pub fn limit_with(self, configured: Option<Limit>) -> Limit {
        match (self, configured) {
            (Kind::Invitation, Some(limit)) => limit,
            _ => self.default_limit(),
        }
    }

    /// Splits a first line `Subject: …` off a message of a kind that has a
    /// subject, as a message in a file carries one: (subject, body). Other
    /// kinds, and messages without such a line, come back whole.
    pub fn split_subject(self, text: &str) -> (Option<&str>, &str) {
        if self != Kind::PermissionAsk {
            return (None, text);
        }
        let (first, rest) = text.split_once('\n').unwrap_or((text, ""));
        let trimmed = first.trim_start();
        match trimmed.get(..8) {
            Some(head) if head.eq_ignore_ascii_case("subject:") => (
                Some(trimmed[8..].trim()),
                rest.trim_start_matches(['\r', '\n']),
            ),
            _ => (None, text),
        }
    }

    /// Composes the message from the kind's fields, in [`Kind::fields`] order.
    pub fn compose(self, texts: &[&str]) -> Composed {
        layout::compose(self.layout(), texts)
    }

    /// The subject line, counted on its own: only a permission-ask has one.
    pub fn subject(self, texts: &[&str]) -> Option<String> {
        (self == Kind::PermissionAsk).then(|| layout::compose(SUBJECT, texts).text)
    }

    /// The note the mutual contact can forward, counted on its own against
    /// [`FORWARDABLE_LIMIT`]: only an introduction request has one.
    pub fn forwardable(self, texts: &[&str]) -> Option<String> {
        (self == Kind::IntroductionRequest).then(|| layout::compose(BLURB, texts).text)
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

/// The error for a kind name that is not one of the four.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "unknown kind `{0}` (expected invitation, follow-up, permission-ask or introduction-request)"
)]
pub struct UnknownKind(pub String);

impl FromStr for Kind {
    type Err = UnknownKind;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Kind::ALL
            .into_iter()
            .find(|k| k.id().eq_ignore_ascii_case(s.trim()))
            .ok_or_else(|| UnknownKind(s.to_string()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_round_trip_and_serde_agrees() {
        for kind in Kind::ALL {
            assert_eq!(kind.to_string().parse::<Kind>(), Ok(kind));
            let json = serde_json::to_string(&kind).unwrap();
            assert_eq!(json, format!("\"{}\"", kind.id()));
        }
        assert!("follow_up".parse::<Kind>().is_err());
        assert_eq!(Kind::default(), Kind::Invitation);
    }

    #[test]
    fn every_kind_starts_with_to_and_ends_with_the_sign_off() {
        for kind in Kind::ALL {
            let fields = kind.fields();
            assert_eq!(fields[0].id, "to");
            assert_eq!(fields[fields.len() - 1].id, "sign_off");
            for line in kind.layout() {
                assert!(line.iter().all(|s| s.field < fields.len()), "{kind}");
            }
        }
    }

    #[test]
    fn a_configured_limit_is_the_invitations_only() {
        assert_eq!(Kind::Invitation.limit_with(Some(Limit::Free)), Limit::Free);
        assert_eq!(Kind::Invitation.limit_with(None), Limit::Premium);
        assert_eq!(Kind::FollowUp.limit_with(Some(Limit::Free)), Limit::Message);
        assert_eq!(Kind::PermissionAsk.limit_with(None), Limit::InMail);
    }

    #[test]
    fn a_subject_line_is_split_off_a_permission_ask_only() {
        let text = "Subject: Your kiln talk\nHi Ana,\nMay I invite you?";
        assert_eq!(
            Kind::PermissionAsk.split_subject(text),
            (Some("Your kiln talk"), "Hi Ana,\nMay I invite you?")
        );
        assert_eq!(Kind::FollowUp.split_subject(text), (None, text));
        assert_eq!(
            Kind::PermissionAsk.split_subject("Hi Ana"),
            (None, "Hi Ana")
        );
    }

    #[test]
    fn the_table_of_limits() {
        assert_eq!(Kind::Invitation.default_limit().units(), 300);
        assert_eq!(Kind::FollowUp.default_limit().units(), 8000);
        assert_eq!(Kind::PermissionAsk.default_limit().units(), 1900);
        assert_eq!(Kind::IntroductionRequest.default_limit().units(), 8000);
    }

    #[test]
    fn a_follow_up_composes_its_six_fields() {
        let texts = [
            "Ana",
            "thanks for accepting",
            "I run the data team at Bolt",
            "here is the benchmark I mentioned",
            "happy to share more",
            "Tom",
        ];
        assert_eq!(
            Kind::FollowUp.compose(&texts).text,
            "Hi Ana,\nThanks for accepting. I run the data team at Bolt. Here is the \
             benchmark I mentioned. Happy to share more.\n– Tom"
        );
        assert_eq!(Kind::FollowUp.subject(&texts), None);
    }

    #[test]
    fn the_subject_is_not_in_the_message() {
        let texts = [
            "Ana",
            " Your  kiln talk ",
            "I'm a potter",
            "",
            "may I invite you?",
            "Tom",
        ];
        let message = Kind::PermissionAsk.compose(&texts).text;
        assert_eq!(message, "Hi Ana,\nI'm a potter. May I invite you?\n– Tom");
        assert_eq!(
            Kind::PermissionAsk.subject(&texts).as_deref(),
            Some("Your kiln talk")
        );
    }

    #[test]
    fn the_forwardable_note_is_its_own_paragraph_and_count() {
        let texts = [
            "Sam",
            "could you introduce me to Ana Lima?",
            "she built the data team at Acme",
            "I'm Tom, a data engineer moving to analytics",
            "no worries if not",
            "Tom",
        ];
        let message = Kind::IntroductionRequest.compose(&texts).text;
        assert_eq!(
            message,
            "Hi Sam,\nCould you introduce me to Ana Lima? She built the data team at Acme.\n\
             I'm Tom, a data engineer moving to analytics.\nNo worries if not.\n– Tom"
        );
        assert_eq!(
            Kind::IntroductionRequest.forwardable(&texts).as_deref(),
            Some("I'm Tom, a data engineer moving to analytics.")
        );
    }
}
