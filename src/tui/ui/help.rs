//! The `F1` help, generated from the keymap so it always matches the keys.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Clear, Paragraph, Widget};

use super::{block, layout, line, wrap};
use crate::tui::app::App;
use crate::tui::keymap::{BINDINGS, Binding, Scope};

/// The help overlay.
pub struct Help<'a> {
    /// The state to draw.
    pub app: &'a App,
    /// Lines scrolled.
    pub scroll: u16,
}

/// Width of the keys column.
const KEYS: usize = 16;

/// Every help line, grouped by scope in keymap order, wrapped to `width`
/// columns (descriptions continue under themselves).
pub fn lines(app: &App, width: usize) -> Vec<Line<'static>> {
    let theme = app.ui.theme;
    let mut out = Vec::new();
    for scope in Scope::ALL {
        out.push(Line::styled(scope.title().to_string(), theme.title()));
        // A footer-only summary ("1–3") repeats keys the scope lists one by one.
        let summary = |b: &Binding| {
            b.action.is_none()
                && BINDINGS
                    .iter()
                    .any(|o| o.scope == scope && o.action.is_some() && o.keys[0] == b.keys[0])
        };
        for b in BINDINGS.iter().filter(|b| b.scope == scope && !summary(b)) {
            let text = wrap(b.help, width.saturating_sub(KEYS));
            for (i, part) in text.into_iter().enumerate() {
                let keys = if i == 0 { b.label } else { "" };
                out.push(line(vec![
                    (format!("  {keys:<width$}", width = KEYS - 2), theme.key()),
                    (part, ratatui::style::Style::default()),
                ]));
            }
        }
        out.push(Line::raw(""));
    }
    out.push(Line::styled("Mouse", theme.title()));
    let mouse = "Click a field to focus it, a diagnostic or a template to select it; the wheel scrolls lists.";
    for part in wrap(mouse, width.saturating_sub(2)) {
        out.push(Line::raw(format!("  {part}")));
    }
    out
}

impl Widget for &Help<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let rect = layout::centered(area, 90, area.height.saturating_sub(2));
        Clear.render(rect, buf);
        let b = block(
            "Help · q, F1 or Esc closes · ↑/↓ scroll",
            true,
            self.app.ui.theme,
        );
        let inner = b.inner(rect);
        b.render(rect, buf);
        let all = lines(self.app, usize::from(inner.width));
        let max = u16::try_from(all.len())
            .unwrap_or(u16::MAX)
            .saturating_sub(inner.height);
        Paragraph::new(all)
            .scroll((self.scroll.min(max), 0))
            .render(inner, buf);
    }
}
