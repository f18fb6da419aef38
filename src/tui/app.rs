//! The composer's whole state: one [`App`], changed only by `update`.

use ratatui_textarea::{TextArea, WrapMode};

use super::editor;
use super::field::Field;
use super::theme::Theme;
use crate::library::Template;
use crate::lint::{LintInput, Linter, PastNote, Report};
use crate::note::{Count, Limit, Note, Parts, Scenario, compose, count};
use crate::store::{Draft, DraftState};

/// Notes longer than this (bytes) are linted when the user pauses, not on
/// every keystroke, so a pasted megabyte keeps typing responsive.
pub const LINT_NOW_MAX: usize = 20_000;

/// Text areas longer than this (bytes) scroll sideways instead of wrapping.
pub const WRAP_MAX: usize = 20_000;

/// Which screen is showing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    /// Choose a scenario or a draft to resume.
    Picker,
    /// Fields, preview, gauge and lint pane.
    Composer,
}

/// What receives keys in the composer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Focus {
    /// A field of the form (or the free editor in free-edit mode).
    Field(Field),
    /// The lint pane.
    Lint,
}

/// The template browser's state.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Browser {
    /// What the user typed to filter templates.
    pub filter: String,
    /// Index into the filtered list.
    pub selected: usize,
}

/// A window drawn over the screen that takes the keys first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Overlay {
    /// The key help, scrolled by this many lines.
    Help(u16),
    /// The template browser.
    Templates(Browser),
    /// "The note has errors: copy anyway?"
    ConfirmCopy,
}

/// The message in the status line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Status {
    /// What happened.
    pub text: String,
    /// Whether it is a failure the user must notice.
    pub error: bool,
}

/// What the composer starts from, read from disk by the runtime.
#[derive(Debug, Clone, Default)]
pub struct Init {
    /// The configured sender: prefills the sign-off.
    pub sender: Option<String>,
    /// The configured limit.
    pub limit: Limit,
    /// The configured lint engine.
    pub linter: Linter,
    /// Every template, all scenarios.
    pub templates: Vec<Template>,
    /// Unfinished drafts, newest first.
    pub drafts: Vec<Draft>,
    /// Notes copied before, for `duplicate-note`.
    pub history: Vec<PastNote>,
    /// A message to show at start (a broken config, an unreadable draft).
    pub status: Option<Status>,
    /// Seconds since the Unix epoch.
    pub now: u64,
}

/// The composer's state.
#[derive(Debug)]
pub struct App {
    /// Which screen is showing.
    pub screen: Screen,
    /// The overlay on top, if any.
    pub overlay: Option<Overlay>,
    /// Selected row of the picker: 0–2 scenarios, then drafts.
    pub picker: usize,
    /// Drafts offered in the picker.
    pub drafts: Vec<Draft>,
    /// The scenario of the note being written.
    pub scenario: Scenario,
    /// The five fields.
    pub fields: [TextArea<'static>; 5],
    /// The whole-note editor; `Some` while in free-edit mode.
    pub free: Option<TextArea<'static>>,
    /// What receives keys in the composer.
    pub focus: Focus,
    /// The active limit profile.
    pub limit: Limit,
    /// The configured sender.
    pub sender: Option<String>,
    /// The note as it will be pasted.
    pub text: String,
    /// Its size.
    pub count: Count,
    /// The latest lint of `text` (may lag for huge notes, see `lint_stale`).
    pub report: Report,
    /// Set when `report` is older than `text`.
    pub lint_stale: bool,
    /// Selected diagnostic in the lint pane.
    pub lint_selected: usize,
    /// Every template.
    pub templates: Vec<Template>,
    /// The status line.
    pub status: Option<Status>,
    /// Colours or modifiers only.
    pub theme: Theme,
    /// The terminal size (columns, rows).
    pub size: (u16, u16),
    /// Bumped on every change of the note, for autosave.
    pub revision: u64,
    /// The draft file this note is saved as, once saved.
    pub draft_id: Option<String>,
    /// When this note was started.
    pub created: u64,
    /// Whether the note was copied.
    pub copied: bool,
    /// Seconds since the Unix epoch, kept current by the runtime.
    pub now: u64,
    /// Notes copied before.
    pub history: Vec<PastNote>,
    /// Free text set aside by `F2`, with the fields it was written against.
    pub stash: Option<(String, [String; 5])>,
    linter: Linter,
}

impl App {
    /// A composer showing the picker.
    pub fn new(init: Init, theme: Theme, size: (u16, u16)) -> App {
        let fields = Field::ALL.map(|_| editor::new_area("", theme));
        let mut app = App {
            screen: Screen::Picker,
            overlay: None,
            picker: 0,
            drafts: init.drafts,
            scenario: Scenario::Stranger,
            fields,
            free: None,
            focus: Focus::Field(Field::To),
            limit: init.limit,
            sender: init.sender.filter(|s| !s.trim().is_empty()),
            text: String::new(),
            count: Count::default(),
            report: Report {
                count: Count::default(),
                limit: init.limit.chars(),
                diagnostics: Vec::new(),
                checklist: crate::lint::Checklist::default(),
            },
            lint_stale: false,
            lint_selected: 0,
            templates: init.templates,
            status: init.status,
            theme,
            size,
            revision: 0,
            draft_id: None,
            created: init.now,
            copied: false,
            now: init.now,
            history: init.history,
            stash: None,
            linter: init.linter,
        };
        app.refresh();
        app
    }

    /// Starts a fresh note in `scenario`, sign-off prefilled.
    pub fn start(&mut self, scenario: Scenario) {
        self.scenario = scenario;
        let sign_off = self.sender.clone().unwrap_or_default();
        self.fields = Field::ALL.map(|f| {
            let text = if f == Field::SignOff {
                sign_off.as_str()
            } else {
                ""
            };
            editor::new_area(text, self.theme)
        });
        self.free = None;
        self.stash = None;
        self.draft_id = None;
        self.created = self.now;
        self.copied = false;
        self.enter_composer();
    }

    /// Reopens a saved draft.
    pub fn resume(&mut self, draft: &Draft) {
        let note = &draft.note;
        self.scenario = note.scenario.unwrap_or(Scenario::Stranger);
        let raw = [
            note.recipient.as_str(),
            note.parts.context.as_str(),
            note.parts.invite.as_str(),
            note.parts.next_step.as_str(),
            note.sign_off.as_str(),
        ];
        self.fields = raw.map(|t| editor::new_area(t, self.theme));
        self.free = note
            .free_text
            .as_deref()
            .map(|t| editor::new_area(t, self.theme));
        self.stash = None;
        self.limit = draft.limit;
        self.draft_id = Some(draft.id.clone());
        self.created = draft.created;
        self.copied = draft.state == DraftState::Copied;
        self.enter_composer();
    }

    fn enter_composer(&mut self) {
        self.screen = Screen::Composer;
        self.overlay = None;
        self.focus = Focus::Field(Field::To);
        self.lint_selected = 0;
        self.restyle();
        self.refresh();
    }

    /// The text area that receives typing, if the focus is on one.
    pub fn focused_area(&mut self) -> Option<&mut TextArea<'static>> {
        match (self.focus, self.free.as_mut()) {
            (Focus::Field(_), Some(free)) => Some(free),
            (Focus::Field(f), None) => Some(&mut self.fields[f.index()]),
            (Focus::Lint, _) => None,
        }
    }

    /// Sets hints and cursor styles after a focus or scenario change.
    pub fn restyle(&mut self) {
        let focused = match (self.focus, &self.free) {
            (Focus::Field(f), None) => Some(f),
            _ => None,
        };
        for f in Field::ALL {
            let area = &mut self.fields[f.index()];
            let cursor = if focused == Some(f) {
                self.theme.cursor()
            } else {
                ratatui::style::Style::default()
            };
            area.set_cursor_style(cursor);
        }
        let free_cursor = if matches!(self.focus, Focus::Field(_)) {
            self.theme.cursor()
        } else {
            ratatui::style::Style::default()
        };
        if let Some(free) = self.free.as_mut() {
            free.set_cursor_style(free_cursor);
        }
    }

    /// The raw text of every field, in [`Field::ALL`] order.
    pub fn raw_fields(&self) -> [String; 5] {
        Field::ALL.map(|f| editor::text(&self.fields[f.index()]))
    }

    /// The note as a draft stores it.
    pub fn note(&self) -> Note {
        let [recipient, context, invite, next_step, sign_off] = self.raw_fields();
        Note {
            scenario: Some(self.scenario),
            recipient,
            parts: Parts {
                context,
                invite,
                next_step,
            },
            sign_off,
            free_text: self.free.as_ref().map(editor::text),
        }
    }

    /// Whether there is anything worth saving.
    pub fn has_content(&self) -> bool {
        let sender = self.sender.as_deref().unwrap_or("");
        let typed = Field::ALL.iter().any(|f| {
            let t = editor::text(&self.fields[f.index()]);
            if *f == Field::SignOff {
                !t.trim().is_empty() && t.trim() != sender.trim()
            } else {
                !t.trim().is_empty()
            }
        });
        typed || self.free.as_ref().is_some_and(|a| !editor::is_blank(a))
    }

    /// The draft to save for the current note.
    pub fn draft(&self) -> Draft {
        Draft {
            id: self.draft_id.clone().unwrap_or_default(),
            note: self.note(),
            limit: self.limit,
            created: self.created,
            updated: self.now,
            state: if self.copied {
                DraftState::Copied
            } else {
                DraftState::Draft
            },
        }
    }

    /// Recomputes the note, its count and (for normal sizes) its lint.
    /// Called by `update` whenever text, scenario or limit change.
    pub fn refresh(&mut self) {
        self.text = if let Some(free) = &self.free {
            editor::text(free)
        } else {
            let [to, context, invite, next_step, sign_off] = self.raw_fields();
            let parts = Parts {
                context,
                invite,
                next_step,
            };
            compose(&to, &parts, &sign_off)
        };
        self.revision += 1;
        if self.text.len() <= LINT_NOW_MAX {
            self.count = count(&self.text);
            self.relint();
        } else {
            // Graphemes are slow to count and not shown: for a huge note only
            // the UTF-16 count (the gauge) is kept exact on every keystroke;
            // the lint catches up when the user pauses.
            self.count = Count {
                count: self.text.encode_utf16().count(),
                graphemes: self.report.count.graphemes,
            };
            self.lint_stale = true;
        }
        self.fit_wrapping();
    }

    /// Soft wrap re-measures a text area's whole text on every edit; past
    /// [`WRAP_MAX`] bytes that would make typing lag, so such a text area
    /// scrolls sideways instead until it is short again.
    fn fit_wrapping(&mut self) {
        let areas = self.fields.iter_mut().chain(self.free.as_mut());
        for area in areas {
            let size: usize = area.lines().iter().map(String::len).sum();
            let wanted = if size > WRAP_MAX {
                WrapMode::None
            } else {
                WrapMode::WordOrGlyph
            };
            if area.wrap_mode() != wanted {
                area.set_wrap_mode(wanted);
            }
        }
    }

    /// Lints the current text now (the runtime calls this when a huge note
    /// was left stale and the user paused).
    pub fn relint(&mut self) {
        let recipient = editor::text(&self.fields[Field::To.index()]);
        let sign_off = editor::text(&self.fields[Field::SignOff.index()]);
        let sender = self
            .sender
            .clone()
            .unwrap_or_else(|| sign_off.trim().to_string());
        let input = LintInput {
            text: &self.text,
            scenario: self.scenario,
            recipient: Some(recipient.trim()).filter(|r| !r.is_empty()),
            sender: Some(sender.as_str()).filter(|s| !s.is_empty()),
            limit: self.limit,
            history: &self.history,
            now: self.now,
        };
        self.report = self.linter.lint(&input);
        self.count = self.report.count;
        self.lint_stale = false;
        let n = self.report.diagnostics.len();
        self.lint_selected = self.lint_selected.min(n.saturating_sub(1));
    }

    /// Shows an informational message.
    pub fn info(&mut self, text: impl Into<String>) {
        self.status = Some(Status {
            text: text.into(),
            error: false,
        });
    }

    /// Shows a failure the user must notice.
    pub fn error(&mut self, text: impl Into<String>) {
        self.status = Some(Status {
            text: text.into(),
            error: true,
        });
    }

    /// The templates of the current scenario that match `filter`
    /// (case-insensitive, in id, title or description).
    pub fn filtered_templates(&self, filter: &str) -> Vec<&Template> {
        let needle = filter.to_lowercase();
        self.templates
            .iter()
            .filter(|t| t.scenario == self.scenario)
            .filter(|t| {
                needle.is_empty()
                    || [&t.id, &t.title, &t.description]
                        .iter()
                        .any(|s| s.to_lowercase().contains(&needle))
            })
            .collect()
    }
}
