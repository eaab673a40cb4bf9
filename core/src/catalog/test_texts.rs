//! Texts the suggestion tests start from: typos of catalog codes and code-like strings.

use alloc::string::String;
use alloc::vec::Vec;

use proptest::prelude::*;

/// `text` with one edit, of a kind and at a place chosen by `n`: a swap, a deletion, an
/// insertion or a substitution, in turn. The typos the suggestion tests start from.
pub(super) fn typo(text: &str, n: usize) -> String {
    let mut chars: Vec<char> = text.chars().collect();
    if chars.is_empty() {
        return "x".into();
    }
    let at = n % chars.len();
    match n % 4 {
        0 => {
            let next = (at + 1) % chars.len();
            chars.swap(at, next);
        }
        1 => drop(chars.remove(at)),
        2 => chars.insert(at, 'e'),
        _ => chars[at] = 'q',
    }
    chars.into_iter().collect()
}

/// Pieces of real codes glued together (and a few numbers), so that many texts land near
/// several catalog codes.
pub(super) fn code_like() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        "InvalidParameter",
        "Value",
        "\\.",
        "FailedOperation",
        "Resource",
        "NotFound",
        "[A-Za-z_.]{1,6}",
        "-?[0-9]{1,5}",
    ];
    proptest::collection::vec(piece, 0..6).prop_map(|pieces| pieces.concat())
}
