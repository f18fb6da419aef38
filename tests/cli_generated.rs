//! `connote completions SHELL` and `connote man`: generated from the
//! command line itself, so every subcommand and flag shows up in them.

mod support;

use support::Sandbox;

#[test]
fn completions_name_every_subcommand_in_each_shell() {
    let sb = Sandbox::new();
    for shell in ["bash", "zsh", "fish", "elvish", "powershell"] {
        let out = sb.run(&["completions", shell], "");
        assert_eq!(out.code, 0, "{shell}: {out:?}");
        for word in ["lint", "render", "templates", "drafts", "scenario"] {
            assert!(out.stdout.contains(word), "{shell} script lacks {word}");
        }
    }
    let bash = sb.run(&["completions", "bash"], "");
    assert!(
        bash.stdout.contains("complete -F _connote"),
        "{}",
        bash.stdout
    );
}

#[test]
fn an_unknown_shell_is_a_usage_error() {
    let out = Sandbox::new().run(&["completions", "tcsh"], "");
    assert_eq!(out.code, 2, "{out:?}");
    assert!(out.stderr.contains("tcsh"), "{}", out.stderr);
    assert!(out.stdout.is_empty());
}

#[test]
fn man_page_is_roff_with_the_commands() {
    let out = Sandbox::new().run(&["man"], "");
    assert_eq!(out.code, 0, "{out:?}");
    assert!(out.stdout.contains(".TH connote 1"), "{}", out.stdout);
    assert!(out.stdout.contains(".SH NAME"));
    for sub in ["lint", "render", "completions"] {
        assert!(out.stdout.contains(sub), "man page lacks {sub}");
    }
}

#[test]
fn a_full_stdout_is_an_error() {
    let sb = Sandbox::new();
    let full = sb
        .command()
        .args(["man"])
        .stdout(std::fs::File::create("/dev/full").expect("/dev/full"))
        .output()
        .expect("run connote");
    assert_eq!(full.status.code(), Some(2), "{full:?}");
    assert!(String::from_utf8_lossy(&full.stderr).contains("cannot write"));
}
