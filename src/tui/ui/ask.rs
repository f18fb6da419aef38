//! The window of a question asked before text or a draft is lost.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::{Clear, Paragraph, Widget, Wrap};

use super::{block, layout, line};
use crate::tui::app::App;
use crate::tui::ask::Ask;

/// The question, what would be lost, and the two answers.
pub struct AskView<'a> {
    /// The state to draw.
    pub app: &'a App,
    /// The question.
    pub ask: &'a Ask,
}

impl Widget for &AskView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let theme = self.app.ui.theme;
        let rect = layout::centered(area, 64, 9);
        Clear.render(rect, buf);
        let b = block(self.ask.title(), true, theme);
        let inner = b.inner(rect);
        b.render(rect, buf);
        let lines = vec![
            Line::raw(super::super::paste::sanitize(
                &self.ask.question(self.app),
                false,
            )),
            Line::raw(""),
            line(vec![
                ("y/Enter".into(), theme.key()),
                (format!(" {}   ", self.ask.yes()), Style::default()),
                ("n/Esc".into(), theme.key()),
                (format!(" {}", self.ask.no()), Style::default()),
            ]),
        ];
        Paragraph::new(lines)
            .wrap(Wrap { trim: true })
            .render(inner, buf);
    }
}
