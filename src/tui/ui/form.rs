//! The five fields, or the whole-note editor in free-edit mode.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::Widget;

use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Wrap};

use super::block;
use super::layout::ComposerLayout;
use crate::tui::app::{App, Focus};
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
        if let Some(free) = &app.form.free {
            let focused = app.ui.focus == Focus::Free;
            let b = block(
                "Note · free edit (F2: back to fields)",
                focused,
                app.ui.theme,
            );
            let inner = b.inner(self.layout.editor);
            b.render(self.layout.editor, buf);
            free.area().render(inner, buf);
            return;
        }
        let kind = app.form.kind;
        for field in Field::all(kind) {
            let rect = self.layout.fields[field.index()];
            let focused = app.ui.focus == Focus::Field(field);
            let b = block(field.label(kind), focused, app.ui.theme);
            let inner = b.inner(rect);
            b.render(rect, buf);
            let area = &app.form.fields[field.index()];
            area.area().render(inner, buf);
            if area.is_empty() {
                hint(field.hint(kind, app.form.scenario), app.ui.theme).render(
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
