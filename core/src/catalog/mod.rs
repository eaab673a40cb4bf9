//! The Tencent Cloud error catalog: every documented code, looked up in constant time.
//!
//! The catalog holds the API 2.0 access-layer, video-cloud and Cloud Monitor module codes,
//! the API 3.0 common codes and every product's API 3.0 business codes, each with its
//! English and Chinese texts. Its sources are listed in `core/data/SOURCES.md`. It also
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
mod hash;
mod osa;
mod suggest;
pub(crate) mod tables;
#[cfg(test)]
mod test_texts;
mod trie_walk;

pub(crate) use action::of_entry as actions_of_entry;
pub use action::{Action, action, actions, actions_returning, suggest_actions};
pub(crate) use osa::osa_distance;
pub use suggest::{suggest, suggest_products};

use crate::{Code, Entry};
use tables::ENTRIES;

/// The catalog entry of `code`.
///
/// Legacy codes are unique. An API 3.0 code can be documented both as a common code and by
/// several products (`InternalError` is listed by about 200): `lookup` returns the common
/// entry when there is one; when only products define the code it returns the entry of the
/// first such product in alphabetical order. Use [`lookup_in`] when the product is known, or
/// [`lookup_all`] to see every product's wording.
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
pub fn lookup(code: Code<'_>) -> Option<&'static Entry> {
    let index = match code {
        Code::Legacy(n) => tables::find_legacy(n)?,
        Code::Api3(s) => tables::find_api3(s)?,
    };
    ENTRIES.get(index)
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
pub fn lookup_in(product: &str, code: Code<'_>) -> Option<&'static Entry> {
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
///
/// ```
/// use tencent_errors_core::{Code, catalog};
///
/// let products: Vec<_> = catalog::lookup_all(Code::Api3("FailedOperation.ClassNoFound"))
///     .filter_map(|entry| entry.product())
///     .collect();
/// assert_eq!(products, ["vod"]);
/// ```
pub fn lookup_all(code: Code<'_>) -> impl Iterator<Item = &'static Entry> {
    let run = match lookup(code) {
        Some(first) => {
            let start = tables::entry_index(first) as usize;
            let len = ENTRIES[start..].iter().take_while(|entry| entry.same_code(first)).count();
            &ENTRIES[start..start + len]
        }
        None => &ENTRIES[..0],
    };
    run.iter()
}

/// Every entry of the catalog: legacy codes first in numeric order, then API 3.0 codes in
/// code order (for one code, the common entry before the products' in name order).
///
/// ```
/// use tencent_errors_core::{Family, catalog};
///
/// let access = catalog::iter().filter(|e| e.family() == Family::Access).count();
/// assert_eq!(access, 16);
/// assert!(catalog::iter().len() > 16_000);
/// ```
pub fn iter() -> impl DoubleEndedIterator<Item = &'static Entry> + ExactSizeIterator + Clone {
    ENTRIES.iter()
}

/// The API 3.0 products (services) that document codes, in name order, `"monitor"` among them.
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
