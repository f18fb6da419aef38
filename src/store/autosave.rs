//! When to write the current draft: soon after every change, but not on
//! every keystroke. Pure logic with the clock passed in, so the composer's
//! event loop drives it and tests never sleep.

use std::time::{Duration, Instant};

/// Decides when the composer saves: the first change after a quiet spell is
/// saved at once, later ones at most once per `interval`, so typing reaches
/// the disk within `interval` of any keystroke (the crash-loss bound).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Autosaver {
    interval: Duration,
    /// When the oldest unsaved change happened; `None` when all is saved.
    dirty_since: Option<Instant>,
    /// When the draft was last written.
    last_write: Option<Instant>,
}

impl Default for Autosaver {
    fn default() -> Self {
        Autosaver::new(Autosaver::INTERVAL)
    }
}

impl Autosaver {
    /// The default spacing of writes: under a second, so that with event
    /// loop latency a change is still on disk within one second.
    pub const INTERVAL: Duration = Duration::from_millis(750);

    /// An autosaver with nothing to save yet.
    pub fn new(interval: Duration) -> Self {
        Autosaver {
            interval,
            dirty_since: None,
            last_write: None,
        }
    }

    /// Records a change to the draft at `now`.
    pub fn changed(&mut self, now: Instant) {
        self.dirty_since.get_or_insert(now);
    }

    /// True when a change has not been saved yet.
    pub fn is_dirty(&self) -> bool {
        self.dirty_since.is_some()
    }

    /// When the next write is due, if anything is unsaved; the event loop
    /// polls for input at most until then.
    pub fn deadline(&self) -> Option<Instant> {
        let since = self.dirty_since?;
        Some(match self.last_write {
            Some(last) => (last + self.interval).max(since),
            None => since,
        })
    }

    /// How long the event loop may wait for input before calling [`tick`](Self::tick).
    pub fn timeout(&self, now: Instant) -> Option<Duration> {
        self.deadline().map(|d| d.saturating_duration_since(now))
    }

    /// Call on every loop turn: true means "save now", and the save is
    /// assumed done. If writing fails, call [`changed`](Self::changed) to retry.
    pub fn tick(&mut self, now: Instant) -> bool {
        match self.deadline() {
            Some(due) if now >= due => {
                self.saved(now);
                true
            }
            _ => false,
        }
    }

    /// Call on quit or an explicit save (`Ctrl-S`): true when there is
    /// something unsaved, which the caller then writes.
    pub fn flush(&mut self, now: Instant) -> bool {
        let dirty = self.is_dirty();
        if dirty {
            self.saved(now);
        }
        dirty
    }

    /// Records a write made at `now` outside of [`tick`](Self::tick).
    pub fn saved(&mut self, now: Instant) {
        self.dirty_since = None;
        self.last_write = Some(now);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ms(n: u64) -> Duration {
        Duration::from_millis(n)
    }

    #[test]
    fn nothing_to_do_until_a_change() {
        let t0 = Instant::now();
        let mut a = Autosaver::default();
        assert!(!a.tick(t0));
        assert_eq!(a.timeout(t0), None);
        assert!(!a.flush(t0));
    }

    #[test]
    fn first_change_after_quiet_is_saved_at_once() {
        let t0 = Instant::now();
        let mut a = Autosaver::default();
        a.changed(t0);
        assert_eq!(a.timeout(t0), Some(Duration::ZERO));
        assert!(a.tick(t0));
        assert!(!a.is_dirty());
        assert!(!a.tick(t0 + ms(10)));
    }

    #[test]
    fn typing_writes_at_most_once_per_interval_and_never_later() {
        let t0 = Instant::now();
        let mut a = Autosaver::new(ms(750));
        let mut writes = Vec::new();
        let mut oldest_unsaved: Option<Instant> = None;
        // A keystroke every 50 ms for 5 s, ticking every 10 ms.
        for step in 0..500u64 {
            let now = t0 + ms(step * 10);
            if step % 5 == 0 {
                a.changed(now);
                oldest_unsaved.get_or_insert(now);
            }
            if a.tick(now) {
                let since = oldest_unsaved.take().unwrap();
                assert!(now - since <= ms(750), "waited {:?}", now - since);
                writes.push(now);
            }
        }
        for pair in writes.windows(2) {
            assert!(pair[1] - pair[0] >= ms(750), "{:?}", pair[1] - pair[0]);
        }
        // 5 s of typing: one write at the start, then one per 750 ms.
        assert_eq!(writes.len(), 7);
    }

    #[test]
    fn a_change_soon_after_a_write_waits_for_the_interval() {
        let t0 = Instant::now();
        let mut a = Autosaver::new(ms(750));
        a.changed(t0);
        assert!(a.tick(t0));
        a.changed(t0 + ms(100));
        assert_eq!(a.deadline(), Some(t0 + ms(750)));
        assert_eq!(a.timeout(t0 + ms(100)), Some(ms(650)));
        assert!(!a.tick(t0 + ms(749)));
        assert!(a.tick(t0 + ms(750)));
    }

    #[test]
    fn flush_on_quit_saves_pending_changes_once() {
        let t0 = Instant::now();
        let mut a = Autosaver::default();
        a.changed(t0);
        assert!(a.tick(t0));
        a.changed(t0 + ms(20));
        assert!(a.flush(t0 + ms(30)));
        assert!(!a.flush(t0 + ms(40)));
        assert!(!a.tick(t0 + ms(2_000)));
    }
}
