//! The three kinds of message besides the invitation, end to end: the
//! built `connote` in tmux, choosing the kind on the first screen, filling
//! its fields and copying with `Ctrl-Y` to a private X server (Xvfb), read
//! back with xclip, as the user would paste it.
//!
//! Skipped, with a message, only when tmux, Xvfb or xclip is not installed.

mod support;

use support::tmux::{Tmux, have_tmux};
use support::x11::{Xvfb, have_x11_tools};

/// Chooses the kind numbered `key` and the scenario numbered `scenario` on
/// the first screen, types `fields` one per field (Enter between them) and
/// copies the message; returns when the status says it was copied.
fn write_and_copy(t: &Tmux, key: &str, label: &str, scenario: &str, fields: &[&str]) {
    t.wait_text("Who is the note for?");
    t.keys(&[key]);
    t.wait_text("How well do you know them?");
    t.keys(&[scenario]);
    t.wait_text(&format!("╭ {label} "));
    for (i, field) in fields.iter().enumerate() {
        if i > 0 {
            t.keys(&["Enter"]);
        }
        t.text(field);
    }
    let last = fields.last().copied().unwrap_or("");
    t.wait(&format!("the last field {last:?} typed"), |s| {
        s.contains(last.split_whitespace().last().unwrap_or(""))
    });
    t.keys(&["C-y"]);
    t.wait(
        &format!("the status to say a {label} message was copied"),
        |s| s.contains("Copied ") && s.contains(" characters via the system"),
    );
}

fn session(x: &Xvfb) -> Tmux {
    let mut t = Tmux::new();
    t.env("DISPLAY", x.display());
    t.write_config(r#"{"clipboard": "system", "sender": "Tomás"}"#);
    t.start("");
    t
}

#[test]
fn a_follow_up_goes_to_the_clipboard() {
    if !have_tmux() || !have_x11_tools() {
        return;
    }
    let x = Xvfb::start();
    let t = session(&x);
    write_and_copy(
        &t,
        "4",
        "Thanks",
        "2",
        &[
            "Jonas",
            "thanks for accepting",
            "I'm the data engineer you met at the Lisbon meetup",
            "here is the benchmark I mentioned: https://example.com/bench",
            "happy to share more if it helps",
        ],
    );
    let note = "Hi Jonas,\nThanks for accepting. I'm the data engineer you met at the \
                Lisbon meetup. Here is the benchmark I mentioned: \
                https://example.com/bench. Happy to share more if it helps.\n– Tomás";
    t.wait_until("the follow-up on the clipboard", || {
        x.clipboard().as_deref() == Some(note)
    });
    t.keys(&["C-q"]);
    t.wait_exit();
}

#[test]
fn a_permission_ask_goes_to_the_clipboard_without_its_subject() {
    if !have_tmux() || !have_x11_tools() {
        return;
    }
    let x = Xvfb::start();
    let t = session(&x);
    write_and_copy(
        &t,
        "5",
        "Subject",
        "3",
        &[
            "Ines",
            "Your talk on flood plains",
            "I'm a hydrologist at the Lyon water board",
            "your talk at the Geneva water forum changed how we plan retention basins",
            "would you mind if I sent you an invitation to connect?",
        ],
    );
    t.wait_text("Subject left out. Copied 188 characters via");
    let note = "Hi Ines,\nI'm a hydrologist at the Lyon water board. Your talk at the \
                Geneva water forum changed how we plan retention basins. Would you mind \
                if I sent you an invitation to connect?\n– Tomás";
    t.wait_until("the permission-ask on the clipboard", || {
        x.clipboard().as_deref() == Some(note)
    });
    t.keys(&["C-q"]);
    t.wait_exit();
}

#[test]
fn an_introduction_request_goes_to_the_clipboard() {
    if !have_tmux() || !have_x11_tools() {
        return;
    }
    let x = Xvfb::start();
    let t = session(&x);
    write_and_copy(
        &t,
        "6",
        "Who",
        "1",
        &[
            "Sam",
            "could you introduce me to Ana Lima?",
            "she built the data team at Acme, and I'm moving into analytics",
            "a note you could forward: I'm Tomás, a data engineer in Porto moving into analytics",
            "no worries at all if it's awkward",
        ],
    );
    let note = "Hi Sam,\nCould you introduce me to Ana Lima? She built the data team at \
                Acme, and I'm moving into analytics.\nA note you could forward: I'm \
                Tomás, a data engineer in Porto moving into analytics.\nNo worries at \
                all if it's awkward.\n– Tomás";
    t.wait_until("the introduction request on the clipboard", || {
        x.clipboard().as_deref() == Some(note)
    });
    t.keys(&["C-q"]);
    t.wait_exit();
}
