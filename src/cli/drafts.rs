//! `connote drafts`: list saved drafts, or remove one.

use std::path::Path;
use std::process::ExitCode;

use super::{DraftsArgs, DraftsCommand, Format, usage_error};
use crate::clock;
use crate::store::{DraftStore, DraftSummary, Paths};

/// Runs `connote drafts`.
pub fn run(args: &DraftsArgs, config: Option<&Path>) -> ExitCode {
    let store = match Paths::from_env(config) {
        Ok(paths) => DraftStore::new(paths.drafts_dir()),
        Err(e) => return usage_error(format!("cannot locate the data directory: {e}")),
    };
    match &args.command {
        Some(DraftsCommand::Rm { id }) => remove(&store, id),
        None => list(&store, args.format.unwrap_or(Format::Human)),
    }
}

fn remove(store: &DraftStore, id: &str) -> ExitCode {
    match store.remove(id) {
        Ok(()) => {
            println!("removed draft {id}");
            ExitCode::SUCCESS
        }
        Err(e) => usage_error(e),
    }
}

fn list(store: &DraftStore, format: Format) -> ExitCode {
    if !matches!(format, Format::Human | Format::Json) {
        return usage_error("`drafts` prints --format human or json");
    }
    let listing = match store.list() {
        Ok(listing) => listing,
        Err(e) => return usage_error(e),
    };
    for problem in &listing.problems {
        eprintln!("connote: warning: {problem}");
    }
    let now = clock::now();
    let summaries: Vec<DraftSummary> = listing
        .drafts
        .iter()
        .map(|d| DraftSummary::new(d, now))
        .collect();
    if format == Format::Json {
        match serde_json::to_string_pretty(&summaries) {
            Ok(json) => println!("{json}"),
            Err(e) => return usage_error(e),
        }
    } else if summaries.is_empty() {
        println!("no drafts in {}", store.dir().display());
    } else {
        print!("{}", table(&summaries));
    }
    ExitCode::SUCCESS
}

/// Aligned columns; the last one (first words) runs to the end of the line.
fn table(summaries: &[DraftSummary]) -> String {
    let header = [
        "ID",
        "RECIPIENT",
        "SCENARIO",
        "STATE",
        "UPDATED",
        "FIRST WORDS",
    ];
    let rows: Vec<[&str; 6]> = summaries
        .iter()
        .map(|s| {
            [
                s.id.as_str(),
                s.recipient_label(),
                s.scenario_label(),
                s.state.name(),
                s.age.as_str(),
                s.first_words.as_str(),
            ]
        })
        .collect();
    let mut widths = header.map(|h| h.chars().count());
    for row in &rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(cell.chars().count());
        }
    }
    let mut out = String::new();
    for row in std::iter::once(&header).chain(&rows) {
        let mut line = String::new();
        for (i, cell) in row.iter().enumerate() {
            if i + 1 == row.len() {
                line.push_str(cell);
            } else {
                line.push_str(cell);
                let pad = widths[i] - cell.chars().count() + 2;
                line.extend(std::iter::repeat_n(' ', pad));
            }
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}
