//! API actions and the error codes Tencent's SDKs document for each.

use super::Entry;
use super::layout::{ActionRecord, NO_RATE_LIMIT, action_flags};
use super::tables::{self, EntryId, PRODUCTS};
use crate::Code;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;
use core::fmt;
use core::ops::Range;

/// An API 3.0 action of one product (`vod` `DescribeMediaInfos`) and the error codes Tencent's
/// SDKs document that it may return, merged over the product's API versions.
///
/// Get one from [`catalog::action`](crate::catalog::action),
/// [`catalog::actions`](crate::catalog::actions) or [`Entry::actions`]. The list is
/// documentation, not a contract: a service can still answer with a code its action does not
/// list, most often a common code.
///
/// ```
/// use tencent_errors_core::{Code, catalog};
///
/// let action = catalog::action("vod", "DescribeMediaInfos").unwrap();
/// assert_eq!((action.product(), action.name()), ("vod", "DescribeMediaInfos"));
/// assert!(action.contains(Code::Api3("FailedOperation.InvalidVodUser")));
/// assert!(!action.contains(Code::Api3("FailedOperation.ClassNoFound")));
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Action {
    /// The action's position in the tables, which are sorted by (product, name): ordering
    /// actions orders them that way.
    index: u32,
}

impl Action {
    /// The product (service) of the action: `"vod"`.
    ///
    /// ```
    /// use tencent_errors_core::catalog;
    /// assert_eq!(catalog::action("cvm", "RunInstances").unwrap().product(), "cvm");
    /// ```
    pub fn product(&self) -> &'static str {
        tables::product(usize::from(self.raw().product)).unwrap_or("")
    }

    /// The action's name, as in the `Action` request parameter: `"DescribeMediaInfos"`.
    ///
    /// ```
    /// use tencent_errors_core::catalog;
    /// assert_eq!(catalog::action("cvm", "RunInstances").unwrap().name(), "RunInstances");
    /// ```
    pub fn name(&self) -> &'static str {
        tables::action_name(self.raw().name)
    }

    /// The newest API version that has the action, as requests write it (`"2017-03-12"`).
    ///
    /// ```
    /// use tencent_errors_core::catalog;
    /// assert_eq!(catalog::action("cvm", "RunInstances").unwrap().api_version(), "2017-03-12");
    /// ```
    pub fn api_version(&self) -> &'static str {
        tables::action_name(self.raw().version)
    }

    /// The action in Tencent's API Explorer, at [`api_version`](Action::api_version).
    ///
    /// ```
    /// use tencent_errors_core::catalog;
    /// assert_eq!(
    ///     catalog::action("cvm", "RunInstances").unwrap().doc_url(),
    ///     "https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=RunInstances",
    /// );
    /// ```
    pub fn doc_url(&self) -> String {
        format!(
            "https://console.cloud.tencent.com/api/explorer?Product={}&Version={}&Action={}",
            self.product(),
            self.api_version(),
            self.name()
        )
    }

    /// Whether the action's request takes a `ClientToken` parameter (from the SDK's request
    /// models): with one, a repeated request is recognised as the same and does not act
    /// twice, so a failed call may be retried even when its outcome is unknown. `false` also
    /// where the SDK models the catalog was built from do not have the action.
    ///
    /// ```
    /// use tencent_errors_core::catalog;
    /// assert!(catalog::action("cvm", "RunInstances").unwrap().takes_client_token());
    /// assert!(!catalog::action("vod", "DescribeMediaInfos").unwrap().takes_client_token());
    /// ```
    pub fn takes_client_token(&self) -> bool {
        self.raw().flags & action_flags::CLIENT_TOKEN != 0
    }

    /// The default request-rate limit the SDK documents for the action, in requests per
    /// second (the SDKs' "默认接口请求频率限制：20次/秒"), where it documents one.
    ///
    /// ```
    /// use tencent_errors_core::catalog;
    /// let limited = catalog::actions("cvm").find_map(|a| a.rate_limit_per_second());
    /// assert!(limited.is_none_or(|rate| rate > 0));
    /// ```
    pub fn rate_limit_per_second(&self) -> Option<u32> {
        let rate = self.raw().rate_limit;
        (rate != NO_RATE_LIMIT).then_some(u32::from(rate))
    }

    /// Whether the action only reads, by its name: it starts with one of the verbs
    /// [`READ_ONLY_VERBS`] lists followed by an upper-case letter (`DescribeInstances`,
    /// `GetFederationToken`, `InquiryPriceRunInstances`). Such a call changes nothing, so it
    /// is safe to repeat whatever happened to the first attempt. The rule is Tencent's naming
    /// convention, not a promise each product keeps.
    ///
    /// ```
    /// use tencent_errors_core::catalog;
    /// assert!(catalog::action("cvm", "DescribeInstances").unwrap().is_read_only());
    /// assert!(!catalog::action("cvm", "RunInstances").unwrap().is_read_only());
    /// ```
    pub fn is_read_only(&self) -> bool {
        is_read_only_name(self.name())
    }

    /// The catalog entries of the codes the action may return, in code order. Each is the
    /// entry [`catalog::lookup_in`](crate::catalog::lookup_in) gives for the action's product:
    /// the product's own entry, or the common entry for a common code the product does not
    /// word itself.
    ///
    /// ```
    /// use tencent_errors_core::{Code, catalog};
    ///
    /// let run_instances = catalog::action("cvm", "RunInstances").unwrap();
    /// assert_eq!(run_instances.codes().len(), 170);
    /// let codes: Vec<_> = catalog::action("vod", "DescribeMediaInfos").unwrap().codes().map(|e| e.code()).collect();
    /// assert!(codes.contains(&Code::Api3("InvalidParameterValue.FileIds")));
    /// assert!(codes.is_sorted());
    /// ```
    pub fn codes(&self) -> impl ExactSizeIterator<Item = Entry> + DoubleEndedIterator + Clone + 'static {
        self.range().map(|i| Entry::from_id(tables::action_code(i)))
    }

    /// Whether the action may return `code` (as documented for the action's product).
    ///
    /// ```
    /// use tencent_errors_core::{Code, catalog};
    /// let action = catalog::action("vod", "DescribeMediaInfos").unwrap();
    /// assert!(action.contains(Code::Api3("InvalidParameterValue.FileIds")));
    /// assert!(!action.contains(Code::Api3("NoSuchCode")));
    /// assert!(!action.contains(Code::Legacy(4100)));
    /// ```
    pub fn contains(&self, code: Code<'_>) -> bool {
        super::lookup_in(self.product(), code).is_some_and(|entry| self.contains_entry(entry.id()))
    }

    /// Whether the action's codes include entry `index` (its codes ascend).
    fn contains_entry(&self, index: EntryId) -> bool {
        let range = self.range();
        let (mut low, mut high) = (range.start, range.end);
        while low < high {
            let mid = low + (high - low) / 2;
            match tables::action_code(mid).cmp(&index) {
                core::cmp::Ordering::Less => low = mid + 1,
                core::cmp::Ordering::Greater => high = mid,
                core::cmp::Ordering::Equal => return true,
            }
        }
        false
    }

    fn range(&self) -> Range<usize> {
        let raw = self.raw();
        let start = raw.start as usize;
        start..start + usize::from(raw.len)
    }

    fn raw(&self) -> ActionRecord {
        tables::action(self.index as usize)
    }
}

impl fmt::Debug for Action {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Action")
            .field("product", &self.product())
            .field("name", &self.name())
            .field("codes", &self.raw().len)
            .finish()
    }
}

/// The verbs that begin the names of read-only actions; see [`Action::is_read_only`].
pub const READ_ONLY_VERBS: &[&str] = &[
    "Describe",
    "BatchDescribe",
    "Get",
    "List",
    "Query",
    "Inquiry",
    "Inquire",
    "Search",
    "Check",
    "Preview",
    "Fetch",
    "View",
];

/// Whether an action name begins with a read-only verb, as a word of its own.
fn is_read_only_name(name: &str) -> bool {
    READ_ONLY_VERBS.iter().any(|verb| {
        name.strip_prefix(verb)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with(|c: char| c.is_ascii_uppercase()))
    })
}

/// The index of `product` in `PRODUCTS`.
fn product_index(product: &str) -> Option<u16> {
    let index = PRODUCTS.binary_search_by(|&id| tables::string(id).cmp(product)).ok()?;
    u16::try_from(index).ok()
}

/// The positions in `ACTIONS` of product `index`'s actions, which are in name order.
fn of_product(index: Option<u16>) -> Range<usize> {
    let Some(index) = index else { return 0..0 };
    let start = partition_point(0..tables::action_count(), |raw| raw.product < index);
    let end = partition_point(start..tables::action_count(), |raw| raw.product == index);
    start..end
}

/// The first position of `range` whose action fails `before`, which holds for a prefix.
fn partition_point(range: Range<usize>, before: impl Fn(&ActionRecord) -> bool) -> usize {
    let (mut low, mut high) = (range.start, range.end);
    while low < high {
        let mid = low + (high - low) / 2;
        if before(&tables::action(mid)) {
            low = mid + 1;
        } else {
            high = mid;
        }
    }
    low
}

fn at(i: usize) -> Action {
    // The generator writes fewer than 4 billion actions (their runs are indexed by `u32`).
    Action { index: i as u32 }
}

/// The action `name` of `product` (both exact and case-sensitive, like Tencent's names).
///
/// ```
/// use tencent_errors_core::catalog;
///
/// let action = catalog::action("vod", "DescribeMediaInfos").unwrap();
/// assert_eq!(action.codes().len(), 10);
/// assert!(catalog::action("vod", "describemediainfos").is_none());
/// assert!(catalog::action("no-such-product", "DescribeMediaInfos").is_none());
/// ```
pub fn action(product: &str, name: &str) -> Option<Action> {
    let actions = of_product(product_index(product));
    let found = partition_point(actions.clone(), |raw| tables::action_name(raw.name) < name);
    (found < actions.end && tables::action_name(tables::action(found).name) == name).then(|| at(found))
}

/// Every action of `product` that documents error codes, in name order; none for a product
/// the catalog does not know.
///
/// ```
/// use tencent_errors_core::catalog;
///
/// assert!(catalog::actions("vod").any(|a| a.name() == "DescribeMediaInfos"));
/// assert!(catalog::actions("vod").map(|a| a.name()).is_sorted());
/// assert_eq!(catalog::actions("no-such-product").count(), 0);
/// ```
pub fn actions(product: &str) -> impl ExactSizeIterator<Item = Action> + DoubleEndedIterator + Clone + 'static {
    of_product(product_index(product)).map(at)
}

/// The actions of `product` that may return `code`: those listing the entry
/// [`lookup_in(product, code)`](crate::catalog::lookup_in) returns, common codes included.
///
/// ```
/// use tencent_errors_core::{Code, catalog};
///
/// let actions: Vec<_> = catalog::actions_returning("vod", Code::Api3("InvalidParameterValue.FileIds"))
///     .map(|a| a.name())
///     .collect();
/// assert!(actions.contains(&"DescribeMediaInfos"));
/// // A common code: the actions of vod that list it.
/// assert!(catalog::actions_returning("vod", Code::Api3("UnauthorizedOperation")).count() > 0);
/// assert_eq!(catalog::actions_returning("vod", Code::Api3("NoSuchCode")).count(), 0);
/// ```
pub fn actions_returning(product: &str, code: Code<'_>) -> impl Iterator<Item = Action> + Clone + 'static {
    let entry = super::lookup_in(product, code);
    let actions = if entry.is_some() { of_product(product_index(product)) } else { 0..0 };
    listing(actions, entry.map_or(0, Entry::id))
}

/// The actions of an entry's own product that list it; see [`Entry::actions`].
pub(super) fn of_entry(product: Option<u16>, entry: Entry) -> impl Iterator<Item = Action> + Clone + 'static {
    listing(of_product(product), entry.id())
}

fn listing(actions: Range<usize>, entry: EntryId) -> impl Iterator<Item = Action> + Clone + 'static {
    actions.map(at).filter(move |action| action.contains_entry(entry))
}

/// Actions of `product` whose names are close to `name`, best first, at most `limit`: the
/// exact name, a case-insensitive match, then names within a small edit distance (optimal
/// string alignment, ignoring ASCII case: at most 2, or a fifth of the name's length when
/// that is more). Ties go in name order. None for an unknown product.
///
/// ```
/// use tencent_errors_core::catalog;
///
/// let found = catalog::suggest_actions("vod", "describemediainfos", 3);
/// assert_eq!(found[0].name(), "DescribeMediaInfos");
/// let found = catalog::suggest_actions("cvm", "RunInstance", 3);
/// assert_eq!(found[0].name(), "RunInstances");
/// assert!(catalog::suggest_actions("no-such-product", "RunInstances", 3).is_empty());
/// ```
pub fn suggest_actions(product: &str, name: &str, limit: usize) -> Vec<Action> {
    use super::suggest::{EXACT, Query, SAME_ERROR};
    let query = Query::new(name.trim());
    // Keys of (score, action index), see `rank`.
    let mut ranked: Vec<u64> = actions(product)
        .filter_map(|action| {
            let candidate = action.name();
            let score = if candidate == query.text() {
                EXACT
            } else if candidate.eq_ignore_ascii_case(query.text()) {
                SAME_ERROR
            } else {
                query.spelling_score(candidate)?
            };
            Some(super::rank::key(score, action.index as usize))
        })
        .collect();
    // Actions are indexed in (product, name) order, so ties go in name order.
    super::rank::sort(&mut ranked);
    ranked.truncate(limit);
    ranked.into_iter().map(|key| at(super::rank::low(key))).collect()
}
