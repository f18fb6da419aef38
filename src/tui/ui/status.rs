//! The status line (what just happened) and the footer (which keys work now).

use ratatui::buffer::Buffer;
use ratatui::layout::{Alignment, Rect};
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::Widget;

use super::line;
use crate::tui::app::{App, Screen};
use crate::tui::keymap;

/// The status line.
pub struct StatusLine<'a> {
    /// The state to draw.
    pub app: &'a App,
}

impl Widget for &StatusLine<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let app = self.app;
        let right = match app.screen {
            Screen::Picker => String::new(),
            Screen::Composer => {
                let mode = if app.free.is_some() {
                    " · free edit"
                } else {
                    ""
                };
                format!("{} · {}{mode} ", app.scenario, app.limit)
            }
        };
        let right_width = u16::try_from(right.chars().count()).unwrap_or(u16::MAX);
        Line::styled(right, app.theme.muted())
            .alignment(Alignment::Right)
            .render(area, buf);
        if let Some(status) = &app.status {
            let left = Rect {
                width: area.width.saturating_sub(right_width + 1),
                ..area
            };
            Line::styled(format!(" {}", status.text), app.theme.status(status.error))
                .render(left, buf);
        }
    }
}

/// The footer of key hints, generated from the keymap.
pub struct Footer<'a> {
    /// The state to draw.
    pub app: &'a App,
}

impl Widget for &Footer<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let theme = self.app.theme;
        let mut pieces: Vec<(String, Style)> = Vec::new();
        let mut used = 0usize;
        for (key, what) in keymap::footer(self.app) {
            let width = key.chars().count() + what.chars().count() + 3;
            if used + width > usize::from(area.width) {
                break;
            }
            used += width;
            pieces.push((format!(" {key}"), theme.key()));
            pieces.push((format!(" {what} "), theme.muted()));
        }
        line(pieces).render(area, buf);
    }
}
