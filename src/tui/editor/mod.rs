//! The text of one field (or of the whole note in free edit).
//!
//! ratatui-textarea re-measures its whole text on every edit, so a pasted
//! megabyte would cost every keystroke tens of milliseconds. An [`Editor`]
//! therefore keeps the text itself, in one `String`, and gives the text
//! area only a window of it around the cursor: a few kilobytes, or all of
//! it when the text is short. Keys go to the text area as before, so
//! typing, movement and selection behave as ratatui-textarea's do; what
//! changed in the window is then spliced into the text. Keys that can reach
//! past the window (start or end of a long line, first or last line,
//! paragraphs) are carried out on the whole text here, and undo is the
//! editor's own, so neither depends on what the window holds.

mod history;
mod keys;
mod whole_text_keys;
mod window;

#[cfg(test)]
mod tests;

use std::ops::Range;

use ratatui::style::Style;
use ratatui_textarea::{CursorMove, Input, TextArea, WrapMode};

use self::history::{History, Step};
use self::keys::Op;
use self::window::Watch;
use super::theme::Theme;
use crate::note::{Measured, Tally};

/// How big the window is (bytes of text).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Sizes {
    /// Text on each side of the cursor when the window is placed.
    pub reach: usize,
    /// The window moves when the cursor comes closer than this to an edge.
    pub guard: usize,
    /// The most a window may hold before it is shrunk again.
    pub most: usize,
    /// Texts up to this size are held whole.
    pub whole: usize,
    /// Text on each side of the cursor for a key that scrolls by a page:
    /// more than the largest view shows.
    pub page: usize,
}

impl Sizes {
    /// What the composer uses: a window costs a tenth of a millisecond per
    /// edit, and moves every couple of thousand characters.
    pub const DEFAULT: Sizes = Sizes {
        reach: 2048,
        guard: 512,
        most: 16 * 1024,
        whole: 8 * 1024,
        page: 12 * 1024,
    };
}

/// A soft-wrapping text with undo, of any size.
#[derive(Debug)]
pub struct Editor {
    text: String,
    tally: Tally,
    area: TextArea<'static>,
    /// The bytes of `text` that `area` holds.
    window: Range<usize>,
    /// The selection's anchor when it lies outside the window: the text
    /// area then selects from its edge, and edits of the selection are
    /// made here on the whole text.
    outside: Option<usize>,
    history: History,
    sizes: Sizes,
}

impl Editor {
    /// An editor holding `text`, cursor at the end, styled for `theme`.
    pub fn new(text: &str, theme: Theme) -> Editor {
        Editor::with_sizes(text, theme, Sizes::DEFAULT)
    }

    /// The same with other window sizes (tests use tiny ones).
    pub(crate) fn with_sizes(text: &str, theme: Theme, sizes: Sizes) -> Editor {
        let window = window::choose(text, text.len(), None, sizes);
        let mut area = TextArea::new(text[window.clone()].split('\n').map(String::from).collect());
        area.set_wrap_mode(WrapMode::WordOrGlyph);
        area.set_cursor_line_style(Style::default());
        area.set_placeholder_style(theme.muted());
        area.set_max_histories(0);
        area.move_cursor(CursorMove::Bottom);
        area.move_cursor(CursorMove::End);
        Editor {
            text: text.to_string(),
            tally: Tally::of(text),
            area,
            window,
            outside: None,
            history: History::default(),
            sizes,
        }
    }

    /// The whole text.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The text with its running tally, for counting the note.
    pub fn measured(&self) -> Measured<'_> {
        Measured {
            text: &self.text,
            tally: self.tally,
        }
    }

    /// Whether there is no text at all.
    pub fn is_empty(&self) -> bool {
        self.text.is_empty()
    }

    /// Whether the text is only whitespace.
    pub fn is_blank(&self) -> bool {
        self.tally.words == 0
    }

    /// The text area to draw: it holds the text around the cursor.
    pub fn area(&self) -> &TextArea<'static> {
        &self.area
    }

    /// The cursor, as a byte offset into [`Editor::text`].
    pub fn cursor(&self) -> usize {
        self.window.start + window::offset(self.area.lines(), self.area.cursor())
    }

    /// The selected bytes, if a selection is active (possibly empty).
    pub fn selection(&self) -> Option<Range<usize>> {
        let anchor = self.anchor()?;
        let cursor = self.cursor();
        Some(anchor.min(cursor)..anchor.max(cursor))
    }

    /// Sets how the cursor is drawn (hidden when the field has no focus).
    pub fn set_cursor_style(&mut self, style: Style) {
        self.area.set_cursor_style(style);
    }

    /// Handles a key as ratatui-textarea does; `true` when the text changed.
    /// Typing is undone a word at a time.
    pub fn input(&mut self, input: Input) -> bool {
        let typed = keys::is_typing(&input);
        let steps = self.history.len();
        let changed = self.key(input);
        if typed && changed && self.history.len() == steps + 1 {
            self.history.typed();
        } else if !typed {
            self.history.seal();
        }
        changed
    }

    /// The id of the step undo would take back in this field, if any.
    pub fn undo_top(&self) -> Option<u64> {
        self.history.top()
    }

    /// The id of the step redo would bring back, if any.
    pub fn redo_next(&self) -> Option<u64> {
        self.history.next()
    }

    /// Whether `input` asks for undo (`true`) or redo (`false`).
    pub fn undo_key(input: &Input) -> Option<bool> {
        match keys::classify(input) {
            Op::Undo => Some(true),
            Op::Redo => Some(false),
            _ => None,
        }
    }

    fn key(&mut self, input: Input) -> bool {
        let op = keys::classify(&input);
        match op {
            Op::Undo => return self.undo(),
            Op::Redo => return self.redo(),
            Op::Ignored => return false,
            _ => {}
        }
        let watch = if op == Op::Page {
            self.page_room();
            Watch::Page
        } else {
            self.make_room();
            if self.outside.is_some() && op.uses_selection() {
                return self.edit_selection(&input, op);
            }
            match whole_text_keys::apply(self, op) {
                whole_text_keys::Outcome::Done(changed) => return changed,
                whole_text_keys::Outcome::Inside => Watch::Inside,
                whole_text_keys::Outcome::Near if op == Op::Tab => Watch::Column,
                whole_text_keys::Outcome::Near if matches!(op, Op::Move(keys::Motion::Row, _)) => {
                    Watch::Rows
                }
                whole_text_keys::Outcome::Near if matches!(op, Op::Move(..)) => Watch::Move,
                whole_text_keys::Outcome::Near => Watch::Edges,
            }
        };
        self.delegate(watch, move |a| {
            a.input(input.clone());
        })
    }

    /// Inserts `text` at the cursor, replacing the selection.
    pub fn insert_str(&mut self, text: &str) -> bool {
        let range = self
            .selection()
            .unwrap_or_else(|| self.cursor()..self.cursor());
        if range.is_empty() && text.is_empty() {
            self.area.cancel_selection();
            self.outside = None;
            return false;
        }
        self.splice(range.clone(), text, range.start + text.len());
        true
    }

    /// Replaces chars `start..end` (clamped to the text) with `replacement`,
    /// as one step of the undo history.
    pub fn replace(&mut self, start: usize, end: usize, replacement: &str) {
        let end = self.byte(end);
        let start = self.byte(start).min(end);
        if start < end || !replacement.is_empty() {
            self.splice(start..end, replacement, start + replacement.len());
        }
    }

    /// Selects chars `start..end` so that typing replaces them.
    pub fn select(&mut self, start: usize, end: usize) {
        let (start, end) = (self.byte(start), self.byte(end));
        let anchor = (start != end).then_some(start);
        self.reload(end, anchor);
    }

    /// Replaces all the text, keeping the old text in the undo history.
    pub fn set_text(&mut self, text: &str) {
        if text != self.text {
            self.splice(0..self.text.len(), text, text.len());
        }
    }

    /// Undoes the last edit; `false` when there is none.
    pub fn undo(&mut self) -> bool {
        let Some(step) = self.history.undo() else {
            return false;
        };
        self.write(step.at..step.at + step.inserted.len(), &step.removed);
        self.reload(step.before, None);
        true
    }

    /// Redoes the last undone edit; `false` when there is none.
    pub fn redo(&mut self) -> bool {
        let Some(step) = self.history.redo() else {
            return false;
        };
        self.write(step.at..step.at + step.removed.len(), &step.inserted);
        self.reload(step.after, None);
        true
    }

    /// A click at `(x, y)` of the drawn text: the cursor goes there.
    pub fn click(&mut self, x: u16, y: u16) {
        let (top, left) = self.area.scroll_offset();
        let row = usize::from(y) + usize::from(top);
        let col = usize::from(x) + usize::from(left);
        let to = self.area.screen_to_data(row, col);
        if let (Ok(r), Ok(c)) = (u16::try_from(to.0), u16::try_from(to.1)) {
            self.delegate(Watch::Inside, |a| a.move_cursor(CursorMove::Jump(r, c)));
        }
    }

    /// The byte offset of char `n`, clamped to the end.
    fn byte(&self, n: usize) -> usize {
        self.text
            .char_indices()
            .nth(n)
            .map_or(self.text.len(), |(i, _)| i)
    }

    /// The anchor of the selection, wherever it is.
    fn anchor(&self) -> Option<usize> {
        self.outside.or_else(|| {
            let (a, b) = self.area.selection_range()?;
            let cursor = self.area.cursor();
            let other = if (cursor.0, cursor.1) == a { b } else { a };
            Some(self.window.start + window::offset(self.area.lines(), other.into()))
        })
    }

    /// Changes the text and its tally, without touching the window.
    fn write(&mut self, range: Range<usize>, with: &str) {
        self.tally.replace(&self.text, range.clone(), with);
        self.text.replace_range(range, with);
    }

    /// Replaces `range` with `with` as one undo step, cursor to `after`.
    fn splice(&mut self, range: Range<usize>, with: &str, after: usize) {
        let step = Step {
            at: range.start,
            removed: self.text[range.clone()].to_string(),
            inserted: with.to_string(),
            before: self.cursor(),
            after,
            ..Step::default()
        };
        self.write(range, with);
        self.history.push(step);
        self.reload(after, None);
    }

    /// A key that edits a selection reaching outside the window: the
    /// selection goes first, here, then an insertion is typed as usual.
    fn edit_selection(&mut self, input: &Input, op: Op) -> bool {
        let Some(range) = self.selection() else {
            return false;
        };
        match op {
            Op::Copy => {
                self.area.set_yank_text(&self.text[range]);
                self.area.cancel_selection();
                self.outside = None;
                false
            }
            Op::Cut => {
                self.area.set_yank_text(&self.text[range.clone()]);
                self.splice(range.clone(), "", range.start);
                true
            }
            Op::Insert | Op::Tab => {
                let steps = self.history.len();
                self.splice(range.clone(), "", range.start);
                let watch = if op == Op::Tab {
                    Watch::Column
                } else {
                    Watch::Edges
                };
                self.delegate(watch, |a| {
                    a.input(input.clone());
                });
                if self.history.len() == steps + 2 {
                    self.history.fuse();
                }
                true
            }
            _ => {
                self.splice(range.clone(), "", range.start);
                true
            }
        }
    }
}
