//! Aligned columns for human listings (`drafts`, `sent`): every column as
//! wide as its widest cell, the last one running to the end of the line.
//! Widths are display columns (an ideograph takes two), as a terminal
//! shows them.

use unicode_width::UnicodeWidthStr;

/// The header and rows as aligned text, one line each.
pub(super) fn columns<const N: usize>(header: &[&str; N], rows: &[[&str; N]]) -> String {
    let mut widths = header.map(UnicodeWidthStr::width);
    for row in rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(cell.width());
        }
    }
    let mut out = String::new();
    for row in std::iter::once(header).chain(rows) {
        let mut line = String::new();
        for (i, cell) in row.iter().enumerate() {
            line.push_str(cell);
            if i + 1 < row.len() {
                let pad = widths[i] - cell.width() + 2;
                line.extend(std::iter::repeat_n(' ', pad));
            }
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn pads_every_column_but_the_last() {
        let out = super::columns(&["A", "LONG"], &[["xyz", "1"], ["q", "tail text"]]);
        assert_eq!(out, "A    LONG\nxyz  1\nq    tail text\n");
    }

    #[test]
    fn aligns_by_display_width() {
        let out = super::columns(&["NAME", "X"], &[["李伟", "1"], ["Ana", "2"]]);
        assert_eq!(out, "NAME  X\n李伟  1\nAna   2\n");
    }
}
