//! `connote sent`: list the notes you copied, mark what became of them, and
//! forget them for good.

use std::fmt::Write as _;
use std::path::Path;
use std::process::ExitCode;

use serde::Serialize;

use super::setup::print;
use super::{SentArgs, SentCommand, SentFormat, usage_error};
use crate::clock as time;
use crate::lint::Checklist;
use crate::outcomes::{Ledger, Sent};
use crate::store::sent::{Entry, Finding, Outcome, OutcomeEvent, Text};
use crate::store::{Config, Paths, history};

/// How many words of each note the listing shows.
const FIRST_WORDS: usize = 8;

/// Runs `connote sent`.
pub fn run(args: &SentArgs, config: Option<&Path>) -> ExitCode {
    let paths = match Paths::from_env(config) {
        Ok(paths) => paths,
        Err(e) => return usage_error(format!("cannot locate the data directory: {e}")),
    };
    let file = paths.history_file();
    let now = time::now();
    let result = match (&args.command, args.forget_before) {
        (Some(SentCommand::Mark { words, to }), _) => mark(&file, words, to.as_deref(), now),
        (Some(SentCommand::Rm { id }), _) => remove(&file, id),
        (None, Some(date)) => forget_before(&file, date),
        (None, None) => {
            let monthly = monthly_notes(&paths.config_file);
            list(&file, args, monthly, now)
        }
    };
    result.unwrap_or_else(usage_error)
}

/// The ledger, with unreadable lines reported on stderr.
pub(super) fn ledger(file: &Path, text: Text) -> Result<Ledger, String> {
    let log = history::read_log_as(file, text).map_err(|e| e.to_string())?;
    for warning in log.warnings(file) {
        eprintln!("connote: warning: {warning}");
    }
    Ok(Ledger::from_entries(log.entries))
}

/// `monthly_notes` from the config; a broken config is reported, not fatal.
fn monthly_notes(config: &Path) -> Option<u32> {
    Config::load(config)
        .map_err(|e| eprintln!("connote: {e}; the monthly count is not shown"))
        .ok()
        .and_then(|c| c.monthly_notes)
}

fn list(file: &Path, args: &SentArgs, monthly: Option<u32>, now: u64) -> Result<ExitCode, String> {
    let ledger = ledger(file, Text::Keep)?;
    let shown: Vec<&Sent> = ledger
        .notes
        .iter()
        .filter(|s| !args.pending || s.is_pending())
        .collect();
    let text = match args.format.unwrap_or(SentFormat::Human) {
        SentFormat::Json => {
            let rows: Vec<Row> = shown.iter().map(|s| Row::new(s, now)).collect();
            serde_json::to_string_pretty(&rows).map_err(|e| e.to_string())? + "\n"
        }
        SentFormat::Csv => csv(&shown, now),
        SentFormat::Human => human(file, &shown, &ledger, monthly, now),
    };
    Ok(print(&text))
}

/// One sent note in `--format json`.
#[derive(Debug, Serialize)]
struct Row<'a> {
    id: &'a str,
    recipient: &'a str,
    kind: &'a str,
    scenario: Option<&'static str>,
    template: Option<&'a str>,
    copied_at: u64,
    age: String,
    outcome: Option<Outcome>,
    outcome_at: Option<u64>,
    withdrawable: bool,
    limit: Option<usize>,
    first_words: String,
    text: &'a str,
    findings: Option<&'a [Finding]>,
    checklist: Option<Checklist>,
}

impl<'a> Row<'a> {
    fn new(s: &'a Sent, now: u64) -> Row<'a> {
        let n = &s.note;
        Row {
            id: &n.id,
            recipient: &n.recipient,
            kind: &n.kind,
            scenario: n.scenario.map(crate::note::Scenario::id),
            template: n.template.as_deref(),
            copied_at: n.copied_at,
            age: time::ago(n.copied_at, now),
            outcome: s.outcome,
            outcome_at: s.outcome_at,
            withdrawable: s.is_withdrawable(now),
            limit: n.limit,
            first_words: s.first_words(FIRST_WORDS),
            text: &n.text,
            findings: n.findings.as_deref(),
            checklist: n.checklist,
        }
    }
}

fn csv(notes: &[&Sent], now: u64) -> String {
    let mut out = String::from(
        "id,recipient,kind,scenario,template,copied,outcome,withdrawable,first_words\n",
    );
    for s in notes {
        let n = &s.note;
        let cells = [
            n.id.clone(),
            n.recipient.clone(),
            n.kind.clone(),
            n.scenario.map_or("", crate::note::Scenario::id).to_string(),
            n.template.clone().unwrap_or_default(),
            time::iso_date(n.copied_at),
            s.outcome.map_or("", Outcome::id).to_string(),
            s.is_withdrawable(now).to_string(),
            s.first_words(FIRST_WORDS),
        ];
        let cells: Vec<String> = cells.iter().map(|c| csv_cell(c)).collect();
        out.push_str(&cells.join(","));
        out.push('\n');
    }
    out
}

/// RFC 4180: quote a cell with a comma, quote or line break, doubling quotes.
fn csv_cell(cell: &str) -> String {
    if cell.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", cell.replace('"', "\"\""))
    } else {
        cell.to_string()
    }
}

fn human(file: &Path, notes: &[&Sent], ledger: &Ledger, monthly: Option<u32>, now: u64) -> String {
    let mut out = if notes.is_empty() {
        format!("no sent notes in {}\n", file.display())
    } else {
        table(notes, now)
    };
    let withdrawable = notes.iter().filter(|s| s.is_withdrawable(now)).count();
    if withdrawable > 0 {
        let (n, them) = if withdrawable == 1 {
            ("1 pending invitation is".to_string(), "it")
        } else {
            (format!("{withdrawable} pending invitations are"), "them")
        };
        let _ = write!(
            out,
            "\n{n} over three weeks old (withdrawable): LinkedIn lets you withdraw {them} and invite again; then `connote sent mark ID withdrawn`.\n"
        );
    }
    if let Some(m) = monthly {
        let _ = write!(
            out,
            "\n{} of {m} notes this month\n",
            ledger.month_count(now)
        );
    }
    out
}

fn table(notes: &[&Sent], now: u64) -> String {
    let header = [
        "ID",
        "RECIPIENT",
        "KIND",
        "SCENARIO",
        "TEMPLATE",
        "AGE",
        "OUTCOME",
        "FIRST WORDS",
    ];
    let owned: Vec<[String; 8]> = notes
        .iter()
        .map(|s| {
            let n = &s.note;
            [
                n.id.clone(),
                s.recipient_label().to_string(),
                n.kind.clone(),
                n.scenario
                    .map_or("-", crate::note::Scenario::id)
                    .to_string(),
                n.template.clone().unwrap_or_else(|| "-".into()),
                time::ago(n.copied_at, now),
                s.outcome_label(now).to_string(),
                s.first_words(FIRST_WORDS),
            ]
        })
        .collect();
    let rows: Vec<[&str; 8]> = owned
        .iter()
        .map(|r| r.each_ref().map(String::as_str))
        .collect();
    super::table::columns(&header, &rows)
}

fn mark(file: &Path, words: &[String], to: Option<&str>, now: u64) -> Result<ExitCode, String> {
    let (target, outcome) = match (words, to) {
        ([outcome], Some(name)) => (Target::To(name), outcome),
        ([id, outcome], None) => (Target::Id(id), outcome),
        ([_], None) => {
            return Err(
                "`sent mark` needs an id and an outcome (or --to NAME and an outcome)".into(),
            );
        }
        (_, Some(_)) => return Err("`sent mark --to NAME` takes only the outcome".into()),
        _ => return Err("`sent mark` takes an id and an outcome".into()),
    };
    let outcome: Outcome = outcome
        .parse()
        .map_err(|e: crate::store::sent::UnknownOutcome| e.to_string())?;
    let ledger = ledger(file, Text::Keep)?;
    let sent = match target {
        Target::Id(id) => ledger.find(id),
        Target::To(name) => ledger.latest_to(name),
    }
    .map_err(|e| e.to_string())?;
    let event = OutcomeEvent {
        id: sent.note.id.clone(),
        outcome,
        at: now,
    };
    history::append(file, &Entry::Outcome(event)).map_err(|e| e.to_string())?;
    Ok(print(&format!(
        "marked {} ({}, copied {}) {outcome}\n",
        sent.note.id,
        sent.recipient_label(),
        time::ago(sent.note.copied_at, now)
    )))
}

/// Which note `mark` is about.
enum Target<'a> {
    /// A unique id prefix.
    Id(&'a str),
    /// The latest note to this person.
    To(&'a str),
}

fn remove(file: &Path, prefix: &str) -> Result<ExitCode, String> {
    let ledger = ledger(file, Text::Keep)?;
    let sent = ledger.find(prefix).map_err(|e| e.to_string())?;
    let id = sent.note.id.clone();
    let removed = history::retain(file, |e| e.id() != id).map_err(|e| e.to_string())?;
    let outcomes = removed.saturating_sub(1);
    let plural = if outcomes == 1 { "" } else { "s" };
    Ok(print(&format!(
        "removed sent note {id} ({}) and {outcomes} outcome{plural}, for good\n",
        sent.recipient_label()
    )))
}

fn forget_before(file: &Path, date: u64) -> Result<ExitCode, String> {
    let ledger = ledger(file, Text::Keep)?;
    let old: std::collections::HashSet<&str> = ledger
        .notes
        .iter()
        .filter(|s| s.note.copied_at < date)
        .map(|s| s.note.id.as_str())
        .collect();
    history::retain(file, |e| !old.contains(e.id())).map_err(|e| e.to_string())?;
    let plural = if old.len() == 1 { "" } else { "s" };
    Ok(print(&format!(
        "forgot {} sent note{plural} copied before {}, with their outcomes\n",
        old.len(),
        time::iso_date(date)
    )))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_quotes_only_what_needs_it() {
        assert_eq!(csv_cell("plain"), "plain");
        assert_eq!(csv_cell("a, b"), "\"a, b\"");
        assert_eq!(csv_cell("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(csv_cell("two\nlines"), "\"two\nlines\"");
    }
}
