//! Where each pane goes. Shared by drawing and by mouse handling in
//! `update`, so a click always lands on what was drawn there.

use ratatui::layout::{Constraint, Layout, Rect};

/// Below this size the composer shows a "too small" message instead.
pub const MIN_WIDTH: u16 = 60;
/// See [`MIN_WIDTH`].
pub const MIN_HEIGHT: u16 = 18;

/// The rectangles of the composer screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ComposerLayout {
    /// The five fields, in `Field::ALL` order (all equal to `editor` in free-edit mode).
    pub fields: [Rect; 5],
    /// The free-edit text area (the whole left column).
    pub editor: Rect,
    /// The composed note.
    pub preview: Rect,
    /// Count against the limit, and the checklist.
    pub gauge: Rect,
    /// The diagnostics.
    pub lint: Rect,
    /// The status line.
    pub status: Rect,
    /// The key hints.
    pub footer: Rect,
}

/// Whether `area` is big enough to draw the composer.
pub fn fits(area: Rect) -> bool {
    area.width >= MIN_WIDTH && area.height >= MIN_HEIGHT
}

/// The whole screen split into body, status line and footer.
pub fn screen_rows(area: Rect) -> (Rect, Rect, Rect) {
    let [body, status, footer] = Layout::vertical([
        Constraint::Fill(1),
        Constraint::Length(1),
        Constraint::Length(1),
    ])
    .areas(area);
    (body, status, footer)
}

/// The composer's panes for a terminal of `area`.
pub fn composer(area: Rect) -> ComposerLayout {
    let (body, status, footer) = screen_rows(area);
    let [left, right] =
        Layout::horizontal([Constraint::Percentage(48), Constraint::Fill(1)]).areas(body);
    // Context gets the most room; every field keeps at least one line.
    let rest = left.height.saturating_sub(6);
    let small = (rest * 2 / 7).max(3);
    let fields: [Rect; 5] = Layout::vertical([
        Constraint::Length(3),
        Constraint::Length(rest.saturating_sub(2 * small).max(3)),
        Constraint::Length(small),
        Constraint::Length(small),
        Constraint::Length(3),
    ])
    .areas(left);
    let [preview, gauge, lint] = Layout::vertical([
        Constraint::Fill(1),
        Constraint::Length(5),
        Constraint::Fill(1),
    ])
    .areas(right);
    ComposerLayout {
        fields,
        editor: left,
        preview,
        gauge,
        lint,
        status,
        footer,
    }
}

/// The lint pane's inside split into the list of `len` diagnostics and,
/// when the pane has focus, the explanation of the selected one below it
/// (the list keeps at least half the pane when it needs it).
pub fn lint_split(inner: Rect, focused: bool, len: usize) -> (Rect, Rect) {
    let explain = if focused && inner.height >= 6 {
        let list = u16::try_from(len)
            .unwrap_or(u16::MAX)
            .clamp(2, inner.height / 2);
        inner.height - list
    } else {
        0
    };
    let [list, below] =
        Layout::vertical([Constraint::Fill(1), Constraint::Length(explain)]).areas(inner);
    (list, below)
}

/// The first visible row of a list of `len` rows `height` high, keeping
/// `selected` in view.
pub fn list_offset(selected: usize, height: usize) -> usize {
    if height == 0 {
        return selected;
    }
    selected.saturating_sub(height - 1)
}

/// A rectangle of at most `width` × `height` centred in `area`.
pub fn centered(area: Rect, width: u16, height: u16) -> Rect {
    let w = width.min(area.width);
    let h = height.min(area.height);
    Rect {
        x: area.x + (area.width - w) / 2,
        y: area.y + (area.height - h) / 2,
        width: w,
        height: h,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn panes_fit_inside_at_the_minimum() {
        let area = Rect::new(0, 0, MIN_WIDTH, MIN_HEIGHT);
        let l = composer(area);
        for r in l.fields.iter().chain([&l.preview, &l.gauge, &l.lint]) {
            assert!(area.contains(r.as_position()), "{r:?}");
            assert!(r.height >= 3, "{r:?}");
        }
        assert_eq!(l.footer.y, MIN_HEIGHT - 1);
    }

    #[test]
    fn list_offset_keeps_selection_visible() {
        assert_eq!(list_offset(0, 5), 0);
        assert_eq!(list_offset(7, 5), 3);
        assert_eq!(list_offset(3, 0), 3);
    }
}
