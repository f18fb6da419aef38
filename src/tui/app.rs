//! The composer's whole state: one [`App`], changed only by `update`.

use std::sync::Arc;

use super::ask::Ask;
use super::editor::Editor;
use super::field::Field;
use super::sent::SentView;
use super::theme::Theme;
use super::undo_group::Group;
use crate::library::Template;
use crate::lint::{Linter, PastNote, Report};
use crate::note::{Count, Kind, Limit, Scenario};
use crate::outcomes::Ledger;
use crate::store::{Draft, DraftState};

/// Which screen is showing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    /// Choose a scenario or a draft to resume.
    Picker,
    /// Fields, preview, gauge and lint pane.
    Composer,
    /// The notes copied so far, to mark what became of them.
    Sent,
    /// One sent note, read-only.
    SentNote,
    /// Acceptance rates of the sent notes.
    Stats,
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
    /// A question before something would be lost.
    Ask(Ask),
    /// "Your name?", asked once when no sender is configured; holds what
    /// is typed so far.
    Name(String),
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
    /// The configured sender (never blank): prefills the sign-off.
    pub sender: Option<String>,
    /// The configured greeting word (empty for none); `None` is `Hi`.
    pub greeting: Option<String>,
    /// The configured limit.
    pub limit: Limit,
    /// The configured lint engine.
    pub linter: Linter,
    /// Every template, all scenarios.
    pub templates: Vec<Template>,
    /// Unfinished drafts, newest first, then copied notes, newest first.
    pub drafts: Vec<Draft>,
    /// Notes copied before, for `duplicate-note`.
    pub history: Vec<PastNote>,
    /// Sent notes with their outcomes.
    pub ledger: Ledger,
    /// `monthly_notes` from the config.
    pub monthly_notes: Option<u32>,
    /// A message to show at start (a broken config, an unreadable draft).
    pub status: Option<Status>,
    /// Ask for the user's name first (no sender in the config).
    pub ask_name: bool,
    /// Seconds since the Unix epoch.
    pub now: u64,
}

/// What the user typed: the note's scenario, fields and limit. Everything
/// in [`Derived`] is computed from this.
#[derive(Debug)]
pub struct Form {
    /// What is being written: an invitation, or a message around one.
    pub kind: Kind,
    /// The scenario of the note being written.
    pub scenario: Scenario,
    /// The kind's fields, in [`Kind::fields`] order.
    pub fields: Vec<Editor>,
    /// The whole-note editor; `Some` while in free-edit mode.
    pub free: Option<Editor>,
    /// The active limit profile.
    pub limit: Limit,
    /// The last change made in several fields at once (a template), undone
    /// as one step.
    pub group: Option<Group>,
    /// The template the note was started from, if any.
    pub template: Option<String>,
}

/// What the composer derives from the [`Form`]: the note's start, its
/// count and its lint. Recomputed in `update`, never in drawing.
#[derive(Debug)]
pub struct Derived {
    /// The start of the note as it will be pasted: all of it, unless the
    /// note is huge (then the first screenfuls; [`App::text`] has it all).
    pub preview: String,
    /// Whether `preview` is the whole note.
    pub preview_whole: bool,
    /// Its size, exact on every keystroke.
    pub count: Count,
    /// The latest lint of the note (may lag for huge notes, see `lint_stale`).
    pub report: Report,
    /// Set when `report` is older than the note.
    pub lint_stale: bool,
    /// Set by the runtime: the note is linted on the worker thread, never
    /// on the UI thread, whatever its size (tests lint at once).
    pub lint_off_thread: bool,
}

/// What the screen shows besides the note: where the user is and what
/// they are told.
#[derive(Debug)]
pub struct Ui {
    /// Which screen is showing.
    pub screen: Screen,
    /// The overlay on top, if any.
    pub overlay: Option<Overlay>,
    /// Selected row of the picker: 0–2 the invitation's scenarios, 3–5 the
    /// other kinds, then drafts; once a kind is chosen, 0–2 its scenarios.
    pub picker: usize,
    /// The kind chosen in the picker, whose scenario is asked next.
    pub picker_kind: Option<Kind>,
    /// What receives keys in the composer.
    pub focus: Focus,
    /// Selected diagnostic in the lint pane.
    pub lint_selected: usize,
    /// The status line.
    pub status: Option<Status>,
    /// The screen and note ([`App::note_serial`]) the status was about: it
    /// shows only there.
    pub status_at: (Screen, u64),
    /// Colours or modifiers only.
    pub theme: Theme,
    /// The terminal size (columns, rows).
    pub size: (u16, u16),
    /// An action that needs the findings of the text on screen (copy, a
    /// fix), waiting for the lint worker.
    pub after_lint: Option<super::action::Action>,
}

/// The composer's state: the form, what is derived from it, the UI, what
/// was read at start, and the bookkeeping of saving.
#[derive(Debug)]
pub struct App {
    /// What the user typed.
    pub form: Form,
    /// The composed note's start, count and lint.
    pub derived: Derived,
    /// Screen, overlay, focus, status.
    pub ui: Ui,
    /// Drafts offered in the picker: unfinished ones, then copied notes.
    pub drafts: Vec<Draft>,
    /// The configured sender.
    pub sender: Option<String>,
    /// The greeting word the note opens with (`Hi`; empty for none),
    /// cycled with a key and saved to the config.
    pub greeting: String,
    /// Every template.
    pub templates: Vec<Template>,
    /// The limit an invitation starts with (the configured one); the other
    /// kinds start with their own.
    pub invitation_limit: Limit,
    /// Notes copied before, shared with the lint worker's jobs (a copy per
    /// keystroke would cost as much as the history is long).
    pub history: Arc<Vec<PastNote>>,
    /// Seconds since the Unix epoch, kept current by the runtime.
    pub now: u64,
    /// Bumped on every change of the note, for autosave.
    pub revision: u64,
    /// The draft file this note is saved as, once saved.
    pub draft_id: Option<String>,
    /// When this note was started.
    pub created: u64,
    /// The revision of the note that was copied, if any: an edit after the
    /// copy makes it a draft again.
    pub copied: Option<u64>,
    /// Sent notes, their outcomes and figures.
    pub sent: SentView,
    /// Counts the notes started or resumed, so a message about one note
    /// does not stay on the next.
    pub note_serial: u64,
    pub(super) linter: Linter,
}

impl App {
    /// A composer showing the picker.
    pub fn new(init: Init, theme: Theme, size: (u16, u16)) -> App {
        let fields = Field::all(Kind::Invitation)
            .map(|_| Editor::new("", theme))
            .collect();
        let mut app = App {
            form: Form {
                kind: Kind::Invitation,
                scenario: Scenario::Stranger,
                fields,
                free: None,
                limit: init.limit,
                group: None,
                template: None,
            },
            derived: Derived {
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
                lint_off_thread: false,
            },
            ui: Ui {
                screen: Screen::Picker,
                overlay: None,
                picker: 0,
                picker_kind: None,
                focus: Focus::Field(Field::To),
                lint_selected: 0,
                status: init.status,
                status_at: (Screen::Picker, 0),
                theme,
                size,
                after_lint: None,
            },
            drafts: init.drafts,
            sender: init.sender,
            greeting: init
                .greeting
                .unwrap_or_else(|| crate::note::greeting::DEFAULT.to_string()),
            templates: init.templates,
            invitation_limit: init.limit,
            revision: 0,
            draft_id: None,
            created: init.now,
            copied: None,
            now: init.now,
            history: Arc::new(init.history),
            sent: SentView::new(init.ledger, init.monthly_notes),
            note_serial: 0,
            linter: init.linter,
        };
        app.refresh();
        if init.ask_name && app.sender.is_none() {
            app.ui.overlay = Some(Overlay::Name(String::new()));
        }
        app
    }

    /// Starts a fresh invitation in `scenario`, sign-off prefilled.
    pub fn start(&mut self, scenario: Scenario) {
        self.start_kind(Kind::Invitation, scenario);
    }

    /// Starts a fresh message of `kind` in `scenario`, sign-off prefilled.
    /// Another kind goes into its own box (a message, an InMail); an
    /// invitation keeps the limit chosen for invitations.
    pub fn start_kind(&mut self, kind: Kind, scenario: Scenario) {
        if kind != Kind::Invitation {
            self.form.limit = kind.default_limit();
        } else if self.form.kind != Kind::Invitation {
            self.form.limit = self.invitation_limit;
        }
        self.form.kind = kind;
        self.form.scenario = scenario;
        self.ui.picker_kind = None;
        let sign_off = self.sender.clone().unwrap_or_default();
        let last = Field::sign_off(kind);
        self.form.fields = Field::all(kind)
            .map(|f| {
                let text = if f == last { sign_off.as_str() } else { "" };
                Editor::new(text, self.ui.theme)
            })
            .collect();
        self.form.free = None;
        self.form.group = None;
        self.form.template = None;
        self.draft_id = None;
        self.created = self.now;
        self.copied = None;
        self.enter_composer();
    }

    /// Reopens a saved draft.
    pub fn resume(&mut self, draft: &Draft) {
        let note = &draft.note;
        self.form.kind = note.kind;
        self.form.scenario = note.scenario.unwrap_or(Scenario::Stranger);
        self.ui.picker_kind = None;
        self.form.fields = note
            .texts()
            .into_iter()
            .map(|t| Editor::new(t, self.ui.theme))
            .collect();
        self.form.free = note
            .free_text
            .as_deref()
            .map(|t| Editor::new(t, self.ui.theme));
        self.form.group = None;
        self.form.template = None;
        self.form.limit = draft.limit;
        self.draft_id = Some(draft.id.clone());
        self.created = draft.created;
        self.enter_composer();
        self.copied = (draft.state == DraftState::Copied).then_some(self.revision);
    }

    /// Records that the note, as it is now, was copied.
    pub fn mark_copied(&mut self) {
        self.copied = Some(self.revision);
    }

    /// Whether the note on screen is the one that was copied.
    pub fn is_copied(&self) -> bool {
        self.copied == Some(self.revision)
    }

    /// Drops the note in progress (its draft was deleted): the picker no
    /// longer offers to return to it.
    pub fn forget_note(&mut self) {
        let screen = self.ui.screen;
        self.start_kind(self.form.kind, self.form.scenario);
        self.ui.screen = screen;
    }

    fn enter_composer(&mut self) {
        self.note_serial += 1;
        self.ui.screen = Screen::Composer;
        self.ui.overlay = None;
        self.ui.focus = if self.form.free.is_some() {
            Focus::Free
        } else {
            Focus::Field(Field::To)
        };
        self.ui.lint_selected = 0;
        self.restyle();
        self.refresh();
    }

    /// The editor that receives typing, if the focus is on one.
    pub fn focused_area(&mut self) -> Option<&mut Editor> {
        match self.ui.focus {
            Focus::Free => self.form.free.as_mut(),
            Focus::Field(f) => Some(&mut self.form.fields[f.index()]),
            Focus::Lint => None,
        }
    }

    /// Sets hints and cursor styles after a focus or scenario change.
    pub fn restyle(&mut self) {
        let focused = match self.ui.focus {
            Focus::Field(f) => Some(f),
            Focus::Free | Focus::Lint => None,
        };
        for f in Field::all(self.form.kind) {
            let area = &mut self.form.fields[f.index()];
            let cursor = if focused == Some(f) {
                self.ui.theme.cursor()
            } else {
                ratatui::style::Style::default()
            };
            area.set_cursor_style(cursor);
        }
        let free_cursor = if self.ui.focus == Focus::Free {
            self.ui.theme.cursor()
        } else {
            ratatui::style::Style::default()
        };
        if let Some(free) = self.form.free.as_mut() {
            free.set_cursor_style(free_cursor);
        }
    }

    /// Shows an informational message.
    pub fn info(&mut self, text: impl Into<String>) {
        self.say(text.into(), false);
    }

    /// Shows a failure the user must notice.
    pub fn error(&mut self, text: impl Into<String>) {
        self.say(text.into(), true);
    }

    fn say(&mut self, text: String, error: bool) {
        self.ui.status = Some(Status { text, error });
        self.ui.status_at = (self.ui.screen, self.note_serial);
    }

    /// The status message, while the screen and note it was about show.
    pub fn visible_status(&self) -> Option<&Status> {
        self.ui
            .status
            .as_ref()
            .filter(|_| self.ui.status_at == (self.ui.screen, self.note_serial))
    }

    /// The templates of the current scenario that match `filter`
    /// (case-insensitive, in id, title or description).
    pub fn filtered_templates(&self, filter: &str) -> Vec<&Template> {
        let needle = filter.to_lowercase();
        self.templates
            .iter()
            .filter(|t| t.scenario == self.form.scenario && t.kind == self.form.kind)
            .filter(|t| {
                needle.is_empty()
                    || [&t.id, &t.title, &t.description]
                        .iter()
                        .any(|s| s.to_lowercase().contains(&needle))
            })
            .collect()
    }
}
