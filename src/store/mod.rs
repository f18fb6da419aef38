//! Everything connote keeps on disk: where files live, the config, drafts
//! and the history of copied notes.
