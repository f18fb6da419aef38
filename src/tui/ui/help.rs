//! The `F1` help, generated from the keymap so it always matches the keys.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Clear, Paragraph, Widget};

use super::{block, layout, line};
use crate::tui::app::App;
use crate::tui::keymap::{BINDINGS, Binding, Scope};

/// The help overlay.
pub struct Help<'a> {
    /// The state to draw.
    pub app: &'a App,
    /// Lines scrolled.
    pub scroll: u16,
}

/// Every help line, grouped by scope in keymap order.
pub fn lines(app: &App) -> Vec<Line<'static>> {
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
            out.push(line(vec![
                (format!("  {:<14}", b.label), theme.key()),
                (b.help.to_string(), ratatui::style::Style::default()),
            ]));
        }
        out.push(Line::raw(""));
    }
    out.push(Line::styled("Mouse", theme.title()));
    out.push(Line::raw(
        "  Click a field to focus it, a diagnostic to select it; the wheel scrolls lists.",
    ));
    out
}

impl Widget for &Help<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let rect = layout::centered(area, 90, area.height.saturating_sub(2));
        Clear.render(rect, buf);
        let b = block(
            "Help · F1 or Esc closes · ↑/↓ scroll",
            true,
            self.app.ui.theme,
        );
        let inner = b.inner(rect);
        b.render(rect, buf);
        let all = lines(self.app);
        let max = u16::try_from(all.len())
            .unwrap_or(u16::MAX)
            .saturating_sub(inner.height);
        Paragraph::new(all)
            .scroll((self.scroll.min(max), 0))
            .render(inner, buf);
    }
}
