//! "Did you mean": close catalog codes and product names for a mistyped one.

use alloc::string::{String, ToString};
use alloc::vec::Vec;

use super::osa::osa_distance;
use super::tables::{self, EntryId, LEGACY_COUNT};
use super::{Entry, Family, lookup, rank, trie_walk};
use crate::Code;

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
/// at most 2, or a fifth of the text's length when that is more). Ties go in catalog order
/// (legacy, API 3.0, then COS codes). Whitespace around `text` is ignored; an empty text has
/// no suggestions.
///
/// COS codes are among the candidates, ranked by the same rules (a COS code is one segment):
/// their entries say what they are ([`Family::Cos`], [`Code::Cos`]), so a caller that wants
/// one kind filters on that.
///
/// It does not score every code: a walk over the codes' trie, with one row of the edit table
/// per depth, skips every group of codes whose common beginning is already too far from
/// `text`, so a text that is no code costs little, and a typo costs most inside the big
/// families of codes (`InvalidParameterValue.*`). Measured times are in `docs/perf.md`.
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
pub fn suggest(text: &str, limit: usize) -> Vec<Entry> {
    let text = text.trim();
    if text.is_empty() || limit == 0 {
        return Vec::new();
    }
    let query = Query::new(text);
    // Keys of (entry index, score), see `rank`; one code may come up under several rules.
    let mut scored: Vec<u64> = Vec::new();
    for entry in super::iter().take(LEGACY_COUNT) {
        if let Some(score) = score_legacy(entry, &query) {
            scored.push(rank::key(usize::from(entry.id()), score));
        }
    }
    // Every API 3.0 code a rule can pick: those within the edit distance (the exact and
    // case-insensitive matches among them, at distance 0), the module code's equivalent, and
    // the codes `text` ends; the others are never looked at.
    trie_walk::codes_within(&query.chars, query.max_distance, |i, distance| {
        let score = match distance {
            0 if tables::entry_code_is(i, text) => EXACT,
            0 => SAME_ERROR,
            _ => EDIT_BASE + distance,
        };
        scored.push(rank::key(usize::from(i), score));
    });
    if let Some(equivalent) = query.module_equivalent.and_then(|code| lookup(Code::Api3(code))) {
        scored.push(rank::key(usize::from(equivalent.id()), SAME_ERROR));
    }
    codes_ending_in(text, |i| scored.push(rank::key(usize::from(i), LAST_SEGMENT)));
    // COS codes are few (about 130): each is scored.
    for i in tables::cos_ids() {
        // Entry ids fit in 16 bits (`layout::MAX_ENTRIES`).
        let id = i as EntryId;
        if let Some(score) = score_cos(tables::string(tables::entry_code(id)), &query) {
            scored.push(rank::key(usize::from(id), score));
        }
    }
    // Each code's best score (the first of its index's keys), then best first; entries are
    // in code order, so ties go by index.
    rank::sort(&mut scored);
    scored.dedup_by_key(|key| rank::high(*key));
    for key in &mut scored {
        *key = rank::key(rank::low(*key), rank::high(*key));
    }
    rank::sort(&mut scored);
    // A code's run starts with its common entry, else its first product's; `lookup` may
    // prefer a later product's (one with English text), and the results are `lookup`'s.
    scored
        .into_iter()
        .take(limit)
        .map(|key| {
            // Indices come from `EntryId`s, so they fit one.
            let entry = Entry::from_id(rank::low(key) as EntryId);
            lookup(entry.code()).unwrap_or(entry)
        })
        .collect()
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
    let len = lower.chars().count();
    let max_distance = if len > 4 { 2 } else { 1 };
    let letters = sorted_letters(&lower);
    // Keys of (2 x distance + 1 if the letters differ, product position); products are
    // sorted, so ties go by name.
    let mut ranked: Vec<u64> = super::products()
        .enumerate()
        .filter_map(|(position, product)| {
            // The distance is at least the difference in length: most names stop here.
            if product.chars().count().abs_diff(len) > max_distance {
                return None;
            }
            let product_lower = product.to_ascii_lowercase();
            let distance = osa_distance(&lower, &product_lower);
            let other_letters = sorted_letters(&product_lower) != letters;
            (distance <= max_distance).then(|| rank::key(2 * distance + usize::from(other_letters), position))
        })
        .collect();
    rank::sort(&mut ranked);
    ranked.truncate(limit);
    ranked.into_iter().filter_map(|key| tables::product(rank::low(key))).collect()
}

/// The chars of `text` in order, as `rank` keys (the one type the crate sorts).
fn sorted_letters(text: &str) -> Vec<u64> {
    let mut letters: Vec<u64> = text.chars().map(|c| rank::key(0, c as usize)).collect();
    rank::sort(&mut letters);
    letters
}

/// Calls `found` with the first entry of every API 3.0 code whose last segment is `text`,
/// ignoring ASCII case (`SignatureFailure` ends `AuthFailure.SignatureFailure`).
fn codes_ending_in(text: &str, mut found: impl FnMut(EntryId)) {
    // Codes are `[A-Za-z][A-Za-z0-9_.]*`, so a text with any other byte, or a dot, ends none.
    if text.is_empty() || !text.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_') {
        return;
    }
    for i in 0..tables::trie_len() {
        let node = tables::trie_node(i);
        let code = tables::trie_code(node);
        // Not a let chain: those need Rust 1.88, and the MSRV is 1.85.
        if let Some((rest, last)) = code.split_at_checked(code.len().saturating_sub(text.len())) {
            if rest.last() == Some(&b'.') && last.eq_ignore_ascii_case(text.as_bytes()) {
                found(node.entry);
            }
        }
    }
}

/// What `suggest` compares catalog codes with (and `suggest_actions` every action name),
/// worked out once per call rather than once per candidate.
pub(super) struct Query<'a> {
    text: &'a str,
    lower: String,
    /// The chars of `lower`, which the edit distance works on.
    chars: Vec<char>,
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
            Code::Api3(_) | Code::Cos(_) => None,
        };
        let chars: Vec<char> = lower.chars().collect();
        Query {
            text,
            max_distance: (chars.len() / 5).max(2),
            chars,
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
        // The distance is at least the difference in length, in chars.
        if candidate.chars().count().abs_diff(self.chars.len()) > self.max_distance || self.surely_farther(candidate) {
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

/// A COS code's score: exact, the same but for case, or within the edit distance.
fn score_cos(code: &str, query: &Query) -> Option<Score> {
    if code == query.text {
        Some(EXACT)
    } else if code.eq_ignore_ascii_case(query.text) {
        Some(SAME_ERROR)
    } else {
        query.spelling_score(code)
    }
}

/// A legacy code's score: the module code whose API 3.0 equivalent `text` is, or a number
/// equal to or one edit from the code.
fn score_legacy(entry: Entry, query: &Query) -> Option<Score> {
    if entry.family() == Family::Module && entry.api3_equivalent().is_some_and(|eq| eq.eq_ignore_ascii_case(query.text))
    {
        return Some(SAME_ERROR);
    }
    // Only a number can be this code or a typo of it.
    if !query.numeric {
        return None;
    }
    let written = entry.code().to_string();
    if written == query.text {
        return Some(EXACT);
    }
    let distance = osa_distance(&written, query.text);
    (distance <= query.max_distance.min(1)).then_some(EDIT_BASE + distance)
}

#[cfg(test)]
mod tests {
    extern crate std;

    use alloc::string::{String, ToString};
    use alloc::vec::Vec;

    use proptest::prelude::*;

    use super::{Query, suggest};
    use crate::Code;
    use crate::catalog::osa::osa_distance;
    use crate::catalog::test_texts::{code_like, typo};
    use crate::catalog::{Entry, Family, iter, lookup};

    /// `suggest` as its documentation words it, scoring every distinct code one by one: what
    /// the walk over the code trie must reproduce exactly, ranking included.
    fn by_definition(text: &str) -> Vec<Entry> {
        let text = text.trim();
        if text.is_empty() {
            return Vec::new();
        }
        let lower = text.to_ascii_lowercase();
        let max = (text.chars().count() / 5).max(2);
        let numeric = text.trim_start_matches(['-', ' ']).bytes().all(|b| b.is_ascii_digit());
        let equivalent = match Code::parse(text) {
            Code::Legacy(n) => lookup(Code::Legacy(n)).and_then(Entry::api3_equivalent),
            Code::Api3(_) | Code::Cos(_) => None,
        };
        let mut ranked = Vec::new();
        let mut previous: Option<Entry> = None;
        for entry in iter() {
            if previous.replace(entry).is_some_and(|p| p.code() == entry.code()) {
                continue;
            }
            let score = match entry.code() {
                Code::Legacy(n) => {
                    if entry.family() == Family::Module
                        && entry.api3_equivalent().is_some_and(|eq| eq.eq_ignore_ascii_case(text))
                    {
                        1
                    } else if !numeric {
                        continue;
                    } else if n.to_string() == text {
                        0
                    } else {
                        match osa_distance(&n.to_string(), text) {
                            d if d <= max.min(1) => 10 + d,
                            _ => continue,
                        }
                    }
                }
                Code::Api3(code) => {
                    if code == text {
                        0
                    } else if code.eq_ignore_ascii_case(text) || equivalent == Some(code) {
                        1
                    } else if !text.contains('.') && code.rsplit('.').next().unwrap().eq_ignore_ascii_case(text) {
                        2
                    } else if code.len().abs_diff(text.chars().count()) > max {
                        continue; // The distance is at least the difference in length.
                    } else {
                        match osa_distance(&code.to_ascii_lowercase(), &lower) {
                            d if d <= max => 10 + d,
                            _ => continue,
                        }
                    }
                }
                Code::Cos(code) => {
                    if code == text {
                        0
                    } else if code.eq_ignore_ascii_case(text) {
                        1
                    } else {
                        match osa_distance(&code.to_ascii_lowercase(), &lower) {
                            d if d <= max => 10 + d,
                            _ => continue,
                        }
                    }
                }
            };
            ranked.push((score, entry));
        }
        // Ties in catalog order: `Code` orders legacy, API 3.0 and COS codes so too.
        ranked.sort_by(|(a, x), (b, y)| a.cmp(b).then_with(|| x.code().cmp(&y.code())));
        ranked.into_iter().map(|(_, entry)| entry).collect()
    }

    fn assert_as_defined(text: &str) {
        let found: Vec<String> = suggest(text, usize::MAX).iter().map(|e| e.code().to_string()).collect();
        let defined: Vec<String> = by_definition(text).iter().map(|e| e.code().to_string()).collect();
        assert_eq!(found, defined, "suggest({text:?})");
    }

    #[test]
    fn finds_and_ranks_as_defined() {
        for text in [
            "",
            "  \t ",
            "-514",
            "514",
            "-51",
            "4100",
            "41000",
            "OperationDenied.SourceAlreadyExists",
            "SignatureFailure",
            "signaturefailur",
            "internalerror",
            "InternalError.",
            "InternalError",
            "NoSuchBuckt",
            "nosuchkey",
            "SlowDow",
            "InvalidParameter",
            "a",
            "é",
            "鉴权失败",
            "AuthFailure.SignatureFailuré",
            "Invalid Parameter",
            &"InvalidParameterValue.".repeat(5),
        ] {
            assert_as_defined(text);
        }
    }

    /// Real codes, their last segments, and a typo of each kind.
    #[test]
    fn finds_and_ranks_as_defined_near_catalog_codes() {
        for (n, entry) in iter().step_by(293).enumerate() {
            let code = entry.code().to_string();
            let last = code.rsplit('.').next().unwrap().to_string();
            for text in [typo(&code, n), code.clone(), last] {
                assert_as_defined(&text);
            }
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(32))]

        #[test]
        fn finds_and_ranks_as_defined_for_code_like_texts(text in code_like()) {
            assert_as_defined(&text);
        }

        /// The byte-count pre-filter only ever rejects codes the distance would reject too,
        /// so `suggest_actions` finds exactly what it would without it.
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
