//! Character limits of the boxes a note can be pasted into.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A limit profile: LinkedIn's known boxes, or any positive number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Limit {
    /// Connection note on Premium and Sales Navigator: 300.
    #[default]
    Premium,
    /// Connection note on a free account: 200.
    Free,
    /// InMail body: 1,900.
    InMail,
    /// Message to a 1st-degree connection: 8,000.
    Message,
    /// A number the user chose.
    Custom(u32),
}

impl Limit {
    /// The number of UTF-16 code units the box accepts.
    pub fn units(self) -> usize {
        match self {
            Limit::Premium => 300,
            Limit::Free => 200,
            Limit::InMail => 1900,
            Limit::Message => 8000,
            Limit::Custom(n) => n as usize,
        }
    }

    /// The profile name, or `custom` for a number.
    pub fn name(self) -> &'static str {
        match self {
            Limit::Premium => "premium",
            Limit::Free => "free",
            Limit::InMail => "inmail",
            Limit::Message => "message",
            Limit::Custom(_) => "custom",
        }
    }

    /// The next profile for `Ctrl-L`; a custom number goes back to premium.
    #[must_use]
    pub fn next(self) -> Limit {
        match self {
            Limit::Premium => Limit::Free,
            Limit::Free => Limit::InMail,
            Limit::InMail => Limit::Message,
            Limit::Message | Limit::Custom(_) => Limit::Premium,
        }
    }
}

/// Shown in the gauge: `premium 300`, `free 200`, `custom 250`.
impl fmt::Display for Limit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.name(), self.units())
    }
}

/// The error for a limit that is neither a profile nor a positive number.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", describe_invalid(.0))]
pub struct InvalidLimit(pub String);

/// A number past what a limit can hold is "too large", not "not a number".
fn describe_invalid(raw: &str) -> String {
    let digits = raw.trim();
    if !digits.is_empty()
        && digits.bytes().all(|b| b.is_ascii_digit())
        && digits.parse::<u32>().is_err()
    {
        format!("limit `{raw}` is too large (at most {})", u32::MAX)
    } else {
        format!(
            "invalid limit `{raw}` (expected premium, free, inmail, message or a positive number)"
        )
    }
}

impl FromStr for Limit {
    type Err = InvalidLimit;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let t = s.trim().to_ascii_lowercase();
        match t.as_str() {
            "premium" => Ok(Limit::Premium),
            "free" => Ok(Limit::Free),
            "inmail" => Ok(Limit::InMail),
            "message" => Ok(Limit::Message),
            _ => match t.parse::<u32>() {
                Ok(n) if n > 0 => Ok(Limit::Custom(n)),
                _ => Err(InvalidLimit(s.to_string())),
            },
        }
    }
}

/// Files store a profile by name and a custom limit as a number.
impl Serialize for Limit {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Limit::Custom(n) => s.serialize_u32(*n),
            other => s.serialize_str(other.name()),
        }
    }
}

impl<'de> Deserialize<'de> for Limit {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Raw {
            Number(u64),
            Name(String),
        }
        match Raw::deserialize(d)? {
            Raw::Number(n) => u32::try_from(n)
                .ok()
                .filter(|n| *n > 0)
                .map(Limit::Custom)
                .ok_or_else(|| serde::de::Error::custom(InvalidLimit(n.to_string()))),
            Raw::Name(name) => name.parse().map_err(serde::de::Error::custom),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn profiles_have_linkedin_sizes() {
        assert_eq!(Limit::Premium.units(), 300);
        assert_eq!(Limit::Free.units(), 200);
        assert_eq!(Limit::InMail.units(), 1900);
        assert_eq!(Limit::Message.units(), 8000);
        assert_eq!(Limit::default(), Limit::Premium);
    }

    #[test]
    fn parses_names_and_numbers() {
        assert_eq!("FREE".parse::<Limit>(), Ok(Limit::Free));
        assert_eq!("250".parse::<Limit>(), Ok(Limit::Custom(250)));
        assert!("0".parse::<Limit>().is_err());
        assert!("-3".parse::<Limit>().is_err());
        assert!("huge".parse::<Limit>().is_err());
    }

    #[test]
    fn cycles_through_profiles() {
        assert_eq!(Limit::Premium.next(), Limit::Free);
        assert_eq!(Limit::Message.next(), Limit::Premium);
        assert_eq!(Limit::Custom(9).next(), Limit::Premium);
        assert_eq!(Limit::Free.to_string(), "free 200");
    }

    #[test]
    fn serde_round_trip() {
        let json = serde_json::to_string(&[Limit::Free, Limit::Custom(250)]).unwrap();
        assert_eq!(json, r#"["free",250]"#);
        let back: Vec<Limit> = serde_json::from_str(&json).unwrap();
        assert_eq!(back, vec![Limit::Free, Limit::Custom(250)]);
        assert!(serde_json::from_str::<Limit>("0").is_err());
    }

    #[test]
    fn a_number_too_large_says_so() {
        let e = "4294967296".parse::<Limit>().unwrap_err();
        assert_eq!(
            e.to_string(),
            "limit `4294967296` is too large (at most 4294967295)"
        );
        let e = "lots".parse::<Limit>().unwrap_err();
        assert!(e.to_string().starts_with("invalid limit `lots`"), "{e}");
    }
}
