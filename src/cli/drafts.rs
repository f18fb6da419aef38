//! `connote drafts`: list saved drafts, or remove one.

use std::path::Path;
use std::process::ExitCode;

use super::lint::visible;
use super::output::{json_safe, stderr, visible_lines};
use super::{DraftsArgs, DraftsCommand, ListFormat, usage_error};
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
        None => list(&store, args.format.unwrap_or(ListFormat::Human)),
    }
}

/// Removes the draft whose id is `prefix` or the one id starting with it.
fn remove(store: &DraftStore, prefix: &str) -> ExitCode {
    match store
        .resolve(prefix)
        .and_then(|id| store.remove(&id).map(|()| id))
    {
        Ok(id) => print(&format!("removed draft {}\n", visible(&id))),
        Err(e) => usage_error(e),
    }
}

fn list(store: &DraftStore, format: ListFormat) -> ExitCode {
    let listing = match store.list() {
        Ok(listing) => listing,
        Err(e) => return usage_error(e),
    };
    for problem in &listing.problems {
        stderr(&format!("connote: warning: {problem}\n"));
    }
    let now = clock::now();
    let summaries: Vec<DraftSummary> = listing
        .drafts
        .iter()
        .map(|d| DraftSummary::new(d, now))
        .collect();
    if format == ListFormat::Json {
        match serde_json::to_string_pretty(&summaries) {
            Ok(json) => print(&format!("{}\n", json_safe(&json))),
            Err(e) => usage_error(e),
        }
    } else if summaries.is_empty() {
        print(&visible_lines(&format!(
            "no drafts in {}\n",
            store.dir().display()
        )))
    } else {
        print(&table(&summaries))
    }
}

/// Writes to stdout: exit 0 when done or the pipe closed, 2 when it failed.
fn print(text: &str) -> ExitCode {
    super::output::stdout(text).map_or_else(|code| code, |()| ExitCode::SUCCESS)
}

fn table(summaries: &[DraftSummary]) -> String {
    let header = [
        "ID",
        "RECIPIENT",
        "KIND",
        "SCENARIO",
        "STATE",
        "UPDATED",
        "FIRST WORDS",
    ];
    // Every cell comes from a file someone could have edited.
    let cells: Vec<[String; 7]> = summaries
        .iter()
        .map(|s| {
            [
                s.id.as_str(),
                s.recipient_label(),
                s.kind.id(),
                s.scenario_label(),
                s.state.name(),
                s.age.as_str(),
                s.first_words.as_str(),
            ]
            .map(visible)
        })
        .collect();
    let rows: Vec<[&str; 7]> = cells
        .iter()
        .map(|c| c.each_ref().map(String::as_str))
        .collect();
    super::table::columns(&header, &rows)
}
