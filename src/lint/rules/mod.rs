//! One file per lint rule. Adding a rule is a new file here, with its
//! docs, fixture and check, and one line in the [`rules!`] list below.

mod misspellings;

use super::phrases::List;
use super::{Context, Evidence, Finding, Rule, Span};

/// Declares each rule's module and lists the rules in the order they run
/// and `--explain` shows them; in tests, also one snapshot test per rule,
/// named after its module.
macro_rules! rules {
    ($($module:ident :: $rule:ident),* $(,)?) => {
        $(pub(crate) mod $module;)*

        /// Every rule, in order.
        pub(crate) static RULES: &[&dyn Rule] = &[$(&$module::$rule),*];

        /// Each rule's fixture and what that rule alone says about it.
        #[cfg(test)]
        mod snapshots {
            $(
                #[test]
                fn $module() {
                    super::snapshot::check(&super::$module::$rule);
                }
            )*
        }
    };
}

rules! {
    empty_note::EmptyNote,
    over_limit::OverLimit,
    default_text::DefaultText,
    placeholder::Placeholder,
    stock_phrase::StockPhrase,
    invisible_character::InvisibleCharacter,
    missing_name::MissingName,
    missing_context::MissingContext,
    missing_invite::MissingInvite,
    self_centered::SelfCentered,
    premature_ask::PrematureAsk,
    sales_pitch::SalesPitch,
    missing_next_step::MissingNextStep,
    vague_reference::VagueReference,
    filler::Filler,
    shouting::Shouting,
    missing_sign_off::MissingSignOff,
    misspelling::Misspelling,
    duplicate_note::DuplicateNote,
    missing_thanks::MissingThanks,
    missing_offer::MissingOffer,
    long_message::LongMessage,
    missing_subject::MissingSubject,
    subject_too_long::SubjectTooLong,
    missing_introduction::MissingIntroduction,
    missing_permission::MissingPermission,
    missing_target::MissingTarget,
    missing_reason::MissingReason,
    missing_blurb::MissingBlurb,
    missing_easy_out::MissingEasyOut,
}

#[cfg(test)]
mod kinds;
#[cfg(test)]
mod snapshot;
#[cfg(test)]
mod testing;

/// One finding for a note with words but no phrase of `list`: the shape of
/// the rules that ask for one part of a message (a thanks, a reason).
fn unless_present(
    cx: &Context<'_>,
    list: List,
    out: &mut Vec<Finding>,
    message: &str,
    evidence: &'static str,
) {
    if !cx.analysis.tokens.is_empty() && !cx.analysis.has(list) {
        out.push(Finding::new(message).because(Evidence::Note(evidence)));
    }
}

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
    // The matches come in order: each list is walked once alongside.
    let (mut stock, mut excepted, mut topic) = (
        a.cursor(List::StockText),
        a.cursor(except),
        a.cursor(List::Topic),
    );
    for m in a.matches(list) {
        if stock.overlaps(&m.tokens)
            || excepted.overlaps(&m.tokens)
            || super::detect::in_topic(cx, &m.tokens, &mut topic)
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
