//! Small helpers over ratatui-textarea: one place that knows how a field's
//! text is stored (lines) and how to edit it without losing undo.

use ratatui::style::Style;
use ratatui_textarea::{CursorMove, TextArea, WrapMode};

use super::theme::Theme;

/// A soft-wrapping text area holding `text`, styled for `theme`.
pub fn new_area(text: &str, theme: Theme) -> TextArea<'static> {
    let mut area = TextArea::new(text.split('\n').map(String::from).collect());
    area.set_wrap_mode(WrapMode::WordOrGlyph);
    area.set_cursor_line_style(Style::default());
    area.set_placeholder_style(theme.muted());
    area.set_max_histories(200);
    area.move_cursor(CursorMove::Bottom);
    area.move_cursor(CursorMove::End);
    area
}

/// The text of `area`, lines joined with `\n`.
pub fn text(area: &TextArea<'_>) -> String {
    area.lines().join("\n")
}

/// Whether `area` holds no text at all.
pub fn is_blank(area: &TextArea<'_>) -> bool {
    area.lines().iter().all(|l| l.trim().is_empty())
}

/// The (row, column) of char offset `offset` in `area`, clamped to the end.
fn position(area: &TextArea<'_>, offset: usize) -> (usize, usize) {
    let mut left = offset;
    let lines = area.lines();
    for (row, line) in lines.iter().enumerate() {
        let len = line.chars().count();
        if left <= len {
            return (row, left);
        }
        left -= len + 1;
    }
    let last = lines.len().saturating_sub(1);
    (last, lines.last().map_or(0, |l| l.chars().count()))
}

/// Moves the cursor to `(row, col)`; `false` when the position is beyond
/// what the text area's `u16` jumps can reach.
fn jump(area: &mut TextArea<'_>, (row, col): (usize, usize)) -> bool {
    match (u16::try_from(row), u16::try_from(col)) {
        (Ok(r), Ok(c)) => {
            area.move_cursor(CursorMove::Jump(r, c));
            true
        }
        _ => false,
    }
}

/// Selects chars `start..end` so that typing replaces them.
pub fn select(area: &mut TextArea<'_>, start: usize, end: usize) {
    area.cancel_selection();
    let (a, b) = (position(area, start), position(area, end));
    if jump(area, a) && a != b {
        area.start_selection();
        jump(area, b);
    }
}

/// Replaces chars `start..end` with `replacement`, keeping the old text
/// in the undo history when the text area can address the range.
pub fn replace(area: &mut TextArea<'_>, start: usize, end: usize, replacement: &str) {
    let (a, b) = (position(area, start), position(area, end));
    area.cancel_selection();
    if jump(area, a) {
        if a != b {
            area.start_selection();
            if !jump(area, b) {
                area.cancel_selection();
                return rebuild(area, start, end, replacement);
            }
        }
        area.insert_str(replacement);
    } else {
        rebuild(area, start, end, replacement);
    }
}

/// Replaces all the text, keeping the old text in the undo history.
pub fn set_text(area: &mut TextArea<'_>, text_: &str) {
    area.select_all();
    if is_blank(area) && area.lines().iter().all(String::is_empty) {
        area.cancel_selection();
    }
    area.insert_str(text_);
}

/// The fallback for ranges past `u16` positions: rebuild the lines.
fn rebuild(area: &mut TextArea<'_>, start: usize, end: usize, replacement: &str) {
    let old = text(area);
    let mut chars: Vec<char> = old.chars().collect();
    let end = end.min(chars.len());
    chars.splice(start.min(end)..end, replacement.chars());
    let new: String = chars.into_iter().collect();
    let mut fresh = TextArea::new(new.split('\n').map(String::from).collect());
    fresh.set_wrap_mode(area.wrap_mode());
    fresh.set_cursor_line_style(area.cursor_line_style());
    fresh.set_cursor_style(area.cursor_style());
    fresh.set_placeholder_text(area.placeholder_text().to_string());
    if let Some(style) = area.placeholder_style() {
        fresh.set_placeholder_style(style);
    }
    *area = fresh;
}

#[cfg(test)]
mod tests {
    use super::*;

    fn area(text_: &str) -> TextArea<'static> {
        new_area(text_, Theme::new(false))
    }

    #[test]
    fn replace_is_undoable() {
        let mut a = area("we met at QCon");
        replace(&mut a, 10, 14, "RustConf");
        assert_eq!(text(&a), "we met at RustConf");
        // The deletion and the insertion are two steps of the history.
        assert!(a.undo() && a.undo());
        assert_eq!(text(&a), "we met at QCon");
    }

    #[test]
    fn replace_across_lines_and_past_the_end() {
        let mut a = area("ab\ncd");
        replace(&mut a, 1, 4, "-");
        assert_eq!(text(&a), "a-d");
        replace(&mut a, 2, 99, "!");
        assert_eq!(text(&a), "a-!");
    }

    #[test]
    fn set_text_keeps_history() {
        let mut a = area("old words");
        set_text(&mut a, "new");
        assert_eq!(text(&a), "new");
        a.undo();
        a.undo();
        assert_eq!(text(&a), "old words");
        let mut empty = area("");
        set_text(&mut empty, "x");
        assert_eq!(text(&empty), "x");
    }

    #[test]
    fn select_then_type_replaces() {
        let mut a = area("met at {event} in May");
        select(&mut a, 7, 14);
        a.insert_char('Q');
        assert_eq!(text(&a), "met at Q in May");
    }
}
