//! `connote lint`: check notes from files, stdin or JSON Lines and say what
//! would make them weaker, for people (compiler-style) or scripts (JSON).
//!
//! Every input is read and checked before anything is printed, so a bad
//! row or file exits 2 with one line on stderr and no partial output.

mod explain;
mod human;
mod input;
mod json;
mod positions;
mod snippet;

pub(super) use snippet::{is_hidden, visible};

use std::io::{self, BufWriter, IsTerminal, Write};
use std::path::Path;
use std::process::ExitCode;

use super::style::{Palette, Role};
use super::{EXIT_FINDINGS, EXIT_OK, Format, LintArgs, usage_error};
use crate::lint::trace::{TraceStep, Tracer};
use crate::lint::{LintInput, Linter, PastNote, Report, Severity};
use crate::note::{Kind, Limit, Scenario};
use crate::store::{Paths, history};

/// Runs `connote lint` and returns its exit code (SPEC §5).
pub fn run(args: &LintArgs, config: Option<&Path>) -> ExitCode {
    match lint(args, config) {
        Ok(code) => code,
        Err(message) => usage_error(message),
    }
}

/// One note to lint, with what the flags or its batch row say about it.
struct Note {
    /// File name, batch id or `file:line`, for people.
    label: String,
    /// File name or batch id, for JSON; `None` for stdin and unnamed rows.
    id: Option<String>,
    text: String,
    kind: Kind,
    /// A permission-ask's subject, counted on its own.
    subject: Option<String>,
    scenario: Scenario,
    to: Option<String>,
    from: Option<String>,
}

/// What applies to every note unless its batch row says otherwise.
struct Settings {
    linter: Linter,
    sender: Option<String>,
    /// `--limit`, which applies to every note.
    limit: Option<Limit>,
    /// The config's `limit`, which applies to invitations only.
    configured_limit: Option<Limit>,
    history: Vec<PastNote>,
    now: u64,
}

fn lint(args: &LintArgs, config_override: Option<&Path>) -> Result<ExitCode, String> {
    let mut out = BufWriter::new(io::stdout().lock());
    if let Some(id) = &args.explain {
        let found = explain::find(id)?;
        let written = match args.note.format {
            Some(Format::Json | Format::Jsonl) => explain::write_json(&mut out, found),
            _ => explain::write_human(&mut out, found, Palette::for_stdout()),
        };
        return Ok(finish(&mut out, written, ExitCode::from(EXIT_OK)));
    }
    let format = match args.note.format {
        Some(Format::Text) => {
            return Err(
                "`--format text` is for `render`; `lint` prints human, json or jsonl".into(),
            );
        }
        Some(format) => format,
        None if io::stdout().is_terminal() => Format::Human,
        None => Format::Json,
    };
    let settings = settings(args, config_override)?;
    let (notes, many) = load(args, &settings)?;
    let reports = lint_all(&settings, &notes);
    let threshold = if args.deny.is_some() {
        Severity::Warning
    } else {
        Severity::Error
    };
    let traces: Option<Vec<Vec<Vec<TraceStep>>>> = args.trace.then(|| {
        notes
            .iter()
            .zip(&reports)
            .map(|(n, r)| {
                let tracer = Tracer::new(settings.linter.phrases(), &n.text);
                r.diagnostics
                    .iter()
                    .map(|d| tracer.steps(&d.evidence))
                    .collect()
            })
            .collect()
    });
    let traces = traces.as_deref();
    let failed = reports.iter().any(|r| r.worst() >= Some(threshold));
    let code = ExitCode::from(if failed { EXIT_FINDINGS } else { EXIT_OK });
    let written = match format {
        Format::Human => write_human(&mut out, &notes, &reports, traces, many),
        Format::Json | Format::Text => {
            json::write_json(&mut out, &json_views(&notes, &reports, traces), many)
        }
        Format::Jsonl => json::write_jsonl(&mut out, &json_views(&notes, &reports, traces)),
    };
    Ok(finish(&mut out, written, code))
}

/// Below this many notes, one thread lints them all: starting another
/// costs more than it saves.
const NOTES_PER_THREAD: usize = 256;

/// Every note's report, in input order. A batch is cut into one run of
/// notes per core, each linted on a thread of its own.
fn lint_all(settings: &Settings, notes: &[Note]) -> Vec<Report> {
    let lint = |n: &Note| {
        settings.linter.lint(&LintInput {
            text: &n.text,
            kind: n.kind,
            subject: n.subject.as_deref(),
            forwardable: None,
            scenario: n.scenario,
            recipient: n.to.as_deref(),
            sender: n.from.as_deref(),
            limit: settings
                .limit
                .unwrap_or_else(|| n.kind.limit_with(settings.configured_limit)),
            history: &settings.history,
            now: settings.now,
        })
    };
    let cores = std::thread::available_parallelism().map_or(1, std::num::NonZero::get);
    let threads = cores.min(notes.len() / NOTES_PER_THREAD).max(1);
    if threads == 1 {
        return notes.iter().map(lint).collect();
    }
    let mut runs = notes.chunks(notes.len().div_ceil(threads));
    let first = runs.next().unwrap_or_default();
    std::thread::scope(|scope| {
        let others: Vec<_> = runs
            .map(|run| scope.spawn(move || run.iter().map(lint).collect::<Vec<_>>()))
            .collect();
        let mut reports: Vec<Report> = first.iter().map(lint).collect();
        for other in others {
            // A panic in a thread is a panic of the command, as it would
            // have been on one thread.
            reports.extend(
                other
                    .join()
                    .unwrap_or_else(|p| std::panic::resume_unwind(p)),
            );
        }
        reports
    })
}

/// Flushes and turns a write failure into exit 2, and a closed pipe
/// (`connote lint … | head`), the reader's choice, into a quiet exit 0.
fn finish(out: &mut impl Write, written: io::Result<()>, code: ExitCode) -> ExitCode {
    super::output::finish(written.and_then(|()| out.flush())).map_or_else(|stop| stop, |()| code)
}

fn settings(args: &LintArgs, config_override: Option<&Path>) -> Result<Settings, String> {
    let paths = Paths::from_env(config_override);
    let (config, linter) = super::setup::load_config(config_override, paths.as_ref().ok())?;
    let history = if args.history {
        let paths = paths.map_err(|e| format!("cannot locate the history of copied notes: {e}"))?;
        let file = paths.history_file();
        let history = history::read(&file).map_err(|e| e.to_string())?;
        // Skipped lines do not stop the lint: the rest of the history still counts.
        for warning in history.warnings(&file) {
            super::output::stderr(&format!("connote: warning: {warning}\n"));
        }
        history.notes
    } else {
        Vec::new()
    };
    Ok(Settings {
        linter,
        sender: config.sender(args.note.from.as_deref()).map(str::to_string),
        limit: args.note.limit,
        configured_limit: config.limit,
        history,
        now: crate::clock::now(),
    })
}

/// Reads every input into notes; `true` when the output is a list.
fn load(args: &LintArgs, settings: &Settings) -> Result<(Vec<Note>, bool), String> {
    let sources: Vec<Option<&Path>> = if args.files.is_empty() {
        vec![None]
    } else {
        args.files
            .iter()
            .map(|f| (f.as_os_str() != "-").then_some(f.as_path()))
            .collect()
    };
    let many = args.batch || sources.len() > 1;
    let mut notes = Vec::new();
    for source in sources {
        if source.is_none() && io::stdin().is_terminal() {
            super::output::stderr(
                "connote: reading the note from the terminal; end it with Ctrl-D\n",
            );
        }
        let text = input::read(source).map_err(|e| e.to_string())?;
        let name = source.map_or_else(|| input::STDIN.to_string(), |p| p.display().to_string());
        if args.batch {
            for row in input::parse_batch(&name, &text).map_err(|e| e.to_string())? {
                notes.push(Note {
                    label: row
                        .id
                        .clone()
                        .unwrap_or_else(|| format!("{name}:{}", row.line)),
                    id: row.id,
                    text: row.text,
                    kind: row.kind.unwrap_or(args.kind),
                    subject: row.subject.or_else(|| args.subject.clone()),
                    scenario: row.scenario.unwrap_or(args.scenario),
                    to: row.to.or_else(|| args.note.to.clone()),
                    from: row.from.or_else(|| settings.sender.clone()),
                });
            }
        } else {
            notes.push(Note {
                id: source.map(|_| name.clone()),
                label: name,
                text: input::note_text(text),
                kind: args.kind,
                subject: args.subject.clone(),
                scenario: args.scenario,
                to: args.note.to.clone(),
                from: settings.sender.clone(),
            });
        }
    }
    for note in &mut notes {
        note.split_subject();
    }
    Ok((notes, many))
}

impl Note {
    /// A permission-ask given without a subject takes its first line
    /// `Subject: …` as one; the rest is the message, counted on its own.
    fn split_subject(&mut self) {
        if self.subject.is_some() {
            return;
        }
        if let (Some(subject), body) = self.kind.split_subject(&self.text) {
            let (subject, body) = (subject.to_string(), body.to_string());
            self.subject = Some(subject);
            self.text = body;
        }
    }
}

/// Each note's diagnostics' traces, when `--trace` asked for them.
type Traces<'a> = Option<&'a [Vec<Vec<TraceStep>>]>;

fn json_views<'a>(
    notes: &'a [Note],
    reports: &'a [Report],
    traces: Traces<'a>,
) -> Vec<json::NoteJson<'a>> {
    notes
        .iter()
        .zip(reports)
        .enumerate()
        .map(|(i, (n, report))| json::NoteJson {
            id: n.id.as_deref(),
            kind: n.kind,
            subject: n.subject.as_deref(),
            scenario: n.scenario,
            text: &n.text,
            report,
            traces: traces.and_then(|t| t.get(i)).map(Vec::as_slice),
        })
        .collect()
}

fn write_human(
    out: &mut impl Write,
    notes: &[Note],
    reports: &[Report],
    traces: Traces<'_>,
    many: bool,
) -> io::Result<()> {
    let p = Palette::for_stdout();
    for (i, (note, report)) in notes.iter().zip(reports).enumerate() {
        if many {
            let gap = if i == 0 { "" } else { "\n" };
            let label = snippet::visible(&note.label);
            writeln!(
                out,
                "{gap}{}",
                p.paint(Role::Strong, format_args!("==> {label} <=="))
            )?;
        }
        let view = human::NoteView {
            label: &note.label,
            text: &note.text,
            subject: note.subject.as_deref(),
            report,
            traces: traces.and_then(|t| t.get(i)).map(Vec::as_slice),
        };
        human::write_note(out, &view, p, many)?;
    }
    if many {
        let errors = reports.iter().filter(|r| r.has_errors()).count();
        let warnings = reports
            .iter()
            .filter(|r| r.worst() == Some(Severity::Warning))
            .count();
        let clean = reports.len() - errors - warnings;
        let plural = if reports.len() == 1 { "" } else { "s" };
        writeln!(
            out,
            "\n{} · {errors} with errors · {warnings} with warnings · {clean} clean",
            p.paint(Role::Strong, format_args!("{} note{plural}", reports.len()))
        )?;
    }
    Ok(())
}
