//! Command-line arguments (SPEC §5), parsed with clap.

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

use crate::note::{Kind, Limit, Scenario};

/// Compose LinkedIn connection notes that get accepted.
#[derive(Debug, Parser)]
#[command(name = "connote", version, about, long_about = None)]
pub struct Args {
    /// Read the config from FILE instead of $XDG_CONFIG_HOME/connote/config.json.
    #[arg(long, global = true, value_name = "FILE")]
    pub config: Option<PathBuf>,

    /// What to do; without one, the interactive composer opens.
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// `connote lint …` as [`Args`] parses it, with only the `lint`
/// subcommand declared: building every subcommand's arguments is most of
/// what clap costs a lint. The name, the global flag and the subcommand
/// are those of [`Args`].
#[derive(Debug, Parser)]
#[command(name = "connote", version, about, long_about = None)]
struct LintOnly {
    /// Read the config from FILE instead of $XDG_CONFIG_HOME/connote/config.json.
    #[arg(long, global = true, value_name = "FILE")]
    config: Option<PathBuf>,

    #[command(subcommand)]
    command: LintCommand,
}

/// The one subcommand of [`LintOnly`].
#[derive(Debug, Subcommand)]
enum LintCommand {
    /// Lint notes from files, stdin, or JSON Lines.
    Lint(LintArgs),
}

impl Args {
    /// The command line when it is a `lint` that parses: the same
    /// [`Args`] as [`Parser::parse`] would give. `None` for anything
    /// else, including help and errors, which are left to the full
    /// parser so they read the same.
    pub fn lint_only(args: &[std::ffi::OsString]) -> Option<Args> {
        if args.first()? != "lint" {
            return None;
        }
        let with_name = std::iter::once("connote".into()).chain(args.iter().cloned());
        let LintOnly { config, command } = LintOnly::try_parse_from(with_name).ok()?;
        let LintCommand::Lint(lint) = command;
        Some(Args {
            config,
            command: Some(Command::Lint(lint)),
        })
    }
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Lint notes from files, stdin, or JSON Lines.
    Lint(LintArgs),
    /// Render a template into a note.
    Render(RenderArgs),
    /// List the scenario templates.
    Templates(TemplatesArgs),
    /// List or remove saved drafts.
    Drafts(DraftsArgs),
    /// Show or create the config file.
    Config(ConfigArgs),
    /// List the notes you copied; mark what became of them, or forget them.
    Sent(SentArgs),
    /// Acceptance rates of your sent notes, with 95% intervals.
    Stats(StatsArgs),
    /// Print a shell completion script (bash, zsh, fish, elvish, powershell).
    Completions {
        /// The shell to complete in.
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff), e.g. `connote man | man -l -`.
    Man,
}

/// Output formats of `lint`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Compiler-style diagnostics for people.
    Human,
    /// One JSON object per note (an array for several files).
    Json,
    /// One JSON object per line.
    Jsonl,
    /// The note text only (`render`).
    Text,
}

/// Output formats of the listings (`templates`, `drafts`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ListFormat {
    /// Aligned text for people.
    Human,
    /// JSON, for scripts.
    Json,
}

/// `connote lint`.
#[derive(Debug, clap::Args)]
pub struct LintArgs {
    /// Files to lint; `-` or nothing reads stdin.
    #[arg(value_name = "FILE")]
    pub files: Vec<PathBuf>,
    /// The relationship the note starts from.
    #[arg(long, default_value = "stranger", value_parser = parse_scenario)]
    pub scenario: Scenario,
    /// What is being written: invitation, follow-up, permission-ask or
    /// introduction-request. It decides the rules, checklist and default limit.
    #[arg(long, default_value = "invitation", value_parser = parse_kind)]
    pub kind: Kind,
    /// The subject line of a permission-ask (else a first line `Subject: …`).
    #[arg(long, value_name = "TEXT")]
    pub subject: Option<String>,
    /// Who the note is between, its limit and the output format.
    #[command(flatten)]
    pub note: NoteArgs,
    /// Input is JSON Lines: one {"text": ...} object per line.
    #[arg(long)]
    pub batch: bool,
    /// `warnings`: exit 1 on warnings too.
    #[arg(long, value_name = "warnings", value_parser = ["warnings"])]
    pub deny: Option<String>,
    /// Print a rule's documentation and exit.
    #[arg(long, value_name = "RULE")]
    pub explain: Option<String>,
    /// Also compare with notes copied before (duplicate-note).
    #[arg(long)]
    pub history: bool,
    /// Show why each finding fired: the phrase patterns, the words they
    /// matched and the exceptions that applied.
    #[arg(long)]
    pub trace: bool,
}

/// `connote render`.
#[derive(Debug, clap::Args)]
pub struct RenderArgs {
    /// The template id.
    #[arg(long, value_name = "ID")]
    pub template: String,
    /// Fill a placeholder: KEY=VALUE (repeatable).
    #[arg(long = "set", value_name = "KEY=VALUE")]
    pub set: Vec<String>,
    /// Lint against this scenario instead of the template's own.
    #[arg(long, value_parser = parse_scenario)]
    pub scenario: Option<Scenario>,
    /// Lint as this kind of message instead of the template's own.
    #[arg(long, value_parser = parse_kind)]
    pub kind: Option<Kind>,
    /// Who the note is between, its limit and the output format.
    #[command(flatten)]
    pub note: NoteArgs,
}

/// The flags `lint` and `render` share, declared once.
#[derive(Debug, clap::Args)]
pub struct NoteArgs {
    /// The recipient's name, for the greeting and the name rules.
    #[arg(long, value_name = "NAME")]
    pub to: Option<String>,
    /// The sender's name, for the sign-off and the name rules.
    #[arg(long, value_name = "NAME")]
    pub from: Option<String>,
    /// premium, free, inmail, message, or a number.
    #[arg(long, value_parser = parse_limit)]
    pub limit: Option<Limit>,
    /// lint: human (default on a terminal), json or jsonl; render: text (default) or json.
    #[arg(long, value_enum)]
    pub format: Option<Format>,
}

/// `connote templates`.
#[derive(Debug, clap::Args)]
pub struct TemplatesArgs {
    /// Only this scenario's templates.
    #[arg(long, value_parser = parse_scenario)]
    pub scenario: Option<Scenario>,
    /// Only this kind's templates: invitation, follow-up, permission-ask or
    /// introduction-request.
    #[arg(long, value_parser = parse_kind)]
    pub kind: Option<Kind>,
    /// human (default) or json.
    #[arg(long, value_enum)]
    pub format: Option<ListFormat>,
}

/// `connote drafts`.
#[derive(Debug, clap::Args)]
pub struct DraftsArgs {
    /// human (default) or json.
    #[arg(long, value_enum)]
    pub format: Option<ListFormat>,
    /// A drafts action; without one, drafts are listed.
    #[command(subcommand)]
    pub command: Option<DraftsCommand>,
}

/// Actions on drafts.
#[derive(Debug, Subcommand)]
pub enum DraftsCommand {
    /// Remove a draft by id.
    Rm {
        /// The draft id as `connote drafts` lists it, or a unique start of it.
        id: String,
    },
}

/// `connote sent`.
#[derive(Debug, clap::Args)]
pub struct SentArgs {
    /// human (default), json or csv.
    #[arg(long, value_enum)]
    pub format: Option<SentFormat>,
    /// Only notes with no outcome yet.
    #[arg(long)]
    pub pending: bool,
    /// Delete every note copied before DATE (YYYY-MM-DD, UTC), for good.
    #[arg(long, value_name = "DATE", value_parser = parse_date, conflicts_with_all = ["format", "pending"])]
    pub forget_before: Option<u64>,
    /// A sent-notes action; without one, the notes are listed.
    #[command(subcommand)]
    pub command: Option<SentCommand>,
}

/// Output formats of `sent`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SentFormat {
    /// Aligned columns.
    Human,
    /// An array of objects.
    Json,
    /// Comma-separated values with a header row.
    Csv,
}

/// Actions on sent notes.
#[derive(Debug, Subcommand)]
pub enum SentCommand {
    /// Record what became of a note: `mark ID OUTCOME`, or `mark --to NAME OUTCOME`.
    Mark {
        /// A unique prefix of the note's id, then the outcome: accepted,
        /// replied, declined, withdrawn or no-answer.
        #[arg(value_name = "ID OUTCOME", num_args = 1..=2, required = true)]
        words: Vec<String>,
        /// The latest note to NAME instead of an id.
        #[arg(long, value_name = "NAME")]
        to: Option<String>,
    },
    /// Delete a note and its outcomes, for good.
    Rm {
        /// A unique prefix of the note's id.
        id: String,
    },
}

/// `connote stats`.
#[derive(Debug, clap::Args)]
pub struct StatsArgs {
    /// human (default) or json.
    #[arg(long, value_enum)]
    pub format: Option<StatsFormat>,
    /// Only notes copied on or after DATE (YYYY-MM-DD, UTC).
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub since: Option<u64>,
}

/// Output formats of `stats`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum StatsFormat {
    /// Bars and figures.
    Human,
    /// The figures as one object.
    Json,
}

/// `connote config`: alone, says where the config is and whether it is
/// valid.
#[derive(Debug, clap::Args)]
pub struct ConfigArgs {
    /// The config action; none prints the path and the file's state.
    #[command(subcommand)]
    pub command: Option<ConfigCommand>,
}

/// Actions on the config file.
#[derive(Debug, Subcommand)]
pub enum ConfigCommand {
    /// Print where the config is read from.
    Path,
    /// Write an example config (refuses to overwrite one).
    Init {
        /// Your name, as notes are signed (`sender`); without it the file
        /// has no sender until you add one.
        #[arg(long, value_name = "NAME")]
        sender: Option<String>,
    },
}

fn parse_scenario(s: &str) -> Result<Scenario, String> {
    s.parse()
        .map_err(|e: crate::note::UnknownScenario| e.to_string())
}

fn parse_kind(s: &str) -> Result<Kind, String> {
    s.parse()
        .map_err(|e: crate::note::UnknownKind| e.to_string())
}

fn parse_date(s: &str) -> Result<u64, String> {
    crate::clock::parse_date(s)
}

fn parse_limit(s: &str) -> Result<Limit, String> {
    s.parse()
        .map_err(|e: crate::note::InvalidLimit| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn definition_is_consistent() {
        Args::command().debug_assert();
    }

    #[test]
    fn parses_lint_flags() {
        let args = Args::parse_from([
            "connote",
            "lint",
            "--scenario",
            "close",
            "--limit",
            "free",
            "--deny",
            "warnings",
            "a.txt",
        ]);
        let Some(Command::Lint(lint)) = args.command else {
            panic!("not lint")
        };
        assert_eq!(lint.scenario, Scenario::Close);
        assert_eq!(lint.note.limit, Some(Limit::Free));
        assert_eq!(lint.deny.as_deref(), Some("warnings"));
        assert_eq!(lint.files, vec![PathBuf::from("a.txt")]);
    }

    #[test]
    fn kind_defaults_to_invitation_and_rejects_others() {
        let Some(Command::Lint(lint)) = Args::parse_from(["connote", "lint"]).command else {
            panic!("not lint")
        };
        assert_eq!(lint.kind, Kind::Invitation);
        let args = Args::parse_from(["connote", "templates", "--kind", "follow-up"]);
        let Some(Command::Templates(t)) = args.command else {
            panic!("not templates")
        };
        assert_eq!(t.kind, Some(Kind::FollowUp));
        assert!(
            Args::try_parse_from(["connote", "render", "--template", "x", "--kind", "memo"])
                .is_err()
        );
    }

    #[test]
    fn lint_alone_parses_as_the_full_command_line_does() {
        let full = |args: &[&str]| {
            let argv = std::iter::once("connote").chain(args.iter().copied());
            Args::try_parse_from(argv).map(|a| format!("{a:?}")).ok()
        };
        let alone = |args: &[&str]| {
            let args: Vec<std::ffi::OsString> = args.iter().map(Into::into).collect();
            Args::lint_only(&args).map(|a| format!("{a:?}"))
        };
        for args in [
            &["lint"][..],
            &["lint", "a.txt", "-", "--format", "json"],
            &[
                "lint", "--config", "c.json", "--batch", "--deny", "warnings", "b.jsonl",
            ],
            &[
                "lint",
                "--to",
                "Ana",
                "--from",
                "Rui",
                "--limit",
                "free",
                "--scenario",
                "close",
            ],
            &["lint", "--explain", "filler", "--trace", "--history"],
            &["lint", "--kind", "permission-ask", "--subject", "Kilns"],
            &["lint", "--", "--format"],
        ] {
            assert!(alone(args).is_some(), "{args:?}");
            assert_eq!(alone(args), full(args), "{args:?}");
        }
        // Help, errors and other commands are the full parser's.
        for args in [
            &["lint", "--help"][..],
            &["lint", "--version"],
            &["lint", "--scenario", "pal"],
            &["lint", "--format"],
            &["--config", "c.json", "lint"],
            &["render", "--template", "x"],
            &[],
        ] {
            assert_eq!(alone(args), None, "{args:?}");
        }
        LintOnly::command().debug_assert();
    }

    #[test]
    fn rejects_unknown_scenario() {
        assert!(Args::try_parse_from(["connote", "lint", "--scenario", "pal"]).is_err());
    }
}
