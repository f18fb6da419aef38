//! The five fields, or the whole-note editor in free-edit mode.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::Widget;

use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};
use ratatui_textarea::TextArea;

use super::block;
use super::layout::ComposerLayout;
use crate::tui::app::{App, Focus, WRAP_MAX};
use crate::tui::editor;
use crate::tui::field::Field;
use crate::tui::theme::Theme;

/// The left column of the composer.
pub struct Form<'a> {
    /// The state to draw.
    pub app: &'a App,
    /// Where the fields go.
    pub layout: &'a ComposerLayout,
}

impl Widget for &Form<'_> {
    fn render(self, _area: Rect, buf: &mut Buffer) {
        let app = self.app;
        if let Some(free) = &app.free {
            let focused = matches!(app.focus, Focus::Field(_));
            let b = block("Note · free edit (F2: back to fields)", focused, app.theme);
            let inner = b.inner(self.layout.editor);
            b.render(self.layout.editor, buf);
            draw_area(free, inner, buf, focused, app.theme);
            return;
        }
        for field in Field::ALL {
            let rect = self.layout.fields[field.index()];
            let focused = app.focus == Focus::Field(field);
            let b = block(field.label(), focused, app.theme);
            let inner = b.inner(rect);
            b.render(rect, buf);
            let area = &app.fields[field.index()];
            draw_area(area, inner, buf, focused, app.theme);
            if editor::is_blank(area) && area.lines().iter().all(String::is_empty) {
                hint(field.hint(app.scenario), app.theme).render(
                    Rect {
                        x: inner.x.saturating_add(1),
                        width: inner.width.saturating_sub(1),
                        ..inner
                    },
                    buf,
                );
            }
        }
    }
}

/// The scenario's hint for an empty field, wrapped to the field's width
/// (the text area's own placeholder is a single line).
fn hint(text: &str, theme: Theme) -> Paragraph<'static> {
    Paragraph::new(Line::styled(text.to_string(), theme.muted())).wrap(Wrap { trim: true })
}

/// Draws a text area; a huge one (see [`WRAP_MAX`]) is drawn as the window
/// of text around its cursor, because the text area's own drawing measures
/// its whole line on every frame.
fn draw_area(area: &TextArea<'_>, rect: Rect, buf: &mut Buffer, focused: bool, theme: Theme) {
    let size: usize = area.lines().iter().map(String::len).sum();
    if size <= WRAP_MAX {
        area.render(rect, buf);
        return;
    }
    let ratatui_textarea::DataCursor(row, col) = area.cursor();
    let line = area.lines().get(row).map_or("", String::as_str);
    let room = usize::from(rect.width) * usize::from(rect.height);
    let start = col.saturating_sub(room.saturating_sub(usize::from(rect.width)));
    let window: Vec<char> = line.chars().skip(start).take(room).collect();
    let at = col - start;
    let before: String = window.iter().take(at).collect();
    let cursor: String = window
        .get(at)
        .map_or_else(|| " ".to_string(), char::to_string);
    let after: String = window.iter().skip(at + 1).collect();
    let cursor_style = if focused {
        theme.cursor()
    } else {
        Style::default()
    };
    Paragraph::new(Line::from(vec![
        Span::raw(before),
        Span::styled(cursor, cursor_style),
        Span::raw(after),
    ]))
    .wrap(Wrap { trim: false })
    .render(rect, buf);
}
