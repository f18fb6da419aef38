//! Colour for the command line's human output, kept in one place so every
//! subcommand agrees on when to colour and what each colour means.

use std::fmt;
use std::io::IsTerminal;

/// What a piece of output is, which decides its colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// `error[...]` and counts over the limit.
    Error,
    /// `warning[...]`.
    Warning,
    /// `hint[...]`.
    Hint,
    /// The `-->`, `|` and line-number gutter.
    Gutter,
    /// A diagnostic's message and headings.
    Strong,
    /// `help:` lines and satisfied checklist items.
    Good,
    /// Checklist items the note does not meet yet.
    Missing,
    /// Secondary text.
    Dim,
}

impl Role {
    fn sgr(self) -> &'static str {
        match self {
            Role::Error => "1;31",
            Role::Warning => "1;33",
            Role::Hint => "1;36",
            Role::Gutter => "1;34",
            Role::Strong => "1",
            Role::Good => "32",
            Role::Missing => "31",
            Role::Dim => "2",
        }
    }
}

/// Whether output gets ANSI colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Palette {
    enabled: bool,
}

impl Palette {
    /// Colour when stdout is a terminal (or `CLICOLOR_FORCE` is set) and
    /// `NO_COLOR` is unset or empty, following no-color.org.
    pub fn for_stdout() -> Self {
        let var = |name: &str| std::env::var_os(name).filter(|v| !v.is_empty() && v != "0");
        let enabled = var("NO_COLOR").is_none()
            && (var("CLICOLOR_FORCE").is_some() || std::io::stdout().is_terminal());
        Palette { enabled }
    }

    /// No colour at all, for tests.
    #[cfg(test)]
    pub fn plain() -> Self {
        Palette { enabled: false }
    }

    /// `text` in the colour of `role`, or unchanged when colour is off.
    pub fn paint<T: fmt::Display>(self, role: Role, text: T) -> Painted<T> {
        Painted {
            role: self.enabled.then_some(role),
            text,
        }
    }
}

/// A value that displays wrapped in its colour's escape codes.
#[derive(Debug, Clone, Copy)]
pub struct Painted<T> {
    role: Option<Role>,
    text: T,
}

impl<T: fmt::Display> fmt::Display for Painted<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.role {
            Some(role) => write!(f, "\x1b[{}m{}\x1b[0m", role.sgr(), self.text),
            None => self.text.fmt(f),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_palette_adds_nothing() {
        assert_eq!(Palette::plain().paint(Role::Error, "x").to_string(), "x");
    }

    #[test]
    fn enabled_palette_wraps_and_resets() {
        let p = Palette { enabled: true };
        assert_eq!(
            p.paint(Role::Warning, "w").to_string(),
            "\x1b[1;33mw\x1b[0m"
        );
    }
}
