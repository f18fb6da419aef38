//! The list of every rule, in the order they run.

use super::Rule;
use super::rules::{
    default_text::DefaultText, duplicate_note::DuplicateNote, empty_note::EmptyNote,
    filler::Filler, invisible_character::InvisibleCharacter, missing_context::MissingContext,
    missing_invite::MissingInvite, missing_name::MissingName, missing_next_step::MissingNextStep,
    missing_sign_off::MissingSignOff, over_limit::OverLimit, placeholder::Placeholder,
    premature_ask::PrematureAsk, sales_pitch::SalesPitch, self_centered::SelfCentered,
    shouting::Shouting, stock_phrase::StockPhrase, vague_reference::VagueReference,
};

/// Every rule, one line each, in the order `--explain` lists them.
static RULES: &[&dyn Rule] = &[
    &EmptyNote,
    &OverLimit,
    &DefaultText,
    &Placeholder,
    &StockPhrase,
    &InvisibleCharacter,
    &MissingName,
    &MissingContext,
    &MissingInvite,
    &SelfCentered,
    &PrematureAsk,
    &SalesPitch,
    &MissingNextStep,
    &VagueReference,
    &Filler,
    &Shouting,
    &MissingSignOff,
    &DuplicateNote,
];

/// Every rule connote knows, in a stable order.
pub fn rules() -> &'static [&'static dyn Rule] {
    RULES
}

/// The rule with this id, if any.
pub fn rule(id: &str) -> Option<&'static dyn Rule> {
    RULES.iter().copied().find(|r| r.id() == id)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn ids_are_unique_kebab_case() {
        let mut seen = HashSet::new();
        for r in rules() {
            assert!(seen.insert(r.id()), "duplicate id {}", r.id());
            assert!(
                r.id().chars().all(|c| c.is_ascii_lowercase() || c == '-'),
                "{}",
                r.id()
            );
        }
    }

    #[test]
    fn every_rule_is_documented() {
        for r in rules() {
            let d = r.doc();
            for (field, text) in [
                ("what", d.what),
                ("why", d.why),
                ("bad", d.bad),
                ("good", d.good),
            ] {
                assert!(!text.trim().is_empty(), "{} has an empty `{field}`", r.id());
            }
        }
    }
}
