//! The hash of the catalog's code index.
//!
//! The catalog generator compiles this very file (`#[path]`), so the hashes it stores in the
//! generated index and the ones `lookup` computes cannot drift apart. Keep it free of
//! `crate::` paths.

/// Hashes a code string: FxHash's multiply-rotate over 8-byte words, then a final mix so
/// that both the high bits (slot) and the middle bits (tag) are well spread.
pub fn hash(bytes: &[u8]) -> u64 {
    const K: u64 = 0x517c_c1b7_2722_0a95;
    let mut h = bytes.len() as u64;
    let mut words = bytes.chunks_exact(8);
    for word in &mut words {
        let mut buf = [0u8; 8];
        buf.copy_from_slice(word);
        h = (h.rotate_left(5) ^ u64::from_le_bytes(buf)).wrapping_mul(K);
    }
    let tail = words.remainder();
    if !tail.is_empty() {
        let mut buf = [0u8; 8];
        buf[..tail.len()].copy_from_slice(tail);
        h = (h.rotate_left(5) ^ u64::from_le_bytes(buf)).wrapping_mul(K);
    }
    h ^= h >> 29;
    h = h.wrapping_mul(0xbf58_476d_1ce4_e5b9);
    h ^ (h >> 32)
}

/// The slot a hash starts probing at, in a table of `1 << bits` slots.
pub fn slot(hash: u64, bits: u32) -> usize {
    (hash >> (64 - bits)) as usize
}

/// The 16-bit tag stored beside an entry index, so most probes are rejected without
/// comparing strings.
pub fn tag(hash: u64) -> u32 {
    (hash as u32) & 0xFFFF
}
