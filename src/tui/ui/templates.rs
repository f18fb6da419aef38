//! The template browser: filter, list, and a preview with the user's fields.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::{Clear, Paragraph, Widget};

use super::{block, layout, line, truncate, wrap};
use crate::tui::app::{App, Browser};
use crate::tui::template_fill;

/// The template browser overlay.
pub struct Templates<'a> {
    /// The state to draw.
    pub app: &'a App,
    /// The browser's filter and selection.
    pub browser: &'a Browser,
}

/// The browser's window, its filter row and its body, for a screen body
/// of `area`; the mouse hit-tests with the same rectangles.
fn areas(area: Rect) -> (Rect, Rect, Rect) {
    let rect = layout::centered(
        area,
        area.width.saturating_sub(6).max(50),
        area.height.saturating_sub(2),
    );
    let inner = rect.inner(ratatui::layout::Margin::new(1, 1));
    let [filter, body] =
        Layout::vertical([Constraint::Length(2), Constraint::Fill(1)]).areas(inner);
    (rect, filter, body)
}

/// The list and the preview side by side in the browser's body.
fn columns(body: Rect) -> [Rect; 2] {
    Layout::horizontal([Constraint::Percentage(38), Constraint::Fill(1)]).areas(body)
}

/// The template row at `(x, y)` of a screen body `area`, if any, given
/// the selected row (which decides the scroll).
pub fn row_at(area: Rect, selected: usize, x: u16, y: u16) -> Option<usize> {
    let [list, _] = columns(areas(area).2);
    if !list.contains(ratatui::layout::Position::new(x, y)) {
        return None;
    }
    let offset = layout::list_offset(selected, usize::from(list.height));
    Some(offset + usize::from(y - list.y))
}

impl Widget for &Templates<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let app = self.app;
        let theme = app.ui.theme;
        let (rect, filter, body) = areas(area);
        Clear.render(rect, buf);
        let title = match app.form.kind {
            crate::note::Kind::Invitation => format!("Templates · {}", app.form.scenario),
            kind => format!("Templates · {kind} · {}", app.form.scenario),
        };
        let b = block(&title, true, theme);
        b.render(rect, buf);
        line(vec![
            (" Filter: ".into(), theme.title()),
            (self.browser.filter.clone(), Style::default()),
            ("▏".into(), theme.key()),
        ])
        .render(filter, buf);
        let found = app.filtered_templates(&self.browser.filter);
        if found.is_empty() {
            let msg = if app.filtered_templates("").is_empty() {
                "No templates for this scenario yet. Your own go in ~/.config/connote/templates/."
            } else {
                "No template matches the filter (Backspace widens it)."
            };
            Paragraph::new(Line::styled(msg, theme.muted())).render(body, buf);
            return;
        }
        let [list, preview] = columns(body);
        let offset = layout::list_offset(self.browser.selected, usize::from(list.height));
        for (y, (i, t)) in (list.y..).zip(
            found
                .iter()
                .enumerate()
                .skip(offset)
                .take(usize::from(list.height)),
        ) {
            let selected = i == self.browser.selected;
            let style = if selected {
                theme.selected()
            } else {
                Style::default()
            };
            let row = Rect {
                y,
                height: 1,
                ..list
            };
            buf.set_style(row, style);
            // The mark reads without colour (NO_COLOR, a monochrome terminal).
            let mark = if selected { '›' } else { ' ' };
            let title = truncate(&t.title, usize::from(list.width).saturating_sub(3));
            line(vec![(format!("{mark} {title}"), style)]).render(row, buf);
        }
        let Some(t) = found.get(self.browser.selected) else {
            return;
        };
        let (to, sign_off) = (app.recipient(), app.sign_off_text());
        let width = usize::from(preview.width.saturating_sub(2));
        let mut lines: Vec<Line> = wrap(&t.description, width)
            .into_iter()
            .map(|l| Line::styled(format!(" {l}"), theme.muted()))
            .collect();
        lines.push(Line::raw(""));
        for l in wrap(
            &template_fill::preview(t, &app.greeting, to, sign_off),
            width,
        ) {
            lines.push(placeholders_marked(&l, theme.key()));
        }
        lines.push(Line::raw(""));
        lines.push(Line::styled(
            " Enter applies · Esc closes without change",
            theme.muted(),
        ));
        Paragraph::new(lines).render(preview, buf);
    }
}

/// A preview line with its `{placeholders}` in `style`.
fn placeholders_marked(text: &str, style: Style) -> Line<'static> {
    let mut pieces = vec![(" ".to_string(), Style::default())];
    let mut rest = text;
    while let Some((s, e)) = template_fill::find_placeholder(rest) {
        pieces.push((rest[..s].to_string(), Style::default()));
        pieces.push((rest[s..e].to_string(), style));
        rest = &rest[e..];
    }
    pieces.push((rest.to_string(), Style::default()));
    line(pieces)
}
