//! Compiler-style output for people: each finding with the line of the
//! note underlined, then a one-line verdict and the checklist.

use std::io::{self, Write};

use super::positions::Positions;
use super::snippet::{snippet, visible};
use crate::cli::style::{Palette, Role};
use crate::lint::trace::{StepKind, TraceStep, TracedPhrase};
use crate::lint::{Diagnostic, Fix, Report, Severity};
use crate::note::{characters, count};

/// Quoted note text longer than this many chars is shortened in `help:` lines.
const QUOTE: usize = 64;

/// One linted note, as the human output needs it.
#[derive(Debug, Clone, Copy)]
pub struct NoteView<'a> {
    /// The file name, batch id, or `<stdin>`.
    pub label: &'a str,
    /// The note.
    pub text: &'a str,
    /// Its subject line, for a kind that has one.
    pub subject: Option<&'a str>,
    /// Its lint result.
    pub report: &'a Report,
    /// Each diagnostic's trace, in order, when `--trace` asked for them.
    pub traces: Option<&'a [Vec<TraceStep>]>,
}

fn role(severity: Severity) -> Role {
    match severity {
        Severity::Error => Role::Error,
        Severity::Warning => Role::Warning,
        Severity::Hint => Role::Hint,
    }
}

/// Writes every diagnostic of `note`, then its summary. `labelled` puts
/// the note's name on the summary line (several notes in one run).
pub fn write_note(
    out: &mut impl Write,
    note: &NoteView<'_>,
    p: Palette,
    labelled: bool,
) -> io::Result<()> {
    let offsets = note.report.diagnostics.iter().flat_map(|d| {
        let span = d.span.map(|s| [s.start, s.end]);
        let fix = d.fix.as_ref().map(|f| [f.start, f.end]);
        span.into_iter().chain(fix).flatten()
    });
    let positions = Positions::new(note.text, offsets);
    for (i, d) in note.report.diagnostics.iter().enumerate() {
        let trace = note.traces.and_then(|t| t.get(i)).map(Vec::as_slice);
        write_diagnostic(out, note, d, trace, &positions, p)?;
    }
    write_summary(out, note, p, labelled)
}

fn write_diagnostic(
    out: &mut impl Write,
    note: &NoteView<'_>,
    d: &Diagnostic,
    trace: Option<&[TraceStep]>,
    positions: &Positions,
    p: Palette,
) -> io::Result<()> {
    let r = role(d.severity);
    writeln!(
        out,
        "{}{}",
        p.paint(r, format_args!("{}[{}]", d.severity, d.rule)),
        p.paint(Role::Strong, format_args!(": {}", visible(&d.message)))
    )?;
    let label = visible(note.label);
    let mut pad = String::from(" ");
    if let Some(span) = d.span {
        let start = positions.get(span.start);
        let end = positions.get(span.end);
        let line_no = start.line.to_string();
        let gutter = " ".repeat(line_no.len());
        let s = snippet(note.text, start.line_start, start.byte, end.byte);
        let bar = p.paint(Role::Gutter, "|");
        writeln!(
            out,
            "{gutter}{} {label}:{}:{}",
            p.paint(Role::Gutter, "-->"),
            start.line,
            start.column
        )?;
        writeln!(out, "{gutter} {bar}")?;
        writeln!(out, "{} {bar} {}", p.paint(Role::Gutter, &line_no), s.line)?;
        writeln!(
            out,
            "{gutter} {bar} {}{}",
            " ".repeat(s.caret_column),
            p.paint(r, "^".repeat(s.carets))
        )?;
        pad = format!("{gutter} ");
    } else {
        writeln!(out, " {} {label}", p.paint(Role::Gutter, "-->"))?;
    }
    if let Some(fix) = &d.fix {
        writeln!(
            out,
            "{pad}{} {}",
            p.paint(Role::Gutter, "="),
            p.paint(
                Role::Good,
                format_args!("help: {}", describe_fix(note.text, fix, positions))
            )
        )?;
    }
    for step in trace.unwrap_or_default() {
        writeln!(
            out,
            "{pad}{} trace: {}",
            p.paint(Role::Gutter, "="),
            describe_step(step)
        )?;
    }
    writeln!(out)
}

/// One step of a trace in words: `premature-ask/2 `refer * me` matched
/// “refer me”`, `set aside …: why`, or a note.
fn describe_step(step: &TraceStep) -> String {
    let phrase = |x: &TracedPhrase| {
        format!(
            "{} `{}` “{}”",
            x.pattern,
            shorten(&visible(&x.source)),
            visible(&x.words)
        )
    };
    let note = step.note.unwrap_or_default();
    match (step.kind, &step.phrase) {
        (StepKind::Matched, Some(x)) if note.is_empty() => format!("matched {}", phrase(x)),
        (StepKind::Matched, Some(x)) => format!("matched {}; {note}", phrase(x)),
        (StepKind::SetAside, Some(x)) => {
            let inside = step
                .exception
                .as_ref()
                .map(|e| format!(" {}", phrase(e)))
                .unwrap_or_default();
            format!("set aside {}: {note}{inside}", phrase(x))
        }
        _ => note.to_string(),
    }
}

/// What applying `fix` does, in words: remove, insert or replace, and how
/// the count changes.
fn describe_fix(text: &str, fix: &Fix, positions: &Positions) -> String {
    let (from, to) = (positions.get(fix.start).byte, positions.get(fix.end).byte);
    let old = text.get(from..to.max(from)).unwrap_or_default();
    let (before, after) = (count(old).units, count(&fix.replacement).units);
    let what = match (old.is_empty(), fix.replacement.is_empty()) {
        (false, true) => format!("remove {}", quote(old)),
        (true, _) => format!("insert {}", quote(&fix.replacement)),
        (false, false) => format!("replace {} with {}", quote(old), quote(&fix.replacement)),
    };
    match after.cmp(&before) {
        std::cmp::Ordering::Equal => what,
        std::cmp::Ordering::Less => format!("{what} ({} shorter)", characters(before - after)),
        std::cmp::Ordering::Greater => format!("{what} ({} longer)", characters(after - before)),
    }
}

/// A pattern's text cut after [`QUOTE`] chars: long alternatives would
/// bury the words they matched (`--format json` has them whole).
fn shorten(text: &str) -> String {
    match text.char_indices().nth(QUOTE) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text.to_string(),
    }
}

/// `text` in quotes with escapes for anything invisible, shortened at a
/// word boundary if long.
fn quote(text: &str) -> String {
    let Some((cut, _)) = text.char_indices().nth(QUOTE) else {
        return format!("{text:?}");
    };
    let head = &text[..cut];
    let head = head.rfind(' ').map_or(head, |space| &head[..space]);
    format!("{head:?}…")
}

fn write_summary(
    out: &mut impl Write,
    note: &NoteView<'_>,
    p: Palette,
    labelled: bool,
) -> io::Result<()> {
    let report = note.report;
    if labelled {
        write!(out, "{}: ", p.paint(Role::Strong, visible(note.label)))?;
    }
    let size = format!("{}/{}", report.count.units, report.limit);
    let over = report.count.units.saturating_sub(report.limit);
    if over > 0 {
        write!(
            out,
            "{} characters ({over} over)",
            p.paint(Role::Error, size)
        )?;
    } else {
        write!(out, "{size} characters")?;
    }
    if report.checklist.kind == crate::note::Kind::PermissionAsk {
        let units = crate::note::count(note.subject.unwrap_or("")).units;
        let limit = crate::note::SUBJECT_LIMIT;
        let size = format!("subject {units}/{limit}");
        if units > limit {
            write!(out, " · {}", p.paint(Role::Error, size))?;
        } else {
            write!(out, " · {size}")?;
        }
    }
    writeln!(out, " · {}", tally(report, p))?;
    let items = report.checklist.items();
    let line: Vec<String> = items
        .iter()
        .map(|&(name, ok)| {
            if ok {
                format!("{} {name}", p.paint(Role::Good, "✓"))
            } else {
                format!("{} {name}", p.paint(Role::Missing, "✗"))
            }
        })
        .collect();
    writeln!(out, "{}", line.join("  "))
}

/// `1 error, 2 warnings, 1 hint`, or `no problems`.
fn tally(report: &Report, p: Palette) -> String {
    let parts: Vec<String> = [Severity::Error, Severity::Warning, Severity::Hint]
        .into_iter()
        .filter_map(|s| {
            let n = report.count_of(s);
            let plural = if n == 1 { "" } else { "s" };
            (n > 0).then(|| {
                p.paint(role(s), format_args!("{n} {s}{plural}"))
                    .to_string()
            })
        })
        .collect();
    if parts.is_empty() {
        p.paint(Role::Good, "no problems").to_string()
    } else {
        parts.join(", ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::{Checklist, Span};

    fn render(text: &str, diagnostics: Vec<Diagnostic>) -> String {
        let report = Report {
            count: count(text),
            limit: 300,
            diagnostics,
            checklist: Checklist {
                name: true,
                within_limit: true,
                ..Checklist::default()
            },
        };
        let note = NoteView {
            label: "n.txt",
            text,
            subject: None,
            report: &report,
            traces: None,
        };
        let mut out = Vec::new();
        write_note(&mut out, &note, Palette::plain(), false).unwrap();
        String::from_utf8(out).unwrap()
    }

    fn diag(severity: Severity, span: Option<(usize, usize)>, fix: Option<Fix>) -> Diagnostic {
        Diagnostic {
            rule: "some-rule",
            severity,
            message: "a message".into(),
            span: span.map(|(s, e)| Span::new(s, e)),
            fix,
            evidence: Vec::new(),
        }
    }

    #[test]
    fn diagnostic_with_span_and_removal_fix() {
        let text = "Hi Ana,\nSorry to bother you, I liked your talk.";
        let fix = Fix {
            start: 8,
            end: 29,
            replacement: String::new(),
        };
        let out = render(text, vec![diag(Severity::Hint, Some((8, 28)), Some(fix))]);
        let expected = "\
hint[some-rule]: a message
 --> n.txt:2:1
  |
2 | Sorry to bother you, I liked your talk.
  | ^^^^^^^^^^^^^^^^^^^^
  = help: remove \"Sorry to bother you, \" (21 characters shorter)

47/300 characters · 1 hint
✓ name  ✗ context  ✗ invite  ✗ next step  ✗ sign-off  ✓ within limit
";
        assert_eq!(out, expected);
    }

    #[test]
    fn diagnostic_without_span_and_insert_fix() {
        let fix = Fix {
            start: 2,
            end: 2,
            replacement: "\n– Sam".into(),
        };
        let out = render("Hi", vec![diag(Severity::Warning, None, Some(fix))]);
        assert!(
            out.starts_with("warning[some-rule]: a message\n --> n.txt\n"),
            "{out}"
        );
        assert!(
            out.contains(" = help: insert \"\\n– Sam\" (6 characters longer)\n"),
            "{out}"
        );
    }

    #[test]
    fn replacement_and_long_quotes() {
        let text = "x".repeat(100);
        let fix = Fix {
            start: 0,
            end: 100,
            replacement: "y".into(),
        };
        let out = render(
            &text,
            vec![diag(Severity::Error, Some((0, 100)), Some(fix))],
        );
        let quoted = format!("\"{}\"…", "x".repeat(QUOTE));
        let words = "one two three ".repeat(10);
        assert_eq!(
            quote(&words),
            format!("{:?}…", &words[..words[..QUOTE].rfind(' ').unwrap()])
        );
        assert!(
            out.contains(&format!(
                "help: replace {quoted} with \"y\" (99 characters shorter)"
            )),
            "{out}"
        );
        assert!(out.contains("100/300 characters · 1 error"), "{out}");
    }

    #[test]
    fn tally_counts_each_severity() {
        let out = render(
            "Hi",
            vec![
                diag(Severity::Error, None, None),
                diag(Severity::Warning, None, None),
                diag(Severity::Warning, None, None),
            ],
        );
        assert!(
            out.contains("2/300 characters · 1 error, 2 warnings\n"),
            "{out}"
        );
        assert!(render("Hi", vec![]).contains("· no problems\n"));
    }
}
