//! The three relationships a connection note can start from.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

/// How well the sender knows the recipient; it decides what counts as
/// context and which lint rules apply with which severity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Scenario {
    /// Someone the sender knows well and talks to.
    Close,
    /// Someone the sender met, who may not recognise the name.
    Acquaintance,
    /// Someone the sender has never met.
    Stranger,
}

impl Scenario {
    /// Every scenario, in the order the picker shows them.
    pub const ALL: [Scenario; 3] = [Scenario::Close, Scenario::Acquaintance, Scenario::Stranger];

    /// The lowercase id used on the command line and in files.
    pub fn id(self) -> &'static str {
        match self {
            Scenario::Close => "close",
            Scenario::Acquaintance => "acquaintance",
            Scenario::Stranger => "stranger",
        }
    }

    /// A human title for menus.
    pub fn title(self) -> &'static str {
        match self {
            Scenario::Close => "Close contact",
            Scenario::Acquaintance => "Acquaintance",
            Scenario::Stranger => "Stranger",
        }
    }

    /// One-paragraph guidance shown when the user chooses a scenario.
    pub fn guidance(self) -> &'static str {
        match self {
            Scenario::Close => {
                "Someone you know well. Mention your latest exchange or what made you think \
                 of them; a small favour is fine between friends. Short and warm beats formal."
            }
            Scenario::Acquaintance => {
                "They may not place your name. Say where, how and when you met so they \
                 recognise you, then reopen the door with a concrete next step."
            }
            Scenario::Stranger => {
                "You have never met. Say why them (their post, talk, book, a named mutual \
                 contact, a shared group) and what is in it for them. No favours, no pitch."
            }
        }
    }
}

impl fmt::Display for Scenario {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

/// The error for a scenario name that is not one of the three.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown scenario `{0}` (expected close, acquaintance or stranger)")]
pub struct UnknownScenario(pub String);

impl FromStr for Scenario {
    type Err = UnknownScenario;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Scenario::ALL
            .into_iter()
            .find(|sc| sc.id().eq_ignore_ascii_case(s.trim()))
            .ok_or_else(|| UnknownScenario(s.to_string()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_ids_case_insensitively() {
        assert_eq!("Close".parse::<Scenario>(), Ok(Scenario::Close));
        assert_eq!(" stranger ".parse::<Scenario>(), Ok(Scenario::Stranger));
        assert!("friend".parse::<Scenario>().is_err());
    }

    #[test]
    fn display_round_trips() {
        for sc in Scenario::ALL {
            assert_eq!(sc.to_string().parse::<Scenario>(), Ok(sc));
        }
    }
}
