#![doc = include_str!("../README.md")]
#![cfg_attr(not(feature = "std"), no_std)]
#![forbid(unsafe_code)]
#![deny(missing_docs)]

// Listed by name: a new item of tencent-errors-core becomes this crate's API only when it is
// added here.
pub use tencent_errors_core::{
    Alternate, ApiError, Code, Entry, Family, Lang, ParseError, ParseErrorKind, Retry, TencentError, catalog, find,
};

/// Not public API: what the macros' generated code calls.
#[doc(hidden)]
pub use tencent_errors_core::__private;

/// Not public API: the `miette` the derive's `Diagnostic` impls name.
#[cfg(feature = "miette")]
#[doc(hidden)]
pub use miette as __miette;

/// Derives `Display`, `std::error::Error`, [`TencentError`](trait@TencentError),
/// `From<ApiError>` (or `TryFrom<ApiError>`) and `From<Self> for ApiError`, with every code
/// checked against the catalog at compile time.
///
/// # Attributes
///
/// On the type:
/// * `product = "vod"` (repeatable): also accept that product's business codes. Without
///   it, only the API 3.0 common codes and the legacy (API 2.0) codes are accepted.
/// * `action = "DescribeMediaInfos"` (repeatable, with `product`): accept only the codes
///   these API actions document (Tencent's SDKs list them per action), plus common codes.
/// * `exhaustive` (with `action`): every documented code of the actions needs a variant,
///   exact or by `prefix`; the error lists the ones missing.
/// * `lang = "zh"`: the catalog language of `Display` (default `"en"`).
/// * `crate = "path"`: where `tencent_errors` is, for crates that re-export it.
///
/// On each variant (on a struct, beside the type's keys):
/// * `code = "AuthFailure.SignatureFailure"` or `code = 4100` (repeatable; the first is the
///   primary code, which `code()` returns and whose catalog message `Display` shows).
/// * `prefix = "RequestLimitExceeded"` (repeatable): that code and every
///   `RequestLimitExceeded.*` code. The longest matching prefix wins.
/// * `suffix = "NameInUse"` (repeatable): every code whose last segment ends with it
///   (`InvalidParameter.GroupNameInUse`, `FailedOperation.PolicyNameInUse`). The longest
///   matching suffix wins. Like a prefix, it must match some code in scope.
/// * `other`: every code no other variant matches; it must hold the `ApiError`.
/// * `unlisted`: Tencent returns this variant's codes, but the catalog does not list them
///   for the type: outside the declared actions' lists, outside the declared products, or in
///   no table at all (`#[tencent(code = "InvalidInstanceState.Terminating", unlisted)]`). It
///   is checked, not a blanket pass: a code must still be well formed (dot-separated
///   segments of ASCII letters, digits and `_`, or an integer), and `unlisted` on a code the
///   catalog does list for the type (or on one differing from such a code only in case) is
///   an error. A `prefix` or `suffix` always has to match catalogued codes.
/// * `display = "too many tags: {0}"`: a format string over the variant's fields.
///
/// A variant is a unit or holds one `ApiError` field (tuple or named), which keeps the
/// server's message and request id; `PhantomData` fields are allowed beside it.
///
/// # What it generates
///
/// * `Display`: the primary code's catalog message, inlined (no catalog table is linked).
///   With `product`, a code the product words itself shows the product's wording, as
///   `catalog::lookup_in` gives it (`vod`'s `MissingParameter` is "Parameters are missing.", the
///   common one "Parameter missing.");
///   `display` when given; a variant without a code (`other`, `prefix`, `suffix`) shows its
///   error. A variant whose primary code the catalog does not have (`unlisted`) shows its
///   `display`, else the server's message of the `ApiError` it holds, else (a unit variant)
///   the code itself.
/// * `TencentError`: `code()`, `request_id()`, `retry()` (for a unit variant, what
///   [`Code::retry`] says of its primary code, catalogued or not). With feature `miette`, also
///   `miette::Diagnostic`, which has a `code()` of its own: where both traits are in scope,
///   call `TencentError::code(&error)`.
/// * With an `other` variant `From<ApiError>`, without one `TryFrom<ApiError>` giving the
///   unmatched error back. Matching order: exact code, then the module code of an API 2.0
///   message (`(-514) ...`), then the longest prefix, then the longest suffix, then `other`.
/// * `From<Self> for ApiError`: unit variants become their primary code with its catalog
///   message (with their `Display` text when the catalog does not have the code); carried
///   errors come back unchanged.
///
/// ```
/// use tencent_errors::{ApiError, Code, TencentError};
///
/// #[derive(Debug, TencentError)]
/// enum MonitorError {
///     #[tencent(code = -514, display = "already exists: {0}")]
///     AlreadyExists(ApiError),
///     #[tencent(code = "InternalError")]
///     Internal,
/// }
///
/// let body = br#"{"code":4000,"message":"(-514) Resource already exists","codeDesc":"InvalidParameter"}"#;
/// let error = MonitorError::try_from(ApiError::from_body(body)?.unwrap()).unwrap();
/// assert!(matches!(error, MonitorError::AlreadyExists(_)));
/// assert_eq!(error.code(), Code::Legacy(-514));
///
/// let unmatched = ApiError::new(Code::Api3("InvalidParameter"), "bad");
/// assert_eq!(MonitorError::try_from(unmatched.clone()).unwrap_err(), unmatched);
///
/// let back: ApiError = MonitorError::Internal.into();
/// assert_eq!(back.code(), Code::Api3("InternalError"));
/// assert!(MonitorError::Internal.is_retryable());
/// # Ok::<(), tencent_errors::ParseError>(())
/// ```
#[doc(inline)]
pub use tencent_errors_macros::TencentError;

/// An error enum for one API action, generated from the catalog: one variant per code the
/// action documents (each holding the [`ApiError`], documented with the catalog message)
/// plus `Other`, with everything `#[derive(TencentError)]` gives. The enum is
/// `#[non_exhaustive]`, since Tencent adds codes.
///
/// Variant names are the code's segments in CamelCase (`FailedOperation.InvalidVodUser` is
/// `FailedOperationInvalidVodUser`); when two codes give the same name (they differ only in
/// case or in `.`/`_`), the later one in code order gets the smallest free suffix from 2.
/// Attributes before `enum` are kept (doc comments, derives); when this crate is re-exported,
/// `#[tencent(crate = "path::to::it")]` among them names it, as for the derive.
///
/// ```
/// use tencent_errors::{ApiError, Code, TencentError, action_error};
///
/// action_error!(pub enum DescribeMediaInfosError = vod::DescribeMediaInfos);
///
/// let error = DescribeMediaInfosError::from(ApiError::new(Code::Api3("FailedOperation.InvalidVodUser"), "no vod"));
/// assert!(matches!(error, DescribeMediaInfosError::FailedOperationInvalidVodUser(_)));
/// assert_eq!(error.to_string(), "VOD service is not enabled.");
/// let other = DescribeMediaInfosError::from(ApiError::new(Code::Api3("AuthFailure.SignatureFailure"), "sig"));
/// assert!(matches!(other, DescribeMediaInfosError::Other(_)));
/// ```
#[doc(inline)]
pub use tencent_errors_macros::action_error;

/// A [`Code`] constant checked against the catalog at compile time, usable as an
/// expression, in a `const` and as a pattern.
///
/// `tc_code!(4100)`, `tc_code!(-514)`, `tc_code!("AuthFailure.SignatureFailure")`; add
/// `product = "vod"` for a product's business codes (common and legacy codes need none),
/// `action = "..."` to check the code against the actions' lists, and `unlisted` for a code
/// Tencent returns but the catalog does not list there
/// (`tc_code!("InvalidInstanceState.Terminating", unlisted)`), checked as the derive's
/// `unlisted` is.
///
/// ```
/// use tencent_errors::{ApiError, Code, tc_code};
///
/// const NOT_FOUND: Code<'static> = tc_code!("ResourceNotFound.FileNotExist", product = "vod");
///
/// fn advice(error: &ApiError) -> &'static str {
///     match error.code() {
///         tc_code!("AuthFailure.SignatureFailure") | tc_code!(4100) => "check the secret key",
///         tc_code!(-514) => "it is already there",
///         NOT_FOUND => "upload it first",
///         _ => "see the message",
///     }
/// }
/// assert_eq!(advice(&ApiError::new(Code::Legacy(4100), "鉴权失败")), "check the secret key");
/// assert_eq!(tc_code!(-514), Code::Legacy(-514));
/// ```
#[doc(inline)]
pub use tencent_errors_macros::tc_code;
