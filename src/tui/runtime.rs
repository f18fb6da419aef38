//! The event loop: read terminal events, turn them into actions, run
//! `update`, carry out its effects, draw. Also autosave, the lint of huge
//! notes (on a worker thread, when the user pauses), and the signal flag.

use std::io::{self, IsTerminal, Write};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::time::{Duration, Instant};

use ratatui::crossterm::event::{self, Event, KeyEventKind, MouseButton, MouseEventKind};

use super::action::Action;
use super::app::App;
use super::clipboard::Clipboard;
use super::composed::LintDone;
use super::farewell::{Ending, farewell};
use super::first_run;
use super::keymap::map_key;
use super::lint_worker::LintWorker;
use super::storage::{self, Storage};
use super::terminal::{self, Term};
use super::ui::Root;
use super::update::{Effect, update};
use crate::lint::PastNote;
use crate::store::lock::{DraftLock, Locked};
use crate::store::{Draft, DraftState, Entry};

/// Autosave once the user has paused this long (well within SPEC's second).
const AUTOSAVE_PAUSE: Duration = Duration::from_millis(300);
/// After a failed autosave, try again this long after the failure.
const AUTOSAVE_RETRY: Duration = Duration::from_secs(1);
/// How long the loop waits for input before doing idle work.
const TICK: Duration = Duration::from_millis(100);

/// The event to action translation that is not a key binding.
pub fn event_action(app: &App, event: Event) -> Option<Action> {
    match event {
        Event::Key(key) if key.kind != KeyEventKind::Release => map_key(app, key),
        Event::Paste(text) => Some(Action::Paste(text)),
        Event::Resize(w, h) => Some(Action::Resize(w, h)),
        Event::Mouse(m) => match m.kind {
            MouseEventKind::Down(MouseButton::Left) => Some(Action::Click(m.column, m.row)),
            MouseEventKind::ScrollDown => Some(Action::Scroll(m.column, m.row, true)),
            MouseEventKind::ScrollUp => Some(Action::Scroll(m.column, m.row, false)),
            _ => None,
        },
        _ => None,
    }
}

/// Everything the loop owns besides the app.
struct Session {
    storage: Storage,
    clipboard: Clipboard,
    saved_revision: u64,
    seen_revision: u64,
    changed_at: Instant,
    /// The lock of the draft being edited, with its id.
    lock: Option<(String, DraftLock)>,
}

impl Session {
    /// Carries out `effects`; returns `true` when the user asked to quit.
    fn run_effects(&mut self, app: &mut App, effects: Vec<Effect>) -> bool {
        let mut quit = false;
        for effect in effects {
            match effect {
                Effect::Copy(text) => self.copy(app, &text),
                Effect::CopyAgain(text) => {
                    let outcome = self.clipboard.copy(&text, &mut io::stderr());
                    if outcome.ok() {
                        app.info(format!("{} (already in the sent list)", outcome.message()));
                    } else {
                        app.error(outcome.message());
                    }
                }
                Effect::RecordOutcome(event) => {
                    if let Err(e) = self.storage.append_log(&Entry::Outcome(event)) {
                        app.error(format!("Outcome not saved: {e}"));
                    }
                }
                Effect::DeleteDraft(id) => self.delete(app, &id),
                Effect::SaveDraft { announce } => {
                    // A failure is in the status line, and retried by autosave.
                    let _ = self.save(app, announce);
                }
                Effect::SaveSetting { key, value } => {
                    match self.storage.save_setting(key, &value) {
                        Ok(path) => app.info(first_run::saved_message(key, &value, &path)),
                        Err(e) => app.error(format!(
                            "Not saved to the config ({e}); used until you quit"
                        )),
                    }
                }
                Effect::Quit => quit = true,
            }
        }
        quit
    }

    fn copy(&mut self, app: &mut App, text: &str) {
        let outcome = self.clipboard.copy(text, &mut io::stderr());
        if outcome.ok() {
            // The subject goes into a box of its own: say it was left out.
            match app.subject() {
                Some(_) => app.info(format!("Subject left out. {}", outcome.message())),
                None => app.info(outcome.message()),
            }
            app.mark_copied();
            let record = super::sent::record(app, text);
            if let Err(e) = self.storage.append_log(&Entry::Sent(record.clone())) {
                app.error(format!("{} · history not saved: {e}", outcome.message()));
            }
            std::sync::Arc::make_mut(&mut app.history).push(PastNote {
                recipient: record.recipient.clone(),
                text: record.text.clone(),
                copied_at: record.copied_at,
            });
            app.sent.ledger.push(record);
            // A failure is in the status line, and retried by autosave.
            let _ = self.save(app, false);
        } else {
            app.error(outcome.message());
        }
    }

    /// Holds the lock of the draft the app edits, and only that one. A
    /// draft another composer has open is edited as a copy: it gets a new
    /// id at its first save.
    fn sync_lock(&mut self, app: &mut App) {
        if self.lock.as_ref().map(|(id, _)| id) == app.draft_id.as_ref() {
            return;
        }
        self.lock = None;
        let Some(id) = app.draft_id.clone() else {
            return;
        };
        match self.storage.lock_draft(&id) {
            Some(Locked::Mine(lock)) => self.lock = Some((id, lock)),
            Some(Locked::Held(pid)) => {
                app.draft_id = None;
                app.error(format!(
                    "This draft is open in another composer (process {pid}): you are editing a \
                     copy, saved as a new draft"
                ));
            }
            None => {}
        }
    }

    /// Deletes a draft the user chose in the picker and confirmed.
    fn delete(&mut self, app: &mut App, id: &str) {
        match self.storage.delete_draft(id) {
            Ok(()) => {
                app.drafts.retain(|d| d.id != id);
                if app.draft_id.as_deref() == Some(id) {
                    app.forget_note();
                }
                let last = super::update::picker_len(app) - 1;
                app.ui.picker = app.ui.picker.min(last);
                app.info("Draft deleted");
            }
            Err(e) => app.error(format!("Draft not deleted: {e}")),
        }
    }

    /// Writes the draft; the error says why it failed (so does the status).
    fn save(&mut self, app: &mut App, announce: bool) -> Result<(), String> {
        if !app.has_content() {
            if announce {
                app.info("Nothing to save yet");
            }
            self.saved_revision = app.revision;
            return Ok(());
        }
        if app.draft_id.is_none() {
            app.draft_id = Some(storage::new_draft_id(app.now));
        }
        let draft = app.draft();
        let result = self.storage.save_draft(&draft);
        self.sync_lock(app);
        match result {
            Ok(()) => {
                self.saved_revision = app.revision;
                remember(app, draft);
                if announce {
                    app.info("Draft saved");
                }
                Ok(())
            }
            Err(e) => {
                app.error(format!("Draft not saved: {e}"));
                Err(e)
            }
        }
    }

    /// Saves when the note changed and the user paused; a failed save is
    /// tried again [`AUTOSAVE_RETRY`] later, until one succeeds.
    fn autosave(&mut self, app: &mut App) {
        if app.revision != self.seen_revision {
            self.seen_revision = app.revision;
            self.changed_at = Instant::now();
        }
        if app.revision == self.saved_revision || self.changed_at.elapsed() < AUTOSAVE_PAUSE {
            return;
        }
        if self.save(app, false).is_err() {
            // Counted as a fresh change, so the next try waits out a pause too.
            self.changed_at = Instant::now() + AUTOSAVE_RETRY.saturating_sub(AUTOSAVE_PAUSE);
        }
    }
}

/// Keeps the picker's draft list in step with what was saved: unfinished
/// drafts first, then copied notes, newest first in each.
fn remember(app: &mut App, draft: Draft) {
    app.drafts.retain(|d| d.id != draft.id);
    app.drafts.insert(0, draft);
    app.drafts.sort_by_key(|d| d.state == DraftState::Copied);
}

/// Runs the composer until the user quits or a signal arrives.
pub fn run(config: Option<&std::path::Path>) -> std::process::ExitCode {
    if std::env::var_os(super::clipboard_hold::HOLD_ENV).is_some() {
        return super::clipboard_hold::run();
    }
    let loaded = storage::load(config, crate::clock::now());
    let signal = match terminal::quit_signal() {
        Ok(flag) => flag,
        Err(e) => return fail(&format!("cannot watch for signals: {e}")),
    };
    let mut term = match terminal::init() {
        Ok(t) => t,
        Err(e) => {
            return fail(&format!(
                "cannot open the terminal: {e} (is stderr a terminal?)"
            ));
        }
    };
    let size = term.size().map_or((80, 24), |s| (s.width, s.height));
    let linter = loaded.init.linter.clone();
    let mut app = App::new(loaded.init, super::theme::Theme::from_env(), size);
    let mut session = Session {
        storage: loaded.storage,
        clipboard: super::clipboard::Clipboard::new(loaded.clipboard),
        saved_revision: app.revision,
        seen_revision: app.revision,
        changed_at: Instant::now(),
        lock: None,
    };
    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        event_loop(&mut term, &mut app, &mut session, &signal, linter)
    }));
    let result = match result {
        Ok(result) => result,
        Err(panic) => {
            // The hook has restored the terminal and printed the message;
            // keep what was typed since the last autosave, then go on dying.
            if app.has_content() {
                let _ = session.save(&mut app, false);
            }
            std::panic::resume_unwind(panic);
        }
    };
    let saved = if app.has_content() {
        session.save(&mut app, false)
    } else {
        Ok(())
    };
    terminal::restore();
    session.clipboard.hand_off();
    let text = (!app.is_blank()).then(|| app.text());
    let number = signal.load(Ordering::Relaxed);
    let last = farewell(&Ending {
        note: text.as_deref(),
        save_error: saved.as_ref().err().map(String::as_str),
        piped: !io::stdout().is_terminal(),
        signal: (number != 0).then(|| i32::try_from(number).unwrap_or(0)),
    });
    // Nowhere is left to report a failed write of these last words.
    if let Some(out) = &last.stdout {
        let _ = io::stdout().write_all(out.as_bytes());
    }
    if let Some(err) = &last.stderr {
        let _ = io::stderr().write_all(err.as_bytes());
    }
    if let Err(e) = result {
        return fail(&format!("terminal error: {e}"));
    }
    std::process::ExitCode::from(last.code)
}

fn fail(message: &str) -> std::process::ExitCode {
    // A closed stderr must not turn a failure into a panic.
    let _ = writeln!(io::stderr(), "connote: {message}");
    std::process::ExitCode::from(crate::exit::EXIT_USAGE)
}

/// What wakes the loop: a terminal event, or the findings of a lint.
enum Wake {
    Term(io::Result<Event>),
    Lint(LintDone),
}

/// Reads terminal events on a thread of its own. crossterm's reader can
/// spin forever inside `poll` once the terminal hangs up (its reads return
/// end-of-file), so the loop must never wait inside crossterm: it waits on
/// this channel and can always see the quit signal and the hang-up.
fn spawn_reader(tx: Sender<Wake>) {
    std::thread::spawn(move || {
        loop {
            let event = event::read();
            let failed = event.is_err();
            if tx.send(Wake::Term(event)).is_err() || failed {
                return;
            }
        }
    });
}

/// How long a frame waits for the lint of a note of normal size: findings
/// that come within it are drawn with the keystroke; later ones a frame
/// after. The UI thread never waits longer, whatever the note or the
/// config's phrase patterns cost.
const FRAME: Duration = Duration::from_millis(16);

fn event_loop(
    term: &mut Term,
    app: &mut App,
    session: &mut Session,
    signal: &AtomicUsize,
    linter: crate::lint::Linter,
) -> io::Result<()> {
    let (tx, wakes): (Sender<Wake>, Receiver<Wake>) = mpsc::channel();
    spawn_reader(tx.clone());
    let worker = LintWorker::spawn(linter, move |done| tx.send(Wake::Lint(done)).is_ok());
    app.derived.lint_off_thread = true;
    app.refresh();
    // The revision a lint was last asked for, so each text is linted once.
    let mut asked = None;
    loop {
        app.now = crate::clock::now();
        let wanted = app.lint_each_key() || app.ui.after_lint.is_some();
        if app.derived.lint_stale && wanted && asked != Some(app.revision) {
            asked = Some(app.revision);
            worker.submit(app.lint_job());
            let deadline = Instant::now() + FRAME;
            while app.derived.lint_stale {
                let left = deadline.saturating_duration_since(Instant::now());
                let Ok(wake) = wakes.recv_timeout(left) else {
                    break;
                };
                if handle(wake, app, session)? {
                    return Ok(());
                }
            }
        }
        term.draw(|frame| frame.render_widget(&Root(app), frame.area()))?;
        // A hung-up terminal is no longer a terminal: leave as on SIGHUP.
        if signal.load(Ordering::Relaxed) != 0 || !io::stdin().is_terminal() {
            return Ok(());
        }
        match wakes.recv_timeout(TICK) {
            Ok(first) => {
                // Take every pending event before drawing again, so a burst
                // (a paste, key repeat) costs one frame.
                let mut next = Some(first);
                while let Some(wake) = next {
                    if handle(wake, app, session)? {
                        return Ok(());
                    }
                    next = wakes.try_recv().ok();
                }
            }
            Err(RecvTimeoutError::Timeout) => {
                // The user paused: lint a huge note off this thread.
                if app.derived.lint_stale && asked != Some(app.revision) {
                    asked = Some(app.revision);
                    worker.submit(app.lint_job());
                }
            }
            Err(RecvTimeoutError::Disconnected) => return Ok(()),
        }
        session.autosave(app);
    }
}

/// Takes in one wake: a key (or other event) runs `update` and its
/// effects; findings are taken if still current, and run the action that
/// waited for them. `true` when the user asked to quit.
fn handle(wake: Wake, app: &mut App, session: &mut Session) -> io::Result<bool> {
    let action = match wake {
        Wake::Lint(done) => {
            if !app.accept_lint(done) {
                return Ok(false);
            }
            app.ui.after_lint.take()
        }
        Wake::Term(event) => {
            let event = event?;
            #[cfg(debug_assertions)]
            super::debug_panic::check(&event);
            event_action(app, event)
        }
    };
    let Some(action) = action else {
        return Ok(false);
    };
    let effects = update(app, action);
    session.sync_lock(app);
    Ok(session.run_effects(app, effects))
}
