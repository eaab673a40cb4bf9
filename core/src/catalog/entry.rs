//! [`Entry`]: one documented error code, and [`Family`], where it comes from.

use alloc::format;
use alloc::string::String;
use core::fmt;

use super::layout::{self, AlternateRecord, DetailsRecord, EntryRecord};
use super::tables::{self, EntryId};
use crate::{Code, Lang, Retry};

/// Where an error code is documented.
///
/// ```
/// use tencent_errors_core::{Code, Family, catalog};
/// assert_eq!(catalog::lookup(Code::Legacy(4100)).unwrap().family(), Family::Access);
/// assert_eq!(catalog::lookup(Code::Legacy(-514)).unwrap().family(), Family::Module);
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
#[non_exhaustive]
#[repr(u8)]
pub enum Family {
    /// API 2.0 access-layer codes, 4000 to 6200, shared by every product.
    Access,
    /// API 2.0 video-cloud (LVB/VOD) codes, 1000 to 20500.
    Video,
    /// Cloud Monitor module codes, carried as `(-514)` inside an API 2.0 message.
    Module,
    /// API 3.0 common codes, which every product may return.
    Common,
    /// API 3.0 business codes of one product.
    Product,
    /// Codes that Tencent's SDKs raise themselves, never a server (`ClientError.NetworkError`,
    /// `ClientError.HttpStatusCodeError`): a failure with no Tencent Cloud error response.
    Client,
    /// COS (Cloud Object Storage) codes, from its XML error bodies (`NoSuchBucket`,
    /// `SlowDown`): [`Code::Cos`] codes, product `"cos"`, each with its HTTP status
    /// ([`Entry::http_status`]). They are not API 3.0 codes, even where the spelling is the
    /// same (`InternalError`): only a `Code::Cos` finds them.
    Cos,
}

/// Where a product's documentation id leads (`core/data/product-docs.tsv`).
pub(crate) const PRODUCT_DOCS_BASE: &str = "https://cloud.tencent.com/document/product/";

/// Tencent's page of the API 3.0 common error codes.
const COMMON_CODES_PAGE: &str = "https://cloud.tencent.com/document/product/213/30435";

/// COS's error-code page, the source of the COS family (`core/data/SOURCES.md`).
const COS_CODES_PAGE: &str = "https://cloud.tencent.com/document/product/436/7730";

/// The family's lower-case name: `access`, `video`, `module`, `common`, `product`, `client`
/// or `cos`.
///
/// ```
/// use tencent_errors_core::Family;
/// assert_eq!(Family::Common.to_string(), "common");
/// ```
impl fmt::Display for Family {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Family::Access => "access",
            Family::Video => "video",
            Family::Module => "module",
            Family::Common => "common",
            Family::Product => "product",
            Family::Client => "client",
            Family::Cos => "cos",
        })
    }
}

impl Family {
    /// The family of an entry record's `family` byte.
    fn from_byte(byte: u8) -> Family {
        match byte {
            layout::family::ACCESS => Family::Access,
            layout::family::VIDEO => Family::Video,
            layout::family::MODULE => Family::Module,
            layout::family::COMMON => Family::Common,
            layout::family::CLIENT => Family::Client,
            layout::family::COS => Family::Cos,
            _ => Family::Product,
        }
    }

    /// Whether codes of this family are API 2.0 integers.
    ///
    /// ```
    /// use tencent_errors_core::Family;
    /// assert!(Family::Video.is_legacy());
    /// assert!(!Family::Product.is_legacy());
    /// ```
    pub const fn is_legacy(self) -> bool {
        matches!(self, Family::Access | Family::Video | Family::Module)
    }
}

/// One documented Tencent Cloud error code: its texts in English and Chinese and what it
/// means for a caller.
///
/// An `Entry` is a small `Copy` handle into the catalog's tables; get one from
/// [`catalog::lookup`](crate::catalog::lookup), [`catalog::lookup_in`](crate::catalog::lookup_in)
/// or [`catalog::iter`](crate::catalog::iter). Entries compare, order and hash by their place
/// in the catalog: legacy codes in numeric order, then API 3.0 codes in code order, and for
/// one code the common entry before the products' in name order, then COS codes in code
/// order.
///
/// ```
/// use tencent_errors_core::{Code, Family, Lang, Retry, catalog};
///
/// let entry = catalog::lookup_in("vod", Code::Api3("ResourceNotFound.FileNotExist")).unwrap();
/// assert_eq!(entry.family(), Family::Product);
/// assert_eq!(entry.product(), Some("vod"));
/// assert_eq!(entry.message(Lang::En), "Resource does not exist: The file does not exist.");
/// assert_eq!(entry.retry(), Retry::Never);
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Entry {
    /// The entry's position in the tables; its fields are read from its record there.
    id: EntryId,
}

/// Shows what the entry is rather than where it is stored.
impl fmt::Debug for Entry {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Entry")
            .field("code", &self.code())
            .field("family", &self.family())
            .field("product", &self.product())
            .finish()
    }
}

impl Entry {
    /// The entry with id `id`, which the tables gave.
    pub(crate) const fn from_id(id: EntryId) -> Entry {
        Entry { id }
    }

    /// The entry's position in the tables.
    pub(crate) const fn id(self) -> EntryId {
        self.id
    }

    fn raw(self) -> EntryRecord {
        tables::entry(self.id)
    }

    /// The error code.
    ///
    /// ```
    /// use tencent_errors_core::{Code, catalog};
    /// let entry = catalog::lookup(Code::Legacy(-514)).unwrap();
    /// assert_eq!(entry.code(), Code::Legacy(-514));
    /// let cos = catalog::lookup(Code::Cos("NoSuchBucket")).unwrap();
    /// assert_eq!(cos.code(), Code::Cos("NoSuchBucket"));
    /// ```
    pub fn code(self) -> Code<'static> {
        let raw = self.raw();
        if layout::family::is_legacy(raw.family) {
            Code::Legacy(raw.code as i32)
        } else if raw.family == layout::family::COS {
            Code::Cos(tables::string(raw.code))
        } else {
            Code::Api3(tables::string(raw.code))
        }
    }

    /// The HTTP status a response with this code has, where the catalog's source documents
    /// one: COS codes (`NoSuchBucket` is 404). `None` for the other families, whose codes
    /// Tencent documents without a status.
    ///
    /// COS's page lists one code, `InvalidObjectState`, under two statuses (403 and 409):
    /// this is the first listed, and [`http_statuses`](Entry::http_statuses) gives both.
    ///
    /// ```
    /// use tencent_errors_core::{Code, catalog};
    ///
    /// assert_eq!(catalog::lookup(Code::Cos("NoSuchBucket")).unwrap().http_status(), Some(404));
    /// assert_eq!(catalog::lookup(Code::Api3("InternalError")).unwrap().http_status(), None);
    /// ```
    pub fn http_status(self) -> Option<u16> {
        self.http_statuses().next()
    }

    /// Every HTTP status the catalog's source documents for this code, in its order: one for
    /// every COS code but `InvalidObjectState`, none for other families.
    ///
    /// ```
    /// use tencent_errors_core::{Code, catalog};
    ///
    /// let entry = catalog::lookup(Code::Cos("InvalidObjectState")).unwrap();
    /// assert_eq!(entry.http_statuses().collect::<Vec<_>>(), [403, 409]);
    /// ```
    pub fn http_statuses(self) -> impl Iterator<Item = u16> + Clone + 'static {
        let details = self.details();
        let statuses = details.map_or([layout::NO_HTTP_STATUS; 2], |d| [d.http_status, d.http_status_also]);
        statuses.into_iter().filter(|&status| status != layout::NO_HTTP_STATUS)
    }

    /// Where the code is documented.
    ///
    /// ```
    /// use tencent_errors_core::{Code, Family, catalog};
    /// let entry = catalog::lookup(Code::Api3("InternalError")).unwrap();
    /// assert_eq!(entry.family(), Family::Common);
    /// ```
    pub fn family(self) -> Family {
        Family::from_byte(self.raw().family)
    }

    /// The API 3.0 product (service) that documents the code: `"vod"`, `"cvm"`, ...;
    /// `"monitor"` for Cloud Monitor module codes; `"cos"` for COS codes; `None` for
    /// access-layer, video-cloud and common codes, which belong to no single product.
    ///
    /// ```
    /// use tencent_errors_core::{Code, catalog};
    /// assert_eq!(catalog::lookup(Code::Legacy(-514)).unwrap().product(), Some("monitor"));
    /// assert_eq!(catalog::lookup(Code::Legacy(4100)).unwrap().product(), None);
    /// ```
    pub fn product(self) -> Option<&'static str> {
        tables::product(usize::from(self.raw().product).checked_sub(1)?)
    }

    /// The message in `lang`, or in the other language when the catalog has none in `lang`.
    /// Empty only if Tencent documents the code in neither language.
    ///
    /// For API 2.0 codes this is the short "message" column of Tencent's tables; for API 3.0
    /// codes, whose documents have a single text, it is that text.
    ///
    /// ```
    /// use tencent_errors_core::{Code, Lang, catalog};
    /// // Seed documents give module codes in English only: Chinese falls back to it.
    /// let entry = catalog::lookup(Code::Legacy(-514)).unwrap();
    /// assert_eq!(entry.message(Lang::Zh), "Resource already exists");
    /// ```
    pub fn message(self, lang: Lang) -> &'static str {
        self.message_in(lang).or_else(|| self.message_in(lang.other())).unwrap_or("")
    }

    /// The message exactly as the catalog stores it in `lang`, without falling back;
    /// `None` where Tencent documents the code only in the other language.
    ///
    /// ```
    /// use tencent_errors_core::{Code, Lang, catalog};
    /// let entry = catalog::lookup(Code::Legacy(-514)).unwrap();
    /// assert_eq!(entry.message_in(Lang::Zh), None);
    /// assert_eq!(entry.message_in(Lang::En), Some("Resource already exists"));
    /// ```
    pub fn message_in(self, lang: Lang) -> Option<&'static str> {
        let id = match lang {
            Lang::En => self.raw().message_en,
            Lang::Zh => self.raw().message_zh,
        };
        tables::optional_string(id)
    }

    /// The longer description in `lang` (falling back to the other language), for codes
    /// whose documents have one: the API 2.0 access-layer codes.
    ///
    /// ```
    /// use tencent_errors_core::{Code, Lang, catalog};
    /// let entry = catalog::lookup(Code::Legacy(6200)).unwrap();
    /// assert_eq!(entry.description(Lang::En), Some("The API is being maintained. Try again later."));
    /// ```
    pub fn description(self, lang: Lang) -> Option<&'static str> {
        self.description_in(lang).or_else(|| self.description_in(lang.other()))
    }

    /// The description exactly as stored in `lang`, without falling back.
    ///
    /// ```
    /// use tencent_errors_core::{Code, Lang, catalog};
    /// let entry = catalog::lookup(Code::Legacy(4600)).unwrap();
    /// assert_eq!(entry.description_in(Lang::Zh), Some("协议不支持，请参考文档说明。"));
    /// ```
    pub fn description_in(self, lang: Lang) -> Option<&'static str> {
        let details = self.details()?;
        let id = match lang {
            Lang::En => details.description_en,
            Lang::Zh => details.description_zh,
        };
        tables::optional_string(id)
    }

    /// The API 3.0 code Tencent documents as equivalent to this legacy one (Cloud Monitor
    /// module codes: `-514` is `OperationDenied.SourceAlreadyExists`).
    ///
    /// ```
    /// use tencent_errors_core::{Code, catalog};
    /// let entry = catalog::lookup(Code::Legacy(-514)).unwrap();
    /// assert_eq!(entry.api3_equivalent(), Some("OperationDenied.SourceAlreadyExists"));
    /// ```
    pub fn api3_equivalent(self) -> Option<&'static str> {
        tables::optional_string(self.details()?.api3_equivalent)
    }

    /// Whether the newest SDK release the catalog was built from still lists this code for
    /// its product. A code that is no longer listed stays in the catalog, because older API
    /// versions and real servers still return it; [`last_listed`](Entry::last_listed) says
    /// where it was last seen.
    ///
    /// ```
    /// use tencent_errors_core::{Code, catalog};
    ///
    /// assert!(catalog::lookup(Code::Api3("InternalError")).unwrap().is_documented());
    /// let dropped = catalog::lookup_in("ga2", Code::Api3("InvalidParameter.ClientAffinityCLose")).unwrap();
    /// assert!(!dropped.is_documented());
    /// ```
    pub fn is_documented(self) -> bool {
        self.last_listed().is_none()
    }

    /// For a code the newest SDK release no longer lists, the last source that listed it, as
    /// named in `core/data/SOURCES.md` with its release (`"sdk-go v1.3.166"`).
    ///
    /// ```
    /// use tencent_errors_core::{Code, catalog};
    ///
    /// let dropped = catalog::lookup_in("ga2", Code::Api3("InvalidParameter.ClientAffinityCLose")).unwrap();
    /// assert_eq!(dropped.last_listed(), Some("sdk-go v1.3.166"));
    /// ```
    pub fn last_listed(self) -> Option<&'static str> {
        tables::optional_string(self.details()?.last_listed)
    }

    /// The other products that document this entry's code, in name order: for a product's
    /// entry, the products that document the same code too; for a common entry, the products
    /// that word the common code themselves. None for legacy codes, which are unique.
    ///
    /// ```
    /// use tencent_errors_core::{Code, catalog};
    ///
    /// let entry = catalog::lookup_in("cvm", Code::Api3("UnauthorizedOperation.PermissionDenied")).unwrap();
    /// assert!(entry.also_documented_by().any(|product| product == "bpaas"));
    /// assert!(entry.also_documented_by().all(|product| product != "cvm"));
    /// ```
    pub fn also_documented_by(self) -> impl Iterator<Item = &'static str> + Clone + 'static {
        let own = self.product();
        super::lookup_all(self.code()).filter_map(Entry::product).filter(move |&product| Some(product) != own)
    }

    /// Tencent's documentation page for the code: its product's documentation (for a product's
    /// code and a Cloud Monitor module code), the page of the API 3.0 common error codes, or
    /// COS's error-code page.
    /// `None` where the catalog's sources give no page (the API 2.0 access-layer and
    /// video-cloud codes, and a few products).
    ///
    /// ```
    /// use tencent_errors_core::{Code, catalog};
    ///
    /// let entry = catalog::lookup_in("vod", Code::Api3("ResourceNotFound.FileNotExist")).unwrap();
    /// assert_eq!(entry.doc_url().as_deref(), Some("https://cloud.tencent.com/document/product/266"));
    /// let common = catalog::lookup(Code::Api3("InternalError")).unwrap();
    /// assert_eq!(common.doc_url().as_deref(), Some("https://cloud.tencent.com/document/product/213/30435"));
    /// assert_eq!(catalog::lookup(Code::Legacy(4100)).unwrap().doc_url(), None);
    /// ```
    pub fn doc_url(self) -> Option<String> {
        let raw = self.raw();
        if raw.family == layout::family::COMMON {
            // The page `core/data/SOURCES.md` cites for the common codes (`common-codes`).
            return Some(COMMON_CODES_PAGE.into());
        }
        if raw.family == layout::family::COS {
            // The page `core/data/SOURCES.md` cites for `cos.tsv`.
            return Some(COS_CODES_PAGE.into());
        }
        let id = tables::product_doc(usize::from(raw.product).checked_sub(1)?)?;
        Some(format!("{PRODUCT_DOCS_BASE}{id}"))
    }

    /// Whether a request that failed with this code is worth retrying; see [`Retry`].
    ///
    /// ```
    /// use tencent_errors_core::{Code, Retry, catalog};
    /// let entry = catalog::lookup(Code::Legacy(-513)).unwrap();
    /// assert_eq!(entry.retry(), Retry::Transient);
    /// ```
    pub fn retry(self) -> Retry {
        self.code().retry()
    }

    /// Other English wordings of this code in Tencent's documents, which the catalog keeps
    /// beside the chosen one (for example seed documents that word the access-layer
    /// messages differently, or the SDK text that the VOD document's text replaced).
    ///
    /// ```
    /// use tencent_errors_core::{Code, catalog};
    /// let entry = catalog::lookup(Code::Legacy(5500)).unwrap();
    /// assert!(entry.alternates().any(|alt| alt.message() == "Identity verification failed"));
    /// ```
    pub fn alternates(self) -> impl Iterator<Item = Alternate> + 'static {
        tables::alternates(self.id).map(|raw| Alternate { raw })
    }

    /// The actions of the entry's product that may return its code, in name order.
    ///
    /// Empty for a common entry: it is shared by every product, so it has no product whose
    /// actions to search, and one product's actions listing a common code says nothing about
    /// another's. Use [`catalog::actions_returning`](crate::catalog::actions_returning) with
    /// the product for those. Empty for legacy (API 2.0) codes too, which no action lists.
    ///
    /// ```
    /// use tencent_errors_core::{Code, catalog};
    ///
    /// let entry = catalog::lookup_in("vod", Code::Api3("FailedOperation.InvalidVodUser")).unwrap();
    /// assert!(entry.actions().any(|a| a.name() == "DescribeMediaInfos"));
    /// assert!(entry.actions().all(|a| a.product() == "vod"));
    ///
    /// let common = catalog::lookup(Code::Api3("UnauthorizedOperation")).unwrap();
    /// assert_eq!(common.actions().count(), 0);
    /// assert!(catalog::actions_returning("vod", Code::Api3("UnauthorizedOperation")).count() > 0);
    /// ```
    pub fn actions(self) -> impl Iterator<Item = crate::catalog::Action> + Clone + 'static {
        let raw = self.raw();
        let product = match raw.family {
            layout::family::PRODUCT => raw.product.checked_sub(1),
            _ => None,
        };
        super::action::of_entry(product, self)
    }

    /// Whether both entries document the same code (texts are stored once, so comparing
    /// ids is enough, within one kind of code: a COS code and the API 3.0 code of its
    /// spelling share a text id).
    pub(crate) fn same_code(self, other: Entry) -> bool {
        let kind = |family: u8| (layout::family::is_legacy(family), family == layout::family::COS);
        let (mine, theirs) = (self.raw(), other.raw());
        mine.code == theirs.code && kind(mine.family) == kind(theirs.family)
    }

    fn details(self) -> Option<DetailsRecord> {
        tables::details(self.raw().details)
    }
}

/// Another documented English wording of an [`Entry`]; see [`Entry::alternates`].
///
/// ```
/// use tencent_errors_core::{Code, catalog};
/// let entry = catalog::lookup(Code::Legacy(4000)).unwrap();
/// for alt in entry.alternates() {
///     println!("{}: {} ({:?})", alt.source(), alt.message(), alt.description());
/// }
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Alternate {
    raw: AlternateRecord,
}

/// Shows the wording rather than where it is stored.
impl fmt::Debug for Alternate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Alternate")
            .field("source", &self.source())
            .field("message", &self.message())
            .field("description", &self.description())
            .finish()
    }
}

impl Alternate {
    /// The document that gives this wording, as named in `core/data/SOURCES.md`.
    ///
    /// ```
    /// # use tencent_errors_core::{Code, catalog};
    /// let alt = catalog::lookup(Code::Legacy(5500)).unwrap().alternates().next().unwrap();
    /// assert!(alt.source().starts_with("seed"));
    /// ```
    pub fn source(self) -> &'static str {
        tables::string(self.raw.source)
    }

    /// The alternative English message.
    ///
    /// ```
    /// # use tencent_errors_core::{Code, catalog};
    /// let alt = catalog::lookup(Code::Legacy(5500)).unwrap().alternates().next().unwrap();
    /// assert!(!alt.message().is_empty());
    /// ```
    pub fn message(self) -> &'static str {
        tables::string(self.raw.message)
    }

    /// The alternative English description, where the document has one.
    ///
    /// ```
    /// # use tencent_errors_core::{Code, catalog};
    /// let alt = catalog::lookup(Code::Legacy(5500)).unwrap().alternates().next().unwrap();
    /// assert!(alt.description().is_some());
    /// ```
    pub fn description(self) -> Option<&'static str> {
        tables::optional_string(self.raw.description)
    }
}
