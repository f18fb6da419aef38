//! The lexicon, a hash table from words to what the phrase book knows of
//! them (vocabulary id, stem id, lists), laid out by the build script as
//! flat little-endian words beside a text blob and looked up in place: the
//! built-in vocabulary and word lists cost nothing at start-up.

/// FNV-1a over a key's bytes: the same on the machine that builds a
/// table and the one that reads it.
pub fn hash(key: impl Iterator<Item = u8>) -> u64 {
    key.fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// Bits a key sets in a Bloom filter of `len` bits (a power of two).
const BLOOM_HASHES: u64 = 8;

/// The bits of a Bloom filter of `len` bits (a power of two) that a key
/// hashed to `h` sets: double hashing on the two halves of the hash.
#[cfg_attr(not(test), allow(dead_code))] // the build script writes
pub fn bloom_bits(h: u64, len: usize) -> impl Iterator<Item = usize> {
    let (a, b) = (h & 0xffff_ffff, h >> 32 | 1);
    let mask = len as u64 - 1;
    (0..BLOOM_HASHES)
        .map(move |i| usize::try_from(a.wrapping_add(i.wrapping_mul(b)) & mask).unwrap_or(0))
}

/// Whether a key hashed to `h` may be in the Bloom filter `bits` (its
/// length a power of two): false means surely not. Most words of a note
/// are turned away at the first or second bit, so this stays a plain loop.
pub fn bloom_may_hold(bits: &[u8], h: u64) -> bool {
    let mask = (bits.len() as u64 * 8).wrapping_sub(1);
    let (a, b) = (h & 0xffff_ffff, h >> 32 | 1);
    let mut at = a;
    for _ in 0..BLOOM_HASHES {
        let bit = usize::try_from(at & mask).unwrap_or(0);
        match bits.get(bit / 8) {
            Some(byte) if byte & 1 << (bit % 8) != 0 => {}
            _ => return false,
        }
        at = at.wrapping_add(b);
    }
    true
}

/// The `i`th little-endian `u32` of `bytes`, or 0 past the end.
pub fn word_at(bytes: &[u8], i: usize) -> u32 {
    bytes
        .get(i * 4..i * 4 + 4)
        .and_then(|b| b.try_into().ok())
        .map_or(0, u32::from_le_bytes)
}

/// What the built-in phrase book knows of one word: the lexicon's entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Lexeme {
    /// The word's id in the vocabulary (or [`super::UNKNOWN`]).
    pub word_id: u32,
    /// The id of the word's stem, worked out when the table was built (or
    /// [`super::UNKNOWN`]): most words of a note need no stemming.
    pub stem_id: u32,
    /// The lists holding the word as a single-word entry, as a mask.
    pub lists: u64,
}

/// Words (of 4 bytes) per slot: key offset (24 bits) and length (8 bits),
/// word id and stem id (16 bits each), list mask (low, high).
const SLOT: usize = 4;
/// The packed key of an empty slot.
const EMPTY: u32 = u32::MAX;
/// The 16-bit id that stands for [`super::UNKNOWN`].
const NO_ID: u32 = 0xffff;

/// The largest word id a table can hold.
#[cfg_attr(not(test), allow(dead_code))] // the build script writes
pub const MAX_ID: u32 = NO_ID - 1;

fn unpack_id(id: u32) -> u32 {
    if id == NO_ID { super::UNKNOWN } else { id }
}

/// The lexicon: a hash table from words to their [`Lexeme`], borrowed
/// from the image. One probe answers everything the tokeniser asks of a
/// known word.
#[derive(Debug, Clone, Copy)]
pub struct Table<'a> {
    /// The slots, [`SLOT`] little-endian words each; their count is a
    /// power of two.
    slots: &'a [u8],
    /// The text the keys point into.
    text: &'a str,
}

impl<'a> Table<'a> {
    /// A table with no entry.
    pub const EMPTY: Table<'static> = Table {
        slots: &[],
        text: "",
    };

    /// The table whose slots are `slots`, keys in `text`.
    pub fn new(slots: &'a [u8], text: &'a str) -> Self {
        Table { slots, text }
    }

    /// The entry of `key`, if it is in the table.
    pub fn get(&self, key: &str) -> Option<Lexeme> {
        const BYTES: usize = SLOT * 4;
        let n = self.slots.len() / BYTES;
        if n == 0 {
            return None;
        }
        let mut i = usize::try_from(hash(key.bytes()) & (n as u64 - 1)).unwrap_or(0);
        for _ in 0..n {
            let slot = self.slots.get(i * BYTES..(i + 1) * BYTES)?;
            let at = |k: usize| word_at(slot, k);
            let packed = at(0);
            if packed == EMPTY {
                return None;
            }
            if (packed >> 24) as usize == key.len() {
                let start = (packed & 0x00ff_ffff) as usize;
                let stored = self.text.as_bytes().get(start..start + key.len());
                // Keys are short: a loop beats a call to `memcmp`.
                if stored.is_some_and(|s| s.iter().zip(key.as_bytes()).all(|(a, b)| a == b)) {
                    let ids = at(1);
                    return Some(Lexeme {
                        word_id: unpack_id(ids & 0xffff),
                        stem_id: unpack_id(ids >> 16),
                        lists: u64::from(at(2)) | u64::from(at(3)) << 32,
                    });
                }
            }
            i = (i + 1) & (n - 1);
        }
        None
    }
}

/// Lays out a table of `entries` (distinct keys, each under 256 bytes,
/// ids at most [`MAX_ID`] or unknown): the keys go at the end of `text`
/// (which stays under 16 MiB), the slots (as little-endian words) at the
/// end of `out`.
#[cfg_attr(not(test), allow(dead_code))] // the build script writes
pub fn write_table(entries: &[(&str, Lexeme)], text: &mut String, out: &mut Vec<u32>) {
    let n = (entries.len() * 2).next_power_of_two().max(4);
    let mut slots = vec![[EMPTY, 0, 0, 0]; n];
    let pack_id = |id: u32| {
        if id == super::UNKNOWN {
            NO_ID
        } else {
            assert!(id <= MAX_ID, "a word id fits in 16 bits");
            id
        }
    };
    for (key, entry) in entries {
        let start = u32::try_from(text.len()).expect("the phrase text fits in 4 GiB");
        assert!(start < 1 << 24, "the phrase text fits in 16 MiB");
        let len = u32::try_from(key.len())
            .ok()
            .filter(|len| *len < 256)
            .expect("a key is shorter than 256 bytes");
        text.push_str(key);
        let mut i = usize::try_from(hash(key.bytes()) & (n as u64 - 1)).unwrap_or(0);
        while slots[i][0] != EMPTY {
            i = (i + 1) & (n - 1);
        }
        #[allow(clippy::cast_possible_truncation)]
        let (low, high) = (entry.lists as u32, (entry.lists >> 32) as u32);
        let ids = pack_id(entry.word_id) | pack_id(entry.stem_id) << 16;
        slots[i] = [start | len << 24, ids, low, high];
    }
    out.extend(slots.into_iter().flatten());
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bloom_filter_is_read_with_the_bits_it_was_written_with() {
        let mut bits = vec![0u8; 64];
        let key = |i: u32| hash(format!("key{i}").bytes());
        for i in 0..40 {
            for bit in bloom_bits(key(i), bits.len() * 8) {
                bits[bit / 8] |= 1 << (bit % 8);
            }
        }
        for i in 0..400 {
            let written =
                bloom_bits(key(i), bits.len() * 8).all(|bit| bits[bit / 8] & 1 << (bit % 8) != 0);
            assert_eq!(bloom_may_hold(&bits, key(i)), written, "key{i}");
            assert!(i >= 40 || written);
        }
        assert!(!bloom_may_hold(&[0; 8], key(1)));
    }

    #[test]
    fn a_written_table_finds_every_key_and_nothing_else() {
        let words: Vec<String> = (0..300).map(|i| format!("w{i}")).collect();
        let entries: Vec<(&str, Lexeme)> = words
            .iter()
            .enumerate()
            .map(|(i, w)| {
                let id = u32::try_from(i).unwrap();
                let entry = Lexeme {
                    word_id: if i % 7 == 0 {
                        crate::lint::phrases::UNKNOWN
                    } else {
                        id
                    },
                    stem_id: MAX_ID - id,
                    lists: (i as u64) << 40 | i as u64,
                };
                (w.as_str(), entry)
            })
            .collect();
        let mut text = String::from("prefix");
        let mut words_out = vec![7];
        write_table(&entries, &mut text, &mut words_out);
        let bytes: Vec<u8> = words_out[1..]
            .iter()
            .flat_map(|w| w.to_le_bytes())
            .collect();
        let table = Table::new(&bytes, &text);
        for (key, value) in &entries {
            assert_eq!(table.get(key), Some(*value), "{key}");
        }
        for missing in ["w300", "", "prefix", "w1 "] {
            assert_eq!(table.get(missing), None, "{missing}");
        }
        assert_eq!(Table::EMPTY.get("w1"), None);
    }
}
