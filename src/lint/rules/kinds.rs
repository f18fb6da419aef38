//! The rules about one kind of message: off, and silent, for every other.

use super::testing::fires_in;
use crate::lint::Level;
use crate::lint::registry::rules;
use crate::note::{Kind, Scenario};

/// Each kind's own rules, as the SPEC lists them.
const ONLY_FOR: &[(&str, Kind)] = &[
    ("missing-invite", Kind::Invitation),
    ("missing-next-step", Kind::Invitation),
    ("missing-thanks", Kind::FollowUp),
    ("missing-offer", Kind::FollowUp),
    ("long-message", Kind::FollowUp),
    ("missing-subject", Kind::PermissionAsk),
    ("subject-too-long", Kind::PermissionAsk),
    ("missing-introduction", Kind::PermissionAsk),
    ("missing-permission", Kind::PermissionAsk),
    ("missing-target", Kind::IntroductionRequest),
    ("missing-reason", Kind::IntroductionRequest),
    ("missing-blurb", Kind::IntroductionRequest),
    ("missing-easy-out", Kind::IntroductionRequest),
];

#[test]
fn a_kinds_rules_are_off_and_silent_in_every_other_kind() {
    for r in rules() {
        let own = ONLY_FOR
            .iter()
            .find(|(id, _)| *id == r.id())
            .map(|(_, k)| *k);
        assert_eq!(r.only_for(), own, "{}", r.id());
        let Some(own) = own else { continue };
        let f = r.fixture();
        assert_eq!(f.kind, own, "{}: its fixture is of another kind", r.id());
        for kind in Kind::ALL {
            for scenario in [Scenario::Close, Scenario::Acquaintance, Scenario::Stranger] {
                let off = r.kind_level(kind, scenario) == Level::Off;
                assert_eq!(off, kind != own, "{} in {kind}, {scenario:?}", r.id());
            }
            if kind != own {
                assert!(!fires_in(r.id(), f.bad, kind), "{} fires in {kind}", r.id());
            }
        }
    }
}
