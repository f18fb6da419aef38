//! Where each pane goes. Shared by drawing and by mouse handling in
//! `update`, so a click always lands on what was drawn there.

use ratatui::layout::{Constraint, Layout, Rect};

use crate::note::Kind;

/// Below this size the composer shows a "too small" message instead.
pub const MIN_WIDTH: u16 = 60;
/// See [`MIN_WIDTH`].
pub const MIN_HEIGHT: u16 = 18;

/// The rectangles of the composer screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ComposerLayout {
    /// The kind's fields, in `Field::all` order; the rest are empty.
    pub fields: [Rect; 6],
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
    fits_for(area, Kind::Invitation)
}

/// The smallest height that shows every field of `kind` with a line of
/// text: two rows more for a sixth field.
pub fn min_height(kind: Kind) -> u16 {
    let extra = kind
        .fields()
        .len()
        .saturating_sub(Kind::Invitation.fields().len());
    MIN_HEIGHT + 2 * u16::try_from(extra).unwrap_or(0)
}

/// Whether `area` is big enough for the composer writing a `kind`.
pub fn fits_for(area: Rect, kind: Kind) -> bool {
    area.width >= MIN_WIDTH && area.height >= min_height(kind)
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

/// The composer's panes for an invitation in a terminal of `area`.
pub fn composer(area: Rect) -> ComposerLayout {
    composer_for(area, Kind::Invitation)
}

/// The composer's panes for a message of `kind` in a terminal of `area`.
pub fn composer_for(area: Rect, kind: Kind) -> ComposerLayout {
    let (body, status, footer) = screen_rows(area);
    let [left, right] =
        Layout::horizontal([Constraint::Percentage(48), Constraint::Fill(1)]).areas(body);
    let mut fields = [Rect::default(); 6];
    let rows = field_rows(left.height, kind);
    let areas = Layout::vertical(rows.iter().map(|h| Constraint::Length(*h))).split(left);
    for (slot, rect) in fields.iter_mut().zip(areas.iter()) {
        *slot = *rect;
    }
    // A subject or a note to forward gets a count line of its own, and the
    // other kinds' checklists have seven items, a line more than five.
    let second_count = u16::from(matches!(
        kind,
        Kind::PermissionAsk | Kind::IntroductionRequest
    ));
    let longer_list = u16::from(kind != Kind::Invitation);
    let [preview, gauge, lint] = Layout::vertical([
        Constraint::Fill(1),
        Constraint::Length(5 + second_count + longer_list),
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

/// The height of each field of `kind` in a column `height` rows tall: one
/// line for the name, the sign-off and a subject, the rest shared by the
/// fields that hold sentences. An invitation's context gets the most room.
fn field_rows(height: u16, kind: Kind) -> Vec<u16> {
    if kind == Kind::Invitation {
        let rest = height.saturating_sub(6);
        let small = (rest * 2 / 7).max(3);
        return vec![3, rest.saturating_sub(2 * small).max(3), small, small, 3];
    }
    let one_line: Vec<bool> = kind
        .fields()
        .iter()
        .enumerate()
        .map(|(i, f)| i == 0 || i + 1 == kind.fields().len() || f.id == "subject")
        .collect();
    let fixed = u16::try_from(one_line.iter().filter(|b| **b).count()).unwrap_or(0) * 3;
    let shared = u16::try_from(one_line.iter().filter(|b| !**b).count()).unwrap_or(1);
    let rest = height.saturating_sub(fixed);
    let each = (rest / shared.max(1)).max(3);
    let mut extra = rest.saturating_sub(each * shared);
    one_line
        .iter()
        .map(|line| {
            if *line {
                3
            } else {
                let more = u16::from(extra > 0);
                extra = extra.saturating_sub(1);
                each + more
            }
        })
        .collect()
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
        for r in l.fields[..5].iter().chain([&l.preview, &l.gauge, &l.lint]) {
            assert!(area.contains(r.as_position()), "{r:?}");
            assert!(r.height >= 3, "{r:?}");
        }
        assert_eq!(l.footer.y, MIN_HEIGHT - 1);
    }

    #[test]
    fn six_fields_fit_and_share_the_column() {
        for kind in Kind::ALL {
            let n = kind.fields().len();
            for (w, h) in [(MIN_WIDTH, min_height(kind)), (80, 24), (120, 40)] {
                let area = Rect::new(0, 0, w, h);
                let l = composer_for(area, kind);
                let (body, _, _) = screen_rows(area);
                for r in &l.fields[..n] {
                    assert!(body.contains(r.as_position()), "{kind} {w}x{h} {r:?}");
                    assert!(r.bottom() <= body.bottom(), "{kind} {w}x{h} {r:?}");
                    // Every field shows at least one line of text.
                    assert!(r.height >= 3, "{kind} {w}x{h} {r:?}");
                }
                assert!(l.fields[n..].iter().all(|r| r.height == 0));
            }
        }
    }

    #[test]
    fn list_offset_keeps_selection_visible() {
        assert_eq!(list_offset(0, 5), 0);
        assert_eq!(list_offset(7, 5), 3);
        assert_eq!(list_offset(3, 0), 3);
    }
}
