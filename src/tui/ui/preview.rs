//! The composed note, with the text each diagnostic points at marked.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget, Wrap};
use unicode_width::UnicodeWidthChar;

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
        let mut inner = b.inner(area);
        b.render(area, buf);
        // A subject is sent apart from the message: shown above it, not in it.
        if let Some(subject) = app.subject().filter(|_| inner.height > 2) {
            let width = usize::from(inner.width).saturating_sub(10);
            let shown = if subject.is_empty() {
                "(none yet)".to_string()
            } else {
                super::truncate(&subject, width)
            };
            Line::from(vec![
                ratatui::text::Span::styled("Subject: ", app.ui.theme.muted()),
                ratatui::text::Span::raw(shown),
            ])
            .render(Rect { height: 1, ..inner }, buf);
            inner.y += 2;
            inner.height -= 2;
        }
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
        let lines = styled_lines(app, cap, usize::from(inner.width));
        Paragraph::new(lines).render(inner, buf);
    }
}

/// The first `cap` chars of the note as lines wrapped to `width`, with
/// diagnostic spans styled.
fn styled_lines(app: &App, cap: usize, width: usize) -> Vec<Line<'static>> {
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
    let cells: Vec<(char, Style)> = chars.into_iter().zip(styles).collect();
    for paragraph in cells.split(|(c, _)| *c == '\n') {
        for row in wrap_cells(paragraph, width) {
            lines.push(spans_of(row));
        }
    }
    lines
}

/// Greedy word wrap of styled chars to `width` columns: a word (a run of
/// non-space chars, its punctuation included) moves to the next line
/// whole, the space where a line breaks is dropped, and only a word wider
/// than the pane is cut.
fn wrap_cells(cells: &[(char, Style)], width: usize) -> Vec<&[(char, Style)]> {
    let width = width.max(1);
    let w = |c: char| c.width().unwrap_or(0);
    let mut rows = Vec::new();
    let (mut start, mut used) = (0, 0);
    let mut i = 0;
    while i < cells.len() {
        if cells[i].0 == ' ' && used == 0 && i == start && !rows.is_empty() {
            // A break already happened here: the space is not drawn.
            start += 1;
            i += 1;
            continue;
        }
        let end = if cells[i].0 == ' ' {
            i + 1
        } else {
            cells[i..]
                .iter()
                .position(|(c, _)| *c == ' ')
                .map_or(cells.len(), |k| i + k)
        };
        let word: usize = cells[i..end].iter().map(|(c, _)| w(*c)).sum();
        if used + word <= width {
            used += word;
            i = end;
            continue;
        }
        if used > 0 {
            rows.push(trim_end(&cells[start..i]));
            (start, used) = (i, 0);
            continue;
        }
        // A word wider than the pane: cut it where the line is full.
        let mut cut = i;
        while cut < end && used + w(cells[cut].0) <= width {
            used += w(cells[cut].0);
            cut += 1;
        }
        let cut = cut.max(i + 1);
        rows.push(&cells[start..cut]);
        (start, used, i) = (cut, 0, cut);
    }
    if start < cells.len() || rows.is_empty() {
        rows.push(&cells[start.min(cells.len())..]);
    }
    rows
}

/// `row` without the spaces it ends with.
fn trim_end(row: &[(char, Style)]) -> &[(char, Style)] {
    let keep = row
        .iter()
        .rposition(|(c, _)| *c != ' ')
        .map_or(0, |k| k + 1);
    &row[..keep]
}

/// A row of styled chars as a line of spans, one per run of a style.
fn spans_of(row: &[(char, Style)]) -> Line<'static> {
    let mut spans: Vec<Span<'static>> = Vec::new();
    let mut run = String::new();
    let mut run_style = Style::default();
    for &(c, style) in row {
        if style != run_style && !run.is_empty() {
            spans.push(Span::styled(std::mem::take(&mut run), run_style));
        }
        run_style = style;
        run.push(c);
    }
    if !run.is_empty() {
        spans.push(Span::styled(run, run_style));
    }
    Line::from(spans)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(text: &str, width: usize) -> Vec<String> {
        let cells: Vec<(char, Style)> = text.chars().map(|c| (c, Style::default())).collect();
        wrap_cells(&cells, width)
            .into_iter()
            .map(|r| r.iter().map(|(c, _)| c).collect())
            .collect()
    }

    #[test]
    fn a_full_line_does_not_push_a_space_onto_the_next() {
        assert_eq!(rows("abcde fgh", 5), ["abcde", "fgh"]);
        assert_eq!(rows("ab cd ef", 5), ["ab cd", "ef"]);
    }

    #[test]
    fn punctuation_and_placeholders_stay_whole() {
        assert_eq!(rows("I must say! Yes", 9), ["I must", "say! Yes"]);
        assert_eq!(rows("met at {event} in", 10), ["met at", "{event} in"]);
    }

    #[test]
    fn only_a_word_wider_than_the_pane_is_cut() {
        assert_eq!(rows("abcdefgh ij", 4), ["abcd", "efgh", "ij"]);
        assert_eq!(rows("日本語です", 4), ["日本", "語で", "す"]);
        assert_eq!(rows("", 4), [""]);
    }
}
