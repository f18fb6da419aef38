//! Random texts for the property tests of counting, composing and editing:
//! a small deterministic generator, so that a failure replays.

/// The five fields (to, context, invite, next step, sign-off) in shapes
/// that trip composing up: doubled spaces, trailing punctuation, line
/// breaks, wide letters, blanks, a `{gap}`.
pub const FIELD_SHAPES: [[&str; 5]; 6] = [
    [
        "Priya",
        "we met at  QCon,",
        "let's connect",
        "coffee?",
        "Tom",
    ],
    ["", "", "", "", ""],
    ["Li\nWei", "ßtraße talk", "", "…", "Best,\nAna"],
    ["", "x", "", "", "— Sam"],
    [" ", "  ", "hello ;, ", "", "\n"],
    ["", ", ;", "ŉ", "{gap}", "Sam"],
];

/// Xorshift: deterministic, no dependency.
pub struct Rng(pub u64);

impl Rng {
    /// A number in `0..n` (`n > 0`).
    pub fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        usize::try_from(self.0 % n as u64).unwrap_or(0)
    }

    /// Up to `max` chars drawn from `alphabet`.
    pub fn text(&mut self, alphabet: &[char], max: usize) -> String {
        let len = self.below(max + 1);
        (0..len)
            .map(|_| alphabet[self.below(alphabet.len())])
            .collect()
    }

    /// A char boundary of `text`, the end included.
    pub fn boundary(&mut self, text: &str) -> usize {
        let n = text.chars().count();
        text.char_indices()
            .nth(self.below(n + 1))
            .map_or(text.len(), |(i, _)| i)
    }
}

/// Chars that exercise every rule of compose: whitespace of several kinds,
/// trailing punctuation, capitalisation that changes length, chars outside
/// the BMP, braces.
pub const TRICKY: &[char] = &[
    'a', 'b', ' ', ' ', '\n', '\t', '\u{3000}', ',', ';', '.', 'ß', 'ŉ', 'é', '🙂', '}', '7', '–',
    '{', '\u{200b}',
];
