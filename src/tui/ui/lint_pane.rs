//! The diagnostics, most severe first, and the selected one explained.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Widget, Wrap};

use super::{block, layout, line, truncate, wrap};
use crate::lint::{Severity, rule};
use crate::tui::app::{App, Focus};
use crate::tui::theme::icon;

/// The lint pane.
pub struct LintPane<'a> {
    /// The state to draw.
    pub app: &'a App,
}

impl Widget for &LintPane<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let app = self.app;
        let theme = app.ui.theme;
        let focused = app.ui.focus == Focus::Lint;
        let report = &app.derived.report;
        let mut title = String::from("Lint");
        for s in [Severity::Error, Severity::Warning, Severity::Hint] {
            let n = report.count_of(s);
            if n > 0 {
                title = format!("{title} {n}{}", icon(s));
            }
        }
        if app.derived.lint_stale {
            title.push_str(" (updating…)");
        }
        let b = block(&title, focused, theme);
        let inner = b.inner(area);
        b.render(area, buf);
        if report.diagnostics.is_empty() {
            let text = if app.is_blank() {
                "Findings appear here as you type."
            } else {
                "✓ Nothing to improve. Ctrl-Y copies the note."
            };
            Paragraph::new(Line::styled(text, theme.good()))
                .wrap(Wrap { trim: true })
                .render(inner, buf);
            return;
        }
        let (list, below) = layout::lint_split(inner, focused, report.diagnostics.len());
        let offset = layout::list_offset(app.ui.lint_selected, usize::from(list.height));
        let rows = report
            .diagnostics
            .iter()
            .enumerate()
            .skip(offset)
            .take(usize::from(list.height));
        for (y, (i, d)) in (list.y..).zip(rows) {
            let selected = focused && i == app.ui.lint_selected;
            let base = if selected {
                theme.selected()
            } else {
                Style::default()
            };
            let fix = if d.fix.is_some() { " ⚒" } else { "" };
            // Icon, space, rule id, space and the fix mark: the rest is the
            // message's, cut so the mark always shows.
            let room = usize::from(list.width)
                .saturating_sub(d.rule.chars().count() + 3 + fix.chars().count());
            let row = line(vec![
                (
                    format!("{} ", icon(d.severity)),
                    theme.severity(d.severity).patch(base),
                ),
                (d.rule.to_string(), theme.title().patch(base)),
                (format!(" {}{fix}", truncate(&d.message, room)), base),
            ]);
            buf.set_style(
                Rect {
                    y,
                    height: 1,
                    ..list
                },
                base,
            );
            row.render(
                Rect {
                    y,
                    height: 1,
                    ..list
                },
                buf,
            );
        }
        if below.height > 0
            && let Some(d) = report.diagnostics.get(app.ui.lint_selected)
        {
            let why = rule(d.rule).map_or("", |r| r.doc().why);
            let action = if d.fix.is_some() {
                "Enter applies the fix."
            } else {
                "No automatic fix: edit the field."
            };
            let mut lines = vec![Line::styled(
                "─".repeat(usize::from(below.width)),
                theme.border(),
            )];
            lines.extend(
                wrap(&d.message, usize::from(below.width))
                    .into_iter()
                    .map(|l| Line::styled(l, theme.title())),
            );
            lines.extend(
                wrap(&format!("{why} {action}"), usize::from(below.width))
                    .into_iter()
                    .map(|l| Line::styled(l, theme.muted())),
            );
            Paragraph::new(lines).render(below, buf);
        }
    }
}
