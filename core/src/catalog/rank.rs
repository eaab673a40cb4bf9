//! Rankings: every ranking in the catalog sorts `u64` keys, a score and a position packed
//! together, never tuples.
//!
//! Why: each element type handed to `sort_unstable` is one more copy of the standard
//! library's sort (about 2,500 lines of LLVM IR, five copies were a quarter of this crate's
//! code), and this crate is compiled in every user's build, with debug information in a dev
//! build, though few programs ever rank anything. One element type, one copy. The macros
//! crate sorts with it too (through `__private`), so that it compiles no sort of its own.

/// The key that orders by `high`, then by `low`. Both must fit in 32 bits (scores, entry,
/// action and product positions, chars all do); a larger value counts as `u32::MAX`.
pub fn key(high: usize, low: usize) -> u64 {
    let part = |value: usize| u64::from(u32::try_from(value).unwrap_or(u32::MAX));
    (part(high) << 32) | part(low)
}

/// The `high` part of a [`key`].
pub fn high(key: u64) -> usize {
    (key >> 32) as usize
}

/// The `low` part of a [`key`].
pub fn low(key: u64) -> usize {
    (key & 0xFFFF_FFFF) as usize
}

/// Sorts keys in ascending order (best first, when the score is the high part).
pub fn sort(keys: &mut [u64]) {
    keys.sort_unstable();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_order_by_high_then_low_and_give_both_back() {
        let mut keys = [key(2, 0), key(1, 7), key(1, 3), key(0, u32::MAX as usize)];
        sort(&mut keys);
        let parts: alloc::vec::Vec<(usize, usize)> = keys.iter().map(|&k| (high(k), low(k))).collect();
        assert_eq!(parts, [(0, u32::MAX as usize), (1, 3), (1, 7), (2, 0)]);
        assert_eq!(high(key(usize::MAX, 5)), u32::MAX as usize);
    }
}
