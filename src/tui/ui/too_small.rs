//! The message shown instead of the composer when the terminal is too small.

use ratatui::buffer::Buffer;
use ratatui::layout::{Alignment, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Widget, Wrap};

use crate::tui::theme::Theme;

/// Says how big the terminal is and how big it must be.
pub struct TooSmall {
    /// The terminal size (columns, rows).
    pub area_size: (u16, u16),
    /// The size it needs (columns, rows).
    pub needs: (u16, u16),
    /// Styles.
    pub theme: Theme,
}

impl Widget for &TooSmall {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let (w, h) = self.area_size;
        let lines = vec![
            Line::styled("Terminal too small", self.theme.status(true)),
            Line::raw(format!("{w}×{h}, needs {}×{}", self.needs.0, self.needs.1)),
            Line::styled("Enlarge the window; nothing is lost.", self.theme.muted()),
            Line::styled("Ctrl-Q quits.", self.theme.muted()),
        ];
        let top = area.height.saturating_sub(4) / 2;
        let inner = Rect {
            y: area.y + top,
            height: area.height - top,
            ..area
        };
        Paragraph::new(lines)
            .alignment(Alignment::Center)
            .wrap(Wrap { trim: true })
            .render(inner, buf);
    }
}
