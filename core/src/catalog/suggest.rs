//! "Did you mean": close catalog codes and product names for a mistyped one.

use alloc::string::{String, ToString};
use alloc::vec;
use alloc::vec::Vec;

use super::{lookup, tables::ENTRIES};
use crate::{Code, Entry, Family};

/// How close a candidate is; lower is better.
pub(super) type Score = usize;
pub(super) const EXACT: Score = 0;
/// A case difference, or the same error under its other API version (`-514` and
/// `OperationDenied.SourceAlreadyExists`).
pub(super) const SAME_ERROR: Score = 1;
/// The text is the last segment of a code (`SignatureFailure`).
const LAST_SEGMENT: Score = 2;
/// Edit distances are ranked after the cases above.
const EDIT_BASE: Score = 10;

/// Catalog codes close to `text`, best first, at most `limit`, one entry per code (the entry
/// [`lookup`] returns).
///
/// Ranked: the exact code; a case-insensitive match; the same error under its other API
/// version (a module code and its API 3.0 equivalent); a code whose last segment is `text`;
/// then codes within a small edit distance (optimal string alignment, ignoring ASCII case:
/// at most 2, or a fifth of the text's length when that is more). Ties go in code order.
///
/// ```
/// use tencent_errors_core::{Code, catalog};
///
/// let found = catalog::suggest("AuthFailure.SignatureFailur", 3);
/// assert_eq!(found[0].code(), Code::Api3("AuthFailure.SignatureFailure"));
/// let found = catalog::suggest("authfailure.signaturefailure", 1);
/// assert_eq!(found[0].code(), Code::Api3("AuthFailure.SignatureFailure"));
/// let found = catalog::suggest("OperationDenied.SourceAlreadyExists", 5);
/// assert!(found.iter().any(|e| e.code() == Code::Legacy(-514)));
/// ```
pub fn suggest(text: &str, limit: usize) -> Vec<&'static Entry> {
    let query = Query::new(text.trim());
    let mut ranked: Vec<(Score, &'static Entry)> =
        distinct_codes().filter_map(|entry| score(entry, &query).map(|s| (s, entry))).collect();
    ranked.sort_by(|(a, x), (b, y)| a.cmp(b).then_with(|| x.code().cmp(&y.code())));
    ranked.truncate(limit);
    ranked.into_iter().map(|(_, entry)| entry).collect()
}

/// Product names close to `name`, best first, at most `limit`: a case-insensitive match,
/// then names within edit distance 1 (2 for names longer than four characters); among
/// equally distant names, those with the same letters (a transposition) come first.
///
/// ```
/// use tencent_errors_core::catalog;
/// assert_eq!(catalog::suggest_products("VOD", 1), ["vod"]);
/// assert!(catalog::suggest_products("cmv", 3).contains(&"cvm"));
/// ```
pub fn suggest_products(name: &str, limit: usize) -> Vec<&'static str> {
    let lower = name.trim().to_ascii_lowercase();
    let max_distance = if lower.chars().count() > 4 { 2 } else { 1 };
    let letters = sorted_letters(&lower);
    let mut ranked: Vec<(usize, bool, &'static str)> = super::products()
        .filter_map(|product| {
            let product_lower = product.to_ascii_lowercase();
            let distance = osa_distance(&lower, &product_lower);
            let other_letters = sorted_letters(&product_lower) != letters;
            (distance <= max_distance).then_some((distance, other_letters, product))
        })
        .collect();
    ranked.sort();
    ranked.truncate(limit);
    ranked.into_iter().map(|(_, _, product)| product).collect()
}

fn sorted_letters(text: &str) -> Vec<char> {
    let mut letters: Vec<char> = text.chars().collect();
    letters.sort_unstable();
    letters
}

/// The first entry of every code's run: one entry per distinct code.
fn distinct_codes() -> impl Iterator<Item = &'static Entry> {
    ENTRIES.iter().enumerate().filter(|&(i, entry)| i == 0 || !ENTRIES[i - 1].same_code(entry)).map(|(_, entry)| entry)
}

/// What `suggest` compares every catalog code with (and `suggest_actions` every action name),
/// worked out once per call rather than once per candidate: `suggest` scores 12,000 codes.
pub(super) struct Query<'a> {
    text: &'a str,
    lower: String,
    max_distance: usize,
    /// A mistyped number is only worth suggesting when it is a number at all.
    numeric: bool,
    /// The API 3.0 equivalent of the module code `text` is, if it is one.
    module_equivalent: Option<&'static str>,
    /// Byte counts of `lower` when it is ASCII, for [`Query::surely_farther`].
    histogram: Option<Histogram>,
}

/// Byte counts, folded into 64 bins (folding merges counts, which keeps the bound below valid).
type Histogram = [u32; 64];

/// The byte counts of `text` lower-cased, if it is ASCII.
fn histogram(text: &str) -> Option<Histogram> {
    text.is_ascii().then(|| {
        let mut counts = [0; 64];
        for byte in text.bytes() {
            counts[usize::from(byte.to_ascii_lowercase() % 64)] += 1;
        }
        counts
    })
}

impl<'a> Query<'a> {
    pub(super) fn new(text: &'a str) -> Query<'a> {
        let lower = text.to_ascii_lowercase();
        let module_equivalent = match Code::parse(text) {
            Code::Legacy(n) => lookup(Code::Legacy(n)).and_then(Entry::api3_equivalent),
            Code::Api3(_) => None,
        };
        Query {
            text,
            max_distance: (text.chars().count() / 5).max(2),
            numeric: text.trim_start_matches(['-', ' ']).bytes().all(|b| b.is_ascii_digit()),
            module_equivalent,
            histogram: histogram(&lower),
            lower,
        }
    }

    /// Whether `candidate` is certainly more than `max_distance` edits away (ignoring case),
    /// judged by byte counts alone: an insertion or deletion changes the counts' difference
    /// by one, a substitution by at most two, a swap not at all, so the distance is at least
    /// half that difference. Both texts must be ASCII, where bytes are chars. Far cheaper than
    /// the distance itself, and most codes fail it.
    fn surely_farther(&self, candidate: &str) -> bool {
        let (Some(own), Some(other)) = (&self.histogram, histogram(candidate)) else { return false };
        let difference: u32 = own.iter().zip(&other).map(|(a, b)| a.abs_diff(*b)).sum();
        difference.div_ceil(2) as usize > self.max_distance
    }
}

impl Query<'_> {
    /// `EDIT_BASE` plus the edit distance (ignoring ASCII case) when `candidate` is within
    /// `max_distance` of the text, checked by length and byte counts first.
    pub(super) fn spelling_score(&self, candidate: &str) -> Option<Score> {
        if candidate.len().abs_diff(self.text.len()) > self.max_distance || self.surely_farther(candidate) {
            return None;
        }
        let distance = osa_distance(&candidate.to_ascii_lowercase(), &self.lower);
        (distance <= self.max_distance).then_some(EDIT_BASE + distance)
    }

    /// The text as the caller gave it (trimmed).
    pub(super) fn text(&self) -> &str {
        self.text
    }
}

fn score(entry: &'static Entry, query: &Query) -> Option<Score> {
    let code = entry.code();
    match code {
        Code::Legacy(n) => score_legacy(entry, n, query),
        Code::Api3(candidate) => score_api3(candidate, query),
    }
}

fn score_legacy(entry: &Entry, code: i32, query: &Query) -> Option<Score> {
    if entry.family() == Family::Module && entry.api3_equivalent().is_some_and(|eq| eq.eq_ignore_ascii_case(query.text))
    {
        return Some(SAME_ERROR);
    }
    // Only a number can be this code or a typo of it.
    if !query.numeric {
        return None;
    }
    let written = code.to_string();
    if written == query.text {
        return Some(EXACT);
    }
    let distance = osa_distance(&written, query.text);
    (distance <= query.max_distance.min(1)).then_some(EDIT_BASE + distance)
}

fn score_api3(candidate: &str, query: &Query) -> Option<Score> {
    let text = query.text;
    if candidate == text {
        return Some(EXACT);
    }
    if candidate.eq_ignore_ascii_case(text) || query.module_equivalent == Some(candidate) {
        return Some(SAME_ERROR);
    }
    let last = candidate.rsplit('.').next().unwrap_or(candidate);
    if !text.contains('.') && last.eq_ignore_ascii_case(text) {
        return Some(LAST_SEGMENT);
    }
    query.spelling_score(candidate)
}

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

    use super::{Query, osa_distance};

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

        /// The byte-count pre-filter only ever rejects codes the distance would reject too,
        /// so `suggest` finds exactly what it would without it.
        #[test]
        fn the_prefilter_rejects_only_what_is_too_far(a in "[a-dA-D.0-9]{0,40}", b in "[a-dA-D.0-9]{0,40}", any in "\\PC{0,12}") {
            for (text, candidate) in [(&a, &b), (&any, &b), (&a, &any)] {
                let query = Query::new(text);
                if query.surely_farther(candidate) {
                    let distance = osa_distance(&candidate.to_ascii_lowercase(), &query.lower);
                    prop_assert!(distance > query.max_distance, "{text:?} {candidate:?}: {distance}");
                }
            }
        }
    }
}
