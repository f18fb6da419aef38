//! The composer's whole state: one [`App`], changed only by `update`.

use super::editor::Editor;
use super::field::Field;
use super::theme::Theme;
use crate::library::Template;
use crate::lint::{Linter, PastNote, Report};
use crate::note::{Count, Limit, Scenario};
use crate::store::{Draft, DraftState};

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
    /// A field of the form.
    Field(Field),
    /// The free editor: in free-edit mode the whole note is one text.
    Free,
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
    pub fields: [Editor; 5],
    /// The whole-note editor; `Some` while in free-edit mode.
    pub free: Option<Editor>,
    /// What receives keys in the composer.
    pub focus: Focus,
    /// The active limit profile.
    pub limit: Limit,
    /// The configured sender.
    pub sender: Option<String>,
    /// The start of the note as it will be pasted: all of it, unless the
    /// note is huge (then the first screenfuls; [`App::text`] has it all).
    pub preview: String,
    /// Whether `preview` is the whole note.
    pub preview_whole: bool,
    /// Its size, exact on every keystroke.
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
    pub(super) linter: Linter,
}

impl App {
    /// A composer showing the picker.
    pub fn new(init: Init, theme: Theme, size: (u16, u16)) -> App {
        let fields = Field::ALL.map(|_| Editor::new("", theme));
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
            preview: String::new(),
            preview_whole: true,
            count: Count::default(),
            report: Report {
                count: Count::default(),
                limit: init.limit.units(),
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
            Editor::new(text, self.theme)
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
        self.fields = raw.map(|t| Editor::new(t, self.theme));
        self.free = note
            .free_text
            .as_deref()
            .map(|t| Editor::new(t, self.theme));
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
        self.focus = if self.free.is_some() {
            Focus::Free
        } else {
            Focus::Field(Field::To)
        };
        self.lint_selected = 0;
        self.restyle();
        self.refresh();
    }

    /// The editor that receives typing, if the focus is on one.
    pub fn focused_area(&mut self) -> Option<&mut Editor> {
        match self.focus {
            Focus::Free => self.free.as_mut(),
            Focus::Field(f) => Some(&mut self.fields[f.index()]),
            Focus::Lint => None,
        }
    }

    /// Sets hints and cursor styles after a focus or scenario change.
    pub fn restyle(&mut self) {
        let focused = match self.focus {
            Focus::Field(f) => Some(f),
            Focus::Free | Focus::Lint => None,
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
        let free_cursor = if self.focus == Focus::Free {
            self.theme.cursor()
        } else {
            ratatui::style::Style::default()
        };
        if let Some(free) = self.free.as_mut() {
            free.set_cursor_style(free_cursor);
        }
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
