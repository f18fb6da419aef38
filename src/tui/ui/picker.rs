//! The first screen: choose a scenario, or resume an unfinished draft.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Widget};

use super::{block, layout, line, truncate, wrap};
use crate::note::{Kind, Scenario};
use crate::store::{Draft, DraftState};
use crate::tui::app::App;
use crate::tui::update::OTHER_KINDS;

/// The scenario picker.
pub struct Picker<'a> {
    /// The state to draw.
    pub app: &'a App,
}

impl Widget for &Picker<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let app = self.app;
        let theme = app.ui.theme;
        let width = usize::from(area.width.min(84)).saturating_sub(4);
        let heading = heading(app, width);
        let (mut lines, mut selected_line) = rows(app, width, true);
        // Short of room, only the selected row keeps its guidance.
        if heading.len() + lines.len() + 2 > usize::from(area.height) {
            (lines, selected_line) = rows(app, width, false);
        }
        let wanted = u16::try_from(heading.len() + lines.len() + 2).unwrap_or(u16::MAX);
        let rect = layout::centered(area, 84, wanted);
        let b = block("connote · new note", true, theme);
        let inner = b.inner(rect);
        b.render(rect, buf);
        let top = u16::try_from(heading.len()).unwrap_or(0).min(inner.height);
        Paragraph::new(heading).render(
            Rect {
                height: top,
                ..inner
            },
            buf,
        );
        let list = Rect {
            y: inner.y + top,
            height: inner.height - top,
            ..inner
        };
        (&Scrolled {
            lines,
            selected: selected_line,
            theme,
        })
            .render(list, buf);
    }
}

/// The list under the heading, kept around the selection, with a mark
/// where more lies above or below.
struct Scrolled {
    lines: Vec<Line<'static>>,
    selected: usize,
    theme: crate::tui::theme::Theme,
}

impl Widget for &Scrolled {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let height = usize::from(area.height);
        if height == 0 {
            return;
        }
        let total = self.lines.len();
        let mut lines = self.lines.clone();
        if total > height {
            // Room for the marks: one row each when they show.
            let view = height.saturating_sub(2).max(1);
            let first = (self.selected + 2).saturating_sub(view).min(total - view);
            let mut shown: Vec<Line<'static>> = Vec::with_capacity(height);
            if first > 0 {
                shown.push(Line::styled("   ↑ more above", self.theme.muted()));
            }
            let room = height - shown.len() - 1;
            let end = (first + room).min(total);
            shown.extend(lines.drain(first..end));
            if end < total {
                shown.push(Line::styled("   ↓ more below", self.theme.muted()));
            }
            lines = shown;
        }
        Paragraph::new(lines).render(area, buf);
    }
}

/// The scenarios and the drafts as lines, and the line of the selection.
/// The question above the list: who an invitation is for, or, once another
/// kind is chosen, that kind and how well the user knows the person.
fn heading(app: &App, width: usize) -> Vec<Line<'static>> {
    let theme = app.ui.theme;
    let Some(kind) = app.ui.picker_kind else {
        return vec![
            Line::styled(
                " An invitation to connect. Who is the note for?",
                theme.title(),
            ),
            Line::raw(""),
        ];
    };
    let mut lines = vec![Line::styled(format!(" {}", kind.title()), theme.title())];
    for l in wrap(kind.guidance(), width.saturating_sub(2)) {
        lines.push(Line::styled(format!(" {l}"), theme.muted()));
    }
    lines.push(Line::raw(""));
    let whom = if kind == Kind::IntroductionRequest {
        " How well do you know them? (the person you both know, you write to)"
    } else {
        " How well do you know them?"
    };
    lines.push(Line::styled(whom, theme.title()));
    lines.push(Line::raw(""));
    lines
}

/// One numbered row, as the picker marks its selection.
fn numbered(app: &App, number: usize, title: &str, selected: bool) -> Line<'static> {
    let theme = app.ui.theme;
    let style = if selected {
        theme.selected()
    } else {
        Style::default()
    };
    line(vec![
        (marker(selected), theme.key()),
        (format!("{number} "), theme.key()),
        (format!(" {title} "), style.patch(theme.title())),
    ])
}

fn marker(selected: bool) -> String {
    format!(" {} ", if selected { "›" } else { " " })
}

/// The rows under the heading and the line of the selection. With `full`
/// every row has its guidance; without, only the selected one.
fn rows(app: &App, width: usize, full: bool) -> (Vec<Line<'static>>, usize) {
    let theme = app.ui.theme;
    let mut lines = Vec::new();
    let mut selected_line = 0;
    let guidance = |lines: &mut Vec<Line<'static>>, text: &str| {
        for l in wrap(text.trim_end(), width.saturating_sub(6)) {
            lines.push(Line::styled(format!("      {l}"), theme.muted()));
        }
    };
    for (i, scenario) in Scenario::ALL.into_iter().enumerate() {
        let selected = app.ui.picker == i;
        if selected {
            selected_line = lines.len();
        }
        lines.push(numbered(app, i + 1, scenario.title(), selected));
        // The rest of a scenario's guidance is about invitations.
        let text = match app.ui.picker_kind {
            Some(_) => scenario
                .guidance()
                .split_inclusive(". ")
                .next()
                .unwrap_or_default(),
            None => scenario.guidance(),
        };
        if full || selected {
            guidance(&mut lines, text);
        }
        if full {
            lines.push(Line::raw(""));
        }
    }
    if !full {
        lines.push(Line::raw(""));
    }
    if app.ui.picker_kind.is_some() {
        return (lines, selected_line);
    }
    lines.push(Line::styled(
        " Or a message around the invitation",
        theme.title(),
    ));
    for (i, kind) in OTHER_KINDS.into_iter().enumerate() {
        let row = Scenario::ALL.len() + i;
        let selected = app.ui.picker == row;
        if selected {
            selected_line = lines.len();
        }
        lines.push(numbered(app, row + 1, kind.title(), selected));
        if full || selected {
            guidance(&mut lines, kind.summary());
        }
    }
    lines.push(Line::raw(""));
    if let Some(at) = drafts(app, width, &mut lines) {
        selected_line = at;
    }
    (lines, selected_line)
}

/// The unfinished drafts and the copied notes; the line of the selection
/// when it is one of them.
fn drafts(app: &App, width: usize, lines: &mut Vec<Line<'static>>) -> Option<usize> {
    let theme = app.ui.theme;
    let mut selected_line = None;
    lines.push(Line::styled(" Unfinished drafts", theme.title()));
    let unfinished = app
        .drafts
        .iter()
        .filter(|d| d.state == DraftState::Draft)
        .count();
    if unfinished == 0 {
        lines.push(Line::styled(
            "   none yet: drafts are saved as you type",
            theme.muted(),
        ));
    }
    for (i, draft) in app.drafts.iter().enumerate() {
        if i == unfinished {
            lines.push(Line::raw(""));
            lines.push(Line::styled(
                " Copied notes (edit one and it is a draft again)",
                theme.title(),
            ));
        }
        let selected = app.ui.picker == Scenario::ALL.len() + OTHER_KINDS.len() + i;
        if selected {
            selected_line = Some(lines.len());
        }
        let style = if selected {
            theme.selected()
        } else {
            Style::default()
        };
        lines.push(line(vec![
            (marker(selected), theme.key()),
            (
                truncate(&summary(draft, app.now), width.saturating_sub(3)),
                style,
            ),
        ]));
    }
    selected_line
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
    let scenario = match note.kind {
        Kind::Invitation => scenario.to_string(),
        kind => format!("{kind} · {scenario}"),
    };
    let body = note.free_text.clone().unwrap_or_else(|| {
        let texts = note.texts();
        texts[1..texts.len().saturating_sub(1)]
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
