//! Byte scans over a whole note, for the checks that look at every byte
//! (counting, invisible characters): most notes hold nothing they look
//! for, so the common case must be a fast pass. Eight bytes are tested at
//! once with word arithmetic, and only a word that may hold a hit is
//! looked at byte by byte. (Searches for given bytes use `memchr`.)

/// Every byte of a word set to `b`.
const fn splat(b: u8) -> u64 {
    u64::from_le_bytes([b; 8])
}

/// Whether some byte of `w` is zero (the classic bit trick; exact).
fn has_zero(w: u64) -> bool {
    w.wrapping_sub(splat(1)) & !w & splat(0x80) != 0
}

/// Whether some byte of `w` is not ASCII.
fn has_non_ascii(w: u64) -> bool {
    w & splat(0x80) != 0
}

/// Whether `w` may hold a byte a note should not carry as plain text: a
/// control character (line breaks included), DEL or a byte of a non-ASCII
/// character. May say yes for a word without one, never no for a word
/// with one.
fn may_have_unplain(w: u64) -> bool {
    // `w - 0x20…` borrows into the top bit of each byte below 0x20.
    has_non_ascii(w)
        || w.wrapping_sub(splat(0x20)) & !w & splat(0x80) != 0
        || has_zero(w ^ splat(0x7f))
}

/// The index of the first byte of `bytes` for which `hit` holds; `may`
/// tells, for eight bytes read as a little-endian word, whether one of
/// them may be a hit (it must never say no to a word holding one).
fn first_where(bytes: &[u8], may: fn(u64) -> bool, hit: impl Fn(u8) -> bool) -> Option<usize> {
    let mut words = bytes.chunks_exact(8);
    let mut at = 0;
    for chunk in &mut words {
        let w = u64::from_le_bytes(chunk.try_into().unwrap_or_default());
        if may(w)
            && let Some(i) = chunk.iter().position(|&b| hit(b))
        {
            return Some(at + i);
        }
        at += 8;
    }
    words
        .remainder()
        .iter()
        .position(|&b| hit(b))
        .map(|i| at + i)
}

/// The index of the first byte that is not ASCII.
pub fn first_non_ascii(bytes: &[u8]) -> Option<usize> {
    first_where(bytes, has_non_ascii, |b| !b.is_ascii())
}

/// The index of the first byte that is neither printable ASCII nor a line
/// feed: where a control character, DEL or non-ASCII text starts.
pub fn first_unplain(bytes: &[u8]) -> Option<usize> {
    first_where(bytes, may_have_unplain, |b| {
        !matches!(b, b' '..=b'~' | b'\n')
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every position and every byte value: the fast scans agree with a
    /// plain search.
    #[test]
    fn the_scans_agree_with_a_byte_by_byte_search() {
        for len in [0, 1, 7, 8, 9, 16, 31, 40] {
            for at in 0..len {
                for b in 0..=255u8 {
                    let mut bytes = vec![b'a'; len];
                    bytes[at] = b;
                    let plain = |x: &u8| matches!(x, b' '..=b'~' | b'\n');
                    assert_eq!(
                        first_non_ascii(&bytes),
                        bytes.iter().position(|x| !x.is_ascii()),
                        "{len} {at} {b}"
                    );
                    assert_eq!(
                        first_unplain(&bytes),
                        bytes.iter().position(|x| !plain(x)),
                        "{len} {at} {b}"
                    );
                }
            }
        }
    }

    #[test]
    fn the_word_tests_never_miss() {
        for b in 0..=255u8 {
            for at in 0..8 {
                let mut bytes = [b'a'; 8];
                bytes[at] = b;
                let w = u64::from_le_bytes(bytes);
                assert!(has_zero(w ^ splat(b)));
                if !matches!(b, b' '..=b'~') {
                    assert!(may_have_unplain(w), "{b}");
                }
            }
        }
        assert!(!may_have_unplain(u64::from_le_bytes(*b"plain ok")));
    }
}
