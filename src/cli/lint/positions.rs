//! Char offsets to bytes, lines and columns in one pass over the note.
//!
//! Rules report char offsets; output needs lines, columns and byte ranges.
//! Resolving each offset from the start of the text would make a large note
//! with many findings quadratic, so every offset of a report is resolved in
//! a single sweep.

/// Where a char offset falls in the note.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Position {
    /// Byte offset into the text.
    pub byte: usize,
    /// 1-based line.
    pub line: usize,
    /// 1-based column, in chars.
    pub column: usize,
    /// Byte offset where that line starts.
    pub line_start: usize,
}

/// The positions of a set of char offsets in one text.
#[derive(Debug, Clone)]
pub struct Positions {
    offsets: Vec<usize>,
    found: Vec<Position>,
    end: Position,
}

impl Positions {
    /// Resolves every offset in `wanted`; offsets past the end resolve to the end.
    pub fn new(text: &str, wanted: impl IntoIterator<Item = usize>) -> Self {
        let mut offsets: Vec<usize> = wanted.into_iter().collect();
        offsets.sort_unstable();
        offsets.dedup();
        let mut found = Vec::with_capacity(offsets.len());
        let mut at = Position {
            byte: 0,
            line: 1,
            column: 1,
            line_start: 0,
        };
        let mut chars = text.char_indices();
        let mut index = 0;
        for &offset in &offsets {
            while index < offset {
                let Some((byte, ch)) = chars.next() else {
                    break;
                };
                at.byte = byte + ch.len_utf8();
                if ch == '\n' {
                    at.line += 1;
                    at.column = 1;
                    at.line_start = at.byte;
                } else {
                    at.column += 1;
                }
                index += 1;
            }
            found.push(at);
        }
        // The end is needed for clamping; finish the sweep only if it is asked for.
        let end = if found.last().is_some_and(|p| p.byte == text.len()) {
            at
        } else {
            Self::finish(text, at)
        };
        Positions {
            offsets,
            found,
            end,
        }
    }

    fn finish(text: &str, mut at: Position) -> Position {
        let rest = &text[at.byte..];
        for (i, ch) in rest.char_indices() {
            if ch == '\n' {
                at.line += 1;
                at.column = 1;
                at.line_start = at.byte + i + 1;
            } else {
                at.column += 1;
            }
        }
        at.byte = text.len();
        at
    }

    /// The position of `offset`; offsets never asked for resolve to the end.
    pub fn get(&self, offset: usize) -> Position {
        self.offsets
            .binary_search(&offset)
            .map_or(self.end, |i| self.found[i])
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::line_column;

    #[test]
    fn agrees_with_line_column() {
        let text = "Hi Zoë,\n\tcafé 你好 🙂\nend";
        let n = text.chars().count();
        let positions = Positions::new(text, 0..=n);
        for offset in 0..=n {
            let p = positions.get(offset);
            assert_eq!(
                (p.line, p.column),
                line_column(text, offset),
                "offset {offset}"
            );
            let byte = text.char_indices().nth(offset).map_or(text.len(), |c| c.0);
            assert_eq!(p.byte, byte, "offset {offset}");
            assert_eq!(p.line_start, text[..byte].rfind('\n').map_or(0, |i| i + 1));
        }
    }

    #[test]
    fn offsets_past_the_end_clamp() {
        let positions = Positions::new("ab\nc", [2, 99]);
        assert_eq!(positions.get(99).byte, 4);
        assert_eq!(positions.get(99).line, 2);
        assert_eq!(positions.get(2).column, 3);
    }

    #[test]
    fn unsorted_and_duplicate_offsets() {
        let positions = Positions::new("abcdef", [4, 1, 4]);
        assert_eq!(positions.get(4).byte, 4);
        assert_eq!(positions.get(1).column, 2);
    }
}
