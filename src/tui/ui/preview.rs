//! The composed note, with the text each diagnostic points at marked.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget, Wrap};

use super::block;
use crate::tui::app::{App, Focus};

/// The composed note pane.
pub struct Preview<'a> {
    /// The state to draw.
    pub app: &'a App,
}

impl Widget for &Preview<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let app = self.app;
        let b = block("Note", false, app.ui.theme);
        let inner = b.inner(area);
        b.render(area, buf);
        if app.derived.preview.is_empty() {
            Paragraph::new(Line::styled(
                "Your note appears here as you type.",
                app.ui.theme.muted(),
            ))
            .wrap(Wrap { trim: true })
            .render(inner, buf);
            return;
        }
        // Only what can be on screen is styled and wrapped, so a huge note
        // costs no more to draw than a screenful.
        let cap = usize::from(inner.width) * usize::from(inner.height) * 2 + 64;
        let lines = styled_lines(app, cap);
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .render(inner, buf);
    }
}

/// The first `cap` chars of the note as lines, with diagnostic spans styled.
fn styled_lines(app: &App, cap: usize) -> Vec<Line<'static>> {
    let chars: Vec<char> = app.derived.preview.chars().take(cap).collect();
    let mut styles = vec![Style::default(); chars.len()];
    let mut paint = |start: usize, end: usize, style: Style| {
        let end = end.min(styles.len());
        for s in styles.iter_mut().take(end).skip(start) {
            *s = s.patch(style);
        }
    };
    let mut marks: Vec<_> = app.derived.report.diagnostics.iter().enumerate().collect();
    // Milder findings first so that errors are painted over them.
    marks.sort_by_key(|(_, d)| d.severity);
    for (_, d) in &marks {
        if let Some(span) = d.span {
            paint(span.start, span.end, app.ui.theme.span(d.severity));
        }
    }
    if app.ui.focus == Focus::Lint
        && let Some(span) = app
            .derived
            .report
            .diagnostics
            .get(app.ui.lint_selected)
            .and_then(|d| d.span)
    {
        let empty = span.start == span.end;
        let end = if empty { span.start + 1 } else { span.end };
        paint(span.start, end, app.ui.theme.span_selected());
    }
    let mut lines = Vec::new();
    let mut spans: Vec<Span<'static>> = Vec::new();
    let mut run = String::new();
    let mut run_style = Style::default();
    for (c, style) in chars.into_iter().zip(styles) {
        if c == '\n' {
            if !run.is_empty() {
                spans.push(Span::styled(std::mem::take(&mut run), run_style));
            }
            lines.push(Line::from(std::mem::take(&mut spans)));
            continue;
        }
        if style != run_style && !run.is_empty() {
            spans.push(Span::styled(std::mem::take(&mut run), run_style));
        }
        run_style = style;
        run.push(c);
    }
    if !run.is_empty() {
        spans.push(Span::styled(run, run_style));
    }
    lines.push(Line::from(spans));
    lines
}
