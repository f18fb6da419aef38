//! `missing-context`: no context for the scenario.

use crate::lint::phrases::List;
use crate::lint::{Context, Evidence, Fixture, Finding, Level, Rule, RuleDoc, detect};
use crate::note::{Kind, Scenario};

/// Fires when the note gives no context the scenario calls for.
pub struct MissingContext;

static DOC: RuleDoc = RuleDoc {
    what: "The note gives no context for its scenario. close: no recent interaction or reason \
           they came to mind. acquaintance: no where, how or when you met. stranger: no reason \
           for choosing them (their work, a named mutual connection, a shared group or event). \
           Words that only gesture at context (\"since we last spoke\", \"your work\", \"we're \
           both\") count only next to a concrete detail: a name, a place, a date, a title, a topic.",
    why: "Context is what turns an invitation from a stranger into one the reader wants to \
          accept; without it they are left guessing who you are.",
    bad: "Hi Kenji, I'd love to connect with you here. Thanks, Amara",
    good: "Hi Kenji, we queued together for the robotics demo at Automatica in Munich last \
           week. Good to connect! Amara",
};

impl Rule for MissingContext {
    fn id(&self) -> &'static str {
        "missing-context"
    }

    fn default_level(&self, _: Scenario) -> Level {
        Level::Warning
    }

    /// A permission-ask needs its why-them as a warning whatever the
    /// scenario; a follow-up and an introduction request have their own
    /// rules for what they must say.
    fn kind_level(&self, kind: Kind, scenario: Scenario) -> Level {
        match kind {
            Kind::Invitation => self.default_level(scenario),
            Kind::PermissionAsk => Level::Warning,
            Kind::FollowUp | Kind::IntroductionRequest => Level::Off,
        }
    }

    fn doc(&self) -> &'static RuleDoc {
        &DOC
    }

    fn lists(&self) -> &'static [List] {
        &[
            List::ContextClose,
            List::ContextAcquaintance,
            List::ContextStranger,
            List::ContextAny,
            List::NotContext,
        ]
    }

    fn fixture(&self) -> Fixture {
        Fixture {
            kind: Kind::Invitation,
            subject: None,
            scenario: Scenario::Acquaintance,
            recipient: None,
            sender: None,
            history: &[],
            bad: "Hi Oskar, would love to connect!",
            good: "Hi Oskar, we met at the Tartu hackathon. Would love to connect!",
        }
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        let mut aside = Vec::new();
        if cx.analysis.tokens.is_empty() || detect::context_judged(cx, &mut |e| aside.push(e)) {
            return;
        }
        let message = match cx.scenario {
            _ if cx.kind == Kind::PermissionAsk => {
                "no why you: say what brought you to them (their talk, post or book, a named mutual contact)"
            }
            Scenario::Close => {
                "no context: mention your last exchange or what made you think of them"
            }
            Scenario::Acquaintance => "no context: remind them where, how or when you met",
            Scenario::Stranger => {
                "no context: say why them (their work, a named mutual connection, a shared group or event)"
            }
        };
        let mut finding = Finding::new(message);
        if aside.is_empty() {
            finding = finding.because(Evidence::Note(
                "no phrase of the scenario's context lists in the note",
            ));
        }
        finding.evidence.extend(aside);
        out.push(finding);
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::fires;
    use crate::note::Scenario::{Acquaintance, Close, Stranger};

    #[test]
    fn a_permission_ask_is_asked_why_them() {
        let text = "Hi Oskar, I am a data engineer. May I send you an invitation?";
        assert!(super::super::testing::fires_in("missing-context", text, crate::note::Kind::PermissionAsk));
        let text = "Hi Oskar, I am a data engineer and your talk on Kafka at Berlin Buzzwords was superb. May I send you an invitation?";
        assert!(!super::super::testing::fires_in("missing-context", text, crate::note::Kind::PermissionAsk));
    }

    #[test]
    fn fires_when_there_is_no_context() {
        assert!(fires(
            "missing-context",
            "Hi Kenji, I'd love to connect. Amara",
            Stranger
        ));
        assert!(fires(
            "missing-context",
            "Hi Kenji, let's connect here! Amara",
            Acquaintance
        ));
        assert!(fires("missing-context", "Kenji! Connect? – A", Close));
        assert!(fires(
            "missing-context",
            "Hi Kenji, I came across your profile and would like to connect.",
            Stranger
        ));
        // A meeting nobody can place, or a greeting, is no context.
        assert!(fires(
            "missing-context",
            "Hi Kenji, I think we've met before somewhere? Happy to connect.",
            Acquaintance
        ));
        assert!(fires(
            "missing-context",
            "Hi Kenji, long time no see! Let's connect here too.",
            Close
        ));
        for text in [
            "Hi Kenji, I saw you are working in Wipro Osaka. I am also from Osaka.",
            "Hi Kenji, I saw your profile and would like to connect.",
            "Hi Kenji, we're both in the fintech space, so let's connect.",
            "Hi Kenji, you look familiar, and we're both marketers in Osaka.",
            "Hi Kenji, nice to see you again! Let's stay connected.",
            "Hi Kenji, it's been ages! Would be great to reconnect.",
            "Hi Kenji, we've probably crossed paths at some event. Great to connect!",
            "Hi Kenji, I believe we attended the same event.",
            "Hi Kenji, following up on our conversation. Looking forward to staying connected.",
            "Hi Kenji, we spoke briefly a while ago. Would love to continue.",
            "Hi Kenji, it was SUPER nice talking to you!!! Let's connect.",
        ] {
            assert!(fires("missing-context", text, Acquaintance), "{text}");
        }
        assert!(fires(
            "missing-context",
            "Hi Kenji, trying to hit 500 connections this month!",
            Close
        ));
        assert!(fires(
            "missing-context",
            "Hi Kenji, we should be connected on here too.",
            Close
        ));
        // Frames that gesture at context count only with a detail.
        for text in [
            "Hi Kenji, you came to mind today, so here I am.",
            "Hi Kenji, I was just thinking about you. Hope all is good!",
            "Hi Kenji, so much has happened since we last spoke! Call me.",
            "Hi Kenji, I saw something the other day that reminded me of you.",
            "Hi Kenji, thanks for accepting! Talk soon.",
        ] {
            assert!(fires("missing-context", text, Close), "{text}");
        }
        for text in [
            "Hi Kenji, I admire your work and your company. Let's connect.",
            "Hi Kenji, your recent post really resonated. Looking forward to more!",
            "Hi Kenji, we're both members of several groups here.",
            "Hi Kenji, saw you viewed my profile, so I thought I'd reach out.",
            "Hi Kenji, I'm trying to reach 500+ connections; I'd appreciate it if you accepted.",
            "Hi Kenji, I'd love to show you how we helped 200+ clinics boost retention.",
        ] {
            assert!(fires("missing-context", text, Stranger), "{text}");
        }
        assert!(fires(
            "missing-context",
            "Hi Kenji, I help companies like yours save 30% on cloud costs.",
            Stranger
        ));
        assert!(fires(
            "missing-context",
            "Hi Kenji, your profile is impressive! Would you be open to a chat?",
            Stranger
        ));
        // What only sounds like a reason: the algorithm's suggestion, a
        // generic event, a talk nobody can place, shouting.
        for text in [
            "Hi Kenji, you popped up in my suggestions under logistics leaders, so here I am, if that's OK.",
            "Hi Kenji, keen to connect and learn from all your experience!",
            "HELLO!!! WOULD LOVE TO CONNECT WITH YOU AND GROW TOGETHER!!!",
            "Hi, I'm a student at Kyoto Tech and I'd like to connect with you on LinkedIn.",
            "Hi, I played rugby at Waseda and now sell software. Let's connect!",
        ] {
            assert!(fires("missing-context", text, Stranger), "{text}");
        }
        for text in [
            "Great connecting at the event!",
            "Hi Kenji, enjoyed your talk! Let's connect.",
            "Nice meeting you the other day. Let's stay in touch!",
        ] {
            assert!(fires("missing-context", text, Acquaintance), "{text}");
        }
    }

    /// Recent moments in a close contact's life, and reasons they came to mind.
    const CLOSE_LIFE: [&str; 5] = [
        "Sam! Hope the new kitten has stopped climbing the curtains. Dinner soon?",
        "Sam, how's life in Valencia since the move? Any plans for August?",
        "Sam, a client of mine has a designer opening and I hope you might know someone for it.",
        "Sam, I thought you might enjoy this piece on tiny houses, it's so you.",
        "Sam, hoping the knee is healing well after the surgery!",
    ];

    #[test]
    fn context_counts_in_every_scenario_however_it_is_phrased() {
        // A person you both know, named anywhere; something to pass on.
        for scenario in [Acquaintance, Stranger] {
            for text in [
                "Your name came up in my suggestions. Are you still working with Tomasz? Hope all is well.",
                "Hi Kenji, say hi to Beatriz from me! Good to see you on here.",
                "Hi Kenji, a friend's startup in Kobe has an opening, and I think you might know someone for it.",
            ] {
                assert!(!fires("missing-context", text, scenario), "{text}");
            }
        }
        // Following them somewhere, their ongoing writing, a shared identity.
        for text in [
            "Long-time reader of your Substack and a fan of how you explain bond markets. Would love to connect.",
            "I have followed you on Mastodon for a year and always learn something. Happy to connect.",
            "Your newsletter is the one I open first on Mondays. Glad to connect!",
            "From one Glasgow nurse to another, thank you for speaking up for night shifts.",
            "I saw you worked on the checkout redesign at a grocery chain; I'm tackling the same flow.",
            "Thanks for the webinar this morning!! I've already changed my onboarding emails.",
            "Your letter in the Dental Gazette on rural clinics said what many of us think.",
        ] {
            assert!(!fires("missing-context", text, Stranger), "{text}");
        }
    }

    #[test]
    fn quiet_when_context_is_phrased_any_way() {
        let acquaintance = [
            "Hi Kenji, we met at the Osaka robotics fair. Good to connect!",
            "Hi Kenji, we spoke briefly after your keynote at Automatica. Keep in touch?",
            "Hi Kenji, our paths crossed at the Kyoto design week. Coffee?",
            "Hi Kenji, great meeting you at Sunday's climbing comp!",
            "Hi Kenji, we were on the same panel in Fukuoka last spring.",
            "Hi Kenji, I sat next to you on the sustainability track in Nagoya.",
            "Hi Kenji, good to put a face to the name at Tuesday's vendor day in Kobe.",
            "Hi Kenji, our daughters are in the same Saturday judo club.",
            "Hi Kenji, Sendai game jam in March, team Kitsune: I was the one on sound.",
            "Hi Kenji, you interviewed me for the analyst role in 2022.",
            "Hi Kenji, we've been trading answers in the Tokyo Go channel for months.",
            "Hi Kenji, nice to finally put a face to the handle!",
            "Hi Kenji, you handed me your spare charger on the Caledonian Sleeper in March.",
            "Hi Kenji, it's Rafaela from 3B at Colégio Pedro II, we built the 2009 volcano.",
            "Hi Kenji, I edited the audio for your appearance on Field Notes episode 112.",
        ];
        for text in acquaintance {
            assert!(!fires("missing-context", text, Acquaintance), "{text}");
        }
        let stranger = [
            "Hi Leila, saw your Figma file “Forms for tired people”; the error states are kind.",
            "Hi Leila, your essay on why usage-based pricing confuses procurement rang true.",
            "Hi Leila, I admire how your team cut ER wait times at St. Mary's by triaging by text.",
            "Hi Leila, Chidi Obi, our mutual friend, said you research desalination membranes.",
            "Hi Leila, your post on charging for design reviews really resonated.",
            "Hi Leila, your introduction to the new translation of Kokoro made the ending click.",
            "Hi Leila, saw on the Zurich Makers forum that you're restoring a 1960s Hasselblad.",
            "Hi Leila, I'm in the Tunis Rust group too.",
            "Hi Leila, I'm working on the same desalination problem in Sfax.",
            "Hi Leila, I enjoyed your piece on wastewater sensors in Tunis.",
            "Hi Leila, Ana Silva suggested I reach out about your water work.",
            "Hi Leila, as fellow members of the Rust Berlin meetup, connecting felt overdue.",
            "Hi Leila, we both studied at EPFL, a few years apart.",
            "Hi Leila, your thread about bilingual onboarding changed how I run mine.",
            "Hi Leila, congrats on the Series A for Ouma Labs.",
        ];
        for text in stranger {
            assert!(!fires("missing-context", text, Stranger), "{text}");
        }
        let close = [
            "Sam! Great catching up at Jess's wedding. Connect here too?",
            "Sam, saw the news about your new role. Thrilled for you!",
            "Sam, thought of you when I read about the Lisbon marathon.",
            "Sam, still laughing about the karaoke night. Let's stay in touch here too.",
            "Sam, loved catching up at the alumni BBQ.",
            "Sam, so good catching up over tapas in May.",
            "Sam, great run on Sunday!",
            "Sam, fun dinner last night.",
            "Sam, lovely hike this weekend.",
            "Sam, saw the photos from your graduation!",
            "Sam, saw your promotion news.",
            "Sam, heard you moved to Leeds.",
            "Sam, just heard about the new flat.",
            "Sam, thanks for sorting out my bike on Sunday!",
            "Sam, what a week at the budget consultation; couldn't have done it without you.",
            "Sam, after our catch-up at Dan's barbecue I applied for the role.",
            "Sam, gr8 seeing u at the wholesaler this morning, cheers for the tip!",
            "Sam, so glad we bumped into each other earlier this week.",
            "Sam, it was lovely breaking fast with your family during Ramadan.",
            "Sam, your mum's cake at Easter is still the talk of the office.",
            "Sam, you came to mind when I read about the Lisbon marathon.",
            "Sam, since our call on Tuesday I found two more flats.",
            "Sam, the lasagne on Friday was unreal, thank you!",
            "Sam, great braai on Saturday!",
            "Happy 40th, Sam! Still the best karaoke duet partner I've ever had.",
            "Sam, the chess set you carved for my birthday sits on my desk.",
            "Sam, I still laugh about the goose, ever since Saturday's canal walk.",
        ];
        let missed: Vec<_> = close
            .into_iter()
            .chain(CLOSE_LIFE)
            .filter(|text| fires("missing-context", text, Close))
            .collect();
        assert!(missed.is_empty(), "{missed:?}");
    }
}
