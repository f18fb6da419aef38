//! Drawing. Every pane is a small widget over `&App`: it reads the state
//! and writes cells, nothing else (no I/O, no lint runs).

mod ask;
mod confirm;
mod form;
mod gauge;
mod help;
pub mod layout;
mod lint_pane;
mod name_prompt;
mod picker;
mod preview;
mod sent;
mod stats;
mod status;
pub mod templates;
mod too_small;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Widget};

use super::app::{App, Overlay, Screen};
use super::theme::Theme;

/// The whole screen for `app`.
pub struct Root<'a>(pub &'a App);

impl Widget for &Root<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let app = self.0;
        if area.is_empty() {
            return;
        }
        // Six fields need two rows more than an invitation's five.
        let kind = match app.ui.screen {
            Screen::Composer => app.form.kind,
            _ => crate::note::Kind::Invitation,
        };
        if !layout::fits_for(area, kind) {
            return (&too_small::TooSmall {
                area_size: (area.width, area.height),
                needs: (layout::MIN_WIDTH, layout::min_height(kind)),
                theme: app.ui.theme,
            })
                .render(area, buf);
        }
        let (body, status_area, footer) = layout::screen_rows(area);
        match app.ui.screen {
            Screen::Picker => (&picker::Picker { app }).render(body, buf),
            Screen::Sent => (&sent::SentList { app }).render(body, buf),
            Screen::SentNote => (&sent::SentNoteView { app }).render(body, buf),
            Screen::Stats => (&stats::StatsView { app }).render(body, buf),
            Screen::Composer => {
                let l = layout::composer_for(area, app.form.kind);
                (&form::Form { app, layout: &l }).render(body, buf);
                (&preview::Preview { app }).render(l.preview, buf);
                (&gauge::Gauge { app }).render(l.gauge, buf);
                (&lint_pane::LintPane { app }).render(l.lint, buf);
            }
        }
        (&status::StatusLine { app }).render(status_area, buf);
        (&status::Footer { app }).render(footer, buf);
        match &app.ui.overlay {
            Some(Overlay::Help(scroll)) => (&help::Help {
                app,
                scroll: *scroll,
            })
                .render(body, buf),
            Some(Overlay::Templates(browser)) => {
                (&templates::Templates { app, browser }).render(body, buf);
            }
            Some(Overlay::ConfirmCopy) => (&confirm::Confirm { app }).render(body, buf),
            Some(Overlay::Ask(ask)) => (&ask::AskView { app, ask }).render(body, buf),
            Some(Overlay::Name(name)) => (&name_prompt::NamePrompt { app, name }).render(body, buf),
            None => {}
        }
    }
}

/// How the picker shows a draft: `Priya · acquaintance · 2 h ago · We met…`.
pub fn draft_summary(draft: &crate::store::Draft, now: u64) -> String {
    picker::summary(draft, now)
}

/// A pane's rounded block, highlighted when it has the focus.
pub(crate) fn block(title: &str, focused: bool, theme: Theme) -> Block<'static> {
    let (border, title_style) = if focused {
        (theme.focus(), theme.focus())
    } else {
        (theme.border(), theme.title())
    };
    Block::bordered()
        .border_type(BorderType::Rounded)
        .border_style(border)
        .title(Span::styled(format!(" {title} "), title_style))
}

/// Word wrap for a pane: long words are cut, as nothing draws past its edge.
pub(crate) fn wrap(text: &str, width: usize) -> Vec<String> {
    crate::wrap::wrap(text, width, true)
}

/// `text` cut to `width` columns, ending in `…` when something was cut, so
/// a row that does not fit says so instead of stopping mid-word.
pub(crate) fn truncate(text: &str, width: usize) -> String {
    use unicode_width::UnicodeWidthChar;
    let cell = |c: char| c.width().unwrap_or(0);
    if text.chars().map(cell).sum::<usize>() <= width {
        return text.to_string();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in text.chars() {
        if used + cell(c) + 1 > width {
            break;
        }
        used += cell(c);
        out.push(c);
    }
    if width > 0 {
        out.truncate(out.trim_end().len());
        out.push('…');
    }
    out
}

/// A line of `(text, style)` pieces.
pub(crate) fn line(pieces: Vec<(String, Style)>) -> Line<'static> {
    Line::from(
        pieces
            .into_iter()
            .map(|(t, s)| Span::styled(t, s))
            .collect::<Vec<_>>(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn truncation_marks_what_was_cut() {
        assert_eq!(truncate("no next step", 20), "no next step");
        assert_eq!(truncate("no next step: suggest a call", 12), "no next ste…");
        assert_eq!(truncate("日本語のメモ", 7), "日本語…");
        assert_eq!(truncate("abc", 0), "");
    }
}
