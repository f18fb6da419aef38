//! The phrase book compiled at build time: `assets/phrases.json` parsed and
//! every pattern compiled with the crate's own compiler, then written as an
//! image (`phrases.bin`, `phrases.txt`; the format is in
//! `src/lint/phrases/image.rs`). A pattern that does not compile fails the
//! build with the message a user's pattern would get.

use std::collections::{BTreeMap, BTreeSet, HashSet};

use crate::lint::phrases::compile::{Grammar, compile_entry, detail_words};
use crate::lint::phrases::image::{Section, Writer};
use crate::lint::phrases::list::{DETAIL, List, SPELT};
use crate::lint::phrases::pattern::Pattern;
use crate::lint::phrases::raw::RawBook;
use crate::lint::phrases::table::{Lexeme, write_table};
use crate::lint::text::stem_into;

/// A pattern as written: list, number in the list, name, source.
type Info<'a> = (List, usize, Option<&'a str>, &'a str);

/// The built-in lists compiled, before they are written.
struct Book<'a> {
    grammar: Grammar,
    about: Vec<&'a str>,
    per_list: Vec<usize>,
    infos: Vec<Info<'a>>,
    /// Compiled patterns: list, the pattern as written they come from, pattern.
    patterns: Vec<(List, usize, Pattern)>,
    /// Single words → the lists holding them, and [`DETAIL`].
    words: BTreeMap<String, u64>,
}

/// Compiles `assets/phrases.json` and writes the image into `out`; the
/// lexicon marks the words that are not among `typos`.
pub fn write(out: &str, typos: &HashSet<String>) {
    let json = std::fs::read_to_string("assets/phrases.json").expect("read assets/phrases.json");
    let raw: RawBook = serde_json::from_str(&json)
        .unwrap_or_else(|e| panic!("assets/phrases.json is not a valid phrase file: {e}"));
    let book = compile(&raw);
    let mut w = Writer::new();
    write_data(&mut w, &raw, &book);
    write_patterns(&mut w, &book);
    w.start(Section::Lexicon);
    w.usize(book.grammar.vocab.len());
    write_sized_table(&mut w, &lexicon(&book, &raw, typos));
    std::fs::write(format!("{out}/phrases.bin"), w.bytes()).expect("write phrases.bin");
    std::fs::write(format!("{out}/phrases.txt"), &w.text).expect("write phrases.txt");
    write_titles(out, &raw);
}

/// The `title` list as a Rust array for the composer's greeting
/// (`note::greeting`), which sits below the lint and cannot read its
/// phrase book: one list of titles for both.
fn write_titles(out: &str, raw: &RawBook) {
    let titles: Vec<String> = raw
        .lists
        .get("title")
        .expect("assets/phrases.json has a `title` list")
        .patterns
        .iter()
        .map(|p| {
            format!(
                "{:?}",
                p.text().trim().trim_start_matches('=').to_lowercase()
            )
        })
        .collect();
    let code = format!("&[{}]\n", titles.join(", "));
    std::fs::write(format!("{out}/titles.rs"), code).expect("write titles.rs");
}

/// Every entry of every list compiled, as the run-time book adds the
/// user's: a pattern that does not compile panics with the user's message.
fn compile(raw: &RawBook) -> Book<'_> {
    let mut book = Book {
        grammar: Grammar::new(
            raw.irregular.clone().into_iter().collect(),
            raw.sets.clone(),
        ),
        about: vec![""; List::ALL.len()],
        per_list: vec![0; List::ALL.len()],
        infos: Vec::new(),
        patterns: Vec::new(),
        words: BTreeMap::new(),
    };
    for (name, list) in &raw.lists {
        let id = List::from_name(name)
            .unwrap_or_else(|| panic!("assets/phrases.json: unknown phrase list `{name}`"));
        book.about[id as usize] = &list.about;
        for p in &list.patterns {
            let compiled = compile_entry(id, p.text(), &mut book.grammar).unwrap_or_else(|reason| {
                panic!(
                    "assets/phrases.json: phrase list `{name}`: cannot use pattern `{}`: {reason}",
                    p.text()
                )
            });
            book.per_list[id as usize] += 1;
            let origin = book.infos.len();
            book.infos
                .push((id, book.per_list[id as usize], p.name(), p.text()));
            if let Some(word) = compiled.word {
                *book.words.entry(word).or_default() |= 1 << id as u64;
            }
            book.patterns
                .extend(compiled.patterns.into_iter().map(|p| (id, origin, p)));
        }
    }
    let words = &book.words;
    let not_detail = |w: &str| {
        let has = |w: &str| {
            words
                .get(w)
                .is_some_and(|m| m & 1 << List::NotDetail as u64 != 0)
        };
        has(w) || w.strip_suffix('s').is_some_and(has)
    };
    let details = detail_words(&raw.sets, not_detail);
    for word in details {
        *book.words.entry(word).or_default() |= DETAIL;
    }
    book
}

/// What is read as written: what each list is for, the irregular forms,
/// the word sets, the list sizes and the patterns as written.
fn write_data(w: &mut Writer, raw: &RawBook, book: &Book) {
    w.start(Section::About);
    for text in &book.about {
        w.str(text);
    }
    w.start(Section::Irregular);
    w.usize(raw.irregular.len());
    for (form, base) in &raw.irregular {
        w.str(form);
        w.str(base);
    }
    w.start(Section::Sets);
    w.usize(raw.sets.len());
    for (name, set) in &raw.sets {
        w.str(name);
        w.usize(set.len());
        for word in set {
            w.str(word);
        }
    }
    w.start(Section::PerList);
    for n in &book.per_list {
        w.usize(*n);
    }
    w.start(Section::Infos);
    w.usize(book.infos.len());
    for (list, number, name, source) in &book.infos {
        w.usize(*list as usize);
        w.usize(*number);
        match name {
            Some(name) => w.str(name),
            None => w.no_str(),
        }
        w.str(source);
    }
}

/// The compiled patterns, their index by first stem and those that start
/// with a class.
fn write_patterns(w: &mut Writer, book: &Book) {
    w.start(Section::Code);
    let code: Vec<u32> = book
        .patterns
        .iter()
        .map(|(_, _, p)| {
            let at = w.len();
            p.write(w);
            at
        })
        .collect();
    w.start(Section::Patterns);
    w.usize(book.patterns.len());
    for ((list, origin, _), at) in book.patterns.iter().zip(code) {
        w.usize(*list as usize);
        w.usize(*origin);
        w.u32(at);
    }
    write_index(w, &book.patterns, book.grammar.vocab.len());
    w.start(Section::Classes);
    let classes: Vec<_> = book
        .patterns
        .iter()
        .enumerate()
        .map(|(id, (_, _, p))| (id, p.entry()))
        .filter(|(_, entry)| entry.classes != 0)
        .collect();
    w.usize(classes.len());
    for (id, entry) in classes {
        w.usize(id);
        entry.write(w);
    }
}

/// The index: for each stem id, the compiled patterns whose first slot
/// accepts it, as offsets and one run of pattern numbers.
fn write_index(w: &mut Writer, patterns: &[(List, usize, Pattern)], buckets: usize) {
    let mut index = vec![Vec::new(); buckets];
    for (id, (_, _, p)) in patterns.iter().enumerate() {
        for &stem in &p.entry().stems {
            index[stem as usize].push(id);
        }
    }
    w.start(Section::Index);
    w.usize(buckets);
    let mut at = 0;
    w.usize(at);
    for bucket in &index {
        at += bucket.len();
        w.usize(at);
    }
    for id in index.into_iter().flatten() {
        w.usize(id);
    }
}

/// Every word the patterns use, the word lists hold or an irregular form
/// names, with its id, the id of its stem and its lists ([`SPELT`] when the
/// misspelling dictionary has no entry for it): what the tokeniser and the
/// spelling check would work out for it, worked out once.
fn lexicon<'a>(
    book: &'a Book,
    raw: &'a RawBook,
    typos: &HashSet<String>,
) -> Vec<(&'a str, Lexeme)> {
    let vocab = &book.grammar.vocab;
    let mut keys: BTreeSet<&str> = vocab.added().map(|(word, _)| word).collect();
    keys.extend(book.words.keys().map(String::as_str));
    keys.extend(raw.irregular.keys().map(String::as_str));
    let mut stem = String::new();
    keys.into_iter()
        .map(|word| {
            stem_into(word, &book.grammar.irregular, &mut stem);
            let entry = Lexeme {
                word_id: vocab.get(word),
                stem_id: vocab.get(&stem),
                lists: book.words.get(word).copied().unwrap_or(0)
                    | if typos.contains(word) { 0 } else { SPELT },
            };
            (word, entry)
        })
        .collect()
}

/// A table preceded by its length in words.
fn write_sized_table(w: &mut Writer, entries: &[(&str, Lexeme)]) {
    let mut slots = Vec::new();
    write_table(entries, &mut w.text, &mut slots);
    w.usize(slots.len());
    w.words.extend(slots);
}
