//! The Stats view: the acceptance rates of `connote stats` as horizontal
//! bars (ratatui's `BarChart`), one row per group, with its count and 95%
//! interval; groups under five notes say so instead of a bare rate.

use ratatui::buffer::Buffer;
use ratatui::layout::{Direction, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Bar, BarChart, Paragraph, Widget};

use super::{block, truncate};
use crate::outcomes::stats::{Dimension, Rate, Stats};
use crate::tui::app::App;
use crate::tui::theme::Theme;

/// The acceptance rates.
pub struct StatsView<'a> {
    /// The state to draw.
    pub app: &'a App,
}

/// The bar's length at 100%.
const BAR: u16 = 25;

/// One row of the view.
enum Row {
    /// A heading (`by scenario`).
    Heading(&'static str),
    /// A labelled rate.
    Rate(String, Rate),
}

/// The rows in order: overall first, then each dimension's groups.
fn rows(stats: &Stats) -> Vec<Row> {
    let mut rows = vec![Row::Rate("overall".into(), stats.overall)];
    for dim in Dimension::ALL {
        let mut groups = stats
            .groups
            .iter()
            .filter(|g| g.dimension == dim)
            .peekable();
        if groups.peek().is_some() {
            rows.push(Row::Heading(dim.title()));
        }
        rows.extend(groups.map(|g| Row::Rate(format!("  {}", g.label()), g.rate)));
    }
    rows
}

impl Widget for &StatsView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let app = self.app;
        let stats = &app.sent.stats;
        let theme = app.ui.theme;
        let title = format!(
            "Stats · {} with an outcome · {} pending · accepted or replied, with 95% intervals",
            stats.overall.total, stats.pending
        );
        let b = block(&title, true, theme);
        let inner = b.inner(area);
        b.render(area, buf);
        if inner.height == 0 || inner.width < 20 {
            return;
        }
        let rows = rows(stats);
        let label_width = rows
            .iter()
            .map(|r| match r {
                Row::Rate(l, _) => l.chars().count(),
                Row::Heading(_) => 0,
            })
            .max()
            .unwrap_or(0)
            .min(usize::from(inner.width / 3));
        let first = app.sent.stats_scroll.min(rows.len().saturating_sub(1));
        for (y, row) in (inner.top()..inner.bottom()).zip(rows.iter().skip(first)) {
            let rect = Rect {
                y,
                height: 1,
                ..inner
            };
            match row {
                Row::Heading(h) => Line::styled(*h, theme.title()).render(rect, buf),
                Row::Rate(label, rate) => {
                    let chart_width = u16::try_from(label_width).unwrap_or(0) + 1 + BAR;
                    let chart = Rect {
                        width: chart_width.min(rect.width),
                        ..rect
                    };
                    bar(label, rate, label_width, theme).render(chart, buf);
                    let text = Rect {
                        x: chart.right() + 1,
                        width: rect.width.saturating_sub(chart.width + 1),
                        ..rect
                    };
                    let style = if rate.too_few {
                        theme.muted()
                    } else {
                        ratatui::style::Style::default()
                    };
                    Line::styled(rate.summary(), style).render(text, buf);
                }
            }
        }
        if stats.overall.total == 0 {
            let rect = Rect {
                y: inner.top() + 1,
                height: inner.height.saturating_sub(1),
                ..inner
            };
            Paragraph::new("Mark outcomes in the Sent screen (s): a accepted, r replied, d declined, w withdrawn, n no answer.")
                .style(theme.muted())
                .wrap(ratatui::widgets::Wrap { trim: true })
                .render(rect, buf);
        }
    }
}

/// A one-bar chart: the label, then the rate as a bar out of 100; the
/// figures are written beside it, where they never cover the bar.
fn bar(label: &str, rate: &Rate, width: usize, theme: Theme) -> BarChart<'static> {
    let percent = u64::try_from(rate.percent()).unwrap_or(100);
    let style = if rate.too_few {
        theme.muted()
    } else {
        theme.good()
    };
    let label = format!("{:<width$}", truncate(label, width));
    BarChart::default()
        .direction(Direction::Horizontal)
        .bar_width(1)
        .bar_gap(0)
        .max(100)
        .bar_style(style)
        .value_style(theme.title())
        .data(
            ratatui::widgets::BarGroup::default().bars(&[Bar::default()
                .label(Line::raw(label))
                .value(percent)
                .text_value(String::new())]),
        )
}
