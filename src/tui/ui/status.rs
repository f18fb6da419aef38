//! The status line (what just happened) and the footer (which keys work now).

use ratatui::buffer::Buffer;
use ratatui::layout::{Alignment, Rect};
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::Widget;

use unicode_width::UnicodeWidthStr;

use super::{line, truncate};
use crate::tui::app::{App, Screen};

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
                let kind = match app.form.kind {
                    crate::note::Kind::Invitation => String::new(),
                    kind => format!("{kind} · "),
                };
                format!(
                    "{month}{kind}{} · {}{mode} ",
                    app.form.scenario, app.form.limit
                )
            }
            Screen::Sent | Screen::SentNote => app
                .sent
                .allowance(app.now)
                .map(|a| format!("{a} "))
                .unwrap_or_default(),
            Screen::Picker | Screen::Stats => String::new(),
        };
        let right_width = right.width();
        // The indicator always shows; the message takes what is left and
        // ends in `…` when it is longer.
        let room = usize::from(area.width).saturating_sub(right_width + 1);
        Line::styled(right, app.ui.theme.muted())
            .alignment(Alignment::Right)
            .render(area, buf);
        if let Some(s) = app.visible_status() {
            let text = truncate(&format!(" {}", s.text), room);
            Line::styled(text, app.ui.theme.status(s.error)).render(area, buf);
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
        for (key, what) in crate::tui::footer::fitting(self.app, usize::from(area.width)) {
            pieces.push((format!(" {key}"), theme.key()));
            pieces.push((format!(" {what} "), theme.muted()));
        }
        line(pieces).render(area, buf);
    }
}
