//! The count against the limit, and the checklist of what the note does well.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::Widget;

use super::{block, line};
use crate::note::{FORWARDABLE_LIMIT, SUBJECT_LIMIT, count};
use crate::tui::app::App;

/// The gauge pane.
pub struct Gauge<'a> {
    /// The state to draw.
    pub app: &'a App,
}

impl Widget for &Gauge<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let app = self.app;
        let theme = app.ui.theme;
        let b = block("Length", false, theme);
        let inner = b.inner(area);
        b.render(area, buf);
        if inner.height == 0 {
            return;
        }
        let (count, limit) = (app.derived.count.units, app.form.limit.units());
        let style = theme.gauge(count, limit);
        let mut label = vec![
            (format!(" {count} / {limit}"), style),
            (format!("  {}", app.form.limit), theme.muted()),
        ];
        if count > limit {
            label.push((format!("  cut {}", count - limit), style));
        }
        let label_width: usize = label.iter().map(|(t, _)| t.chars().count()).sum();
        let bar_width = usize::from(inner.width).saturating_sub(label_width + 1);
        let filled = if limit == 0 {
            bar_width
        } else {
            (count.min(limit) * bar_width).div_ceil(limit)
        };
        let mut pieces = vec![
            ("█".repeat(filled), style),
            ("░".repeat(bar_width - filled), theme.muted()),
        ];
        pieces.extend(label);
        line(pieces).render(Rect { height: 1, ..inner }, buf);
        let mut top = inner.y + 1;
        if let Some(part) = counted_part(app) {
            part.render(
                Rect {
                    y: top,
                    height: 1,
                    ..inner
                },
                buf,
            );
            top += 1;
        }
        let rows = checklist(app, usize::from(inner.width));
        for (y, row) in (top.min(inner.bottom())..inner.bottom()).zip(rows) {
            row.render(
                Rect {
                    y,
                    height: 1,
                    ..inner
                },
                buf,
            );
        }
    }
}

/// The part of the message counted on its own, with its count and limit:
/// a permission-ask's subject, an introduction request's note to forward.
fn counted_part(app: &App) -> Option<Line<'static>> {
    let (name, text, limit) = if let Some(subject) = app.subject() {
        ("subject", subject, SUBJECT_LIMIT)
    } else {
        ("note to forward", app.forwardable()?, FORWARDABLE_LIMIT)
    };
    let n = count(&text).units;
    let style = app.ui.theme.gauge(n, limit);
    let mut pieces = vec![
        (format!(" {name} "), app.ui.theme.muted()),
        (format!("{n} / {limit}"), style),
    ];
    if n > limit {
        pieces.push((format!("  cut {}", n - limit), style));
    }
    Some(line(pieces))
}

/// The checklist packed into lines of at most `width` columns.
fn checklist(app: &App, width: usize) -> Vec<Line<'static>> {
    let mut items = app.derived.report.checklist.items();
    // The count is exact on every keystroke even when the lint waits for a pause.
    if let Some(last) = items.last_mut() {
        *last = ("fits", app.derived.count.units <= app.form.limit.units());
    }
    let to = app.form.fields[crate::tui::field::Field::To.index()].text();
    if app.form.free.is_none() && !crate::note::greeting::looks_like_name(to) {
        items[0] = ("name: To is not a name", false);
    }
    let mut lines = Vec::new();
    let mut pieces: Vec<(String, Style)> = Vec::new();
    let mut used = 0;
    for (name, ok) in items {
        let (mark, style) = if ok {
            ("✓", app.ui.theme.good())
        } else {
            ("✗", app.ui.theme.muted())
        };
        let len = name.chars().count() + 3;
        if used + len > width && !pieces.is_empty() {
            lines.push(line(std::mem::take(&mut pieces)));
            used = 0;
        }
        used += len;
        pieces.push((format!(" {mark} "), style));
        let text_style = if ok {
            Style::default()
        } else {
            app.ui.theme.muted()
        };
        pieces.push((name.to_string(), text_style));
    }
    lines.push(line(pieces));
    lines
}
