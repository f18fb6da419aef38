//! Placing the window, and carrying what a key did inside it back to the
//! whole text.

use std::ops::Range;

use ratatui_textarea::{CursorMove, DataCursor, TextArea};

use super::history::Step;
use super::{Editor, Sizes};

/// The bytes of `text` to hold around `cursor` (and `anchor`, when it is
/// near enough to share the window): `reach` on each side, widened to whole
/// lines when they end close by, so rows and columns mean what they mean
/// in the whole text.
pub fn choose(text: &str, cursor: usize, anchor: Option<usize>, sizes: Sizes) -> Range<usize> {
    let len = text.len();
    if len <= sizes.whole {
        return 0..len;
    }
    let (mut lo, mut hi) = (cursor, cursor);
    if let Some(a) = anchor.filter(|a| a.abs_diff(cursor) <= sizes.most / 2) {
        (lo, hi) = (lo.min(a), hi.max(a));
    }
    let mut start = floor(text, lo.saturating_sub(sizes.reach));
    let mut end = ceil(text, (hi + sizes.reach).min(len));
    let near = floor(text, start.saturating_sub(sizes.reach));
    if let Some(i) = text[near..start].rfind('\n') {
        start = near + i + 1;
    } else if near == 0 {
        start = 0;
    }
    let far = ceil(text, (end + sizes.reach).min(len));
    if let Some(i) = text[end..far].find('\n') {
        end += i;
    } else if far == len {
        end = len;
    }
    start..end
}

fn floor(text: &str, mut i: usize) -> usize {
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn ceil(text: &str, mut i: usize) -> usize {
    while !text.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// The byte offset of a text area position in its lines joined by `\n`.
pub fn offset(lines: &[String], DataCursor(row, col): DataCursor) -> usize {
    let before: usize = lines.iter().take(row).map(|l| l.len() + 1).sum();
    let line = lines.get(row).map_or("", String::as_str);
    before + line.char_indices().nth(col).map_or(line.len(), |(i, _)| i)
}

/// The (row, column) of byte `at` of `piece`.
fn position(piece: &str, at: usize) -> (usize, usize) {
    let before = &piece[..at];
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let row = before.bytes().filter(|b| *b == b'\n').count();
    (row, before[line_start..].chars().count())
}

/// Moves the cursor of `area` to `(row, col)`; windows are far smaller
/// than the text area's `u16` positions, so it always reaches.
fn jump(area: &mut TextArea<'_>, (row, col): (usize, usize)) {
    if let (Ok(r), Ok(c)) = (u16::try_from(row), u16::try_from(col)) {
        area.move_cursor(CursorMove::Jump(r, c));
    }
}

/// How much a key run in the window is trusted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Watch {
    /// It may reach past an edge of the window (a word): if its result
    /// touches one, it is redone in a wider window.
    Edges,
    /// A movement that may reach past an edge (a word): redone in a wider
    /// window if it touches an edge, or if it did not move at all while the
    /// window is not the whole text.
    Move,
    /// A movement to another row: as `Move`, and also redone when it goes
    /// from or to a line the window holds only part of (its columns would
    /// count from the window's edge, not from the line's start).
    Rows,
    /// An edit that depends on the cursor's column (a tab): as `Edges`, and
    /// also redone when the cursor's line starts before the window.
    Column,
    /// It was checked to stay inside the window.
    Inside,
    /// It scrolls the view: the window was given a page on each side and
    /// keeps it, so that scrolling on keeps the view where it is.
    Page,
}

/// Where a key's edit fell in the window: bytes `start..old_end` of the old
/// window became `start..new_end` of the new one.
struct Change {
    start: usize,
    old_end: usize,
    new_end: usize,
}

fn diff(old: &str, new: &str) -> Option<Change> {
    if old == new {
        return None;
    }
    let mut start = old
        .bytes()
        .zip(new.bytes())
        .take_while(|(a, b)| a == b)
        .count();
    while !old.is_char_boundary(start) {
        start -= 1;
    }
    let room = old.len().min(new.len()) - start;
    let same = |(a, b): &(u8, u8)| a == b;
    let mut tail = old
        .bytes()
        .rev()
        .zip(new.bytes().rev())
        .take(room)
        .take_while(same)
        .count();
    while !old.is_char_boundary(old.len() - tail) {
        tail -= 1;
    }
    Some(Change {
        start,
        old_end: old.len() - tail,
        new_end: new.len() - tail,
    })
}

impl Editor {
    /// Moves the window when the cursor comes close to an edge that is not
    /// the text's own, or shrinks it after it grew.
    pub(super) fn make_room(&mut self) {
        let cursor = self.cursor();
        let w = &self.window;
        let tight_left = w.start > 0 && cursor - w.start < self.sizes.guard;
        let tight_right = w.end < self.text.len() && w.end - cursor < self.sizes.guard;
        if tight_left || tight_right || w.len() > self.sizes.most {
            self.refit(self.sizes);
        }
    }

    /// Refills the window around `cursor`, selecting from `anchor`, after
    /// an edit or a jump: the view then follows the cursor as it would.
    pub(super) fn reload(&mut self, cursor: usize, anchor: Option<usize>) {
        let window = choose(&self.text, cursor, anchor, self.sizes);
        self.load(window, cursor, anchor, false);
    }

    /// Moves the window around the cursor where it is, keeping the text
    /// under it on the same screen row.
    fn refit(&mut self, sizes: Sizes) {
        let (cursor, anchor) = (self.cursor(), self.anchor());
        let window = choose(&self.text, cursor, anchor, sizes);
        self.load(window, cursor, anchor, true);
    }

    /// Refills the text area with `text[window]`. Editing it in place keeps
    /// its settings, its yank buffer and the size it was drawn at; with
    /// `keep`, also the screen row of the cursor, as far as it can.
    fn load(&mut self, window: Range<usize>, cursor: usize, anchor: Option<usize>, keep: bool) {
        let (top, _) = self.area.scroll_offset();
        let on_screen = self
            .area
            .screen_cursor()
            .row
            .saturating_sub(usize::from(top));
        let piece = &self.text[window.clone()];
        let area = &mut self.area;
        area.cancel_selection();
        if piece.contains('\r') {
            // Inserting would drop a `\r` before each `\n`: build afresh.
            *area = fresh(area, piece);
            jump(area, position(piece, cursor - window.start));
        } else {
            area.select_all();
            area.insert_str(&self.text[cursor..window.end]);
            area.move_cursor(CursorMove::Jump(0, 0));
            area.insert_str(&self.text[window.start..cursor]);
        }
        self.outside = None;
        if let Some(a) = anchor {
            let at = a.clamp(window.start, window.end);
            jump(area, position(piece, at - window.start));
            area.start_selection();
            jump(area, position(piece, cursor - window.start));
            if at != a {
                self.outside = Some(a);
            }
        }
        if keep {
            keep_on_screen(area, top, on_screen);
        }
        self.window = window;
    }

    /// Gives the window a page of text on each side of the cursor, unless
    /// it has it already.
    pub(super) fn page_room(&mut self) {
        let (cursor, w, page) = (self.cursor(), &self.window, self.sizes.page);
        let short_left = w.start > 0 && cursor - w.start < page / 2;
        let short_right = w.end < self.text.len() && w.end - cursor < page / 2;
        if short_left || short_right {
            self.refit(Sizes {
                reach: page,
                ..self.sizes
            });
        }
    }

    /// Runs `op` on the text area and splices what it changed into the
    /// text; `watch` says how far its result is trusted.
    pub(super) fn delegate(&mut self, watch: Watch, op: impl Fn(&mut TextArea<'static>)) -> bool {
        let before = self.cursor();
        let anchor = self.anchor();
        let mut widened = 0;
        loop {
            let row_before = self.area.cursor().0;
            op(&mut self.area);
            let new = self.area.lines().join("\n");
            let change = diff(&self.text[self.window.clone()], &new);
            let old_len = self.window.len();
            let widen = widened < 3 && old_len < self.sizes.most;
            if widen && self.clipped(watch, before, row_before, change.as_ref(), new.len()) {
                let reach = (old_len * 4).max(self.sizes.reach * 2).min(self.sizes.most);
                let sizes = Sizes {
                    reach,
                    ..self.sizes
                };
                let window = choose(&self.text, before, anchor, sizes);
                self.load(window, before, anchor, true);
                widened += 1;
                continue;
            }
            let changed = change.is_some();
            if let Some(c) = change {
                let at = self.window.start + c.start;
                let end = self.window.start + c.old_end;
                let inserted = &new[c.start..c.new_end];
                let step = Step {
                    at,
                    removed: self.text[at..end].to_string(),
                    inserted: inserted.to_string(),
                    before,
                    after: self.window.start + offset(self.area.lines(), self.area.cursor()),
                    ..Step::default()
                };
                self.write(at..end, inserted);
                self.window.end = self.window.start + new.len();
                self.history.push(step);
            }
            if !self.area.is_selecting() {
                self.outside = None;
            }
            if watch != Watch::Page {
                self.settle();
            }
            return changed;
        }
    }

    /// Whether what a key did in the window may differ from what it would
    /// have done in the whole text, because it met an edge of the window
    /// that is not the text's own.
    fn clipped(
        &self,
        watch: Watch,
        before: usize,
        row_before: usize,
        change: Option<&Change>,
        new_len: usize,
    ) -> bool {
        if matches!(watch, Watch::Inside | Watch::Page) {
            return false;
        }
        let cursor = offset(self.area.lines(), self.area.cursor());
        let left = self.window.start > 0;
        let right = self.window.end < self.text.len();
        let at_edge = (left && (cursor == 0 || change.is_some_and(|c| c.start == 0)))
            || (right
                && (cursor == new_len || change.is_some_and(|c| c.old_end == self.window.len())));
        let stuck = matches!(watch, Watch::Move | Watch::Rows)
            && change.is_none()
            && self.window.start + cursor == before
            && (left || right);
        let cut_first = left && self.text.as_bytes()[self.window.start - 1] != b'\n';
        let cut_last = right && self.text.as_bytes()[self.window.end] != b'\n';
        let row = self.area.cursor().0;
        let last = self.area.lines().len() - 1;
        let cut = |r: usize| (r == 0 && cut_first) || (r == last && cut_last);
        let crossed = watch == Watch::Rows && row != row_before && (cut(row) || cut(row_before));
        let column = watch == Watch::Column && row_before == 0 && cut_first;
        at_edge || stuck || crossed || column
    }

    /// Shrinks a window that grew, and holds a text that became short whole.
    fn settle(&mut self) {
        let partial = self.window.len() < self.text.len();
        if self.window.len() > self.sizes.most || (partial && self.text.len() <= self.sizes.whole) {
            self.refit(self.sizes);
        }
    }
}

/// A text area holding `piece` with the settings of `like`.
fn fresh(like: &TextArea<'static>, piece: &str) -> TextArea<'static> {
    let mut area = TextArea::new(piece.split('\n').map(String::from).collect());
    area.set_wrap_mode(like.wrap_mode());
    area.set_cursor_line_style(like.cursor_line_style());
    area.set_cursor_style(like.cursor_style());
    area.set_placeholder_text(like.placeholder_text().to_string());
    if let Some(style) = like.placeholder_style() {
        area.set_placeholder_style(style);
    }
    area.set_max_histories(0);
    area.set_yank_text(like.yank_text());
    area
}

/// Scrolls so that the cursor is on the screen row it was on before the
/// window was refilled; the text area follows the cursor from there.
fn keep_on_screen(area: &mut TextArea<'_>, top: u16, on_screen: usize) {
    let row = area.screen_cursor().row;
    let wanted = row.saturating_sub(on_screen);
    let delta = i64::try_from(wanted).unwrap_or(i64::MAX) - i64::from(top);
    let Ok(rows) = i16::try_from(delta) else {
        return;
    };
    if rows == 0 {
        return;
    }
    let cursor = area.cursor();
    area.scroll((rows, 0));
    // Scrolling keeps the cursor inside the view it last drew; put it back.
    if area.cursor() != cursor {
        jump(area, (cursor.0, cursor.1));
    }
}
