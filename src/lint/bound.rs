//! Keeping a report proportional to the note: however hostile the input,
//! a rule says each thing once and says at most a screenful.

use super::{Finding, Fix};

/// The most findings one rule reports in one note; one more finding says
/// how many were left out.
pub const MAX_PER_RULE: usize = 100;

/// Merges each run of findings that touch and say the same thing into one
/// finding with a count, then keeps the first [`MAX_PER_RULE`] and sums up
/// the rest in one finding without a span.
pub(super) fn bound(findings: &mut Vec<Finding>) {
    merge_runs(findings);
    if findings.len() > MAX_PER_RULE {
        let left_out = findings.len() - MAX_PER_RULE;
        findings.truncate(MAX_PER_RULE);
        findings.push(Finding::new(format!(
            "and {left_out} more like these, not listed: fix the ones above first"
        )));
    }
}

fn merge_runs(findings: &mut Vec<Finding>) {
    let mut merged: Vec<(Finding, usize)> = Vec::with_capacity(findings.len());
    for f in findings.drain(..) {
        if let Some((last, count)) = merged.last_mut()
            && let Some(joined) = join(last, &f)
        {
            *last = joined;
            *count += 1;
            continue;
        }
        merged.push((f, 1));
    }
    findings.extend(merged.into_iter().map(|(mut f, count)| {
        if count > 1 {
            f.message = format!("{} ({count} times in a row)", f.message);
        }
        f
    }));
}

/// `a` grown over `b`, when `b` starts where `a` ends and says the same.
/// The fix survives when both fixes replace exactly their own span.
fn join(a: &Finding, b: &Finding) -> Option<Finding> {
    let (sa, sb) = (a.span?, b.span?);
    if sa.end != sb.start || a.message != b.message || a.mild != b.mild {
        return None;
    }
    let fix = own(a).zip(own(b)).map(|(x, y)| Fix {
        start: x.start,
        end: y.end,
        replacement: format!("{}{}", x.replacement, y.replacement),
    });
    Some(Finding {
        message: a.message.clone(),
        span: Some(super::Span::new(sa.start, sb.end)),
        fix,
        mild: a.mild,
        evidence: a.evidence.iter().chain(&b.evidence).copied().collect(),
    })
}

/// The finding's fix, when it replaces exactly the finding's span.
fn own(f: &Finding) -> Option<&Fix> {
    let span = f.span?;
    f.fix
        .as_ref()
        .filter(|fix| fix.start == span.start && fix.end == span.end)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::Span;

    fn at(start: usize, end: usize) -> Finding {
        Finding::new("x").span(Span::new(start, end)).fix(Fix {
            start,
            end,
            replacement: String::new(),
        })
    }

    #[test]
    fn touching_findings_with_one_message_become_one() {
        let mut found = vec![at(0, 1), at(1, 2), at(2, 4), at(5, 6)];
        bound(&mut found);
        assert_eq!(found.len(), 2);
        assert_eq!(found[0].message, "x (3 times in a row)");
        assert_eq!(found[0].span, Some(Span::new(0, 4)));
        assert_eq!(
            found[0].fix.as_ref().map(|f| (f.start, f.end)),
            Some((0, 4))
        );
        assert_eq!(found[1], at(5, 6));
    }

    #[test]
    fn past_the_cap_one_finding_counts_the_rest() {
        let mut found: Vec<Finding> = (0..5_000).map(|i| at(2 * i, 2 * i + 1)).collect();
        bound(&mut found);
        assert_eq!(found.len(), MAX_PER_RULE + 1);
        let last = found.last().map(|f| (f.message.as_str(), f.span));
        assert_eq!(
            last,
            Some((
                "and 4900 more like these, not listed: fix the ones above first",
                None
            ))
        );
    }
}
