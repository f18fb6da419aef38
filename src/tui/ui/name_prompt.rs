//! "Your name?": asked once, on the first run without a `sender`.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::{Clear, Paragraph, Widget, Wrap};

use super::{block, layout, line};
use crate::tui::app::App;

/// The name prompt.
pub struct NamePrompt<'a> {
    /// The state to draw.
    pub app: &'a App,
    /// What is typed so far.
    pub name: &'a str,
}

impl Widget for &NamePrompt<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let theme = self.app.ui.theme;
        let rect = layout::centered(area, 64, 8);
        Clear.render(rect, buf);
        let b = block("Welcome to connote", true, theme);
        let inner = b.inner(rect);
        b.render(rect, buf);
        let lines = vec![
            Line::raw("What is your name? Notes are signed with it."),
            Line::raw(""),
            line(vec![
                (" Name: ".into(), theme.title()),
                (self.name.to_string(), Style::default()),
                ("▏".into(), theme.key()),
            ]),
            Line::raw(""),
            line(vec![
                ("Enter".into(), theme.key()),
                (" saves it to the config   ".into(), theme.muted()),
                ("Esc".into(), theme.key()),
                (" skips".into(), theme.muted()),
            ]),
        ];
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .render(inner, buf);
    }
}
