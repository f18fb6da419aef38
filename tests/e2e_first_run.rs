//! The first run as a new user meets it, end to end: the built `connote`
//! in tmux on an empty config, the name asked once and saved, a template
//! filled gap by gap with `Tab`, the greeting, and the copied note read
//! back from a private X server (Xvfb) with xclip.
//!
//! Skipped, with a message, only when tmux (or, for the copy, Xvfb and
//! xclip) is not installed.

#![allow(clippy::unwrap_used)] // test helpers: a failure here is a test failure

mod support;

use support::tmux::{Tmux, have_tmux};
use support::x11::{Xvfb, have_x11_tools};

#[test]
fn first_run_name_template_gaps_and_copy() {
    if !have_tmux() || !have_x11_tools() {
        return;
    }
    let x = Xvfb::start();
    let mut t = Tmux::new();
    t.first_run();
    t.env("DISPLAY", x.display());
    t.start("");
    t.wait_text("What is your name?");
    t.text("Ana Lima");
    t.keys(&["Enter"]);
    t.wait_text("Notes are signed “Ana Lima”");
    let config = t.config_dir().join("config.json");
    let saved = std::fs::read_to_string(&config).unwrap();
    assert!(saved.contains(r#""sender": "Ana Lima""#), "{saved}");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&config).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }

    t.keys(&["3"]);
    t.wait_text("╭ To ");
    t.text("priya raman");
    t.wait_text("Hi Priya,");
    t.keys(&["C-t"]);
    t.wait_text("Templates · stranger");
    t.text("practitioner");
    t.wait_text("› A fellow practitioner");
    t.keys(&["Enter"]);
    t.wait_text("type to replace {role}");
    // Each gap is selected in turn, in whatever field it is: typing replaces it.
    for (i, word) in ["Quokkas", "Wombats", "Numbats"].into_iter().enumerate() {
        if i > 0 {
            t.keys(&["Tab"]);
        }
        t.text(word);
        t.wait_text(word);
    }
    t.wait("every gap filled", |s| {
        !s.contains("{role}") && !s.contains("{topic}") && !s.contains("{question}")
    });
    t.keys(&["C-y"]);
    t.wait_until("the note on the clipboard", || {
        x.clipboard().is_some_and(|c| c.starts_with("Hi Priya,"))
    });
    let note = x.clipboard().unwrap();
    assert!(!note.contains('{'), "{note}");
    assert!(note.starts_with("Hi Priya,\nWe both Quokkas"), "{note}");
    assert!(
        note.contains("Wombats") && note.contains("Numbats"),
        "{note}"
    );
    assert!(note.ends_with("\n– Ana Lima"), "{note}");
    t.keys(&["C-q"]);
    t.wait_exit();

    // Asked once: the next start goes straight to the picker and signs.
    t.restart();
    t.wait_text("Who is the note for?");
    assert!(!t.screen().contains("What is your name?"));
    t.keys(&["1"]);
    t.wait("the sign-off prefilled with the saved name", |s| {
        s.contains("│Ana Lima") && s.contains("– Ana Lima")
    });
}

#[test]
fn the_greeting_uses_the_first_name_and_its_word_is_remembered() {
    if !have_tmux() {
        return;
    }
    let t = Tmux::new();
    t.write_config(r#"{"sender": "Tom", "limit": "free"}"#);
    t.start("");
    t.wait_text("Who is the note for?");
    t.keys(&["3"]);
    t.wait_text("╭ To ");
    t.text("priya raman");
    t.wait_text("Hi Priya,");
    t.keys(&["C-g"]);
    t.wait("the new greeting and where it was saved", |s| {
        s.contains("Hello Priya,") && s.contains("Greeting: Hello (saved in")
    });
    let saved = std::fs::read_to_string(t.config_dir().join("config.json")).unwrap();
    assert_eq!(
        saved,
        r#"{"greeting": "Hello", "sender": "Tom", "limit": "free"}"#
    );
    t.keys(&["C-q"]);
    t.wait_exit();
    t.restart();
    t.wait_text("Who is the note for?");
    t.keys(&["3"]);
    t.wait_text("╭ To ");
    t.text("Dr. Amara Osei");
    t.wait("the remembered word and the title kept", |s| {
        s.contains("Hello Dr. Osei,") && s.contains("free 200")
    });
}

#[test]
fn enter_on_a_placeholder_finding_jumps_to_its_gap() {
    if !have_tmux() {
        return;
    }
    let t = Tmux::new();
    t.write_config(r#"{"sender": "Tom"}"#);
    t.start("");
    t.wait_text("Who is the note for?");
    t.keys(&["3"]);
    t.wait_text("╭ To ");
    t.text("Priya");
    t.keys(&["C-t"]);
    t.text("practitioner");
    t.wait_text("› A fellow practitioner");
    t.keys(&["Enter"]);
    t.wait_text("type to replace {role}");
    // To the lint pane: Shift-Tab from the first field wraps there.
    t.keys(&["BTab", "BTab"]);
    t.wait_text("Enter go to gap");
    t.keys(&["Down", "Down"]);
    t.wait("the {question} finding selected", |s| {
        s.contains("`{question}`") && s.contains("Enter go to gap")
    });
    t.keys(&["Enter"]);
    t.wait_text("Next step: type to fill the gap");
    t.text("Numbats");
    t.wait("the gap replaced", |s| {
        s.contains("comparing notes on Numbats") && !s.contains("{question}")
    });
}
