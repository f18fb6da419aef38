//! The first screen: choose a scenario, or resume an unfinished draft.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Widget};

use super::{block, layout, line, wrap};
use crate::note::Scenario;
use crate::store::Draft;
use crate::tui::app::App;

/// The scenario picker.
pub struct Picker<'a> {
    /// The state to draw.
    pub app: &'a App,
}

impl Widget for &Picker<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let app = self.app;
        let theme = app.ui.theme;
        let width = usize::from(area.width.min(84)).saturating_sub(8);
        let mut lines = vec![
            Line::styled(" Who is the note for?", theme.title()),
            Line::raw(""),
        ];
        let mut selected_line = 0;
        for (i, scenario) in Scenario::ALL.into_iter().enumerate() {
            let selected = app.ui.picker == i;
            let style = if selected {
                theme.selected()
            } else {
                Style::default()
            };
            if selected {
                selected_line = lines.len();
            }
            lines.push(line(vec![
                (
                    format!(" {} ", if selected { "›" } else { " " }),
                    theme.key(),
                ),
                (format!("{} ", i + 1), theme.key()),
                (
                    format!(" {} ", scenario.title()),
                    style.patch(theme.title()),
                ),
            ]));
            for l in wrap(scenario.guidance(), width) {
                lines.push(Line::styled(format!("      {l}"), theme.muted()));
            }
            lines.push(Line::raw(""));
        }
        lines.push(Line::styled(" Unfinished drafts", theme.title()));
        if app.drafts.is_empty() {
            lines.push(Line::styled(
                "   none yet: drafts are saved as you type",
                theme.muted(),
            ));
        }
        for (i, draft) in app.drafts.iter().enumerate() {
            let selected = app.ui.picker == Scenario::ALL.len() + i;
            if selected {
                selected_line = lines.len();
            }
            let style = if selected {
                theme.selected()
            } else {
                Style::default()
            };
            lines.push(line(vec![
                (
                    format!(" {} ", if selected { "›" } else { " " }),
                    theme.key(),
                ),
                (summary(draft, app.now), style),
            ]));
        }
        let wanted = u16::try_from(lines.len() + 2).unwrap_or(u16::MAX);
        let rect = layout::centered(area, 84, wanted);
        let b = block("connote · new note", true, theme);
        let inner = b.inner(rect);
        b.render(rect, buf);
        // Keep the selection on screen when the drafts list is long.
        let height = usize::from(inner.height);
        let scroll = (selected_line + 2).saturating_sub(height);
        Paragraph::new(lines)
            .scroll((u16::try_from(scroll).unwrap_or(u16::MAX), 0))
            .render(inner, buf);
    }
}

/// `Priya · acquaintance · 2 h ago · We met at the…`
pub fn summary(draft: &Draft, now: u64) -> String {
    let note = &draft.note;
    let recipient = if note.recipient.trim().is_empty() {
        "(no name)"
    } else {
        note.recipient.trim()
    };
    let scenario = note.scenario.map_or("note", Scenario::id);
    let body = note.free_text.clone().unwrap_or_else(|| {
        note.parts
            .as_array()
            .iter()
            .map(|p| p.trim())
            .filter(|p| !p.is_empty())
            .collect::<Vec<_>>()
            .join(" ")
    });
    let words: Vec<&str> = body.split_whitespace().take(8).collect();
    let mut first = words.join(" ");
    if body.split_whitespace().count() > 8 {
        first.push('…');
    }
    format!(
        "{recipient} · {scenario} · {} · {first}",
        age(now.saturating_sub(draft.updated))
    )
}

/// A short human age: `just now`, `5 min ago`, `3 h ago`, `2 d ago`.
pub fn age(seconds: u64) -> String {
    match seconds {
        0..60 => "just now".into(),
        60..3600 => format!("{} min ago", seconds / 60),
        3600..86_400 => format!("{} h ago", seconds / 3600),
        _ => format!("{} d ago", seconds / 86_400),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ages_read_naturally() {
        assert_eq!(age(5), "just now");
        assert_eq!(age(125), "2 min ago");
        assert_eq!(age(7200), "2 h ago");
        assert_eq!(age(200_000), "2 d ago");
    }
}
