//! A hash table from words to numbers, laid out by the build script as
//! flat little-endian words beside a text blob, and looked up in place:
//! the built-in vocabulary and word lists cost nothing at start-up.

/// Words (of 4 bytes) per slot: key offset, key length, value (low, high).
const SLOT: usize = 4;
/// The key length of an empty slot.
const EMPTY: u32 = u32::MAX;

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
pub fn bloom_bits(h: u64, len: usize) -> impl Iterator<Item = usize> {
    let (a, b) = (h & 0xffff_ffff, h >> 32 | 1);
    let mask = len as u64 - 1;
    (0..BLOOM_HASHES)
        .map(move |i| usize::try_from(a.wrapping_add(i.wrapping_mul(b)) & mask).unwrap_or(0))
}

/// Whether a key hashed to `h` may be in the Bloom filter `bits` (its
/// length a power of two): false means surely not.
pub fn bloom_may_hold(bits: &[u8], h: u64) -> bool {
    bloom_bits(h, bits.len() * 8)
        .all(|bit| bits.get(bit / 8).is_some_and(|b| b & 1 << (bit % 8) != 0))
}

/// The `i`th little-endian `u32` of `bytes`, or 0 past the end.
pub fn word_at(bytes: &[u8], i: usize) -> u32 {
    bytes
        .get(i * 4..i * 4 + 4)
        .and_then(|b| b.try_into().ok())
        .map_or(0, u32::from_le_bytes)
}

/// A read-only table of `key → u64`, borrowed from the image.
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

    /// The value of `key`, if it is in the table.
    pub fn get(&self, key: &str) -> Option<u64> {
        let n = self.slots.len() / (SLOT * 4);
        if n == 0 {
            return None;
        }
        let mask = n as u64 - 1;
        let mut i = usize::try_from(hash(key.bytes()) & mask).unwrap_or(0);
        for _ in 0..n {
            let len = word_at(self.slots, i * SLOT + 1);
            if len == EMPTY {
                return None;
            }
            if len as usize == key.len() {
                let start = word_at(self.slots, i * SLOT) as usize;
                let stored = self.text.as_bytes().get(start..start + key.len());
                if stored == Some(key.as_bytes()) {
                    let low = u64::from(word_at(self.slots, i * SLOT + 2));
                    let high = u64::from(word_at(self.slots, i * SLOT + 3));
                    return Some(low | high << 32);
                }
            }
            i = (i + 1) & (n - 1);
        }
        None
    }
}

/// Lays out a table of `entries` (distinct keys): the keys go at the end of
/// `text`, the slots (as little-endian words) at the end of `out`.
#[cfg_attr(not(test), allow(dead_code))] // the build script writes
pub fn write_table(entries: &[(&str, u64)], text: &mut String, out: &mut Vec<u32>) {
    let n = (entries.len() * 2).next_power_of_two().max(4);
    let mut slots = vec![[0, EMPTY, 0, 0]; n];
    for (key, value) in entries {
        let start = u32::try_from(text.len()).expect("the phrase text fits in 4 GiB");
        let len = u32::try_from(key.len()).expect("a key fits in 4 GiB");
        text.push_str(key);
        let mut i = usize::try_from(hash(key.bytes()) & (n as u64 - 1)).unwrap_or(0);
        while slots[i][1] != EMPTY {
            i = (i + 1) & (n - 1);
        }
        #[allow(clippy::cast_possible_truncation)]
        let (low, high) = (*value as u32, (*value >> 32) as u32);
        slots[i] = [start, len, low, high];
    }
    out.extend(slots.into_iter().flatten());
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_written_table_finds_every_key_and_nothing_else() {
        let words: Vec<String> = (0..300).map(|i| format!("w{i}")).collect();
        let entries: Vec<(&str, u64)> = words
            .iter()
            .enumerate()
            .map(|(i, w)| (w.as_str(), (i as u64) << 40 | i as u64))
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
