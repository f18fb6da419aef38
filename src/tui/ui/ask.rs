//! The window of a question asked before text or a draft is lost.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::{Clear, Paragraph, Widget};

use super::{block, layout, line, wrap};
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
        let question = super::super::paste::sanitize(&self.ask.question(self.app), false);
        let width = area.width.min(64);
        let rows = wrap(&question, usize::from(width.saturating_sub(2)));
        // The question, a blank line, the answers and the borders.
        let height = u16::try_from(rows.len() + 4).unwrap_or(u16::MAX);
        let rect = layout::centered(area, 64, height);
        Clear.render(rect, buf);
        let b = block(self.ask.title(), true, theme);
        let inner = b.inner(rect);
        b.render(rect, buf);
        let mut lines: Vec<Line> = rows.into_iter().map(Line::raw).collect();
        lines.push(Line::raw(""));
        lines.push(line(vec![
            ("y/Enter".into(), theme.key()),
            (format!(" {}   ", self.ask.yes()), Style::default()),
            ("n/Esc".into(), theme.key()),
            (format!(" {}", self.ask.no()), Style::default()),
        ]));
        Paragraph::new(lines).render(inner, buf);
    }
}
