//! The named phrase lists: what config files call them and which of them
//! hold single words rather than phrases.

macro_rules! lists {
    ($($variant:ident => $name:literal),* $(,)?) => {
        /// A named phrase list. The names are what config files use.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum List { $(
            #[doc = concat!("The `", $name, "` list.")]
            $variant,
        )* }

        impl List {
            /// Every list, in the order of the data file.
            pub const ALL: &'static [List] = &[$(List::$variant),*];

            /// The list's name in data and config files.
            pub fn name(self) -> &'static str {
                match self { $(List::$variant => $name),* }
            }
        }
    };
}

lists! {
    Greeting => "greeting",
    Title => "title",
    StandIn => "stand-in",
    NotAName => "not-a-name",
    Abbreviation => "abbreviation",
    Tld => "tld",
    Closing => "closing",
    CommonWord => "common-word",
    StockText => "stock-text",
    NotSubstance => "not-substance",
    ContextClose => "context-close",
    ContextAcquaintance => "context-acquaintance",
    ContextStranger => "context-stranger",
    ContextAny => "context-any",
    NotContext => "not-context",
    Invite => "invite",
    NextStep => "next-step",
    PrematureAsk => "premature-ask",
    NotAsk => "not-ask",
    SalesPitch => "sales-pitch",
    NotPitch => "not-pitch",
    SelfCentered => "self-centered",
    NotSelfCentered => "not-self-centered",
    Topic => "topic",
    Filler => "filler",
    VagueObject => "vague-object",
    DetailSignal => "detail-signal",
    TopicSignal => "topic-signal",
    Pronoun => "pronoun",
    Determiner => "determiner",
    TopicEnd => "topic-end",
    Preposition => "preposition",
    NotDetail => "not-detail",
    PastMarker => "past-marker",
    FutureMarker => "future-marker",
    LeadIn => "lead-in",
    Acronym => "acronym",
    SlotWord => "slot-word",
    Thanks => "thanks",
    Offer => "offer",
    SelfIntroduction => "self-introduction",
    Permission => "permission",
    EasyOut => "easy-out",
    Reason => "reason",
    Forwardable => "forwardable",
    TargetAsk => "target-ask",
}

// Every list has its bit in a `u64` mask, below `DETAIL`.
const _: () = assert!(List::ALL.len() < 63);

/// The bit of a word's list mask that marks a detail word (a weekday, a
/// month, a holiday, a specific kind of event).
pub const DETAIL: u64 = 1 << 63;

/// The bit of a word's own mask in the lexicon that says the misspelling
/// dictionary has no entry for it: the spelling check can pass it by.
pub const SPELT: u64 = 1 << 62;

/// The lists whose single words read as common words, not names.
pub const COMMON: u64 =
    List::CommonWord.bit() | List::Greeting.bit() | List::Closing.bit() | List::Title.bit();

impl List {
    /// The list's bit in a word's list mask (see [`super::table::Lexeme`]).
    pub const fn bit(self) -> u64 {
        1 << self as u64
    }

    /// Lists the rules consult word by word (`contains_word`), never as
    /// phrases: their entries are single words and are not compiled into
    /// patterns, which keeps start-up and matching cheap.
    pub fn is_word_list(self) -> bool {
        matches!(
            self,
            List::Title
                | List::StandIn
                | List::NotAName
                | List::Abbreviation
                | List::Tld
                | List::TopicSignal
                | List::Pronoun
                | List::Determiner
                | List::TopicEnd
                | List::Preposition
                | List::Closing
                | List::CommonWord
                | List::NotSubstance
                | List::DetailSignal
                | List::NotDetail
                | List::PastMarker
                | List::FutureMarker
                | List::LeadIn
                | List::Acronym
                | List::SlotWord
        )
    }

    /// The list called `name`, if there is one.
    pub fn from_name(name: &str) -> Option<List> {
        List::ALL.iter().copied().find(|l| l.name() == name)
    }
}
