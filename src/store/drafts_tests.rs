use super::*;
use crate::note::{Parts, Scenario};

fn note(recipient: &str, context: &str) -> Note {
    Note {
        scenario: Some(Scenario::Acquaintance),
        recipient: recipient.into(),
        parts: Parts {
            context: context.into(),
            ..Parts::default()
        },
        sign_off: "Sam".into(),
        free_text: None,
        ..Note::default()
    }
}

fn draft(id: &str, updated: u64) -> Draft {
    Draft {
        id: id.into(),
        note: note("Priya", "We met at the Lisbon meetup"),
        limit: Limit::Free,
        created: 1,
        updated,
        state: DraftState::Draft,
    }
}

fn names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn save_then_list_round_trips_newest_first() {
    let dir = tempfile::tempdir().unwrap();
    let store = DraftStore::new(dir.path().join("drafts"));
    assert_eq!(store.list().unwrap(), Listing::default());
    let (old, new) = (draft("a", 10), draft("b", 20));
    store.save(&old).unwrap();
    store.save(&new).unwrap();
    let listing = store.list().unwrap();
    assert_eq!(listing.drafts, vec![new.clone(), old]);
    assert!(listing.problems.is_empty());
    assert_eq!(store.load("b").unwrap(), new);
    assert_eq!(names(store.dir()), vec!["a.json", "b.json"]);
}

#[test]
fn saving_again_replaces_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let store = DraftStore::new(dir.path());
    let mut d = draft("a", 10);
    store.save(&d).unwrap();
    d.note.parts.invite = "Happy to reconnect".into();
    d.updated = 11;
    d.state = DraftState::Copied;
    store.save(&d).unwrap();
    assert_eq!(store.list().unwrap().drafts, vec![d]);
    assert_eq!(names(dir.path()), vec!["a.json"]);
}

#[test]
fn corrupt_file_is_moved_aside_with_its_bytes_and_reported() {
    let dir = tempfile::tempdir().unwrap();
    let store = DraftStore::new(dir.path());
    store.save(&draft("good", 5)).unwrap();
    let bad = b"{\n  \"id\": \"bad\",\n  \"note\": {\"recipient\": \"Bo\"\n";
    fs::write(dir.path().join("bad.json"), bad).unwrap();
    // An older corrupt copy must survive.
    fs::write(dir.path().join("bad.json.corrupt"), b"older").unwrap();

    let listing = store.list().unwrap();
    assert_eq!(listing.drafts.len(), 1);
    assert_eq!(listing.problems.len(), 1);
    let p = &listing.problems[0];
    let moved = dir.path().join("bad.json.2.corrupt");
    assert_eq!(p.path, dir.path().join("bad.json"));
    assert_eq!((p.line, p.column), (4, 1));
    assert_eq!(p.moved_to.as_deref(), Some(moved.as_path()));
    assert_eq!(
        p.to_string(),
        format!(
            "{}:4:1: not a readable draft: EOF while parsing an object; moved aside to {}",
            dir.path().join("bad.json").display(),
            moved.display()
        )
    );
    assert_eq!(fs::read(&moved).unwrap(), bad);
    assert_eq!(
        fs::read(dir.path().join("bad.json.corrupt")).unwrap(),
        b"older"
    );

    // Reported once: the next listing is clean.
    assert!(store.list().unwrap().problems.is_empty());
}

#[test]
fn temp_and_foreign_files_are_never_read_as_drafts() {
    let dir = tempfile::tempdir().unwrap();
    let store = DraftStore::new(dir.path());
    store.save(&draft("a", 1)).unwrap();
    // What a write cut short by a crash leaves behind.
    fs::write(
        dir.path().join(".a.json.4242.7.tmp"),
        b"{\"id\": \"a\", \"no",
    )
    .unwrap();
    fs::write(dir.path().join("notes.txt"), b"hello").unwrap();
    fs::write(dir.path().join("x.json.corrupt"), b"junk").unwrap();
    let listing = store.list().unwrap();
    assert_eq!(listing.drafts.len(), 1);
    assert!(listing.problems.is_empty(), "{:?}", listing.problems);
    assert!(dir.path().join(".a.json.4242.7.tmp").exists());
}

#[test]
fn stale_temp_files_are_cleaned_up_fresh_ones_left() {
    let dir = tempfile::tempdir().unwrap();
    let store = DraftStore::new(dir.path());
    let stale = dir.path().join(".a.json.1.1.tmp");
    let fresh = dir.path().join(".a.json.1.2.tmp");
    fs::write(&stale, b"{").unwrap();
    fs::write(&fresh, b"{").unwrap();
    let two_hours_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(7200);
    fs::File::options()
        .write(true)
        .open(&stale)
        .unwrap()
        .set_modified(two_hours_ago)
        .unwrap();
    assert_eq!(store.list().unwrap(), Listing::default());
    assert!(!stale.exists());
    assert!(fresh.exists());
}

#[test]
fn past_note_is_the_text_as_pasted() {
    let mut d = draft("a", 1);
    d.note.recipient = " Priya   Shah ".into();
    let p = d.past_note(99);
    assert_eq!(p.recipient, "Priya Shah");
    assert_eq!(p.text, d.note.text());
    assert!(p.text.starts_with("Hi Priya,"));
    assert_eq!(p.copied_at, 99);
}

#[test]
fn file_name_is_the_id() {
    let dir = tempfile::tempdir().unwrap();
    let store = DraftStore::new(dir.path());
    store.save(&draft("a", 1)).unwrap();
    fs::copy(dir.path().join("a.json"), dir.path().join("b.json")).unwrap();
    let ids: Vec<String> = store
        .list()
        .unwrap()
        .drafts
        .into_iter()
        .map(|d| d.id)
        .collect();
    assert_eq!(ids, vec!["b", "a"]);
}

#[test]
fn remove_deletes_and_unknown_ids_suggest_the_closest() {
    let dir = tempfile::tempdir().unwrap();
    let store = DraftStore::new(dir.path());
    store.save(&draft("20261122-030509-77-0", 1)).unwrap();
    store.save(&draft("20261122-030509-77-1", 1)).unwrap();
    store.remove("20261122-030509-77-0").unwrap();
    assert_eq!(names(dir.path()), vec!["20261122-030509-77-1.json"]);
    let e = store.remove("20261122-030509-77-0").unwrap_err();
    assert_eq!(
        e.to_string(),
        format!(
            "no draft `20261122-030509-77-0` in {} (closest: 20261122-030509-77-1)",
            dir.path().display()
        )
    );
    let e = store.remove("zzz").unwrap_err();
    assert!(
        e.to_string().ends_with("; `connote drafts` lists them"),
        "{e}"
    );
}

#[test]
fn ids_that_could_escape_the_directory_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let store = DraftStore::new(dir.path().join("drafts"));
    for id in ["../x", "a/b", "", ".hidden", "a.json"] {
        assert!(
            matches!(store.remove(id), Err(DraftError::InvalidId(_))),
            "{id}"
        );
        assert!(
            matches!(store.save(&draft(id, 1)), Err(DraftError::InvalidId(_))),
            "{id}"
        );
    }
}

#[test]
fn new_ids_are_unique_valid_and_sort_by_time() {
    let a = new_id(1_795_316_709);
    let b = new_id(1_795_316_709);
    assert_ne!(a, b);
    assert!(is_valid_id(&a), "{a}");
    assert!(a.starts_with("20261122-030509-"), "{a}");
    assert!(a.contains(&format!("-{:x}", std::process::id())), "{a}");
    let parts: Vec<&str> = a.split('-').collect();
    assert_eq!(parts.len(), 4, "{a}");
    assert_eq!(
        parts[2].len(),
        format!("{:x}", std::process::id()).len() + 4
    );
    assert!(parts[3].parse::<u64>().is_ok(), "{a}");
    assert!(new_id(1_795_316_710) > a);
    let fresh = Draft::new(note("Bo", ""), Limit::Premium, 50);
    assert_eq!((fresh.created, fresh.updated), (50, 50));
    assert_eq!(fresh.state, DraftState::Draft);
}

#[test]
fn unfinished_skips_copied_and_blank_drafts() {
    let mut copied = draft("c", 30);
    copied.state = DraftState::Copied;
    let mut blank = draft("b", 20);
    blank.note = Note {
        sign_off: "Sam".into(),
        ..Note::default()
    };
    let listing = Listing {
        drafts: vec![copied, blank, draft("x", 10), draft("y", 5)],
        problems: vec![],
    };
    let ids: Vec<&str> = listing.unfinished(5).map(|d| d.id.as_str()).collect();
    assert_eq!(ids, vec!["x", "y"]);
    assert_eq!(listing.unfinished(1).count(), 1);
}

#[test]
fn two_stores_writing_at_once_never_corrupt_each_other() {
    let dir = tempfile::tempdir().unwrap();
    std::thread::scope(|s| {
        for t in 0..2u64 {
            let dir = dir.path();
            s.spawn(move || {
                let store = DraftStore::new(dir);
                for i in 0..60u64 {
                    let mut d = draft(&format!("t{t}-{}", i % 3), i);
                    d.note.parts.context = format!("writer {t} version {i} ").repeat(30);
                    store.save(&d).unwrap();
                }
            });
        }
        // A reader racing the writers must never see a partial file.
        let store = DraftStore::new(dir.path());
        for _ in 0..40 {
            let listing = store.list().unwrap();
            assert!(listing.problems.is_empty(), "{:?}", listing.problems);
        }
    });
    let listing = DraftStore::new(dir.path()).list().unwrap();
    assert!(listing.problems.is_empty());
    assert_eq!(listing.drafts.len(), 6);
    for d in &listing.drafts {
        let t = &d.id[1..2];
        let expected = format!("writer {t} version {} ", d.updated).repeat(30);
        assert_eq!(d.note.parts.context, expected);
        assert!(d.updated >= 57, "{} stopped at {}", d.id, d.updated);
    }
}

#[test]
fn unknown_keys_and_arrays_are_not_drafts() {
    let dir = tempfile::tempdir().unwrap();
    let store = DraftStore::new(dir.path());
    store.save(&draft("good", 5)).unwrap();
    fs::write(dir.path().join("array.json"), b"\n  []").unwrap();
    fs::write(
        dir.path().join("extra.json"),
        b"{\"id\": \"x\", \"colour\": 1}",
    )
    .unwrap();
    fs::write(
        dir.path().join("deep.json"),
        b"{\"note\": {\"recipient\": \"Bo\", \"mood\": 1}}",
    )
    .unwrap();
    let listing = store.list().unwrap();
    assert_eq!(listing.drafts.len(), 1);
    let mut problems: Vec<String> = listing.problems.iter().map(ToString::to_string).collect();
    problems.sort();
    assert_eq!(problems.len(), 3, "{problems:#?}");
    assert!(problems[0].contains("array.json:2:3: not a readable draft: expected a JSON object"));
    assert!(
        problems[1].contains("unknown field `mood`"),
        "{}",
        problems[1]
    );
    assert!(
        problems[2].contains("unknown field `colour`"),
        "{}",
        problems[2]
    );
    for name in ["array", "extra", "deep"] {
        assert!(
            dir.path().join(format!("{name}.json.corrupt")).exists(),
            "{name}"
        );
    }
}

#[test]
fn drafts_record_their_kind_and_old_files_load_as_invitations() {
    let dir = tempfile::tempdir().unwrap();
    let store = DraftStore::new(dir.path());
    let mut ask = draft("ask", 9);
    ask.note.kind = crate::note::Kind::PermissionAsk;
    ask.note.parts = Parts::default();
    ask.note
        .fields
        .insert("subject".into(), "Your kiln talk".into());
    ask.note
        .fields
        .insert("ask".into(), "may I invite you?".into());
    store.save(&ask).unwrap();
    let written = fs::read_to_string(dir.path().join("ask.json")).unwrap();
    assert!(
        written.contains("\"kind\": \"permission-ask\""),
        "{written}"
    );
    fs::write(
        dir.path().join("old.json"),
        br#"{"id": "old", "note": {"scenario": "close", "recipient": "Bo",
             "parts": {"context": "we met", "invite": "", "next_step": ""},
             "sign_off": "Sam", "free_text": null},
            "limit": "premium", "created": 1, "updated": 2, "state": "draft"}"#,
    )
    .unwrap();
    let listing = store.list().unwrap();
    assert!(listing.problems.is_empty(), "{:?}", listing.problems);
    let back = listing.drafts.iter().find(|d| d.id == "ask").unwrap();
    assert_eq!(back.note, ask.note);
    assert_eq!(back.note.text(), "Hi Priya,\nMay I invite you?\n– Sam");
    let old = listing.drafts.iter().find(|d| d.id == "old").unwrap();
    assert_eq!(old.note.kind, crate::note::Kind::Invitation);
    assert_eq!(old.note.parts.context, "we met");
}

#[test]
fn a_draft_with_only_fields_of_another_kind_is_not_blank() {
    let mut d = draft("x", 1);
    d.note.recipient.clear();
    d.note.parts = Parts::default();
    assert!(d.is_blank());
    d.note.kind = crate::note::Kind::FollowUp;
    d.note
        .fields
        .insert("thanks".into(), "thanks for accepting".into());
    assert!(!d.is_blank());
}
