//! `connote lint --trace` and `phrases_off`: why a finding fired, in human
//! and JSON output, and turning off the pattern a trace names.

mod support;

use serde_json::Value;
use support::Sandbox;

const ASK: &str = "Hi Greta, please refer me for the data role at your company.";

/// The trace entries of rule `rule` in a JSON report.
fn trace_of<'a>(report: &'a Value, rule: &str) -> &'a Vec<Value> {
    report["diagnostics"]
        .as_array()
        .expect("diagnostics")
        .iter()
        .find(|d| d["rule"] == rule)
        .unwrap_or_else(|| panic!("no {rule} in {report}"))["trace"]
        .as_array()
        .unwrap_or_else(|| panic!("{rule} has no trace in {report}"))
}

#[test]
fn json_carries_a_trace_only_when_asked() {
    let sb = Sandbox::new();
    sb.only_rules(&["premature-ask", "missing-next-step"], "");
    let plain = sb.run(&["lint", "--format", "json"], ASK).json();
    for d in plain["diagnostics"].as_array().unwrap() {
        assert!(d.get("trace").is_none(), "{d}");
    }
    let traced = sb.run(&["lint", "--format", "json", "--trace"], ASK).json();
    let steps = trace_of(&traced, "premature-ask");
    assert!(!steps.is_empty());
    for step in steps {
        assert_eq!(step["kind"], "matched", "{step}");
        let id = step["pattern"].as_str().unwrap();
        let number = id.strip_prefix("premature-ask/").unwrap_or_default();
        assert!(number.parse::<usize>().is_ok(), "{id}");
        assert!(step["source"].as_str().is_some_and(|s| s.contains("refer")));
        let words = step["words"].as_str().unwrap();
        let (start, end) = (
            step["start"].as_u64().unwrap(),
            step["end"].as_u64().unwrap(),
        );
        let quoted: String = ASK
            .chars()
            .skip(usize::try_from(start).unwrap())
            .take(usize::try_from(end - start).unwrap())
            .collect();
        assert_eq!(words, quoted, "{step}");
        assert!(words.starts_with("refer me"), "{step}");
    }
    let absent = trace_of(&traced, "missing-next-step");
    assert_eq!(absent.len(), 1);
    assert_eq!(absent[0]["kind"], "note");
    assert!(absent[0].get("pattern").is_none());
}

#[test]
fn jsonl_and_batch_carry_it_too() {
    let sb = Sandbox::new();
    sb.only_rules(&["premature-ask"], "");
    let row = serde_json::json!({"id": "r1", "text": ASK}).to_string();
    let out = sb.run(&["lint", "--batch", "--format", "jsonl", "--trace"], row);
    let report: Value = serde_json::from_str(out.stdout.lines().next().unwrap()).unwrap();
    assert!(!trace_of(&report, "premature-ask").is_empty());
}

#[test]
fn human_output_indents_the_trace_under_each_finding() {
    let sb = Sandbox::new();
    sb.only_rules(&["premature-ask", "missing-context"], "");
    let out = sb.run(&["lint", "--format", "human"], ASK);
    assert!(!out.stdout.contains("trace:"), "{}", out.stdout);
    let out = sb.run(&["lint", "--format", "human", "--trace"], ASK);
    let lines: Vec<&str> = out.stdout.lines().collect();
    let at = lines
        .iter()
        .position(|l| l.starts_with("warning[premature-ask]"))
        .unwrap();
    let carets = lines[at..].iter().position(|l| l.contains('^')).unwrap() + at;
    let traced = lines[carets + 1];
    assert!(
        traced.starts_with("  = trace: matched premature-ask/")
            && (traced.ends_with("“refer me”") || traced.ends_with("“refer me for”")),
        "{}",
        out.stdout
    );
    assert!(traced.contains(" `=refer"), "{traced}");
}

#[test]
fn missing_context_lists_the_phrases_it_set_aside() {
    let sb = Sandbox::new();
    sb.only_rules(&["missing-context"], "");
    let note = "Hi Kenji, I admire your work. Let's connect.";
    let out = sb.run(&["lint", "--format", "human", "--trace"], note);
    assert!(
        out.stdout
            .lines()
            .any(|l| l.starts_with(" = trace: set aside context-stranger/")
                && l.contains("“your work”")
                && l.ends_with(": a frame without a detail nearby")),
        "{}",
        out.stdout
    );
    let out = sb.run(
        &["lint", "--format", "human", "--trace"],
        "Hi Kenji, connect?",
    );
    assert!(
        out.stdout
            .contains(" = trace: no phrase of the scenario's context lists in the note\n"),
        "{}",
        out.stdout
    );
}

#[test]
fn phrases_off_turns_off_the_patterns_a_trace_names() {
    let sb = Sandbox::new();
    sb.only_rules(&["premature-ask"], "");
    let traced = sb.run(&["lint", "--format", "json", "--trace"], ASK).json();
    let ids: Vec<String> = trace_of(&traced, "premature-ask")
        .iter()
        .map(|s| format!("\"{}\"", s["pattern"].as_str().unwrap()))
        .collect();
    sb.only_rules(
        &["premature-ask"],
        &format!("\"phrases_off\": [{}]", ids.join(", ")),
    );
    let out = sb.run(&["lint", "--format", "json"], ASK);
    assert_eq!(out.code, 0, "{out:?}");
    assert_eq!(out.json()["diagnostics"], serde_json::json!([]));
}

#[test]
fn an_unknown_pattern_id_is_named_with_the_closest() {
    let sb = Sandbox::new();
    sb.write(
        "config/connote/config.json",
        "{\n  \"phrases_off\": [\"premature-asks/1\"]\n}",
    );
    let out = sb.run(&["lint"], ASK);
    out.assert_usage_error(&format!(
        "{}:2:3: `phrases_off`: unknown phrase pattern `premature-asks/1` (did you mean \
         `premature-ask/1`?) (ids are `list/N`, N counting from 1 in the list)",
        sb.config_file().display()
    ));
}
