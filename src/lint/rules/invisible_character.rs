//! `invisible-character`: characters a reader cannot see.

use crate::lint::{Context, Fixture, Finding, Fix, Level, Rule, RuleDoc, Span};
use crate::note::{Kind, Scenario};

/// Fires on zero-width characters, bidi controls and other control characters.
pub struct InvisibleCharacter;

static DOC: RuleDoc = RuleDoc {
    what: "The note contains characters nobody can see: zero-width spaces and joiners \
           outside emoji, byte-order marks, soft hyphens, bidirectional controls \
           (U+202A–U+202E, U+2066–U+2069) or other control characters except line breaks.",
    why: "They come from copy-pasting out of documents and chat apps; they count against the \
          limit, can reorder text on screen, and make the note look auto-generated.",
    bad: "Hi Rania,\u{200b} loved your\u{202e} dataset.",
    good: "Hi Rania, loved your dataset.",
};

/// A name for an invisible character, or `None` when the char is fine.
fn invisible(c: char, prev: Option<char>, next: Option<char>) -> Option<&'static str> {
    let near_emoji = |o: Option<char>| o.is_some_and(|c| !c.is_ascii());
    Some(match c {
        '\u{200b}' => "zero-width space",
        '\u{200c}' if !(near_emoji(prev) && near_emoji(next)) => "zero-width non-joiner",
        '\u{200d}' if !(near_emoji(prev) && near_emoji(next)) => "zero-width joiner",
        '\u{2060}' => "word joiner",
        '\u{feff}' => "byte-order mark",
        '\u{00ad}' => "soft hyphen",
        '\u{180e}' => "Mongolian vowel separator",
        '\u{2061}'..='\u{2064}' => "invisible operator",
        '\u{200e}' | '\u{200f}' | '\u{061c}' => "direction mark",
        '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' => "bidirectional control",
        '\t' => "tab",
        '\r' if next == Some('\n') => return None,
        c if c.is_control() && c != '\n' => "control character",
        _ => return None,
    })
}

impl Rule for InvisibleCharacter {
    fn id(&self) -> &'static str {
        "invisible-character"
    }

    fn default_level(&self, _: Scenario) -> Level {
        Level::Warning
    }

    fn doc(&self) -> &'static RuleDoc {
        &DOC
    }

    fn fixture(&self) -> Fixture {
        Fixture {
            kind: Kind::Invitation,
            subject: None,
            scenario: Scenario::Acquaintance,
            recipient: None,
            sender: None,
            history: &[],
            bad: "Hi Oskar,\u{200b} we met in Tartu.",
            good: "Hi Oskar, we met in Tartu.",
        }
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        // Most notes hold none: one tight pass says so. Printable ASCII
        // and line breaks are skipped as bytes; chars are decoded only
        // from the first other byte on.
        let Some(first) = crate::scan::first_unplain(cx.text.as_bytes()) else {
            return;
        };
        if !cx.text[first..].chars().any(may_be_invisible) {
            return;
        }
        let mut prev = None;
        let mut run: Option<Run> = None;
        let mut chars = cx.text.chars().enumerate().peekable();
        while let Some((i, c)) = chars.next() {
            let next = chars.peek().map(|(_, n)| *n);
            let name = if may_be_invisible(c) {
                invisible(c, prev, next)
            } else {
                None
            };
            match (name, run.as_mut()) {
                (Some(_), Some(r)) => r.grow(c),
                (Some(name), None) => run = Some(Run::new(i, c, name, prev)),
                (None, _) => out.extend(run.take().map(|r| r.finding(Some(c)))),
            }
            prev = Some(c);
        }
        out.extend(run.map(|r| r.finding(None)));
    }
}

/// Invisible characters in a row: one finding, however many there are,
/// so a pasted block of NULs is one line of output, not a million.
struct Run {
    start: usize,
    len: usize,
    first: char,
    name: &'static str,
    tabs_only: bool,
    before: Option<char>,
}

impl Run {
    fn new(start: usize, c: char, name: &'static str, before: Option<char>) -> Run {
        Run {
            start,
            len: 1,
            first: c,
            name,
            tabs_only: c == '\t',
            before,
        }
    }

    fn grow(&mut self, c: char) {
        self.len += 1;
        self.tabs_only &= c == '\t';
    }

    fn finding(&self, after: Option<char>) -> Finding {
        let code = u32::from(self.first);
        let message = if self.len == 1 {
            format!("invisible {} (U+{code:04X}): remove it", self.name)
        } else {
            format!(
                "{} invisible characters in a row, from a {} (U+{code:04X}): remove them",
                self.len, self.name
            )
        };
        let end = self.start + self.len;
        Finding::new(message)
            .span(Span::new(self.start, end))
            .fix(self.fix(after))
    }

    /// Removes the run without leaving two spaces, a space before
    /// punctuation or at the start of a line; tabs between two words
    /// become the space they stood for.
    fn fix(&self, after: Option<char>) -> Fix {
        let (mut start, mut end) = (self.start, self.start + self.len);
        let space = |c: Option<char>| c == Some(' ');
        let closes = |c: Option<char>| {
            c.is_none_or(|c| {
                matches!(
                    c,
                    '\n' | '\r' | ' ' | '.' | ',' | ';' | ':' | '!' | '?' | '…' | ')'
                )
            })
        };
        let opens_line = self.before.is_none_or(|c| c == '\n');
        let mut replacement = "";
        if self.tabs_only && !opens_line && !space(self.before) && !closes(after) {
            replacement = " ";
        } else if space(self.before) && closes(after) {
            start -= 1;
        } else if opens_line && space(after) {
            end += 1;
        }
        Fix {
            start,
            end,
            replacement: replacement.into(),
        }
    }
}

/// A cheap first test: printable ASCII and ordinary letters are never
/// invisible, so only the rest go through [`invisible`].
fn may_be_invisible(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_control() && c != '\n';
    }
    c.is_control()
        || matches!(c, '\u{00ad}' | '\u{061c}' | '\u{180e}' | '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2060}'..='\u{2069}' | '\u{feff}')
}

#[cfg(test)]
mod tests {
    use super::super::testing::{fires, fixed, run};
    use crate::note::Scenario::Close;

    #[test]
    fn fires_on_hidden_characters() {
        for text in [
            "Hi Rania,\u{200b} coffee?",
            "Hi Rania, \u{202e}coffee?",
            "\u{feff}Hi Rania",
            "Hi\u{7}Rania",
            "Hi\tRania",
            "Hi Ra\u{00ad}nia",
        ] {
            assert!(fires("invisible-character", text, Close), "{text:?}");
        }
        assert_eq!(
            run(
                "invisible-character",
                "a\u{200b}b\u{2066}c",
                Close,
                None,
                None
            )
            .len(),
            2
        );
    }

    #[test]
    fn emoji_sequences_and_line_breaks_are_fine() {
        for text in [
            "Family trip 👨\u{200d}👩\u{200d}👧 was fun",
            "Hi\r\nRania\n\nSee you",
            "Olá, Zoë!",
        ] {
            assert!(!fires("invisible-character", text, Close), "{text:?}");
        }
    }

    #[test]
    fn fix_removes_the_character() {
        assert_eq!(
            fixed("invisible-character", "Hi\u{200b} Rania", Close),
            "Hi Rania"
        );
        assert_eq!(fixed("invisible-character", "Hi\tRania", Close), "Hi Rania");
    }

    #[test]
    fn fixes_leave_no_double_space_nor_space_before_punctuation() {
        for (text, want) in [
            ("Hi \u{200b} Rania", "Hi Rania"),
            ("Hi Rania \u{200b}, coffee?", "Hi Rania, coffee?"),
            ("Hi Rania \u{200b}\u{200b}", "Hi Rania"),
            ("\u{feff} Hi Rania", "Hi Rania"),
            ("Hi \tRania", "Hi Rania"),
            ("Hi Rania\t.", "Hi Rania."),
        ] {
            assert_eq!(fixed("invisible-character", text, Close), want, "{text:?}");
        }
    }

    #[test]
    fn a_run_is_one_finding_with_its_count() {
        let text = format!("Hi Rania,{} coffee?", "\0".repeat(4096));
        let found = run("invisible-character", &text, Close, None, None);
        assert_eq!(found.len(), 1);
        assert_eq!(
            found[0].message,
            "4096 invisible characters in a row, from a control character (U+0000): remove them"
        );
        assert_eq!(
            fixed("invisible-character", &text, Close),
            "Hi Rania, coffee?"
        );
    }
}
