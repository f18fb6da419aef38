//! The compiled phrase book as the build script leaves it: a run of
//! little-endian `u32` words (sections, each found through a directory at
//! the front) beside one text blob the words point into. The binary
//! carries both as raw bytes (`include_bytes!`/`include_str!`) and reads
//! them in place, so the built-in lists need neither parsing nor
//! relocation at start-up.

#[cfg(doc)]
use super::list::DETAIL;
use super::table::{Table, word_at};

/// The sections of the image, in the order of the directory.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Section {
    /// Per list, in [`super::List::ALL`] order: what it is for (a string).
    About,
    /// Count, then irregular forms as (form, base) string pairs.
    Irregular,
    /// Count, then word sets: name, word count, words (strings).
    Sets,
    /// Per list: how many patterns it holds.
    PerList,
    /// Count, then per pattern as written: list, number, name (or an empty
    /// string with [`NO_NAME`] as offset), source: 6 words each.
    Infos,
    /// Count, then per compiled pattern: list, origin, offset of its code
    /// in [`Section::Code`]: 3 words each.
    Patterns,
    /// The compiled patterns (see `Pattern::write`).
    Code,
    /// Bucket count N, N + 1 offsets, then compiled pattern numbers: the
    /// patterns whose first slot accepts each stem id.
    Index,
    /// Count, then per pattern starting with a class: number, classes,
    /// head count, heads.
    Classes,
    /// Count of vocabulary words, then the lexicon: a [`Table`] from every
    /// word the patterns use, the word lists hold or an irregular form
    /// names, to its ids and the mask of the lists that hold it as a
    /// single-word entry ([`DETAIL`] for words that pin a frame down).
    Lexicon,
}

impl Section {
    /// Every section, in directory order.
    pub const ALL: [Section; 10] = [
        Section::About,
        Section::Irregular,
        Section::Sets,
        Section::PerList,
        Section::Infos,
        Section::Patterns,
        Section::Code,
        Section::Index,
        Section::Classes,
        Section::Lexicon,
    ];
}

/// The string offset that marks a pattern without a name.
pub const NO_NAME: u32 = u32::MAX;

/// Writes an image (the build script's side).
#[derive(Debug, Default)]
#[cfg_attr(not(test), allow(dead_code))] // the build script writes
pub struct Writer {
    /// The words so far, the directory first.
    pub words: Vec<u32>,
    /// The text blob so far.
    pub text: String,
}

#[allow(dead_code)] // the build script writes; the tests only in part
impl Writer {
    /// An image with an empty directory.
    pub fn new() -> Self {
        Writer {
            words: vec![0; Section::ALL.len()],
            text: String::new(),
        }
    }

    /// Starts `section` here.
    pub fn start(&mut self, section: Section) {
        self.words[section as usize] = self.len();
    }

    /// Where the next word goes.
    pub fn len(&self) -> u32 {
        u32::try_from(self.words.len()).expect("the image fits in 16 GiB")
    }

    /// Appends a word.
    pub fn u32(&mut self, value: u32) {
        self.words.push(value);
    }

    /// Appends a count or a size.
    pub fn usize(&mut self, value: usize) {
        self.u32(u32::try_from(value).expect("counts fit in 32 bits"));
    }

    /// Appends a string: its offset and length in the text blob.
    pub fn str(&mut self, s: &str) {
        let start = self.text.len();
        self.text.push_str(s);
        self.usize(start);
        self.usize(s.len());
    }

    /// Appends the mark of a missing string ([`NO_NAME`]).
    pub fn no_str(&mut self) {
        self.u32(NO_NAME);
        self.u32(0);
    }

    /// The words as little-endian bytes.
    pub fn bytes(&self) -> Vec<u8> {
        self.words.iter().flat_map(|w| w.to_le_bytes()).collect()
    }
}

/// An image in memory: the words as bytes, and the text.
#[derive(Debug, Clone, Copy)]
pub struct Image {
    words: &'static [u8],
    text: &'static str,
}

impl Image {
    /// The image made of `words` and `text`.
    pub fn new(words: &'static [u8], text: &'static str) -> Self {
        Image { words, text }
    }

    /// A reader at the start of `section`.
    pub fn section(&self, section: Section) -> Reader {
        self.at(word_at(self.words, section as usize) as usize)
    }

    /// A reader at word `pos`.
    pub fn at(&self, pos: usize) -> Reader {
        Reader { image: *self, pos }
    }

    /// The table that starts at word `pos`.
    pub fn table(&self, pos: usize, len: usize) -> Table<'static> {
        let bytes = self.words.get(pos * 4..(pos + len) * 4).unwrap_or(&[]);
        Table::new(bytes, self.text)
    }
}

/// Reads words and strings from an [`Image`] in order.
#[derive(Debug, Clone, Copy)]
pub struct Reader {
    image: Image,
    /// The next word to read.
    pub pos: usize,
}

impl Reader {
    /// The next word (0 past the end).
    pub fn u32(&mut self) -> u32 {
        self.pos += 1;
        word_at(self.image.words, self.pos - 1)
    }

    /// The next word as a count or an index.
    pub fn usize(&mut self) -> usize {
        self.u32() as usize
    }

    /// Skips `n` words.
    pub fn skip(&mut self, n: usize) {
        self.pos += n;
    }

    /// The next string (empty if out of range; [`NO_NAME`] reads as None).
    pub fn str(&mut self) -> Option<&'static str> {
        let start = self.u32();
        let len = self.usize();
        if start == NO_NAME {
            return None;
        }
        let start = start as usize;
        Some(self.image.text.get(start..start + len).unwrap_or(""))
    }

    /// The table of `len` words starting here; the reader moves past it.
    pub fn table(&mut self, len: usize) -> Table<'static> {
        let table = self.image.table(self.pos, len);
        self.pos += len;
        table
    }
}
