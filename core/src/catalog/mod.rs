//! The Tencent Cloud error catalog: every documented code, looked up in constant time.
//!
//! The catalog holds the API 2.0 access-layer, video-cloud and Cloud Monitor module codes,
//! the API 3.0 common codes, every product's API 3.0 business codes and the codes of COS's
//! XML error bodies ([`Code::Cos`], [`Family::Cos`]), each with its English and Chinese
//! texts. Its sources are listed in `core/data/SOURCES.md`. It also
//! knows, for every API 3.0 action, which codes Tencent's SDKs say it may return
//! ([`action`], [`Action`]).
//!
//! ```
//! use tencent_errors_core::{Code, Lang, catalog};
//!
//! let entry = catalog::lookup(Code::Api3("ResourceNotFound")).unwrap();
//! assert_eq!(entry.message(Lang::Zh), "资源不存在。");
//! assert!(catalog::products().any(|p| p == "vod"));
//! assert!(catalog::action("vod", "DescribeMediaInfos").unwrap().contains(Code::Api3("InvalidParameterValue.FileIds")));
//! ```

mod action;
mod entry;
mod hash;
// The generator compiles this file too and uses every encoder; core reads only.
#[allow(dead_code)]
mod layout;
mod osa;
pub(crate) mod rank;
mod suggest;
mod tables;
#[cfg(test)]
mod test_texts;
mod trie_walk;

pub use action::{Action, READ_ONLY_VERBS, action, actions, actions_returning, suggest_actions};
pub use entry::{Alternate, Entry, Family};
pub(crate) use osa::osa_distance;
pub use suggest::{suggest, suggest_products};

use crate::{Code, Lang};
use tables::EntryId;

/// The catalog entry of `code`, worded in English where the catalog can: the same as
/// [`lookup_for(code, Lang::En)`](lookup_for).
///
/// ```
/// use tencent_errors_core::{Code, Family, catalog};
///
/// let common = catalog::lookup(Code::Api3("InternalError")).unwrap();
/// assert_eq!(common.family(), Family::Common);
/// let vod_only = catalog::lookup(Code::Api3("FailedOperation.ClassNoFound")).unwrap();
/// assert_eq!(vod_only.product(), Some("vod"));
/// assert!(catalog::lookup(Code::Api3("AuthFailure.SignatureFailur")).is_none());
/// ```
pub fn lookup(code: Code<'_>) -> Option<Entry> {
    lookup_for(code, Lang::En)
}

/// The catalog entry of `code` to show a reader of `lang`.
///
/// Legacy and COS codes are unique. An API 3.0 code can be documented both as a common code and by
/// several products (`InternalError` is listed by about 200): the common entry is returned
/// when there is one. When only products document the code, no product owns it, and the
/// entry returned is the first product's, in name order, that has a message in `lang` (the
/// first product's if none has): [`Entry::also_documented_by`] names the others, and
/// [`lookup_in`] gives a known product's own wording.
///
/// ```
/// use tencent_errors_core::{Code, Lang, catalog};
///
/// // `aai` documents this code in Chinese only, `asr` and `tmt` in both languages.
/// let code = Code::Api3("FailedOperation.ServiceIsolate");
/// let entry = catalog::lookup_for(code, Lang::En).unwrap();
/// assert_eq!(entry.product(), Some("asr"));
/// assert!(entry.message_in(Lang::En).is_some());
/// assert_eq!(entry.also_documented_by().collect::<Vec<_>>(), ["aai", "tmt"]);
/// assert_eq!(catalog::lookup_for(code, Lang::Zh).unwrap().product(), Some("aai"));
/// ```
pub fn lookup_for(code: Code<'_>, lang: Lang) -> Option<Entry> {
    let first = first_of(code)?;
    if first.family() != Family::Product {
        return Some(first);
    }
    Some(run(Some(first)).find(|entry| entry.message_in(lang).is_some()).unwrap_or(first))
}

/// The first entry of `code`'s run: the common or legacy entry if there is one.
fn first_of(code: Code<'_>) -> Option<Entry> {
    let id = match code.normalized() {
        Code::Legacy(n) => tables::find_legacy(n)?,
        Code::Api3(s) => tables::find_api3(s)?,
        // COS codes have a section of their own, which the API 3.0 index does not cover: a
        // COS code never finds the API 3.0 entry of its spelling, nor the reverse.
        Code::Cos(s) => tables::find_cos(s)?,
    };
    Some(Entry::from_id(id))
}

/// The entry `product` documents for `code`.
///
/// Common codes apply to every product, so when `product` does not list a common code
/// itself the common entry is returned. Access-layer and video-cloud codes belong to no
/// product and are returned for any; Cloud Monitor module codes belong to `"monitor"`.
/// Otherwise `None`: the code exists, if at all, only in other products.
///
/// ```
/// use tencent_errors_core::{Code, Family, catalog};
///
/// let own = catalog::lookup_in("vod", Code::Api3("InternalError")).unwrap();
/// assert_eq!(own.product(), Some("vod"));
/// let common = catalog::lookup_in("vod", Code::Api3("AuthFailure.TokenFailure")).unwrap();
/// assert_eq!(common.family(), Family::Common);
/// assert!(catalog::lookup_in("cvm", Code::Api3("FailedOperation.ClassNoFound")).is_none());
/// ```
pub fn lookup_in(product: &str, code: Code<'_>) -> Option<Entry> {
    let mut common = None;
    for entry in lookup_all(code) {
        match entry.product() {
            Some(own) if own == product => return Some(entry),
            // Module codes carry `"monitor"`, so a product-less entry is common, access or video.
            None => common = Some(entry),
            Some(_) => {}
        }
    }
    common
}

/// Every entry of `code`: the common one first (if any), then each product's in name order.
/// A COS code has one entry, and only COS codes find COS entries:
///
/// ```
/// use tencent_errors_core::{Code, Family, catalog};
///
/// assert!(catalog::lookup_all(Code::Api3("InternalError")).all(|e| e.family() != Family::Cos));
/// let cos: Vec<_> = catalog::lookup_all(Code::Cos("InternalError")).collect();
/// assert_eq!(cos.len(), 1);
/// assert_eq!(cos[0].family(), Family::Cos);
/// ```
///
/// ```
/// use tencent_errors_core::{Code, catalog};
///
/// let products: Vec<_> = catalog::lookup_all(Code::Api3("FailedOperation.ClassNoFound"))
///     .filter_map(|entry| entry.product())
///     .collect();
/// assert_eq!(products, ["vod"]);
/// ```
pub fn lookup_all(code: Code<'_>) -> impl Iterator<Item = Entry> + Clone {
    run(first_of(code))
}

/// The run of entries of `first`'s code, from `first` on (none for `None`): found once, so that
/// a lookup walking the run hashes the code once.
fn run(first: Option<Entry>) -> impl Iterator<Item = Entry> + Clone {
    let start = first.map_or(0, |entry| usize::from(entry.id()));
    let end = if first.is_some() { tables::entry_count() } else { start };
    entries(start..end).take_while(move |entry| first.is_some_and(|first| entry.same_code(first)))
}

/// Every entry of the catalog: legacy codes first in numeric order, then API 3.0 codes in
/// code order (for one code, the common entry before the products' in name order), then COS
/// codes in code order.
///
/// ```
/// use tencent_errors_core::{Family, catalog};
///
/// let access = catalog::iter().filter(|e| e.family() == Family::Access).count();
/// assert_eq!(access, 16);
/// assert!(catalog::iter().len() > 16_000);
/// ```
pub fn iter() -> impl DoubleEndedIterator<Item = Entry> + ExactSizeIterator + Clone {
    entries(0..tables::entry_count())
}

/// The entries at the positions `range` of the tables.
fn entries(range: core::ops::Range<usize>) -> impl DoubleEndedIterator<Item = Entry> + ExactSizeIterator + Clone {
    // The generator keeps every position below `layout::MAX_ENTRIES`, which fits an `EntryId`.
    range.map(|i| Entry::from_id(i as EntryId))
}

/// The products (services) that document codes, in name order: the API 3.0 products,
/// `"monitor"` (Cloud Monitor's module codes) and `"cos"` (COS's XML error codes) among them.
///
/// ```
/// use tencent_errors_core::catalog;
/// assert!(catalog::products().any(|p| p == "cvm"));
/// assert!(catalog::products().is_sorted());
/// ```
pub fn products() -> impl ExactSizeIterator<Item = &'static str> + Clone {
    tables::PRODUCTS.iter().map(|&id| tables::string(id))
}

/// Whether `name` is a product of the catalog (exact, case-sensitive, like Tencent's
/// service names).
///
/// ```
/// use tencent_errors_core::catalog;
/// assert!(catalog::is_product("vod"));
/// assert!(!catalog::is_product("VOD"));
/// ```
pub fn is_product(name: &str) -> bool {
    tables::PRODUCTS.binary_search_by(|&id| tables::string(id).cmp(name)).is_ok()
}
