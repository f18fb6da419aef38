//! End-to-end tests of what must never be lost in the composer: free text,
//! filled fields, a draft two composers open, a note whose last save
//! failed, and keys typed where the note is hidden. The built binary in a
//! real terminal (tmux); every wait is for a condition, and the condition
//! is the whole assertion.
//!
//! Skipped, with a message, only when tmux is not installed.

#![allow(clippy::unwrap_used)] // test helpers: a failure here is a test failure

mod support;

use support::tmux::{Tmux, have_tmux, kill};

#[test]
fn free_text_stays_until_the_user_discards_it() {
    if !have_tmux() {
        return;
    }
    let t = Tmux::new();
    t.start("");
    t.wait_text("Who is the note for?");
    t.keys(&["3"]);
    t.text("Ana");
    t.wait_text("Hi Ana,");
    t.keys(&["F2"]);
    t.wait_text("Free edit:");
    t.keys(&["Enter"]);
    t.text("PS: see you there");
    t.wait_text("PS: see you there");
    t.keys(&["F2"]);
    t.wait("the question, naming the free text", |s| {
        s.contains("Return to the fields?") && s.contains("your free")
    });
    t.keys(&["n"]);
    t.wait("the free text kept", |s| {
        !s.contains("Return to the fields?") && s.contains("PS: see you there")
    });
    t.keys(&["C-t"]);
    t.wait_text("Templates · stranger");
    t.keys(&["Enter"]);
    t.wait("a template over free text asks too", |s| {
        s.contains("Replace your text?") && s.contains("free text")
    });
    t.keys(&["Escape"]);
    t.wait("the free text kept again", |s| {
        !s.contains("Replace your text?") && s.contains("PS: see you there")
    });
    t.keys(&["F2"]);
    t.wait_text("Return to the fields?");
    t.keys(&["y"]);
    t.wait("back to the fields, the free text gone", |s| {
        s.contains("the free text was discarded") && !s.contains("PS: see you there")
    });
    t.keys(&["C-q"]);
    t.wait_exit();
}

#[test]
fn a_template_asks_before_replacing_fields_and_one_ctrl_z_undoes_it() {
    if !have_tmux() {
        return;
    }
    let t = Tmux::new();
    t.start("");
    t.wait_text("Who is the note for?");
    t.keys(&["3"]);
    t.text("Ana Lee");
    t.wait_text("Hi Ana,");
    // Typing is undone a word at a time.
    t.keys(&["C-z"]);
    t.wait("the last word undone", |s| {
        s.contains("Hi Ana,") && !s.contains("Lee")
    });
    t.keys(&["Enter"]);
    t.text("we met at QCon");
    t.wait_text("We met at QCon.");
    t.keys(&["C-t"]);
    t.wait_text("Templates · stranger");
    t.keys(&["Enter"]);
    t.wait("the question naming the field", |s| {
        s.contains("Replace your text?") && s.contains("replaces your Context")
    });
    t.keys(&["n"]);
    t.wait("nothing replaced", |s| {
        !s.contains("Replace your text?") && s.contains("We met at QCon.")
    });
    t.keys(&["C-t"]);
    t.wait_text("Templates · stranger");
    t.keys(&["Enter"]);
    t.wait_text("Replace your text?");
    t.keys(&["y"]);
    t.wait("the template applied", |s| {
        s.contains("applied") && !s.contains("We met at QCon.")
    });
    t.keys(&["C-z"]);
    // Above the status line, which still names the template.
    t.wait("one Ctrl-Z takes the whole template back", |s| {
        s.contains("We met at QCon.") && s.lines().take(28).all(|l| !l.contains('{'))
    });
    t.keys(&["C-q"]);
    t.wait_exit();
}

#[test]
fn the_sign_off_fix_fills_the_sign_off_field() {
    if !have_tmux() {
        return;
    }
    let t = Tmux::new();
    t.write_config(r#"{"sender": "Tom Reed"}"#);
    t.start("");
    t.wait_text("Who is the note for?");
    t.keys(&["3"]);
    t.text("Ana");
    // To the Sign-off, clear it, then to the lint pane's fourth finding.
    t.keys(&["Tab", "Tab", "Tab", "Tab", "C-a", "C-k", "Tab"]);
    t.wait_text("missing-sign-off");
    t.keys(&["Down", "Down", "Down", "Enter"]);
    t.wait("the Sign-off filled, the note still made of fields", |s| {
        s.contains("Fixed missing-sign-off in Sign-off")
            && s.contains("– Tom Reed")
            && s.contains("╭ Sign-off")
            && !s.contains("free edit (F2")
    });
    t.keys(&["C-q"]);
    t.wait_exit();
}

#[test]
fn keys_on_the_too_small_screen_reach_nothing() {
    if !have_tmux() {
        return;
    }
    let t = Tmux::new();
    t.start("");
    t.wait_text("Who is the note for?");
    t.keys(&["1"]);
    t.text("Ann");
    t.wait_text("Hi Ann,");
    t.tmux(&["resize-window", "-t", "t", "-x", "40", "-y", "10"]);
    t.wait_text("Terminal too small");
    t.text("xyz");
    t.keys(&["BSpace", "BSpace", "BSpace", "BSpace", "C-t"]);
    // The keys are read while the screen is small; give them time to arrive.
    std::thread::sleep(std::time::Duration::from_millis(300));
    t.tmux(&["resize-window", "-t", "t", "-x", "100", "-y", "30"]);
    t.wait("the note as it was, no overlay", |s| {
        s.contains("Hi Ann,") && !s.contains("xyz") && !s.contains("Templates ·")
    });
    t.keys(&["C-q"]);
    t.wait_exit();
}

#[test]
fn a_failed_last_save_prints_the_note_and_exits_2() {
    if !have_tmux() {
        return;
    }
    let t = Tmux::new();
    // The data directory is a file: no draft can be written.
    std::fs::create_dir_all(t.home().join("data")).unwrap();
    std::fs::write(t.home().join("data/connote"), "not a directory").unwrap();
    t.start_in_shell("");
    t.wait_text("Who is the note for?");
    t.keys(&["1"]);
    t.text("Lee");
    t.keys(&["Enter"]);
    t.text("lovely to see you");
    t.wait_text("Draft not saved");
    t.keys(&["C-q"]);
    t.wait("the note and the reason on the terminal, status 2", |s| {
        s.contains("connote: the draft was not saved (")
            && s.contains("here is the note:\nHi Lee,\nLovely to see you.")
            && s.contains("connote exited with 2")
    });
}

#[test]
fn signals_save_and_exit_with_128_plus_their_number() {
    if !have_tmux() {
        return;
    }
    for (signal, number, name) in [("-QUIT", 131, "Quinn"), ("-TERM", 143, "Terry")] {
        let t = Tmux::new();
        t.start_in_shell("");
        t.wait_text("Who is the note for?");
        t.keys(&["1"]);
        t.text(name);
        t.wait_text(&format!("Hi {name},"));
        kill(signal, &t.child_pid());
        t.wait_text(&format!("connote exited with {number}"));
        assert_eq!(
            t.var("alternate_on"),
            "0",
            "the terminal restored on {signal}"
        );
        assert!(
            t.drafts().iter().any(|d| d.contains(name)),
            "saved on {signal}"
        );
    }
}

#[test]
fn copied_notes_are_listed_and_an_edit_makes_one_a_draft_again() {
    if !have_tmux() {
        return;
    }
    let t = Tmux::new();
    t.start("");
    t.wait_text("Who is the note for?");
    t.keys(&["1"]);
    t.text("Lee");
    t.wait_text("Hi Lee,");
    t.keys(&["C-y"]);
    t.wait_text("Copied");
    t.wait_until("the draft saved as copied", || {
        t.drafts().iter().any(|d| d.contains("\"copied\""))
    });
    t.keys(&["Escape"]);
    t.wait("the copied note in its own section", |s| {
        s.contains("Copied notes") && s.contains("Lee · close")
    });
    t.keys(&["Down", "Down", "Down", "Down", "Down", "Down", "Enter"]);
    t.wait_text("Hi Lee,");
    t.text("x");
    t.wait_until("the edited note saved as a draft again", || {
        t.drafts()
            .iter()
            .any(|d| d.contains("Leex") && d.contains("\"draft\""))
    });
    t.keys(&["Escape"]);
    t.wait("it is an unfinished draft again", |s| {
        s.contains("Leex · close") && !s.contains("Copied notes")
    });
    t.keys(&["C-q"]);
    t.wait_exit();
}

#[test]
fn a_draft_is_deleted_from_the_picker_after_asking_and_q_quits() {
    if !have_tmux() {
        return;
    }
    let t = Tmux::new();
    t.start("");
    t.wait_text("Who is the note for?");
    t.keys(&["1"]);
    t.text("Kim");
    t.wait_text("Hi Kim,");
    t.keys(&["Escape"]);
    t.wait_text("Kim · close");
    t.wait_until("the draft on disk", || t.drafts().len() == 1);
    t.keys(&["Down", "Down", "Down", "Down", "Down", "Down", "d"]);
    t.wait("the question naming the draft", |s| {
        s.contains("Delete this draft?") && s.contains("Kim · close")
    });
    t.keys(&["n"]);
    t.wait("kept", |s| {
        !s.contains("Delete this draft?") && s.contains("Kim · close")
    });
    assert_eq!(t.drafts().len(), 1);
    t.keys(&["Delete"]);
    t.wait_text("Delete this draft?");
    t.keys(&["y"]);
    t.wait("deleted", |s| {
        s.contains("Draft deleted") && !s.contains("Kim · close")
    });
    assert!(t.drafts().is_empty());
    t.keys(&["q"]);
    t.wait_exit();
    assert!(t.drafts().is_empty(), "the deleted note is not saved again");
}

#[test]
fn a_draft_open_in_two_composers_is_edited_as_a_copy_in_the_second() {
    if !have_tmux() {
        return;
    }
    let first = Tmux::new();
    first.start("");
    first.wait_text("Who is the note for?");
    first.keys(&["1"]);
    first.text("Mia");
    first.keys(&["C-s"]);
    first.wait_text("Draft saved");
    let second = Tmux::sharing(&first);
    second.start("");
    second.wait_text("Mia · close");
    second.keys(&["Down", "Down", "Down", "Down", "Down", "Down", "Enter"]);
    second.wait_text("open in another composer");
    second.text("X");
    first.text("Y");
    first.wait_until("two drafts, neither overwriting the other", || {
        let drafts = first.drafts();
        drafts.len() == 2
            && drafts.iter().any(|d| d.contains("MiaY"))
            && drafts.iter().any(|d| d.contains("MiaX"))
    });
    first.keys(&["C-q"]);
    first.wait_exit();
    second.keys(&["C-q"]);
    second.wait_exit();
    let locks: Vec<_> = std::fs::read_dir(first.drafts_dir())
        .unwrap()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().ends_with(".lock"))
        .collect();
    assert!(locks.is_empty(), "locks are released on quit");
}
