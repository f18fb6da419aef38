//! One file per lint rule. Adding a rule: a new file here and one line in
//! [`crate::lint::registry`].

pub mod default_text;
pub mod duplicate_note;
pub mod empty_note;
pub mod filler;
pub mod invisible_character;
pub mod missing_context;
pub mod missing_name;
pub mod missing_next_step;
pub mod missing_sign_off;
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
use super::{Context, Finding, Span};

/// One finding per match of `list`, spanning the matched words; the
/// message gets the words as written. Matches inside LinkedIn's stock
/// sentence are left to `default-text` and `stock-phrase`.
fn phrase_findings(
    cx: &Context<'_>,
    list: List,
    out: &mut Vec<Finding>,
    message: impl Fn(&str) -> String,
) {
    let stock = cx.analysis.matches(List::StockText);
    let mut k = 0;
    for m in cx.analysis.matches(list) {
        while stock.get(k).is_some_and(|s| s.tokens.end <= m.tokens.start) {
            k += 1;
        }
        if stock.get(k).is_some_and(|s| s.tokens.start < m.tokens.end) {
            continue;
        }
        let span = cx.analysis.char_span(&m.tokens);
        let quote = &cx.text[cx.analysis.byte_span(&m.tokens)];
        out.push(Finding::new(message(quote)).span(Span::new(span.start, span.end)));
    }
}
