//! What a key does to a text area, in the terms the window cares about:
//! how far it can reach, and whether a selection changes its meaning.
//!
//! The table mirrors ratatui-textarea's default bindings (`TextArea::input`);
//! the differential tests in `tests.rs` replay every binding against a
//! plain text area holding the whole text.

use ratatui_textarea::{Input, Key};

/// The kind of edit or movement a key asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Op {
    /// Undo (`Ctrl-Z`, `Ctrl-U`): handled by the editor's own history.
    Undo,
    /// Redo (`Ctrl-R`).
    Redo,
    /// Puts text at the cursor (a char, a line break, the yank),
    /// replacing the selection.
    Insert,
    /// A tab: spaces to the next tab stop, counted from the line's start.
    Tab,
    /// Deletes text, or the selection when there is one.
    Delete(Deletion),
    /// Moves the selection to the yank buffer.
    Cut,
    /// Copies the selection to the yank buffer.
    Copy,
    /// Moves the cursor; `true` when Shift extends the selection.
    Move(Motion, bool),
    /// Scrolls the view by a page or a row and keeps the cursor in it.
    Page,
    /// A key the text area ignores.
    Ignored,
}

/// How far a deletion reaches.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Deletion {
    /// A char or a word around the cursor.
    Near,
    /// To the end of the line (`Ctrl-K`).
    LineEnd,
    /// To the start of the line (`Ctrl-J`).
    LineHead,
}

/// Where a movement can go.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Motion {
    /// A char or a word away.
    Near,
    /// A row up or down.
    Row,
    /// The start of the line.
    Head,
    /// The end of the line.
    End,
    /// The first line.
    Top,
    /// The last line.
    Bottom,
    /// The next paragraph.
    ParagraphForward,
    /// The previous paragraph.
    ParagraphBack,
}

impl Op {
    /// Whether a selection turns this key into "delete the selection first".
    pub fn uses_selection(self) -> bool {
        matches!(
            self,
            Op::Insert | Op::Tab | Op::Delete(_) | Op::Cut | Op::Copy
        )
    }
}

/// Whether `input` types one char (a word grows by it).
pub fn is_typing(input: &Input) -> bool {
    matches!(input.key, Key::Char(_)) && !input.ctrl && !input.alt
}

/// The op `input` stands for in ratatui-textarea's default key map.
pub fn classify(input: &Input) -> Op {
    use Key::{
        Backspace, Char, Copy, Cut, Delete, Down, End, Enter, Home, Left, MouseScrollDown,
        MouseScrollUp, PageDown, PageUp, Paste, Right, Tab, Up,
    };
    let shift = input.shift;
    match (input.key, input.ctrl, input.alt) {
        (Char('m' | 'y'), true, false) | (Char(_), false, false) | (Enter | Paste, _, _) => {
            Op::Insert
        }
        (Tab, false, false) => Op::Tab,
        (Char('h' | 'd' | 'w'), true, false)
        | (Backspace | Delete, false, _)
        | (Char('h' | 'd'), false, true) => Op::Delete(Deletion::Near),
        (Char('k'), true, false) => Op::Delete(Deletion::LineEnd),
        (Char('j'), true, false) => Op::Delete(Deletion::LineHead),
        (Char('n' | 'p'), true, false) | (Down | Up, false, false) => Op::Move(Motion::Row, shift),
        (Char('f' | 'b'), true, false)
        | (Right | Left, false | true, false)
        | (Char('f' | 'b'), false, true) => Op::Move(Motion::Near, shift),
        (Char('a'), true, false) | (Home, _, _) | (Left | Char('b'), true, true) => {
            Op::Move(Motion::Head, shift)
        }
        (Char('e'), true, false) | (End, _, _) | (Right | Char('f'), true, true) => {
            Op::Move(Motion::End, shift)
        }
        (Char('<'), false, true) | (Up | Char('p'), true, true) => Op::Move(Motion::Top, shift),
        (Char('>'), false, true) | (Down | Char('n'), true, true) => {
            Op::Move(Motion::Bottom, shift)
        }
        (Char(']' | 'n'), false, true) | (Down, true, false) => {
            Op::Move(Motion::ParagraphForward, shift)
        }
        (Char('[' | 'p'), false, true) | (Up, true, false) => {
            Op::Move(Motion::ParagraphBack, shift)
        }
        (Char('u' | 'z'), true, false) => Op::Undo,
        (Char('r'), true, false) => Op::Redo,
        (Char('x'), true, false) | (Cut, _, _) => Op::Cut,
        (Char('c'), true, false) | (Copy, _, _) => Op::Copy,
        (Char('v'), true, false)
        | (Char('v'), false, true)
        | (PageDown | PageUp | MouseScrollDown | MouseScrollUp, _, _) => Op::Page,
        _ => Op::Ignored,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(key: Key, ctrl: bool, alt: bool) -> Op {
        classify(&Input {
            key,
            ctrl,
            alt,
            shift: false,
        })
    }

    #[test]
    fn the_documented_keys() {
        assert_eq!(
            key(Key::Char('a'), true, false),
            Op::Move(Motion::Head, false)
        );
        assert_eq!(
            key(Key::Char('e'), true, false),
            Op::Move(Motion::End, false)
        );
        assert_eq!(
            key(Key::Char('k'), true, false),
            Op::Delete(Deletion::LineEnd)
        );
        assert_eq!(key(Key::Char('w'), true, false), Op::Delete(Deletion::Near));
        assert_eq!(key(Key::Backspace, false, true), Op::Delete(Deletion::Near));
        assert_eq!(
            key(Key::Char('f'), false, true),
            Op::Move(Motion::Near, false)
        );
        assert_eq!(key(Key::Right, true, false), Op::Move(Motion::Near, false));
        assert_eq!(key(Key::Char('u'), true, false), Op::Undo);
        assert_eq!(key(Key::Char('z'), true, false), Op::Undo);
        assert_eq!(key(Key::Char('r'), true, false), Op::Redo);
        assert_eq!(key(Key::Char('x'), false, false), Op::Insert);
        assert_eq!(key(Key::F(3), false, false), Op::Ignored);
        assert_eq!(key(Key::Down, false, true), Op::Ignored);
    }
}
