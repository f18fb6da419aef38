//! Colours and modifiers, in one place, so every pane agrees.
//!
//! Only the terminal's named colours are used (the user's palette decides
//! their exact shade, so they stay readable on dark and light
//! backgrounds), and every colour is backed by a modifier: with `NO_COLOR`
//! set the modifiers alone carry the meaning.

use ratatui::style::{Color, Modifier, Style};

use crate::lint::Severity;

/// The style set of one session: coloured, or modifiers only.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    color: bool,
}

impl Theme {
    /// Colours unless `NO_COLOR` is set to anything non-empty (no-color.org).
    pub fn from_env() -> Theme {
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        Theme { color: !no_color }
    }

    /// A theme with or without colour, for tests.
    pub fn new(color: bool) -> Theme {
        Theme { color }
    }

    fn fg(self, color: Color) -> Style {
        if self.color {
            Style::new().fg(color)
        } else {
            Style::new()
        }
    }

    /// Borders of panes without focus.
    pub fn border(self) -> Style {
        self.fg(Color::DarkGray)
    }

    /// Border and title of the focused pane.
    pub fn focus(self) -> Style {
        self.fg(Color::Cyan).add_modifier(Modifier::BOLD)
    }

    /// Titles of panes without focus.
    pub fn title(self) -> Style {
        Style::new().add_modifier(Modifier::BOLD)
    }

    /// Secondary text: hints, ages, key descriptions.
    pub fn muted(self) -> Style {
        if self.color {
            Style::new().fg(Color::DarkGray)
        } else {
            Style::new().add_modifier(Modifier::DIM)
        }
    }

    /// Key names in the footer and help.
    pub fn key(self) -> Style {
        self.fg(Color::Cyan).add_modifier(Modifier::BOLD)
    }

    /// The selected row of a list.
    pub fn selected(self) -> Style {
        Style::new().add_modifier(Modifier::REVERSED)
    }

    /// Something done right (checklist ticks, a successful copy).
    pub fn good(self) -> Style {
        self.fg(Color::Green)
    }

    /// A severity's colour for icons and labels.
    pub fn severity(self, severity: Severity) -> Style {
        match severity {
            Severity::Error => self.fg(Color::Red).add_modifier(Modifier::BOLD),
            Severity::Warning => self.fg(Color::Yellow).add_modifier(Modifier::BOLD),
            Severity::Hint => self.fg(Color::Blue),
        }
    }

    /// Text a diagnostic points at in the preview.
    pub fn span(self, severity: Severity) -> Style {
        let base = Style::new().add_modifier(Modifier::UNDERLINED);
        match severity {
            Severity::Error if self.color => base.fg(Color::Red),
            Severity::Warning if self.color => base.fg(Color::Yellow),
            Severity::Error => base.add_modifier(Modifier::BOLD),
            _ => base,
        }
    }

    /// The span of the diagnostic selected in the lint pane.
    pub fn span_selected(self) -> Style {
        Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD)
    }

    /// The cursor of the focused text area.
    pub fn cursor(self) -> Style {
        Style::new().add_modifier(Modifier::REVERSED)
    }

    /// Status messages: errors stand out, the rest reads normally.
    pub fn status(self, error: bool) -> Style {
        if error {
            self.fg(Color::Red).add_modifier(Modifier::BOLD)
        } else {
            self.fg(Color::Green)
        }
    }

    /// The gauge bar for a count against its limit.
    pub fn gauge(self, count: usize, limit: usize) -> Style {
        if count > limit {
            self.fg(Color::Red).add_modifier(Modifier::BOLD)
        } else if count * 10 >= limit * 9 {
            self.fg(Color::Yellow)
        } else {
            self.fg(Color::Green)
        }
    }
}

/// Icons that read without colour.
pub fn icon(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "✖",
        Severity::Warning => "▲",
        Severity::Hint => "●",
    }
}
