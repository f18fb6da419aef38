//! The history of copied notes, read by `duplicate-note`.
