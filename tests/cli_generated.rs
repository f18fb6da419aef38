//! `connote completions SHELL`, `connote man` and `connote --version`,
//! generated from the command line itself, and how every printing command
//! ends when stdout fails.

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

#[test]
fn sent_and_stats_fail_on_a_full_disk() {
    let sb = Sandbox::new();
    for args in [&["stats"][..], &["sent"][..]] {
        let full = sb
            .command()
            .args(args)
            .stdout(std::fs::File::create("/dev/full").expect("/dev/full"))
            .output()
            .expect("run connote");
        assert_eq!(full.status.code(), Some(2), "{args:?}: {full:?}");
        assert!(String::from_utf8_lossy(&full.stderr).contains("cannot write"));
    }
}

#[test]
fn version_prints_the_name_and_version_and_nothing_else() {
    let sb = Sandbox::new();
    for flag in ["--version", "-V"] {
        let out = sb.run(&[flag], "");
        assert_eq!(out.code, 0, "{out:?}");
        assert_eq!(
            out.stdout,
            format!("connote {}\n", env!("CARGO_PKG_VERSION"))
        );
        assert!(out.stderr.is_empty(), "{}", out.stderr);
    }
    // Only a lone flag takes the short way: anything else is clap's to judge.
    let out = sb.run(&["extra", "--version"], "");
    assert_eq!(out.code, 2, "clap still judges other arguments: {out:?}");
    assert!(out.stderr.contains("extra"), "{}", out.stderr);
}
