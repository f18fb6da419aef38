//! Keys that can reach past the window (the start or end of a line, the
//! first or last line, the next paragraph, deleting to either end of a
//! line), done on the whole text the way ratatui-textarea does them.

use super::Editor;
use super::keys::{Deletion, Motion, Op};

/// What became of a key.
pub enum Outcome {
    /// Done here; `true` when the text changed.
    Done(bool),
    /// It reaches only into the window: the text area does it exactly.
    Inside,
    /// A near key: the text area does it, watched for the window's edges.
    Near,
}

/// Carries out `op` when it reaches outside the window.
pub fn apply(ed: &mut Editor, op: Op) -> Outcome {
    let selecting = ed.selection().is_some_and(|s| !s.is_empty());
    match op {
        Op::Move(Motion::Near | Motion::Row, _) | Op::Delete(Deletion::Near) => Outcome::Near,
        Op::Move(motion, shift) => {
            if inside(ed, motion) {
                return Outcome::Inside;
            }
            let cursor = ed.cursor();
            if let Some(target) = target(ed.text(), cursor, motion) {
                let anchor = shift.then(|| ed.anchor().unwrap_or(cursor));
                ed.reload(target, anchor);
            }
            Outcome::Done(false)
        }
        Op::Delete(_) if selecting => Outcome::Near,
        Op::Delete(deletion) => {
            if deletion_inside(ed, deletion) {
                return Outcome::Inside;
            }
            Outcome::Done(delete(ed, deletion))
        }
        _ => Outcome::Near,
    }
}

fn line_start(text: &str, at: usize) -> usize {
    text[..at].rfind('\n').map_or(0, |i| i + 1)
}

fn line_end(text: &str, at: usize) -> usize {
    text[at..].find('\n').map_or(text.len(), |i| at + i)
}

/// The byte of column `col` (in chars) of the line `start..end`, or its end.
fn at_column(text: &str, start: usize, end: usize, col: usize) -> usize {
    text[start..end]
        .char_indices()
        .nth(col)
        .map_or(end, |(i, _)| start + i)
}

/// Whether the text area, holding only the window, would do `motion` right.
fn inside(ed: &Editor, motion: Motion) -> bool {
    let (text, cursor, w) = (ed.text(), ed.cursor(), &ed.window);
    // These keep the column, which only counts right on a whole line.
    let whole_line = line_start(text, cursor) >= w.start;
    match motion {
        Motion::Head => whole_line,
        Motion::End => line_end(text, cursor) <= w.end,
        Motion::Top | Motion::ParagraphBack => w.start == 0,
        Motion::Bottom | Motion::ParagraphForward => w.end == text.len() && whole_line,
        Motion::Near | Motion::Row => true,
    }
}

fn deletion_inside(ed: &Editor, deletion: Deletion) -> bool {
    let (text, cursor, w) = (ed.text(), ed.cursor(), &ed.window);
    match deletion {
        Deletion::LineEnd => {
            let end = line_end(text, cursor);
            if cursor < end {
                end <= w.end
            } else {
                end == text.len() || end < w.end
            }
        }
        Deletion::LineHead => {
            let start = line_start(text, cursor);
            if cursor > start {
                start >= w.start
            } else {
                start == 0 || start > w.start
            }
        }
        Deletion::Near => true,
    }
}

/// Where `motion` takes the cursor, or `None` when it does not move (then
/// the selection is left as it is, as the text area leaves it).
fn target(text: &str, cursor: usize, motion: Motion) -> Option<usize> {
    let start = line_start(text, cursor);
    let end = line_end(text, cursor);
    let col = text[start..cursor].chars().count();
    let last = line_start(text, text.len());
    Some(match motion {
        Motion::Head => start,
        Motion::End => end,
        Motion::Top => at_column(text, 0, line_end(text, 0), col),
        Motion::Bottom => at_column(text, last, text.len(), col),
        Motion::ParagraphForward => {
            // The first line after a blank one, else the last line.
            let mut prev_blank = start == end;
            let mut at = end;
            while at < text.len() {
                let (s, e) = (at + 1, line_end(text, at + 1));
                if s != e && prev_blank {
                    return Some(at_column(text, s, e, col));
                }
                prev_blank = s == e;
                at = e;
            }
            at_column(text, last, text.len(), col)
        }
        Motion::ParagraphBack => {
            // The first line of the paragraph before, else the first line.
            if start == 0 {
                return None;
            }
            let mut line = line_start(text, start - 1);
            let mut next_blank = line == start - 1;
            while line > 0 {
                let s = line_start(text, line - 1);
                let blank = s == line - 1;
                if blank && !next_blank {
                    return Some(at_column(text, line, line_end(text, line), col));
                }
                next_blank = blank;
                line = s;
            }
            at_column(text, 0, line_end(text, 0), col)
        }
        Motion::Near | Motion::Row => cursor,
    })
}

/// `Ctrl-K` and `Ctrl-J` on the whole text; what they cut goes to the yank
/// buffer, a joined line break does not.
fn delete(ed: &mut Editor, deletion: Deletion) -> bool {
    let cursor = ed.cursor();
    let text = ed.text();
    let (range, yank) = match deletion {
        Deletion::LineEnd => {
            let end = line_end(text, cursor);
            if cursor < end {
                (cursor..end, true)
            } else if cursor < text.len() {
                (cursor..cursor + 1, false)
            } else {
                (cursor..cursor, false)
            }
        }
        Deletion::LineHead => {
            let start = line_start(text, cursor);
            if cursor > start {
                (start..cursor, true)
            } else if start > 0 {
                (start - 1..start, false)
            } else {
                (cursor..cursor, false)
            }
        }
        Deletion::Near => (cursor..cursor, false),
    };
    if range.is_empty() {
        // Nothing to delete; an empty selection is dropped all the same.
        ed.area.cancel_selection();
        return false;
    }
    if yank {
        let cut = text[range.clone()].to_string();
        ed.area.set_yank_text(cut);
    }
    ed.splice(range.clone(), "", range.start);
    true
}
