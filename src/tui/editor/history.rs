//! Undo and redo for an [`Editor`](super::Editor): each step is one edit of
//! the whole text, so it survives the text area being refilled with another
//! window.

use std::collections::VecDeque;

/// How many steps are kept, oldest dropped first.
const LIMIT: usize = 200;

/// One edit: at byte `at`, `removed` became `inserted`.
#[derive(Debug, Clone, PartialEq, Eq)]
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
}

/// The steps, and how many of them are done.
#[derive(Debug, Clone, Default)]
pub struct History {
    steps: VecDeque<Step>,
    done: usize,
}

impl History {
    /// Records a new edit; whatever was undone before it is forgotten.
    pub fn push(&mut self, step: Step) {
        self.steps.truncate(self.done);
        if self.steps.len() == LIMIT {
            self.steps.pop_front();
        }
        self.steps.push_back(step);
        self.done = self.steps.len();
    }

    /// The step to undo, if any.
    pub fn undo(&mut self) -> Option<Step> {
        self.done = self.done.checked_sub(1)?;
        self.steps.get(self.done).cloned()
    }

    /// The step to redo, if any.
    pub fn redo(&mut self) -> Option<Step> {
        let step = self.steps.get(self.done).cloned()?;
        self.done += 1;
        Some(step)
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
        }
    }

    #[test]
    fn undo_redo_and_a_new_edit_forgets_the_undone() {
        let mut h = History::default();
        h.push(step(0, "", "a"));
        h.push(step(1, "", "b"));
        assert_eq!(h.undo(), Some(step(1, "", "b")));
        assert_eq!(h.redo(), Some(step(1, "", "b")));
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
    }
}
