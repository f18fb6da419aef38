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
        let right = match app.ui.screen {
            Screen::Composer => {
                let mode = if app.form.free.is_some() {
                    " · free edit"
                } else {
                    ""
                };
                let month = app
                    .sent
                    .allowance(app.now)
                    .map(|a| format!("{a} · "))
                    .unwrap_or_default();
                format!("{month}{} · {}{mode} ", app.form.scenario, app.form.limit)
            }
            Screen::Sent | Screen::SentNote => app
                .sent
                .allowance(app.now)
                .map(|a| format!("{a} "))
                .unwrap_or_default(),
            Screen::Picker | Screen::Stats => String::new(),
        };
        let right_width = right.chars().count();
        let status = app
            .ui
            .status
            .as_ref()
            .map(|s| (format!(" {}", s.text), s.error));
        let left_width = status.as_ref().map_or(0, |(t, _)| t.chars().count());
        // The message wins when both do not fit: it is what just happened.
        if left_width + right_width < usize::from(area.width) {
            Line::styled(right, app.ui.theme.muted())
                .alignment(Alignment::Right)
                .render(area, buf);
        }
        if let Some((text, error)) = status {
            Line::styled(text, app.ui.theme.status(error)).render(area, buf);
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
        let theme = self.app.ui.theme;
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
