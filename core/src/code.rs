//! [`Code`]: one Tencent Cloud error code, legacy (API 2.0), API 3.0 or COS.

use alloc::boxed::Box;
use alloc::string::ToString;
use core::fmt;

use crate::Retry;

/// A Tencent Cloud error code.
///
/// API 2.0 ("legacy") responses carry an integer `code` (access-layer codes such as `4100`,
/// video-cloud codes such as `20301`, and Cloud Monitor module codes such as `-514`);
/// API 3.0 responses carry a dotted string (`AuthFailure.SignatureFailure`); COS (Cloud
/// Object Storage) answers with an XML body whose `<Code>` is a word without dots
/// (`NoSuchBucket`, `SlowDown`), a [`Code::Cos`].
///
/// `Code` borrows its text, so it is `Copy` and can be built in `const` items and matched in
/// patterns (that is what `tc_code!` expands to). That is also why it is not
/// `#[non_exhaustive]`: matching on it is its purpose, and a new kind of code will be a
/// breaking release.
///
/// # One code, one value
///
/// A decimal integer is a legacy code, never an API 3.0 one: `Code::Api3("4100")` is
/// `Code::Legacy(4100)` written the wrong way. Equality compares values as they are built
/// (it has to, for patterns), so every function that takes a `Code` first reads it through
/// [`Code::normalized`]: [`ApiError::new`](crate::ApiError::new), the catalog's lookups and
/// [`Code::retry`] treat both the same, and an `ApiError` always holds the normalized code.
/// [`Code::parse`] and `tc_code!` never build the unnormalized form.
///
/// ```
/// use tencent_errors_core::Code;
///
/// let code = Code::parse("AuthFailure.SignatureFailure");
/// assert_eq!(code, Code::Api3("AuthFailure.SignatureFailure"));
/// assert_eq!(Code::parse("4100"), Code::Legacy(4100));
/// assert_eq!(Code::Legacy(-514).to_string(), "-514");
/// assert_eq!(code.to_string(), "AuthFailure.SignatureFailure");
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
pub enum Code<'a> {
    /// An integer code of the API 2.0 access layer, the video cloud or a module (`-514`).
    Legacy(i32),
    /// A dotted string code of API 3.0 (`AuthFailure.SignatureFailure`).
    Api3(&'a str),
    /// A code of COS (Cloud Object Storage), from its XML error bodies (`NoSuchBucket`,
    /// `SlowDown`, `InternalError`).
    ///
    /// A variant of its own because COS and API 3.0 share spellings with different meanings:
    /// COS `InternalError` is not API 3.0 `InternalError` (a different catalog entry, and its
    /// own retry class), and `Code::Cos("InternalError") != Code::Api3("InternalError")`.
    ///
    /// * `Display` writes the bare code (`NoSuchBucket`), like [`Code::Api3`]; there is no
    ///   textual marker, so [`Code::parse`] never gives a `Cos` code, and
    ///   `Code::parse(&code.to_string())` is the `Api3` code of the same spelling.
    /// * serde (feature `serde`) writes it as a string, like `Api3`; a bare string cannot say
    ///   which it is, so `Deserialize` of a string gives `Api3` (or `Legacy`), never `Cos`.
    ///   COS codes come from COS bodies: `ApiError::from_body` (feature `xml`) or
    ///   [`ApiError`](crate::ApiError)s built with it.
    /// * [`normalized`](Code::normalized) leaves it unchanged (even `Code::Cos("4100")`).
    ///
    /// ```
    /// use tencent_errors_core::{Code, Retry};
    ///
    /// let code = Code::Cos("NoSuchBucket");
    /// assert_eq!(code.to_string(), "NoSuchBucket");
    /// assert_eq!(code.as_cos(), Some("NoSuchBucket"));
    /// assert_eq!(code.as_api3(), None);
    /// assert_ne!(Code::Cos("InternalError"), Code::Api3("InternalError"));
    /// assert_eq!(Code::parse("NoSuchBucket"), Code::Api3("NoSuchBucket"));
    /// assert_eq!(Code::Cos("SlowDown").retry(), Retry::Throttling);
    /// ```
    Cos(&'a str),
}

impl<'a> Code<'a> {
    /// Reads a code as it is written in text: an optionally signed decimal integer is a
    /// [`Code::Legacy`] code, anything else is an [`Code::Api3`] code. It never gives a
    /// [`Code::Cos`] code: COS codes have no textual marker, and come from COS bodies.
    ///
    /// This is the inverse of `Display` for legacy and API 3.0 codes:
    /// `Code::parse(&code.to_string()) == code`.
    ///
    /// ```
    /// use tencent_errors_core::Code;
    /// assert_eq!(Code::parse("-514"), Code::Legacy(-514));
    /// assert_eq!(Code::parse("InternalError"), Code::Api3("InternalError"));
    /// ```
    pub fn parse(text: &'a str) -> Self {
        match parse_legacy(text) {
            Some(n) => Code::Legacy(n),
            None => Code::Api3(text),
        }
    }

    /// The code with its one meaning: an [`Api3`](Code::Api3) text that [`Code::parse`] reads
    /// as an integer becomes that [`Legacy`](Code::Legacy) code; anything else is unchanged.
    ///
    /// ```
    /// use tencent_errors_core::Code;
    /// assert_eq!(Code::Api3("4100").normalized(), Code::Legacy(4100));
    /// assert_eq!(Code::Api3("007").normalized(), Code::Api3("007"));
    /// assert_eq!(Code::Legacy(-514).normalized(), Code::Legacy(-514));
    /// ```
    #[must_use]
    pub fn normalized(self) -> Self {
        match self {
            Code::Api3(text) => Code::parse(text),
            other => other,
        }
    }

    /// The API 3.0 code string, if this is one.
    ///
    /// ```
    /// use tencent_errors_core::Code;
    /// assert_eq!(Code::Api3("InternalError").as_api3(), Some("InternalError"));
    /// assert_eq!(Code::Legacy(4100).as_api3(), None);
    /// ```
    pub const fn as_api3(self) -> Option<&'a str> {
        match self {
            Code::Api3(s) => Some(s),
            Code::Legacy(_) | Code::Cos(_) => None,
        }
    }

    /// The COS code string, if this is one.
    ///
    /// ```
    /// use tencent_errors_core::Code;
    /// assert_eq!(Code::Cos("NoSuchKey").as_cos(), Some("NoSuchKey"));
    /// assert_eq!(Code::Api3("NoSuchKey").as_cos(), None);
    /// ```
    pub const fn as_cos(self) -> Option<&'a str> {
        match self {
            Code::Cos(s) => Some(s),
            Code::Legacy(_) | Code::Api3(_) => None,
        }
    }

    /// Whether and how to retry a request that failed with this code; see [`Retry`] for the
    /// rules. Needs no catalog table.
    ///
    /// ```
    /// use tencent_errors_core::{Code, Retry};
    /// assert_eq!(Code::Api3("RequestLimitExceeded").retry(), Retry::Throttling);
    /// assert_eq!(Code::Legacy(4100).retry(), Retry::Never);
    /// ```
    pub fn retry(self) -> Retry {
        Retry::from(self)
    }

    /// The legacy integer code, if this is one.
    ///
    /// ```
    /// use tencent_errors_core::Code;
    /// assert_eq!(Code::Legacy(4100).as_legacy(), Some(4100));
    /// assert_eq!(Code::Api3("InternalError").as_legacy(), None);
    /// ```
    pub const fn as_legacy(self) -> Option<i32> {
        match self {
            Code::Legacy(n) => Some(n),
            Code::Api3(_) | Code::Cos(_) => None,
        }
    }
}

/// Parses `text` as a legacy integer code only when `Display` would print it back the same
/// way, so that `"+5"` or `"007"` stay API 3.0 strings and the round trip is exact.
fn parse_legacy(text: &str) -> Option<i32> {
    let n: i32 = text.parse().ok()?;
    let canonical = (n.to_string() == text).then_some(n)?;
    Some(canonical)
}

impl fmt::Display for Code<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Code::Legacy(n) => fmt::Display::fmt(n, f),
            Code::Api3(s) | Code::Cos(s) => f.write_str(s),
        }
    }
}

impl From<i32> for Code<'_> {
    fn from(n: i32) -> Self {
        Code::Legacy(n)
    }
}

impl<'a> From<&'a str> for Code<'a> {
    /// Same as [`Code::parse`].
    fn from(text: &'a str) -> Self {
        Code::parse(text)
    }
}

/// [`Code`] without the borrow. 24 bytes: with two string variants the `Box<str>`'s niche
/// no longer holds the tag.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(crate) enum OwnedCode {
    Legacy(i32),
    Api3(Box<str>),
    Cos(Box<str>),
}

impl OwnedCode {
    /// Stores `code` [normalized](Code::normalized): one value per code, which `ApiError`'s
    /// wire round trip and `RetryPolicy`'s overrides rely on.
    pub(crate) fn new(code: Code<'_>) -> Self {
        match code.normalized() {
            Code::Legacy(code) => OwnedCode::Legacy(code),
            Code::Api3(text) => OwnedCode::Api3(text.into()),
            Code::Cos(text) => OwnedCode::Cos(text.into()),
        }
    }

    pub(crate) fn as_code(&self) -> Code<'_> {
        match self {
            OwnedCode::Legacy(code) => Code::Legacy(*code),
            OwnedCode::Api3(text) => Code::Api3(text),
            OwnedCode::Cos(text) => Code::Cos(text),
        }
    }
}
