//! The Sent screen: every copied note with its outcome, newest first, and
//! one note read-only. Marking keys and copying again live in the keymap.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Widget, Wrap};

use super::picker::age;
use super::{block, line, truncate};
use crate::outcomes::Sent;
use crate::tui::app::App;
use crate::tui::theme::Theme;

/// The list of sent notes.
pub struct SentList<'a> {
    /// The state to draw.
    pub app: &'a App,
}

/// Column widths: id, recipient, scenario, template, age, outcome.
const COLUMNS: [usize; 6] = [10, 14, 12, 16, 10, 12];

impl Widget for &SentList<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let app = self.app;
        let view = &app.sent;
        let title = match view.allowance(app.now) {
            Some(a) => format!("Sent notes · {} · {a}", view.ledger.notes.len()),
            None => format!("Sent notes · {}", view.ledger.notes.len()),
        };
        let b = block(&title, true, app.ui.theme);
        let inner = b.inner(area);
        b.render(area, buf);
        if inner.height == 0 {
            return;
        }
        let width = usize::from(inner.width);
        let header = row(
            ["ID", "TO", "SCENARIO", "TEMPLATE", "AGE", "OUTCOME"],
            "FIRST WORDS",
            width,
        );
        let mut lines = vec![Line::styled(header, app.ui.theme.title())];
        if view.ledger.notes.is_empty() {
            lines.push(Line::styled(
                " None yet: each note you copy with Ctrl-Y is listed here.",
                app.ui.theme.muted(),
            ));
        }
        let height = usize::from(inner.height).saturating_sub(1);
        let first = (view.selected + 1).saturating_sub(height);
        for (i, s) in view
            .ledger
            .notes
            .iter()
            .enumerate()
            .skip(first)
            .take(height)
        {
            lines.push(entry(s, i == view.selected, app.now, app.ui.theme, width));
        }
        Paragraph::new(lines).render(inner, buf);
    }
}

fn entry(s: &Sent, selected: bool, now: u64, theme: Theme, width: usize) -> Line<'static> {
    let note = &s.note;
    let cells = [
        note.id.as_str(),
        s.recipient_label(),
        note.scenario.map_or("—", crate::note::Scenario::id),
        note.template.as_deref().unwrap_or("—"),
        &age(now.saturating_sub(note.copied_at)),
        s.outcome_label(now),
    ];
    let text = row(cells, &s.first_words(12), width);
    let style = if selected {
        theme.selected()
    } else if s.is_withdrawable(now) {
        theme.key()
    } else if s.is_pending() {
        Style::default()
    } else {
        theme.muted()
    };
    line(vec![(text, style)])
}

/// One row: fixed columns, then the rest of the width for `last`.
fn row(cells: [&str; 6], last: &str, width: usize) -> String {
    let mut out = String::from(" ");
    for (cell, w) in cells.iter().zip(COLUMNS) {
        let cell = truncate(cell, w);
        let pad = w.saturating_sub(cell.chars().count()) + 1;
        out.push_str(&cell);
        out.extend(std::iter::repeat_n(' ', pad));
    }
    let used = out.chars().count();
    out.push_str(&truncate(last, width.saturating_sub(used)));
    out
}

/// One sent note, read-only, with what was known when it was copied.
pub struct SentNoteView<'a> {
    /// The state to draw.
    pub app: &'a App,
}

impl Widget for &SentNoteView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let app = self.app;
        let Some(s) = app.sent.current() else {
            return;
        };
        let note = &s.note;
        let theme = app.ui.theme;
        let b = block(&format!("Sent to {}", s.recipient_label()), true, theme);
        let inner = b.inner(area);
        b.render(area, buf);
        let scenario = note
            .scenario
            .map_or("not recorded", crate::note::Scenario::id);
        let field = |k: &str, v: String| {
            line(vec![
                (format!("{k:<10}"), theme.muted()),
                (v, Style::default()),
            ])
        };
        let mut lines = vec![
            field("id", note.id.clone()),
            field("copied", age(app.now.saturating_sub(note.copied_at))),
            field("kind", format!("{} · {scenario}", note.kind)),
            field(
                "template",
                note.template.clone().unwrap_or_else(|| "none".into()),
            ),
            field("outcome", s.outcome_label(app.now).to_string()),
        ];
        if let Some(findings) = &note.findings {
            let rules: Vec<&str> = findings.iter().map(|f| f.rule.as_str()).collect();
            let text = if rules.is_empty() {
                "none".to_string()
            } else {
                rules.join(", ")
            };
            lines.push(field("findings", text));
        }
        lines.push(Line::raw(""));
        lines.extend(note.text.lines().map(|l| Line::raw(l.to_string())));
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .render(inner, buf);
    }
}
