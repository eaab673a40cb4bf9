//! Every API 3.0 code within an edit distance of a text, found without scoring them all.
//!
//! `CODE_TRIE` lists the distinct codes in order, each with how many bytes of its lower-cased
//! text the previous code shares, so reading it in order walks the codes' trie depth first.
//! The walk keeps one row of the edit table per depth: a code reuses the rows of the prefix it
//! shares with the code before it, and once a prefix is so far from the text that no ending
//! can bring it back within reach, every code below it is skipped unread. Most of the catalog
//! goes in a few rows: the thousands of `InvalidParameterValue.*` codes are one hopeless prefix.
//! Each code also knows its length, so it is dropped unread when that alone is too far from
//! the text's, and its rows stop once no cell can still get to the code's end within `max`
//! (each step from one diagonal of the table to the next costs an edit).
//!
//! Rows are banded: a cell more than `max` off the diagonal holds a distance above `max`, so
//! a row keeps only the `2 * max + 1` cells around it, indexed by their offset from it, and
//! every value is capped at `max + 1` ("too far"); capping commutes with the table's `min` and
//! `+ 1`, so every distance up to `max` comes out exact.

use alloc::vec;
use alloc::vec::Vec;

use super::tables::{self, EntryId, LONGEST_CODE};

/// Calls `found(entry, distance)`, in code order, for every distinct API 3.0 code whose
/// optimal string alignment distance from `query` is at most `max`, ignoring ASCII case:
/// `query` must already be lower-cased (`char::to_ascii_lowercase`), the codes are lower-cased
/// here. `entry` is the index of the code's first entry, the one `lookup` returns.
///
/// Same metric as [`super::osa::osa_distance`]; a test compares the two over the catalog.
pub(super) fn codes_within(query: &[char], max: usize, mut found: impl FnMut(EntryId, usize)) {
    // No distance exceeds the longer text's length, so a larger `max` finds nothing more; the
    // cap keeps the rows small whatever the caller asks.
    let max = max.min(query.len().max(LONGEST_CODE));
    if query.len() > LONGEST_CODE + max {
        return; // Every code is shorter than the text by more than `max`.
    }
    // A code longer than this is too far by its length alone, and gets no rows.
    let deepest = LONGEST_CODE.min(query.len() + max);
    let mut rows = Rows::new(query, max, deepest);
    // Rows 0..=ready describe the prefix of the code at hand.
    let mut ready = 0;
    let mut i = 0;
    while i < tables::trie_len() {
        let node = tables::trie_node(i);
        let code = tables::trie_code(node);
        let len = code.len();
        i += 1;
        // Rows deeper than what this code shares with the one before describe another code.
        ready = ready.min(usize::from(node.shared));
        // Where the code's last row must reach the query's end; none when the lengths alone
        // are too far apart. Such a code needs no rows of its own: the next one works out
        // whatever it shares of them.
        let Some(end) = rows.end_offset(len) else { continue };
        let mut depth = ready;
        let walked = loop {
            if depth == len {
                break Walked::ToTheEnd;
            }
            depth += 1;
            let (least, least_to_end) = rows.fill(depth, code, end);
            if least > max {
                break Walked::IntoHopelessPrefix(depth);
            }
            if least_to_end > max {
                break Walked::IntoHopelessCode;
            }
        };
        ready = depth;
        match walked {
            Walked::ToTheEnd => {
                if let Some(distance) = rows.distance(len) {
                    found(node.entry, distance);
                }
            }
            Walked::IntoHopelessCode => {}
            // The following codes down to the first that leaves this prefix share it: skip them.
            Walked::IntoHopelessPrefix(depth) => {
                while i < tables::trie_len() && usize::from(tables::trie_node(i).shared) >= depth {
                    i += 1;
                }
            }
        }
    }
}

/// How far down one code the walk went.
enum Walked {
    /// To its last row, which holds its distance.
    ToTheEnd,
    /// To a row from which it cannot end within `max`, though longer codes below it might.
    IntoHopelessCode,
    /// To a row (this depth) from which no code below it can end within `max`.
    IntoHopelessPrefix(usize),
}

/// The banded rows of the edit table between a code's prefixes (rows, by depth) and the query
/// (columns).
struct Rows {
    /// The query as bytes: its (lower-case) ASCII chars, and [`NO_CODE_BYTE`] for any other
    /// char. Query chars are only ever compared with code bytes, which are ASCII, so every
    /// distance stays what it is over chars.
    query: Vec<u8>,
    max: usize,
    /// The band's `2 * max + 1` cells and a "too far" sentinel on each side.
    width: usize,
    /// Row `depth` is `cells[depth * width..][..width]`; the cell of column `j` is at offset
    /// `j + max - depth + 1`. A cell outside the table (`j < 0` or `j > query.len()`) is never
    /// written and stays "too far".
    cells: Vec<usize>,
}

/// Stands for a non-ASCII char of the query: equal to no byte of any code.
const NO_CODE_BYTE: u8 = 0xFF;
/// Equal to no byte of the query (ASCII or `NO_CODE_BYTE`).
const NOT_IN_QUERY: u8 = 0xFE;

impl Rows {
    fn new(query: &[char], max: usize, deepest: usize) -> Rows {
        let query: Vec<u8> =
            query.iter().map(|&c| u8::try_from(c).ok().filter(u8::is_ascii).unwrap_or(NO_CODE_BYTE)).collect();
        let width = 2 * max + 3;
        let too_far = max + 1;
        let mut cells = vec![too_far; (deepest + 1) * width];
        // Row 0: the empty prefix is `j` insertions from the query's first `j` chars.
        for j in 0..=query.len().min(max) {
            cells[j + max + 1] = j;
        }
        Rows { query, max, width, cells }
    }

    /// The offset in a row of the query's end column, for a code of `len` bytes, if that
    /// column is within the band of the code's last row (if the lengths differ by at most `max`).
    fn end_offset(&self, len: usize) -> Option<usize> {
        (self.query.len() + self.max).checked_sub(len).filter(|&offset| offset <= 2 * self.max)
    }

    /// Works out row `depth` from the two above it (code byte `depth - 1` against every
    /// column). Returns the row's smallest cell, below which no deeper row can go, and the
    /// smallest distance this row leaves for a code whose last row ends at offset `end`:
    /// every step from one diagonal to the next (an insertion or deletion) costs one.
    fn fill(&mut self, depth: usize, code: &[u8], end: usize) -> (usize, usize) {
        let (max, width, too_far) = (self.max, self.width, self.max + 1);
        let query = &self.query[..];
        let c = code[depth - 1].to_ascii_lowercase();
        // The byte before, for swaps; on the first row none, a byte the query never holds.
        let before_c = if depth >= 2 { code[depth - 2].to_ascii_lowercase() } else { NOT_IN_QUERY };
        let (done, rest) = self.cells.split_at_mut(depth * width);
        let row = &mut rest[..width];
        let above = &done[(depth - 1) * width..];
        let two_above = &done[depth.saturating_sub(2) * width..];
        let (mut least, mut least_to_end) = (too_far, too_far);
        // The band's columns inside the table: j from depth - max to depth + max.
        let first = depth.saturating_sub(max);
        let last = (depth + max).min(query.len());
        if first == 0 {
            // Column 0: `depth` deletions.
            let offset = max - depth;
            row[offset + 1] = depth;
            least = depth;
            least_to_end = depth + offset.abs_diff(end);
        }
        for j in first.max(1)..=last {
            // Cell (depth - 1, j - 1) sits at the same offset in its row, (depth - 1, j) one
            // to the right, (depth, j - 1) one to the left, (depth - 2, j - 2) the same.
            let offset = j + max - depth;
            let q = query[j - 1];
            let mut best = (above[offset + 1] + usize::from(c != q)).min(above[offset + 2] + 1).min(row[offset] + 1);
            // A swap of two adjacent chars.
            if q == before_c && c != q && j >= 2 && query[j - 2] == c {
                best = best.min(two_above[offset + 1] + 1);
            }
            let value = best.min(too_far);
            row[offset + 1] = value;
            least = least.min(value);
            least_to_end = least_to_end.min(value + offset.abs_diff(end));
        }
        // `least`: a deeper cell comes from this row, or through a swap (+ 1) from the row
        // above, whose cells are at least this row's less one (a deletion): past `max` too.
        (least, least_to_end)
    }

    /// The distance between the code of length `len` (its rows filled) and the whole query,
    /// if within `max`.
    fn distance(&self, len: usize) -> Option<usize> {
        let offset = self.end_offset(len)?;
        let value = self.cells[len * self.width + offset + 1];
        (value <= self.max).then_some(value)
    }
}

#[cfg(test)]
mod tests {
    extern crate std;

    use alloc::string::String;
    use alloc::vec::Vec;

    use proptest::prelude::*;

    use super::codes_within;
    use crate::catalog::Entry;
    use crate::catalog::osa::osa_distance;
    use crate::catalog::tables::{self, EntryId};
    use crate::catalog::test_texts::{code_like, typo};

    /// The lower-cased codes with their first entries, made once for all tests.
    fn codes() -> &'static [(EntryId, String)] {
        static CODES: std::sync::OnceLock<Vec<(EntryId, String)>> = std::sync::OnceLock::new();
        CODES.get_or_init(|| {
            (0..tables::trie_len())
                .map(|i| tables::trie_node(i).entry)
                .map(|entry| (entry, Entry::from_id(entry).code().to_string().to_ascii_lowercase()))
                .collect()
        })
    }

    /// What `codes_within` must find: every distinct code scored one by one, for each `max`.
    fn by_scanning(query: &str, maxes: &[usize]) -> Vec<Vec<(EntryId, usize)>> {
        let distances: Vec<(EntryId, usize)> =
            codes().iter().map(|(entry, code)| (*entry, osa_distance(code, query))).collect();
        let within = |max: usize| distances.iter().copied().filter(|&(_, d)| d <= max).collect();
        maxes.iter().map(|&max| within(max)).collect()
    }

    fn by_walking(query: &str, max: usize) -> Vec<(EntryId, usize)> {
        let chars: Vec<char> = query.chars().collect();
        let mut found = Vec::new();
        codes_within(&chars, max, |entry, distance| found.push((entry, distance)));
        found
    }

    /// Typos of catalog codes: the walk must find exactly what a full scan finds.
    #[test]
    fn finds_what_scanning_finds_near_catalog_codes() {
        let codes: Vec<String> = (0..tables::trie_len())
            .step_by(211)
            .map(|i| Entry::from_id(tables::trie_node(i).entry).code().to_string().to_ascii_lowercase())
            .collect();
        for (n, code) in codes.iter().enumerate() {
            let typo = typo(code, n);
            let maxes = [0, 1, 2, typo.len() / 5, 9];
            for (max, scanned) in maxes.into_iter().zip(by_scanning(&typo, &maxes)) {
                assert_eq!(by_walking(&typo, max), scanned, "{typo:?} within {max}");
            }
        }
    }

    #[test]
    fn edges() {
        for (query, max) in [("", 0), ("", 8), ("internalerror", 0), ("internalerror.", 3), ("x", 200), ("é", 10)] {
            assert_eq!(by_walking(query, max), by_scanning(query, &[max])[0], "{query:?} within {max}");
        }
        let long = "invalidparameter.".repeat(7);
        assert_eq!(by_walking(&long, 21), by_scanning(&long, &[21])[0]);
        assert_eq!(by_walking(&long, long.len()).len(), tables::trie_len(), "everything is within its length");
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]

        /// The walk takes its query lower-cased, as `suggest` gives it.
        #[test]
        fn finds_what_scanning_finds(text in code_like(), max in 0usize..10) {
            let query = text.to_ascii_lowercase();
            prop_assert_eq!(by_walking(&query, max), by_scanning(&query, &[max]).remove(0), "{:?} within {}", query, max);
        }
    }
}
