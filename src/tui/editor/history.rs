//! Undo and redo for an [`Editor`](super::Editor): each step is one edit of
//! the whole text, so it survives the text area being refilled with another
//! window.

use std::collections::VecDeque;

/// How many steps are kept, oldest dropped first.
const LIMIT: usize = 200;

/// One edit: at byte `at`, `removed` became `inserted`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Step {
    /// Where the edit starts, in bytes.
    pub at: usize,
    /// The text it took out.
    pub removed: String,
    /// The text it put in.
    pub inserted: String,
    /// The cursor before the edit, where undo puts it back.
    pub before: usize,
    /// The cursor after the edit, where redo puts it.
    pub after: usize,
    /// Set by the history: names the step, so a change spanning several
    /// fields can find its step in each of them.
    pub id: u64,
    /// Whether the step is typing that the next typed char may extend.
    pub typed: bool,
}

/// The steps, and how many of them are done.
#[derive(Debug, Clone, Default)]
pub struct History {
    steps: VecDeque<Step>,
    done: usize,
    next_id: u64,
}

impl History {
    /// Records a new edit; whatever was undone before it is forgotten.
    pub fn push(&mut self, step: Step) {
        self.steps.truncate(self.done);
        if self.steps.len() == LIMIT {
            self.steps.pop_front();
        }
        self.next_id += 1;
        self.steps.push_back(Step {
            id: self.next_id,
            typed: false,
            ..step
        });
        self.done = self.steps.len();
    }

    /// The step to undo, if any.
    pub fn undo(&mut self) -> Option<Step> {
        self.done = self.done.checked_sub(1)?;
        self.seal();
        self.steps.get(self.done).cloned()
    }

    /// The step to redo, if any.
    pub fn redo(&mut self) -> Option<Step> {
        let step = self.steps.get(self.done).cloned()?;
        self.done += 1;
        self.seal();
        Some(step)
    }

    /// The id of the step undo would take back, if any.
    pub fn top(&self) -> Option<u64> {
        self.done
            .checked_sub(1)
            .and_then(|i| self.steps.get(i))
            .map(|s| s.id)
    }

    /// The id of the step redo would bring back, if any.
    pub fn next(&self) -> Option<u64> {
        self.steps.get(self.done).map(|s| s.id)
    }

    /// Marks the newest step as typing and joins it to the typing before
    /// it, as editors do: a word and the spaces after it are one step, and
    /// the next word starts a new one.
    pub fn typed(&mut self) {
        if self.done == 0 || self.done != self.steps.len() {
            return;
        }
        let Some(last) = self.steps.pop_back() else {
            return;
        };
        let joins = self.steps.back().is_some_and(|prev| {
            let word_starts = prev.inserted.ends_with(char::is_whitespace)
                && !last.inserted.starts_with(char::is_whitespace);
            prev.typed
                && prev.removed.is_empty()
                && last.removed.is_empty()
                && prev.at + prev.inserted.len() == last.at
                && !word_starts
        });
        match self.steps.back_mut() {
            Some(prev) if joins => {
                prev.inserted.push_str(&last.inserted);
                prev.after = last.after;
            }
            _ => self.steps.push_back(Step {
                typed: true,
                ..last
            }),
        }
        self.done = self.steps.len();
    }

    /// Ends the current run of typing: what comes next is a new step.
    pub fn seal(&mut self) {
        if let Some(last) = self.done.checked_sub(1).and_then(|i| self.steps.get_mut(i)) {
            last.typed = false;
        }
    }

    /// Steps recorded and not undone.
    pub fn len(&self) -> usize {
        self.done
    }

    /// Merges the last two steps into one when the second inserts where
    /// the first deleted (typing over a selection is one step).
    pub fn fuse(&mut self) {
        if self.done < 2 || self.done != self.steps.len() {
            return;
        }
        let (Some(second), Some(first)) = (self.steps.pop_back(), self.steps.pop_back()) else {
            return;
        };
        if second.at == first.at && first.inserted.is_empty() && second.removed.is_empty() {
            self.steps.push_back(Step {
                inserted: second.inserted,
                after: second.after,
                ..first
            });
        } else {
            self.steps.push_back(first);
            self.steps.push_back(second);
        }
        self.done = self.steps.len();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn step(at: usize, removed: &str, inserted: &str) -> Step {
        Step {
            at,
            removed: removed.into(),
            inserted: inserted.into(),
            before: at,
            after: at + inserted.len(),
            ..Step::default()
        }
    }

    fn typed(h: &mut History, at: usize, c: &str) {
        h.push(step(at, "", c));
        h.typed();
    }

    #[test]
    fn typing_is_undone_a_word_at_a_time() {
        let mut h = History::default();
        for (i, c) in "hi there".chars().enumerate() {
            typed(&mut h, i, &c.to_string());
        }
        assert_eq!(h.len(), 2);
        assert_eq!(h.undo().map(|s| s.inserted), Some("there".into()));
        assert_eq!(h.undo().map(|s| s.inserted), Some("hi ".into()));
        assert_eq!(h.undo(), None);
    }

    #[test]
    fn a_pause_in_typing_starts_a_new_step() {
        let mut h = History::default();
        typed(&mut h, 0, "a");
        h.seal();
        typed(&mut h, 1, "b");
        // Not adjacent: typed elsewhere.
        typed(&mut h, 7, "c");
        // A deletion is never joined.
        h.push(step(7, "c", ""));
        typed(&mut h, 7, "d");
        assert_eq!(h.len(), 5);
    }

    #[test]
    fn undo_redo_and_a_new_edit_forgets_the_undone() {
        let mut h = History::default();
        h.push(step(0, "", "a"));
        h.push(step(1, "", "b"));
        let b = |s: Option<Step>| s.map(|s| (s.at, s.inserted));
        assert_eq!(b(h.undo()), Some((1, "b".into())));
        assert_eq!(b(h.redo()), Some((1, "b".into())));
        assert_eq!(h.redo(), None);
        h.undo();
        h.push(step(1, "", "c"));
        assert_eq!(h.redo(), None);
        assert_eq!(h.len(), 2);
    }

    #[test]
    fn keeps_the_newest_steps() {
        let mut h = History::default();
        for i in 0..LIMIT + 5 {
            h.push(step(i, "", "x"));
        }
        assert_eq!(h.len(), LIMIT);
        let mut oldest = None;
        while let Some(s) = h.undo() {
            oldest = Some(s.at);
        }
        assert_eq!(oldest, Some(5));
    }

    #[test]
    fn typing_over_a_deletion_is_one_step() {
        let mut h = History::default();
        h.push(step(3, "old", ""));
        h.push(step(3, "", "n"));
        h.fuse();
        assert_eq!(h.len(), 1);
        let s = h.undo().expect("one step");
        assert_eq!((s.removed.as_str(), s.inserted.as_str()), ("old", "n"));
        assert_eq!(h.next(), Some(s.id));
        assert_eq!(h.top(), None);
    }
}
