//! The SPEC §5 JSON shape, with positions resolved in one pass per note.

use std::io::{self, Write};

use super::super::output::json_safe;
use super::positions::Positions;
use crate::lint::trace::TraceStep;
use crate::lint::{DiagnosticJson, Report, ReportJson};
use crate::note::{Kind, Scenario};

/// One linted note, as the JSON output needs it.
#[derive(Debug, Clone, Copy)]
pub struct NoteJson<'a> {
    /// The batch id or file name; omitted for stdin.
    pub id: Option<&'a str>,
    /// The kind of message.
    pub kind: Kind,
    /// Its subject, for a kind that has one.
    pub subject: Option<&'a str>,
    /// The scenario the note was linted against.
    pub scenario: Scenario,
    /// The note.
    pub text: &'a str,
    /// Its lint result.
    pub report: &'a Report,
    /// Each diagnostic's trace, in order, when `--trace` asked for them.
    pub traces: Option<&'a [Vec<TraceStep>]>,
}

/// The JSON object of one note. Same shape as [`Report::to_json`], but
/// linear in the note's size however many findings it has.
pub fn report_json<'a>(note: &NoteJson<'a>) -> ReportJson<'a> {
    let report = note.report;
    let positions = Positions::new(
        note.text,
        report
            .diagnostics
            .iter()
            .filter_map(|d| d.span.map(|s| s.start)),
    );
    let diagnostics = report
        .diagnostics
        .iter()
        .enumerate()
        .map(|(i, d)| {
            let pos = d.span.map(|s| positions.get(s.start));
            let json = DiagnosticJson::at(d, pos.map(|p| (p.line, p.column)));
            match note.traces.and_then(|t| t.get(i)) {
                Some(trace) => json.with_trace(trace),
                None => json,
            }
        })
        .collect();
    let subject = (note.kind == Kind::PermissionAsk).then(|| note.subject.unwrap_or(""));
    ReportJson {
        id: note.id,
        kind: note.kind,
        scenario: note.scenario,
        subject: None,
        subject_count: None,
        limit: report.limit,
        count: report.count.units,
        graphemes: report.count.graphemes,
        diagnostics,
        checklist: report.checklist,
    }
    .with_subject(subject)
}

/// Pretty JSON: one object, or an array when `many`.
pub fn write_json(out: &mut impl Write, notes: &[NoteJson<'_>], many: bool) -> io::Result<()> {
    let objects: Vec<ReportJson<'_>> = notes.iter().map(report_json).collect();
    let json = match (many, objects.as_slice()) {
        (false, [one]) => serde_json::to_string_pretty(one)?,
        _ => serde_json::to_string_pretty(&objects)?,
    };
    writeln!(out, "{}", json_safe(&json))
}

/// JSON Lines: one compact object per note.
pub fn write_jsonl(out: &mut impl Write, notes: &[NoteJson<'_>]) -> io::Result<()> {
    for note in notes {
        let json = serde_json::to_string(&report_json(note))?;
        writeln!(out, "{}", json_safe(&json))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::{Checklist, Diagnostic, Fix, Severity, Span};
    use crate::note::count;

    #[test]
    fn matches_the_library_shape_and_spec_keys() {
        let text = "Hi Ana,\nI want to grow my network.";
        let report = Report {
            count: count(text),
            limit: 300,
            diagnostics: vec![Diagnostic {
                rule: "self-centered",
                severity: Severity::Warning,
                message: "m".into(),
                span: Some(Span::new(10, 33)),
                fix: Some(Fix {
                    start: 8,
                    end: 34,
                    replacement: String::new(),
                }),
                evidence: Vec::new(),
            }],
            checklist: Checklist::default(),
        };
        let note = NoteJson {
            id: Some("a.txt"),
            kind: Kind::Invitation,
            subject: None,
            scenario: Scenario::Stranger,
            text,
            report: &report,
            traces: None,
        };
        let ours = serde_json::to_value(report_json(&note)).unwrap();
        let library = serde_json::to_value(report.to_json(Some("a.txt"), Scenario::Stranger, text));
        assert_eq!(ours, library.unwrap());
        let d = &ours["diagnostics"][0];
        assert_eq!(
            (d["line"].as_u64(), d["column"].as_u64()),
            (Some(2), Some(3))
        );
        assert_eq!(
            d["fix"],
            serde_json::json!({"start": 8, "end": 34, "replacement": ""})
        );
    }

    #[test]
    fn single_note_is_an_object_many_is_an_array() {
        let report = Report {
            count: count(""),
            limit: 200,
            diagnostics: vec![],
            checklist: Checklist::default(),
        };
        let note = NoteJson {
            id: None,
            kind: Kind::Invitation,
            subject: None,
            scenario: Scenario::Close,
            text: "",
            report: &report,
            traces: None,
        };
        let mut one = Vec::new();
        write_json(&mut one, &[note], false).unwrap();
        let one: serde_json::Value = serde_json::from_slice(&one).unwrap();
        assert!(one.is_object() && one.get("id").is_none());
        let mut many = Vec::new();
        write_json(&mut many, &[note], true).unwrap();
        let many: serde_json::Value = serde_json::from_slice(&many).unwrap();
        assert_eq!(many.as_array().map(Vec::len), Some(1));
        let mut lines = Vec::new();
        write_jsonl(&mut lines, &[note, note]).unwrap();
        let lines = String::from_utf8(lines).unwrap();
        assert_eq!(lines.lines().count(), 2);
        assert!(
            lines
                .lines()
                .all(|l| l.starts_with("{\"kind\":\"invitation\",\"scenario\":\"close\""))
        );
    }
}
