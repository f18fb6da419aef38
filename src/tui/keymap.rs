//! Keys as data. [`BINDINGS`] is the single list of what each key does
//! where; [`map_key`] reads it, and the footer and the `F1` help are
//! generated from it, so they cannot drift apart.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui_textarea::Input;

use super::action::Action;
use super::app::{App, Focus, Overlay, Screen};
use crate::note::{Kind, Scenario};
use crate::store::Outcome;

/// Where a binding applies. Scopes are searched in the order of
/// [`active_scopes`]: the overlay first, then app-wide keys, then the focus.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// Everywhere, whatever is open.
    Global,
    /// The scenario picker.
    Picker,
    /// The composer, whatever has focus.
    Composer,
    /// A field of the form.
    Field,
    /// The whole-note editor (`F2`).
    FreeEdit,
    /// The lint pane.
    Lint,
    /// The template browser.
    Templates,
    /// The copy confirmation.
    Confirm,
    /// A question before something is lost.
    Ask,
    /// The help overlay.
    Help,
    /// The first-run question for the user's name.
    Name,
    /// The list of sent notes.
    Sent,
    /// The outcome keys, on the list and on a sent note.
    Marks,
    /// One sent note, read-only.
    SentNote,
    /// The acceptance rates.
    Stats,
}

impl Scope {
    /// Every scope, in the order the help lists them.
    pub const ALL: [Scope; 15] = [
        Scope::Picker,
        Scope::Composer,
        Scope::Field,
        Scope::FreeEdit,
        Scope::Lint,
        Scope::Templates,
        Scope::Confirm,
        Scope::Ask,
        Scope::Name,
        Scope::Sent,
        Scope::Marks,
        Scope::SentNote,
        Scope::Stats,
        Scope::Help,
        Scope::Global,
    ];

    /// The heading in the help overlay.
    pub fn title(self) -> &'static str {
        match self {
            Scope::Global => "Everywhere",
            Scope::Picker => "Scenario picker",
            Scope::Composer => "Composer",
            Scope::Field => "In a field",
            Scope::FreeEdit => "Free edit (F2)",
            Scope::Lint => "Lint pane",
            Scope::Templates => "Template browser (Ctrl-T)",
            Scope::Confirm => "Copy confirmation",
            Scope::Ask => "Before text or a draft is lost",
            Scope::Help => "This help",
            Scope::Name => "Your name (asked once)",
            Scope::Sent => "Sent notes (s in the picker)",
            Scope::Marks => "Marking what became of a sent note",
            Scope::SentNote => "A sent note (Enter on the list)",
            Scope::Stats => "Stats (t)",
        }
    }
}

/// A key press to match: a key code and its modifiers (Shift ignored for
/// characters, which arrive already shifted).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Key {
    /// The key.
    pub code: KeyCode,
    /// Ctrl / Alt.
    pub mods: KeyModifiers,
}

const fn plain(code: KeyCode) -> Key {
    Key {
        code,
        mods: KeyModifiers::NONE,
    }
}

const fn ctrl(c: char) -> Key {
    Key {
        code: KeyCode::Char(c),
        mods: KeyModifiers::CONTROL,
    }
}

const fn ch(c: char) -> Key {
    plain(KeyCode::Char(c))
}

impl Key {
    fn matches(self, event: &KeyEvent) -> bool {
        let relevant = KeyModifiers::CONTROL | KeyModifiers::ALT;
        let code_matches = match (self.code, event.code) {
            (KeyCode::Char(a), KeyCode::Char(b)) => {
                a == b || (a.eq_ignore_ascii_case(&b) && self.mods.contains(KeyModifiers::CONTROL))
            }
            (a, b) => a == b,
        };
        code_matches && (event.modifiers & relevant) == (self.mods & relevant)
    }
}

/// One line of the keymap: keys, what they do, and how they are described.
#[derive(Debug, Clone)]
pub struct Binding {
    /// Where it applies.
    pub scope: Scope,
    /// The keys that trigger it.
    pub keys: &'static [Key],
    /// What it does; `None` for keys documented here but handled by the
    /// text area (typing, undo) or the filter box.
    pub action: Option<Action>,
    /// The keys as the user reads them (`Ctrl-T`).
    pub label: &'static str,
    /// A word or two for the footer; empty keeps it out of the footer.
    pub short: &'static str,
    /// A sentence for the help overlay.
    pub help: &'static str,
}

macro_rules! bind {
    ($scope:ident, [$($key:expr),+], $action:expr, $label:literal, $short:literal, $help:literal) => {
        Binding {
            scope: Scope::$scope,
            keys: &[$($key),+],
            action: $action,
            label: $label,
            short: $short,
            help: $help,
        }
    };
}

use KeyCode::{BackTab, Backspace, Down, Enter, Esc, F, Tab, Up};

/// The keymap. Order matters within a scope: the first match wins, and the
/// footer shows entries in this order.
#[rustfmt::skip]
pub static BINDINGS: &[Binding] = &[
    bind!(Global, [ctrl('q'), ctrl('c')], Some(Action::Quit), "Ctrl-Q", "quit", "Save the draft and quit (Ctrl-C too)"),
    bind!(Picker, [plain(Up), ch('k')], Some(Action::PickerUp), "↑/k", "", "Select the previous scenario or draft"),
    bind!(Picker, [plain(Down), ch('j')], Some(Action::PickerDown), "↓/j", "", "Select the next scenario or draft"),
    bind!(Picker, [plain(Enter)], Some(Action::PickerChoose), "Enter", "choose", "Start the selected scenario, or resume the selected draft"),
    bind!(Picker, [ch('1')], Some(Action::ChooseScenario(Scenario::Close)), "1", "", "Start a note to a close contact"),
    bind!(Picker, [ch('2')], Some(Action::ChooseScenario(Scenario::Acquaintance)), "2", "", "Start a note to an acquaintance"),
    bind!(Picker, [ch('3')], Some(Action::ChooseScenario(Scenario::Stranger)), "3", "", "Start a note to a stranger"),
    bind!(Picker, [ch('1')], None, "1–3", "scenario", "Choose the numbered scenario right away"),
    bind!(Picker, [ch('4')], Some(Action::ChooseKind(Kind::FollowUp)), "4", "", "Write a follow-up after they accept"),
    bind!(Picker, [ch('5')], Some(Action::ChooseKind(Kind::PermissionAsk)), "5", "", "Ask permission before inviting"),
    bind!(Picker, [ch('6')], Some(Action::ChooseKind(Kind::IntroductionRequest)), "6", "", "Ask someone you both know for an introduction"),
    bind!(Picker, [ch('4')], None, "4–6", "message", "Choose the numbered message right away; its scenario is asked next"),
    bind!(Picker, [ch('s')], Some(Action::OpenSent), "s", "sent", "List the notes you copied and mark what became of them"),
    bind!(Picker, [ch('t')], Some(Action::OpenStats), "t", "stats", "Acceptance rates of your sent notes"),
    bind!(Picker, [ch('d'), plain(KeyCode::Delete)], Some(Action::PickerDelete), "d/Del", "delete", "Delete the selected draft or copied note (asks first)"),
    bind!(Picker, [ch('q')], Some(Action::Quit), "q", "", "Quit (the note in progress is saved)"),
    bind!(Picker, [plain(F(1))], Some(Action::ToggleHelp), "F1", "help", "Show this help"),
    bind!(Picker, [plain(Esc)], Some(Action::Back), "Esc", "", "Back to the kinds, or to the note in progress, if any"),
    bind!(Templates, [plain(Up), ctrl('p')], Some(Action::TemplateUp), "↑", "", "Select the previous template"),
    bind!(Templates, [plain(Down), ctrl('n')], Some(Action::TemplateDown), "↓", "", "Select the next template"),
    bind!(Templates, [plain(Enter)], Some(Action::ApplyTemplate), "Enter", "apply", "Fill the fields from the template; the cursor lands on the first {placeholder}"),
    bind!(Templates, [plain(Backspace)], Some(Action::FilterPop), "Backspace", "", "Delete the last filter character"),
    bind!(Templates, [ch('a')], None, "type", "filter", "Filter templates by id, title or description"),
    bind!(Templates, [plain(Esc)], Some(Action::Back), "Esc", "close", "Close without changing anything"),
    bind!(Confirm, [ch('y'), plain(Enter)], Some(Action::ConfirmCopy), "y/Enter", "copy anyway", "Copy although the note has errors"),
    bind!(Confirm, [ch('n'), plain(Esc)], Some(Action::Back), "n/Esc", "cancel", "Do not copy"),
    bind!(Ask, [ch('y'), plain(Enter)], Some(Action::Accept), "y/Enter", "yes", "Go ahead: the window says what will be lost"),
    bind!(Ask, [ch('n'), plain(Esc)], Some(Action::Back), "n/Esc", "no", "Keep everything as it is"),
    bind!(Help, [plain(Up), ch('k')], Some(Action::HelpUp), "↑/k", "", "Scroll up"),
    bind!(Help, [plain(Down), ch('j')], Some(Action::HelpDown), "↓/j", "", "Scroll down"),
    bind!(Help, [plain(F(1)), plain(Esc), ch('q')], Some(Action::ToggleHelp), "q/F1/Esc", "close", "Close the help"),
    bind!(Name, [plain(Enter)], Some(Action::NameDone), "Enter", "save", "Save the name to the config as `sender`; notes are signed with it"),
    bind!(Name, [plain(Backspace)], Some(Action::NamePop), "Backspace", "", "Delete the last character"),
    bind!(Name, [ch('a')], None, "type", "your name", "Type your name as you sign notes"),
    bind!(Name, [plain(Esc)], Some(Action::Back), "Esc", "skip", "Go on without a name (you are asked again next time)"),
    bind!(Sent, [plain(Up), ch('k')], Some(Action::SentUp), "↑/k", "", "Select the previous note"),
    bind!(Sent, [plain(Down), ch('j')], Some(Action::SentDown), "↓/j", "", "Select the next note"),
    bind!(Sent, [plain(Enter)], Some(Action::SentOpen), "Enter", "open", "Read the selected note; it can be copied again from there"),
    bind!(Marks, [ch('a')], Some(Action::Mark(Outcome::Accepted)), "a", "accepted", "Mark the note accepted"),
    bind!(Marks, [ch('r')], Some(Action::Mark(Outcome::Replied)), "r", "replied", "Mark the note replied to (accepted, and they wrote back)"),
    bind!(Marks, [ch('d')], Some(Action::Mark(Outcome::Declined)), "d", "declined", "Mark the note declined (a no, or \"I don't know this person\")"),
    bind!(Marks, [ch('w')], Some(Action::Mark(Outcome::Withdrawn)), "w", "withdrawn", "Mark the invitation withdrawn"),
    bind!(Marks, [ch('n')], Some(Action::Mark(Outcome::NoAnswer)), "n", "no answer", "Mark the note unanswered"),
    bind!(Sent, [ch('t')], Some(Action::OpenStats), "t", "stats", "Acceptance rates of your sent notes"),
    bind!(Sent, [plain(Esc)], Some(Action::Back), "Esc", "back", "Back to the picker"),
    bind!(SentNote, [ctrl('y'), ch('c')], Some(Action::CopySent), "Ctrl-Y/c", "copy again", "Copy the note again (it is not recorded a second time)"),
    bind!(SentNote, [plain(Esc), plain(Enter)], Some(Action::Back), "Esc", "back", "Back to the list"),
    bind!(Stats, [plain(Up), ch('k')], Some(Action::SentUp), "↑/k", "", "Scroll up"),
    bind!(Stats, [plain(Down), ch('j')], Some(Action::SentDown), "↓/j", "", "Scroll down"),
    bind!(Stats, [ch('s')], Some(Action::OpenSent), "s", "sent", "The list of sent notes"),
    bind!(Stats, [plain(Esc)], Some(Action::Back), "Esc", "back", "Back to the picker"),
    bind!(Composer, [plain(Tab)], Some(Action::FocusNext), "Tab", "next", "Select the next {placeholder} left to fill, in any field; with none left, focus the next field, then the lint pane"),
    bind!(Composer, [plain(BackTab)], Some(Action::FocusPrev), "Shift-Tab", "", "Focus the previous field or pane"),
    bind!(Composer, [ctrl('t')], Some(Action::OpenTemplates), "Ctrl-T", "templates", "Browse the templates of this scenario"),
    bind!(Composer, [ctrl('y')], Some(Action::Copy), "Ctrl-Y", "copy", "Copy the note to the clipboard (asks first if it has errors)"),
    bind!(Composer, [plain(F(2))], Some(Action::ToggleFreeEdit), "F2", "free edit", "Edit the whole note as one text; F2 returns (asks before edits are lost)"),
    bind!(Composer, [ctrl('l')], Some(Action::CycleLimit), "Ctrl-L", "limit", "Cycle the limit: premium 300, free 200, inmail 1900, message 8000"),
    bind!(Composer, [ctrl('g')], Some(Action::CycleGreeting), "Ctrl-G", "greeting", "Cycle the greeting word: Hi, Hello, Dear, Hey, none (saved to the config)"),
    bind!(Composer, [ctrl('s')], Some(Action::SaveDraft), "Ctrl-S", "save", "Save the draft now (it is also saved automatically)"),
    bind!(Composer, [plain(F(1))], Some(Action::ToggleHelp), "F1", "help", "Show this help"),
    bind!(Composer, [plain(Esc)], Some(Action::Back), "Esc", "back", "Back to the picker; the note is kept as a draft"),
    bind!(Field, [plain(Enter)], Some(Action::NextField), "Enter", "", "Next field (a field is one paragraph)"),
    bind!(Field, [ctrl('z'), ctrl('u')], None, "Ctrl-Z/Ctrl-U", "", "Undo (typing a word at a time; a template in one step)"),
    bind!(Field, [ctrl('r')], None, "Ctrl-R", "", "Redo"),
    bind!(Field, [ctrl('a')], None, "Ctrl-A/Ctrl-E", "", "Start / end of line (Home / End too)"),
    bind!(Field, [ctrl('w')], None, "Ctrl-W", "", "Delete the word before the cursor (Alt-Backspace too)"),
    bind!(Field, [ctrl('k')], None, "Ctrl-K", "", "Delete to the end of the line"),
    bind!(Field, [ctrl('f')], None, "Alt-F/Alt-B", "", "Next / previous word (Ctrl-→ / Ctrl-← too)"),
    bind!(FreeEdit, [plain(Enter)], None, "Enter", "", "New line; other editing keys work as in a field"),
    bind!(Lint, [plain(Up), ch('k')], Some(Action::LintUp), "↑/k", "", "Select the previous diagnostic"),
    bind!(Lint, [plain(Down), ch('j')], Some(Action::LintDown), "↓/j", "", "Select the next diagnostic"),
    bind!(Lint, [plain(Enter)], Some(Action::ApplyFix), "Enter", "fix", "Apply the selected diagnostic's fix; on an unfilled placeholder, select that gap"),
];

/// The scopes that take keys now, in the order they are asked.
pub fn active_scopes(app: &App) -> Vec<Scope> {
    let mut scopes = Vec::with_capacity(3);
    match &app.ui.overlay {
        Some(Overlay::Help(_)) => return vec![Scope::Help, Scope::Global],
        Some(Overlay::Templates(_)) => return vec![Scope::Templates, Scope::Global],
        Some(Overlay::ConfirmCopy) => return vec![Scope::Confirm, Scope::Global],
        Some(Overlay::Ask(_)) => return vec![Scope::Ask, Scope::Global],
        Some(Overlay::Name(_)) => return vec![Scope::Name, Scope::Global],
        None => {}
    }
    scopes.push(Scope::Global);
    match app.ui.screen {
        Screen::Picker => scopes.push(Scope::Picker),
        Screen::SentNote => scopes.extend([Scope::SentNote, Scope::Marks]),
        Screen::Sent => scopes.extend([Scope::Sent, Scope::Marks]),
        Screen::Stats => scopes.push(Scope::Stats),
        Screen::Composer => {}
    }
    if app.ui.screen != Screen::Composer {
        return scopes;
    }
    scopes.push(Scope::Composer);
    scopes.push(match app.ui.focus {
        Focus::Lint => Scope::Lint,
        Focus::Free => Scope::FreeEdit,
        Focus::Field(_) => Scope::Field,
    });
    scopes
}

/// The action for a key press in the current state, if any.
pub fn map_key(app: &App, key: KeyEvent) -> Option<Action> {
    let scopes = active_scopes(app);
    for scope in &scopes {
        let hit = BINDINGS
            .iter()
            .filter(|b| b.scope == *scope && b.action.is_some())
            .find(|b| b.keys.iter().any(|k| k.matches(&key)));
        if let Some(b) = hit {
            return b.action.clone();
        }
    }
    let typed = !key
        .modifiers
        .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT);
    match (scopes.first(), key.code) {
        (Some(Scope::Templates), KeyCode::Char(c)) if typed => Some(Action::FilterPush(c)),
        (Some(Scope::Name), KeyCode::Char(c)) if typed => Some(Action::NamePush(c)),
        _ if scopes.contains(&Scope::Field) || scopes.contains(&Scope::FreeEdit) => {
            Some(Action::Edit(Input::from(key)))
        }
        _ => None,
    }
}

/// The `(keys, short description)` pairs the footer shows now.
pub fn footer(app: &App) -> Vec<(&'static str, &'static str)> {
    let scopes = active_scopes(app);
    let mut out: Vec<(&str, &str)> = Vec::new();
    // The focused scope's keys first: they are the ones the user needs next.
    for scope in scopes.iter().rev() {
        for b in BINDINGS
            .iter()
            .filter(|b| b.scope == *scope && !b.short.is_empty())
        {
            out.push((b.label, b.short));
        }
    }
    out
}
