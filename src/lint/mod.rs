//! The lint engine: rules that say what weakens a note, with spans, fixes
//! and the checklist of what the note already does well.

mod bound;
pub(crate) mod detect;
mod diagnostic;
mod engine;
mod evidence;
pub(crate) mod fixes;
pub(crate) mod phrases;
mod registry;
mod report;
mod rule;
pub(crate) mod rules;
pub mod text;
pub mod trace;

pub use bound::MAX_PER_RULE;
pub use diagnostic::{Diagnostic, Fix, Level, Severity, Span, apply_fix, line_column};
pub use engine::{LintConfig, LintConfigError, LintInput, Linter};
pub use evidence::{Evidence, PhraseRef};
pub use phrases::{List, PhraseBook, phrase_lists};
pub use registry::{rule, rules};
pub use report::{Checklist, DiagnosticJson, Item, Report, ReportJson};
pub use rule::{Context, Finding, Fixture, PastNote, Rule, RuleDoc};
