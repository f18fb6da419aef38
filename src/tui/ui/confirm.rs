//! "The note has errors, or goes past this month's allowance: copy anyway?"

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Clear, Paragraph, Widget, Wrap};

use super::{block, layout, line};
use crate::lint::Severity;
use crate::tui::app::App;
use crate::tui::theme::icon;

/// The copy confirmation.
pub struct Confirm<'a> {
    /// The state to draw.
    pub app: &'a App,
}

impl Widget for &Confirm<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let theme = self.app.ui.theme;
        let rect = layout::centered(area, 64, 9);
        Clear.render(rect, buf);
        let b = block("Copy anyway?", true, theme);
        let inner = b.inner(rect);
        b.render(rect, buf);
        let errors: Vec<_> = self
            .app
            .derived
            .report
            .diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Error)
            .collect();
        let mut lines = Vec::new();
        if let Some(month) = self.app.sent.allowance(self.app.now)
            && self.app.sent.over_allowance(self.app.now)
        {
            lines.push(Line::styled(
                format!("Past your allowance: {month} already."),
                theme.status(true),
            ));
        }
        if !errors.is_empty() {
            lines.push(Line::raw(format!(
                "The note has {} error{}; it should not be sent as it is:",
                errors.len(),
                if errors.len() == 1 { "" } else { "s" }
            )));
        }
        for d in errors.iter().take(3) {
            lines.push(line(vec![
                (format!("{} ", icon(d.severity)), theme.severity(d.severity)),
                (
                    format!("{} {}", d.rule, d.message),
                    ratatui::style::Style::default(),
                ),
            ]));
        }
        lines.push(Line::raw(""));
        lines.push(line(vec![
            ("y/Enter".into(), theme.key()),
            (" copy anyway   ".into(), ratatui::style::Style::default()),
            ("n/Esc".into(), theme.key()),
            (" keep editing".into(), ratatui::style::Style::default()),
        ]));
        Paragraph::new(lines)
            .wrap(Wrap { trim: true })
            .render(inner, buf);
    }
}
