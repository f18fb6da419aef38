//! Everything the user can ask the composer to do, as data.
//!
//! Keys, mouse events and pastes become an [`Action`] in the keymap and the
//! runtime; [`crate::tui::update::update`] is the only place that acts on them.

use ratatui_textarea::Input;

use crate::note::{Kind, Scenario};
use crate::store::Outcome;

/// One thing the user asked for. Produced by the keymap or the runtime,
/// consumed by `update`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    /// Move the picker selection up (scenarios, then drafts).
    PickerUp,
    /// Move the picker selection down.
    PickerDown,
    /// Choose what is selected in the picker: start a scenario or resume a draft.
    PickerChoose,
    /// Ask to delete the draft selected in the picker (`d`, `Delete`).
    PickerDelete,
    /// Start a new note for this scenario (the `1`–`3` shortcuts): an
    /// invitation, or the kind chosen before.
    ChooseScenario(Scenario),
    /// Choose a message other than the invitation (the `4`–`6` shortcuts);
    /// its scenario is asked next.
    ChooseKind(Kind),
    /// Open the list of sent notes (`s` in the picker).
    OpenSent,
    /// Open the acceptance rates of sent notes (`t`).
    OpenStats,
    /// Select the previous sent note, or scroll the stats up.
    SentUp,
    /// Select the next sent note, or scroll the stats down.
    SentDown,
    /// Open the selected sent note, read-only.
    SentOpen,
    /// Record what became of the selected sent note.
    Mark(Outcome),
    /// Copy the selected sent note again, without recording a new one.
    CopySent,
    /// Move the focus to the next field, then the lint pane (`Tab`).
    FocusNext,
    /// Move the focus to the previous field or pane (`Shift-Tab`).
    FocusPrev,
    /// `Enter` in a field: a field is one paragraph, so go to the next one.
    NextField,
    /// Select the previous diagnostic in the lint pane.
    LintUp,
    /// Select the next diagnostic in the lint pane.
    LintDown,
    /// Apply the selected diagnostic's fix.
    ApplyFix,
    /// Open the template browser for the current scenario (`Ctrl-T`).
    OpenTemplates,
    /// Move the template selection up.
    TemplateUp,
    /// Move the template selection down.
    TemplateDown,
    /// Add a character to the template filter.
    FilterPush(char),
    /// Remove the last character of the template filter.
    FilterPop,
    /// Fill the fields from the selected template.
    ApplyTemplate,
    /// Copy the note to the clipboard (`Ctrl-Y`); asks first when the note has errors.
    Copy,
    /// Cycle the greeting word and save it to the config.
    CycleGreeting,
    /// Type a character of the user's name (first run).
    NamePush(char),
    /// Delete the last character of the name.
    NamePop,
    /// Save the name typed as the sender.
    NameDone,
    /// Answer "yes" to the copy confirmation.
    ConfirmCopy,
    /// Answer "yes" to a question before something is lost (leaving free
    /// edit, a template over filled fields, deleting a draft).
    Accept,
    /// Switch between the fields and free editing of the whole note (`F2`).
    ToggleFreeEdit,
    /// Cycle the limit profile (`Ctrl-L`).
    CycleLimit,
    /// Save the draft now (`Ctrl-S`).
    SaveDraft,
    /// Show or hide the key help (`F1`).
    ToggleHelp,
    /// Scroll the help overlay up.
    HelpUp,
    /// Scroll the help overlay down.
    HelpDown,
    /// Close the overlay, or go back to the picker; never loses text (`Esc`).
    Back,
    /// Save and leave (`Ctrl-Q`, `Ctrl-C`).
    Quit,
    /// A key for the focused text area (typing, movement, undo, redo).
    Edit(Input),
    /// Text from a bracketed paste, not yet cleaned.
    Paste(String),
    /// A left click at a terminal cell (column, row).
    Click(u16, u16),
    /// The mouse wheel at a terminal cell: `true` scrolls down.
    Scroll(u16, u16, bool),
    /// The terminal now has this many columns and rows.
    Resize(u16, u16),
}
