//! The edit distance behind every "did you mean".

use alloc::vec;
use alloc::vec::Vec;

/// The optimal string alignment distance between `a` and `b`, in chars: the fewest
/// insertions, deletions, substitutions and swaps of two adjacent chars that turn one into the
/// other, editing no substring twice (so `"ca"` to `"abc"` is 3, not 2).
///
/// The same metric as `strsim::osa_distance` (a test checks that they agree), written out
/// here because strsim needs std and this is all the crate used of it; it keeps the catalog's
/// suggestions available without std.
pub(crate) fn osa_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let width = b.len() + 1;
    // Rows i - 2, i - 1 and i of the edit table; both start as row 0, the distances from
    // the empty prefix of `a`.
    let mut before: Vec<usize> = (0..width).collect();
    let mut previous: Vec<usize> = (0..width).collect();
    let mut current: Vec<usize> = vec![0; width];
    let mut previous_a = None;
    for (i, a_char) in a.chars().enumerate() {
        current[0] = i + 1;
        for (j, &b_char) in b.iter().enumerate() {
            let substitute = previous[j] + usize::from(a_char != b_char);
            let mut best = substitute.min(previous[j + 1] + 1).min(current[j] + 1);
            let swapped = j > 0 && a_char != b_char && previous_a == Some(b_char) && b[j - 1] == a_char;
            if swapped {
                best = best.min(before[j - 1] + 1);
            }
            current[j + 1] = best;
        }
        core::mem::swap(&mut before, &mut previous);
        core::mem::swap(&mut previous, &mut current);
        previous_a = Some(a_char);
    }
    previous[width - 1]
}

#[cfg(test)]
mod tests {
    extern crate std;

    use proptest::prelude::*;

    use super::osa_distance;

    #[test]
    fn known_distances() {
        for (a, b, distance) in [
            ("", "", 0),
            ("", "abc", 3),
            ("abc", "", 3),
            ("ab", "ba", 1),
            ("ca", "abc", 3),
            ("cvm", "cmv", 1),
            ("AuthFailure.SignatureFailur", "AuthFailure.SignatureFailure", 1),
            ("鉴权失败", "权鉴失败", 1),
        ] {
            assert_eq!(osa_distance(a, b), distance, "{a:?} {b:?}");
        }
    }

    proptest! {
        /// A small alphabet, so that swaps and repeats are common.
        #[test]
        fn agrees_with_strsim_on_short_strings(a in "[abc]{0,9}", b in "[abc]{0,9}") {
            prop_assert_eq!(osa_distance(&a, &b), strsim::osa_distance(&a, &b));
        }

        #[test]
        fn agrees_with_strsim_on_any_strings(a in "\\PC{0,16}", b in "\\PC{0,16}") {
            prop_assert_eq!(osa_distance(&a, &b), strsim::osa_distance(&a, &b));
        }
    }
}
