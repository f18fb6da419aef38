//! One file per lint rule. Adding a rule: a new file here and one line in
//! [`crate::lint::registry`].

pub mod default_text;
pub mod duplicate_note;
pub mod empty_note;
pub mod filler;
pub mod invisible_character;
pub mod missing_context;
pub mod missing_invite;
pub mod missing_name;
pub mod missing_next_step;
pub mod missing_sign_off;
pub mod misspelling;
mod misspellings;
pub mod over_limit;
pub mod placeholder;
pub mod premature_ask;
pub mod sales_pitch;
pub mod self_centered;
pub mod shouting;
pub mod stock_phrase;
pub mod vague_reference;

#[cfg(test)]
mod fixtures;
#[cfg(test)]
mod testing;

use super::phrases::List;
use super::{Context, Evidence, Finding, Span};

/// One finding per match of `list`, spanning the matched words; the
/// message gets the words as written. Matches inside LinkedIn's stock
/// sentence are left to `default-text` and `stock-phrase`; matches that
/// overlap a phrase of `except` (an offer, a favour already given) or that
/// name the topic of their work ("your essay on pricing") are not findings.
fn phrase_findings(
    cx: &Context<'_>,
    list: List,
    except: List,
    out: &mut Vec<Finding>,
    message: impl Fn(&str) -> String,
) {
    let a = &cx.analysis;
    for m in a.matches(list) {
        if a.overlaps(List::StockText, &m.tokens)
            || a.overlaps(except, &m.tokens)
            || super::detect::in_topic(cx, &m.tokens)
        {
            continue;
        }
        let span = a.char_span(&m.tokens);
        let quote = &cx.text[a.byte_span(&m.tokens)];
        out.push(
            Finding::new(message(quote))
                .span(Span::new(span.start, span.end))
                .because(Evidence::matched(cx, m)),
        );
    }
}
