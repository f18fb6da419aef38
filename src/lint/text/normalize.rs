//! Word normalisation for phrase matching: apostrophes, contractions and a
//! light stemmer, so "we've met", "we have met" and "meeting" line up.

use std::collections::HashMap;

use compact_str::CompactString;

use crate::lint::phrases::FxBuild;

/// Irregular word forms → their base (`met` → `meet`).
pub type Irregular = HashMap<String, String, FxBuild>;

/// One word of a contraction after expansion, with the byte length of the
/// raw text it covers (so spans stay exact).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Piece {
    /// The normalised word (`would`, `not`, `us`).
    pub word: CompactString,
    /// A second reading of an ambiguous contraction (`'d` = would or had).
    pub alt: Option<&'static str>,
    /// Chars of the folded raw word it covers.
    pub len: usize,
}

/// Lowercases and maps curly apostrophes and quotes to straight ones.
pub fn fold(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    fold_into(word, &mut out);
    out
}

/// [`fold`] into a reusable buffer.
pub fn fold_into(word: &str, out: &mut String) {
    out.clear();
    if word.is_ascii() {
        out.push_str(word);
        out.make_ascii_lowercase();
        // A backtick typed for an apostrophe (`don`t`) must fold the same
        // way on the fast path as on the Unicode one.
        if out.as_bytes().contains(&b'`') {
            *out = out.replace('`', "'");
        }
        return;
    }
    out.extend(word.chars().flat_map(char::to_lowercase).map(|c| match c {
        '\u{2019}' | '\u{2018}' | '\u{02bc}' | '\u{00b4}' | '`' => '\'',
        other => other,
    }));
}

/// Whether `c` is an apostrophe in any of its common shapes (a backtick
/// between letters is one too: `don`t`).
pub fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '\u{2018}' | '\u{02bc}' | '`')
}

/// Words after which `'s` means "is" rather than a possessive.
const IS_BASES: &[&str] = &[
    "it",
    "that",
    "there",
    "here",
    "what",
    "who",
    "he",
    "she",
    "where",
    "how",
    "when",
    "why",
    "everyone",
    "everything",
    "nothing",
    "someone",
    "something",
    "today",
    "this",
];

/// Splits a folded word into its expanded pieces (`you're` → `you` `are`).
pub fn expand(folded: &str) -> Vec<Piece> {
    let n = |s: &str| s.chars().count();
    let one = |w: &str| {
        vec![Piece {
            word: w.into(),
            alt: None,
            len: n(folded),
        }]
    };
    if folded == "cannot" {
        return vec![piece("can", 3), piece("not", 3)];
    }
    let Some(pos) = folded.rfind('\'') else {
        return one(folded);
    };
    let (base, suffix) = (&folded[..pos], &folded[pos + 1..]);
    if base.is_empty() {
        return one(folded);
    }
    let rest = n(folded) - n(base);
    match suffix {
        "t" if base.ends_with('n') => {
            let stem = &base[..base.len() - 1];
            let word = match stem {
                "ca" => "can",
                "wo" => "will",
                "sha" => "shall",
                "ai" => "am",
                other => other,
            };
            vec![piece(word, n(stem)), piece("not", rest + 1)]
        }
        "re" => vec![piece(base, n(base)), piece("are", rest)],
        "ve" => vec![piece(base, n(base)), piece("have", rest)],
        "ll" => vec![piece(base, n(base)), piece("will", rest)],
        "m" => vec![piece(base, n(base)), piece("am", rest)],
        "d" => vec![
            piece(base, n(base)),
            Piece {
                word: "would".into(),
                alt: Some("had"),
                len: rest,
            },
        ],
        "s" if base == "let" => vec![piece("let", 3), piece("us", rest)],
        "s" if IS_BASES.contains(&base) => vec![
            piece(base, n(base)),
            Piece {
                word: "is".into(),
                alt: Some("has"),
                len: rest,
            },
        ],
        // A possessive: the word itself is what matters.
        "s" | "" => vec![piece(base, n(folded))],
        _ => one(folded),
    }
}

fn piece(word: &str, len: usize) -> Piece {
    Piece {
        word: word.into(),
        alt: None,
        len,
    }
}

/// Words whose final `s` is not a plural: `yours` is not `your`, `news`
/// is not `new`.
const KEEP_S: &[&str] = &[
    "yours", "ours", "hers", "theirs", "news", "always", "perhaps", "series", "species", "means",
    "thus", "whereas",
];

/// Reduces a normalised word to a crude stem so inflections match:
/// irregular forms map to their base first (`met` → `meet`), then common
/// suffixes go (`meetings`, `meeting`, `meets` → `meet`).
pub fn stem(word: &str, irregular: &Irregular) -> String {
    let mut out = String::new();
    stem_into(word, irregular, &mut out);
    out
}

/// [`stem`] into a reusable buffer, so tokenising allocates nothing per word.
pub fn stem_into(word: &str, irregular: &Irregular, out: &mut String) {
    stem_suffixes_into(irregular.get(word).map_or(word, String::as_str), out);
}

/// [`stem_into`] for a word known not to be an irregular form: only its
/// suffixes go.
pub fn stem_suffixes_into(base: &str, out: &mut String) {
    out.clear();
    if !base.is_ascii() || base.len() < 4 || (base.ends_with('s') && KEEP_S.contains(&base)) {
        out.push_str(base);
        return;
    }
    if let Some(root) = base.strip_suffix("ies").filter(|r| r.len() >= 2) {
        out.push_str(root);
        out.push('y');
    } else if let Some(root) = base.strip_suffix("ied").filter(|r| r.len() >= 2) {
        out.push_str(root);
        out.push('y');
    } else if let Some(root) = base
        .strip_suffix("ing")
        .filter(|r| has_vowel(r) && r.len() >= 3)
    {
        out.push_str(undouble(root));
    } else if let Some(root) = base
        .strip_suffix("ed")
        .filter(|r| has_vowel(r) && r.len() >= 3)
    {
        out.push_str(undouble(root));
    } else if let Some(root) = base.strip_suffix("es").filter(|r| r.len() >= 3) {
        out.push_str(root);
        if !["s", "x", "z", "ch", "sh"]
            .iter()
            .any(|e| root.ends_with(e))
        {
            out.push('e');
        }
    } else if base.ends_with('s')
        && !base.ends_with("ss")
        && !base.ends_with("us")
        && !base.ends_with("is")
    {
        out.push_str(&base[..base.len() - 1]);
    } else {
        out.push_str(base);
    }
    if out.len() >= 4 && out.ends_with('e') {
        out.pop();
    }
}

fn has_vowel(s: &str) -> bool {
    s.bytes()
        .any(|b| matches!(b, b'a' | b'e' | b'i' | b'o' | b'u' | b'y'))
}

/// `chatt` → `chat`, `plann` → `plan`, but `call` and `miss` keep theirs.
fn undouble(root: &str) -> &str {
    let b = root.as_bytes();
    let n = b.len();
    if n >= 3 && b[n - 1] == b[n - 2] && !matches!(b[n - 1], b'l' | b's' | b'z' | b'e' | b'o') {
        &root[..n - 1]
    } else {
        root
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn irregular() -> Irregular {
        [("met", "meet"), ("spoke", "speak"), ("are", "be")]
            .into_iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect()
    }

    fn words(s: &str) -> Vec<String> {
        expand(&fold(s))
            .into_iter()
            .map(|p| p.word.to_string())
            .collect()
    }

    #[test]
    fn contractions_expand() {
        assert_eq!(words("I’d"), ["i", "would"]);
        assert_eq!(words("you're"), ["you", "are"]);
        assert_eq!(words("Let's"), ["let", "us"]);
        assert_eq!(words("we've"), ["we", "have"]);
        assert_eq!(words("can't"), ["can", "not"]);
        assert_eq!(words("won’t"), ["will", "not"]);
        assert_eq!(words("didn't"), ["did", "not"]);
        assert_eq!(words("it's"), ["it", "is"]);
        assert_eq!(words("Maya's"), ["maya"]);
        assert_eq!(words("O'Neil"), ["o'neil"]);
    }

    #[test]
    fn backtick_is_an_apostrophe_on_every_path() {
        assert_eq!(fold("Don`t"), "don't");
        assert_eq!(fold("Caf\u{e9}`s"), "caf\u{e9}'s");
        assert_eq!(words("don`t"), ["do", "not"]);
        assert_eq!(words("I`d"), ["i", "would"]);
    }

    #[test]
    fn pieces_cover_the_raw_word() {
        for w in ["you're", "can't", "maya's", "i'd", "let's"] {
            let total: usize = expand(w).iter().map(|p| p.len).sum();
            assert_eq!(total, w.chars().count(), "{w}");
        }
    }

    #[test]
    fn inflections_share_a_stem() {
        let irr = irregular();
        let s = |w: &str| stem(w, &irr);
        assert_eq!(s("meeting"), s("meet"));
        assert_eq!(s("met"), s("meets"));
        assert_eq!(s("spoke"), s("speaking"));
        assert_eq!(s("shared"), s("share"));
        assert_eq!(s("chatting"), s("chat"));
        assert_eq!(s("companies"), s("company"));
        assert_eq!(s("watches"), s("watch"));
        assert_eq!(s("calling"), "call");
        assert_eq!(s("business"), "business");
        assert_eq!(s("bring"), "bring");
        assert_eq!(s("are"), "be");
    }
}
