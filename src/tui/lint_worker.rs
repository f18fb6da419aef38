//! Lints huge notes on a thread of its own, so typing never waits for the
//! lint. The runtime hands it snapshots of the note when the user pauses;
//! it lints the newest one it has and sends the findings back, and
//! [`App::accept_lint`](super::app::App::accept_lint) drops findings for a
//! text that has changed since.

use std::sync::mpsc::{self, Sender};
use std::thread;

use super::composed::{LintDone, LintJob};
use crate::lint::Linter;

/// The sending end of the worker; the thread ends when it is dropped.
pub struct LintWorker {
    jobs: Sender<LintJob>,
}

impl LintWorker {
    /// Starts the thread; `done` receives each finished lint and returns
    /// `false` once nobody listens any more.
    pub fn spawn(linter: Linter, done: impl Fn(LintDone) -> bool + Send + 'static) -> LintWorker {
        let (jobs, queue) = mpsc::channel::<LintJob>();
        thread::spawn(move || {
            while let Ok(mut job) = queue.recv() {
                // Only the newest snapshot is worth linting.
                while let Ok(newer) = queue.try_recv() {
                    job = newer;
                }
                if !done(job.run(&linter)) {
                    return;
                }
            }
        });
        LintWorker { jobs }
    }

    /// Queues a snapshot to lint.
    pub fn submit(&self, job: LintJob) {
        // The thread only stops when the listener is gone, and then nobody
        // waits for this lint either.
        let _ = self.jobs.send(job);
    }
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::*;
    use crate::note::Scenario;
    use crate::tui::action::Action;
    use crate::tui::tests::composer;
    use crate::tui::update::update;

    #[test]
    fn lints_a_snapshot_and_stale_findings_are_dropped() {
        let mut app = composer(Scenario::Stranger);
        // Into Context: the greeting takes only the first word of To.
        update(&mut app, Action::NextField);
        update(&mut app, Action::Paste("word ".repeat(10_000)));
        assert!(app.derived.lint_stale);
        let (tx, rx) = mpsc::channel();
        let worker = LintWorker::spawn(Linter::default(), move |d| tx.send(d).is_ok());
        worker.submit(app.lint_job());
        let wait = Duration::from_secs(60);
        let done = rx.recv_timeout(wait).expect("the worker answers");
        // The note changed meanwhile: the findings are for an older text.
        update(&mut app, Action::Paste("x".into()));
        assert!(!app.accept_lint(done));
        assert!(app.derived.lint_stale);
        worker.submit(app.lint_job());
        let done = rx.recv_timeout(wait).expect("the worker answers");
        assert!(app.accept_lint(done));
        assert!(!app.derived.lint_stale);
        assert!(
            app.derived
                .report
                .diagnostics
                .iter()
                .any(|d| d.rule == "over-limit")
        );
        assert_eq!(app.derived.count.units, app.text().encode_utf16().count());
    }

    #[test]
    fn off_the_ui_thread_a_copy_waits_for_the_findings_of_its_text() {
        use crate::tui::update::Effect;
        let mut app = composer(Scenario::Stranger);
        app.derived.lint_off_thread = true;
        update(&mut app, Action::Paste("Ana".into()));
        // Typing never lints here: the findings are asked of the worker.
        assert!(app.derived.lint_stale);
        assert!(update(&mut app, Action::Copy).is_empty());
        assert_eq!(app.ui.after_lint, Some(Action::Copy));
        assert!(
            app.ui
                .status
                .as_ref()
                .is_some_and(|s| s.text.starts_with("Checking the note"))
        );
        // Anything the user does meanwhile calls the copy off.
        update(&mut app, Action::Back);
        assert_eq!(app.ui.after_lint, None);
        update(&mut app, Action::Back);
        update(&mut app, Action::Copy);
        let done = app.lint_job().run(&Linter::default());
        assert!(app.accept_lint(done));
        let action = app.ui.after_lint.take().expect("the copy waited");
        assert_eq!(
            update(&mut app, action),
            [Effect::Copy("Hi Ana,\n– Tom".into())]
        );
    }
}
