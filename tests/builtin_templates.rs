//! The built-in templates are the product's advice in concrete form, so
//! they are held to the same bar as a user's note: clean under lint, within
//! the limits, and each one distinct enough to be worth offering.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use connote::library::{EXAMPLE_RECIPIENT, EXAMPLE_SENDER, Library, Template};
use connote::lint::{LintInput, Linter, Severity};
use connote::note::{FORWARDABLE_LIMIT, Kind, Limit, SUBJECT_LIMIT, Scenario, count};

fn example(t: &Template) -> String {
    t.example_note(EXAMPLE_RECIPIENT, EXAMPLE_SENDER)
}

fn findings(t: &Template, limit: Limit) -> Vec<String> {
    let text = example(t);
    let subject = t.subject(&t.example_values());
    let mut input = LintInput::new(&text, t.scenario);
    input.kind = t.kind;
    input.subject = subject.as_deref();
    input.recipient = Some(EXAMPLE_RECIPIENT);
    input.sender = Some(EXAMPLE_SENDER);
    input.limit = limit;
    Linter::default()
        .lint(&input)
        .diagnostics
        .into_iter()
        .filter(|d| d.severity >= Severity::Warning)
        .map(|d| format!("{} {}: {}", d.severity, d.rule, d.message))
        .collect()
}

/// The built-in invitations.
fn invitations() -> Vec<Template> {
    Library::builtin()
        .all()
        .iter()
        .filter(|t| t.kind == Kind::Invitation)
        .cloned()
        .collect()
}

#[test]
fn every_builtin_of_another_kind_lints_clean_in_its_kind_and_scenario() {
    let mut failures = Vec::new();
    for kind in Kind::ALL.into_iter().skip(1) {
        let library = Library::builtin();
        let of: Vec<&Template> = library.all().iter().filter(|t| t.kind == kind).collect();
        assert!(of.len() >= 6, "{kind} has only {} templates", of.len());
        let scenarios: BTreeSet<Scenario> = of.iter().map(|t| t.scenario).collect();
        assert!(scenarios.len() >= 2, "{kind} templates cover one scenario");
        for t in of {
            let found = findings(t, kind.default_limit());
            if !found.is_empty() {
                failures.push(format!(
                    "{} ({kind}, {}):\n{}\n  {}",
                    t.id,
                    t.scenario,
                    example(t),
                    found.join("\n  ")
                ));
            }
            let texts = t.texts(&t.example_values(), EXAMPLE_RECIPIENT, EXAMPLE_SENDER);
            let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
            if let Some(blurb) = kind.forwardable(&refs) {
                let n = count(&blurb).units;
                assert!(
                    n > 0 && n <= FORWARDABLE_LIMIT,
                    "{}: the note to forward is {n}",
                    t.id
                );
            }
            if let Some(subject) = t.subject(&t.example_values()) {
                assert!(
                    !subject.is_empty() && count(&subject).units <= SUBJECT_LIMIT,
                    "{}",
                    t.id
                );
            }
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n\n"));
}

#[test]
fn every_builtin_lints_clean_in_its_scenario_and_fits_300() {
    let mut failures = Vec::new();
    for t in &invitations() {
        let found = findings(t, Limit::Premium);
        if !found.is_empty() {
            failures.push(format!(
                "{} ({}):\n{}\n  {}",
                t.id,
                t.scenario,
                example(t),
                found.join("\n  ")
            ));
        }
        let n = count(&example(t)).units;
        assert!(n <= 300, "{} is {n} characters:\n{}", t.id, example(t));
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n\n"));
}

#[test]
fn every_builtin_is_a_complete_note() {
    for t in &invitations() {
        let text = example(t);
        let mut input = LintInput::new(&text, t.scenario);
        input.recipient = Some(EXAMPLE_RECIPIENT);
        input.sender = Some(EXAMPLE_SENDER);
        let report = Linter::default().lint(&input);
        let c = report.checklist;
        let ticked = [
            ("name", c.name),
            ("context", c.context),
            ("invite", c.invite),
            ("next step", c.next_step),
            ("sign-off", c.sign_off),
            ("within limit", c.within_limit),
        ];
        let missing: Vec<&str> = ticked
            .iter()
            .filter(|(_, ok)| !ok)
            .map(|(n, _)| *n)
            .collect();
        assert!(missing.is_empty(), "{} lacks {missing:?}:\n{text}", t.id);
    }
}

#[test]
fn each_scenario_has_eight_and_half_fit_a_free_account() {
    for scenario in Scenario::ALL {
        let library = Library::builtin();
        let all: Vec<&Template> = library
            .for_scenario(scenario)
            .filter(|t| t.kind == Kind::Invitation)
            .collect();
        assert!(
            all.len() >= 8,
            "{scenario} has only {} templates",
            all.len()
        );
        let fitting: Vec<&&Template> = all
            .iter()
            .filter(|t| findings(t, Limit::Free).is_empty())
            .collect();
        let sizes: Vec<String> = all
            .iter()
            .map(|t| format!("{} {}", t.id, count(&example(t)).units))
            .collect();
        assert!(
            fitting.len() * 2 >= all.len(),
            "{scenario}: only {} of {} fit 200 cleanly ({})",
            fitting.len(),
            all.len(),
            sizes.join(", ")
        );
    }
}

#[test]
fn no_builtin_uses_the_stock_sentence_or_greets_or_signs_off() {
    for t in Library::builtin().all() {
        let texts = t.texts(&t.example_values(), "", "");
        for part in &texts {
            let first = part.split_whitespace().next().unwrap_or("").to_lowercase();
            let first = first.trim_matches(|c: char| !c.is_alphanumeric());
            assert!(
                !["hi", "hello", "hey", "dear"].contains(&first),
                "{}: the greeting is added by compose: {part}",
                t.id
            );
        }
        if t.kind != Kind::Invitation {
            let fields = t.kind.fields();
            for (field, text) in fields.iter().zip(&texts).take(fields.len() - 1).skip(1) {
                assert!(
                    field.id == "next_step" || !text.trim().is_empty(),
                    "{}: every built-in fills every field but the next step; `{}` is empty",
                    t.id,
                    field.id
                );
            }
            continue;
        }
        let note = example(t).to_lowercase();
        for stock in [
            "add you to my professional network",
            "join your linkedin network",
        ] {
            assert!(!note.contains(stock), "{} uses the stock sentence", t.id);
        }
        for part in t.parts.as_array() {
            let first = part.split_whitespace().next().unwrap_or("").to_lowercase();
            let first = first.trim_matches(|c: char| !c.is_alphanumeric());
            assert!(
                !["hi", "hello", "hey", "dear"].contains(&first),
                "{}: the greeting is added by compose, not the part: {part}",
                t.id
            );
            let last = part.split_whitespace().last().unwrap_or("").to_lowercase();
            assert!(
                !["best,", "cheers,", "regards,", "thanks,"].contains(&last.as_str()),
                "{}: the sign-off is added by compose: {part}",
                t.id
            );
        }
        assert!(
            t.parts.as_array().iter().all(|p| !p.trim().is_empty()),
            "{}: every built-in fills all three parts",
            t.id
        );
    }
}

#[test]
fn builtin_files_are_named_after_their_id_and_scenario() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("templates");
    let mut on_disk = BTreeSet::new();
    let folders = Scenario::ALL
        .iter()
        .map(|s| s.id())
        .chain(Kind::ALL.iter().skip(1).map(|k| k.id()));
    for folder in folders {
        for entry in std::fs::read_dir(root.join(folder)).unwrap() {
            let path = entry.unwrap().path();
            let stem = path.file_stem().unwrap().to_str().unwrap().to_string();
            on_disk.insert((folder.to_string(), stem));
        }
    }
    let embedded: BTreeSet<_> = Library::builtin()
        .all()
        .iter()
        .map(|t| {
            let folder = match t.kind {
                Kind::Invitation => t.scenario.id(),
                kind => kind.id(),
            };
            (folder.to_string(), t.id.clone())
        })
        .collect();
    assert_eq!(on_disk, embedded);
}

#[test]
fn ids_are_unique_across_kinds() {
    // `render --template ID` names one template, whatever its kind.
    let mut seen = BTreeMap::new();
    for t in Library::builtin().all() {
        if let Some(kind) = seen.insert(t.id.clone(), t.kind) {
            panic!("`{}` is both a {kind} and a {} template", t.id, t.kind);
        }
    }
}

#[test]
fn titles_and_descriptions_are_distinct() {
    let library = Library::builtin();
    let mut titles = BTreeMap::new();
    for t in library.all() {
        if let Some(other) = titles.insert(t.title.to_lowercase(), &t.id) {
            panic!("{} and {other} share the title {:?}", t.id, t.title);
        }
    }
    let descriptions: BTreeSet<_> = library.all().iter().map(|t| &t.description).collect();
    assert_eq!(descriptions.len(), library.all().len());
}

/// The body without greeting and sign-off, lowercased words.
fn words(t: &Template) -> Vec<String> {
    let note = example(t);
    let body = note.lines().nth(1).unwrap_or_default().to_lowercase();
    body.split(|c: char| !c.is_alphanumeric() && c != '\'')
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

fn shingles(words: &[String]) -> BTreeSet<&[String]> {
    words.windows(3).collect()
}

fn ratio(part: usize, whole: usize) -> f64 {
    let as_f64 = |n: usize| f64::from(u32::try_from(n).expect("small counts"));
    as_f64(part) / as_f64(whole.max(1))
}

#[test]
fn no_two_builtins_read_alike() {
    let library = Library::builtin();
    let all = library.all();
    let mut worst = (0.0, String::new());
    for (i, a) in all.iter().enumerate() {
        for b in &all[i + 1..] {
            let (wa, wb) = (words(a), words(b));
            let (sa, sb) = (shingles(&wa), shingles(&wb));
            let jaccard = ratio(sa.intersection(&sb).count(), sa.union(&sb).count());
            let edit = strsim::normalized_levenshtein(&wa.join(" "), &wb.join(" "));
            assert!(
                jaccard < 0.2 && edit < 0.5,
                "{} and {} read alike (shared 3-word runs {jaccard:.2}, edit similarity {edit:.2})",
                a.id,
                b.id
            );
            if edit > worst.0 {
                worst = (edit, format!("{} / {}", a.id, b.id));
            }
        }
    }
    eprintln!("most similar pair: {} ({:.2})", worst.1, worst.0);
}
