//! `connote stats`: acceptance rates of the sent notes, overall and by
//! kind, scenario, template, checklist item and rule, each with its count
//! and 95% Wilson interval.

use std::fmt::Write as _;
use std::path::Path;
use std::process::ExitCode;

use super::setup::print;
use super::{StatsArgs, StatsFormat, usage_error};
use crate::clock as time;
use crate::outcomes::stats::{self, Dimension, Rate, Stats};
use crate::store::Paths;
use crate::store::sent::Text;

/// The length of a full bar, in cells.
const BAR: usize = 20;

/// Runs `connote stats`.
pub fn run(args: &StatsArgs, config: Option<&Path>) -> ExitCode {
    let paths = match Paths::from_env(config) {
        Ok(paths) => paths,
        Err(e) => return usage_error(format!("cannot locate the data directory: {e}")),
    };
    let ledger = match super::sent::ledger(&paths.history_file(), Text::Skip) {
        Ok(ledger) => ledger,
        Err(e) => return usage_error(e),
    };
    let figures = stats::compute(&ledger.notes, args.since);
    match args.format.unwrap_or(StatsFormat::Human) {
        StatsFormat::Json => match serde_json::to_string_pretty(&figures) {
            Ok(json) => print(&(json + "\n")),
            Err(e) => usage_error(e),
        },
        StatsFormat::Human => print(&human(&figures, args.since)),
    }
}

/// Bars and figures, one group a line, under a heading per dimension.
pub fn human(figures: &Stats, since: Option<u64>) -> String {
    let period = since.map_or_else(String::new, |t| format!(" since {}", time::iso_date(t)));
    let mut out = format!(
        "{} sent notes{period}: {} with an outcome, {} pending\n\
         accepted = marked accepted or replied; the range is the 95% interval\n\n",
        figures.notes, figures.overall.total, figures.pending
    );
    let mut rows: Vec<(Option<&str>, String, &Rate)> =
        vec![(None, "overall".into(), &figures.overall)];
    for dim in Dimension::ALL {
        rows.extend(
            figures
                .groups
                .iter()
                .filter(|g| g.dimension == dim)
                .map(|g| (Some(dim.title()), format!("  {}", g.label()), &g.rate)),
        );
    }
    let width = rows
        .iter()
        .map(|(_, l, _)| l.chars().count())
        .max()
        .unwrap_or(0);
    let mut heading = None;
    for (title, label, rate) in rows {
        if title.is_some() && title != heading {
            heading = title;
            let _ = write!(out, "\n{}\n", title.unwrap_or_default());
        }
        let pad = width - label.chars().count();
        let _ = writeln!(
            out,
            "{label}{}  {}  {}",
            " ".repeat(pad),
            bar(rate),
            rate.summary()
        );
    }
    out
}

/// `█████░░░░░`: the rate out of [`BAR`] cells.
fn bar(rate: &Rate) -> String {
    let full = (rate.percent() * BAR + 50) / 100;
    "█".repeat(full) + &"░".repeat(BAR - full)
}
