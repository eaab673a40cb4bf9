//! Typed, compile-time checked Tencent Cloud API error codes.
//!
//! Tencent Cloud answers a failed call with an error code: an API 3.0 string such as
//! `AuthFailure.SignatureFailure`, an API 2.0 integer such as `4100`, or, from COS (Cloud
//! Object Storage), a word in an XML body such as `NoSuchBucket`. A client that keeps
//! the code as a `String` compiles a typo like `"AuthFailure.SignatureFailur"` and never
//! matches it. This crate carries Tencent's whole error catalog (every documented code, in
//! English and Chinese) and checks each code you name against it while your crate compiles.
//!
//! # A first example
//!
//! Declare the errors you handle; parse a response body; match it.
//!
//! ```
//! use tencent_errors::{ApiError, Retry, TencentError, tc_code};
//!
//! #[derive(Debug, TencentError)]
//! #[tencent(product = "vod")] // also accept VOD's business codes
//! enum VodError {
//!     #[tencent(code = "AuthFailure.SignatureFailure", code = 4100)] // the first is primary
//!     BadSignature,
//!     #[tencent(code = "ResourceNotFound.FileNotExist")]
//!     FileNotFound(ApiError), // keeps the server's message and request id
//!     #[tencent(prefix = "RequestLimitExceeded")]
//!     Throttled { source: ApiError },
//!     #[tencent(other)] // everything else
//!     Other(ApiError),
//! }
//!
//! let body = br#"{"Response":{"Error":{"Code":"RequestLimitExceeded","Message":"Too many requests."},"RequestId":"ed93f3cb"}}"#;
//! let error = VodError::from(ApiError::from_body(body)?.expect("an error response"));
//! assert!(matches!(error, VodError::Throttled { .. }));
//! assert_eq!(error.retry(), Retry::Throttling);
//! assert_eq!(error.request_id(), Some("ed93f3cb"));
//! assert_eq!(error.code(), tc_code!("RequestLimitExceeded"));
//! # Ok::<(), tencent_errors::ParseError>(())
//! ```
//!
//! A mistyped code is a compile error on the literal, with the catalog's closest codes:
//!
//! ```text
//! error: unknown Tencent Cloud error code `AuthFailure.SignatureFailur`; did you mean `AuthFailure.SignatureFailure` ("Signature error. ...")?
//!  --> src/main.rs:6:22
//!   |
//! 6 |     #[tencent(code = "AuthFailure.SignatureFailur")]
//!   |                      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
//! ```
//!
//! # Naming errors
//!
//! * [`#[derive(TencentError)]`](derive@TencentError) on your own enum or struct: every code
//!   checked, `Display` from the catalog, `From<ApiError>`, retry advice. Scope it with
//!   `product = "..."` and, for the codes one API action documents, `action = "..."` (with
//!   `exhaustive`, the build lists the codes you have not handled).
//! * [`tc_code!`] for checked [`Code`] constants in `match` arms and `const` items.
//! * [`action_error!`] generates the whole enum of one API action from the catalog.
//!
//! Tencent's SDKs document, for every API action, the codes it may return (`cvm`
//! `RunInstances` lists 170). Check your enum against them, and let the build tell you what
//! you forgot:
//!
//! ```
//! use tencent_errors::{ApiError, TencentError, action_error};
//!
//! #[derive(Debug, TencentError)]
//! #[tencent(product = "vod", action = "DescribeMediaInfos", exhaustive)]
//! enum MediaInfoError {
//!     #[tencent(code = "FailedOperation.InvalidVodUser")]
//!     NotActivated,
//!     #[tencent(prefix = "InvalidParameterValue", prefix = "InvalidParameter")]
//!     BadRequest(ApiError),
//!     #[tencent(prefix = "FailedOperation", prefix = "InternalError", prefix = "UnauthorizedOperation")]
//!     Failed(ApiError),
//!     #[tencent(code = "ResourceNotFound.FileNotExist", unlisted)] // returned, not in the action's list
//!     NotFound(ApiError),
//!     #[tencent(other)]
//!     Other(ApiError),
//! }
//!
//! // Or generate one: a variant per documented code, each holding the `ApiError`.
//! action_error!(pub enum DescribeMediaInfosError = vod::DescribeMediaInfos);
//! ```
//!
//! A code the action does not document is an error (with "did you mean" among the action's
//! codes) unless the variant says `unlisted`: Tencent returns it, the catalog does not list it
//! there (the marker is itself an error on a code the catalog does list). Under `exhaustive`,
//! every documented code without a variant is an error too.
//!
//! # Parsing responses
//!
//! [`ApiError::from_body`] (feature `json`) reads Tencent's wire formats: API 3.0
//! (`{"Response":{"Error":{..},"RequestId":..}}`, and the bare `{"Error":{..}}` some SDKs
//! throw) and API 2.0 (`{"code":4100,"message":..}`, with a module code such as `(-514)` in the
//! message) and, with feature `xml`, the XML error bodies of COS (Cloud Object Storage),
//! `<Error><Code>NoSuchBucket</Code><Message>..</Message><Resource>..</Resource>..</Error>`,
//! whose codes are [`Code::Cos`] (never confused with an API 3.0 code of the same spelling,
//! such as `InternalError`) and whose `Resource` and `TraceId` are [`ApiError::resource`] and
//! [`ApiError::trace_id`]. A body whose first character after whitespace is `<` is XML. It
//! returns `Ok(None)` for a success, and a [`ParseError`] with line, column and field for
//! anything else; it never panics and stays bounded on hostile input (for XML: no DTD, only
//! the predefined entities and character references, nesting limited).
//! [`ApiError::to_body`] writes an error back, in the format it came in. [`ApiError::from_response`] reads a whole
//! response, so that a gateway's 502 page becomes `ClientError.HttpStatusCodeError` rather
//! than a parse error, and [`ApiError::network`] names a failure that got no response.
//!
//! # COS (Cloud Object Storage)
//!
//! COS's codes are not API 3.0 codes, even where they are spelled the same (`InternalError`
//! is both, with different meanings and retry classes): they are [`Code::Cos`], the catalog
//! has them as a family of their own ([`Family::Cos`], product `cos`, each with the HTTP
//! status COS documents: [`Entry::http_status`]), and `product = "cos"` makes a derived type's
//! (or a [`tc_code!`]'s) codes COS codes. A COS code without it is a compile error that says
//! COS defines it; an API 3.0 code with it is one too. A `prefix` is the start of a COS code
//! (`NoSuch`), as COS codes have no dots.
//!
//! ```
//! use tencent_errors::{ApiError, Code, Retry, TencentError, catalog, tc_code};
//!
//! #[derive(Debug, TencentError)]
//! #[tencent(product = "cos")]
//! enum CosError {
//!     #[tencent(code = "SlowDown")]
//!     SlowDown(ApiError),
//!     #[tencent(code = "InternalError")] // COS's, not API 3.0's
//!     Internal(ApiError),
//!     #[tencent(prefix = "NoSuch")] // NoSuchBucket, NoSuchKey, ...
//!     Missing(ApiError),
//!     #[tencent(other)]
//!     Other(ApiError),
//! }
//!
//! # #[cfg(feature = "xml")] {
//! let body = b"<?xml version='1.0' encoding='utf-8' ?>
//! <Error>
//!   <Code>NoSuchKey</Code>
//!   <Message>The specified key does not exist.</Message>
//!   <Resource>examplebucket-1250000000.cos.ap-beijing.myqcloud.com/a.txt</Resource>
//!   <RequestId>NjQ4NTc0ZjNfOGFhYzJhMDlfMjQ3ZV8xMmU0</RequestId>
//! </Error>";
//! let error = ApiError::from_body(body)?.expect("an error body"); // feature `xml`
//! assert_eq!(error.code(), Code::Cos("NoSuchKey"));
//! assert_eq!(error.resource(), Some("examplebucket-1250000000.cos.ap-beijing.myqcloud.com/a.txt"));
//! assert!(matches!(CosError::from(error), CosError::Missing(_)));
//! # }
//! let internal = CosError::from(ApiError::new(Code::Cos("InternalError"), "We encountered an internal error."));
//! assert!(matches!(internal, CosError::Internal(_)));
//! assert_eq!(internal.retry(), Retry::Transient);
//! assert_eq!(catalog::lookup(tc_code!("NoSuchBucket", product = "cos")).unwrap().http_status(), Some(404));
//! assert_ne!(tc_code!("InternalError", product = "cos"), tc_code!("InternalError"));
//! # Ok::<(), tencent_errors::ParseError>(())
//! ```
//!
//! # Retrying
//!
//! Every error has a [`Retry`] class (throttling, transient, never), grounded in Tencent's
//! own SDKs: [`TencentError::retry`], [`Code::retry`]. Errors that arrive wrapped (in
//! `Box<dyn Error>`, `anyhow::Error` or your own types) are found with [`find`]:
//!
//! ```
//! use tencent_errors::{ApiError, Code, find};
//!
//! let wrapped: Box<dyn std::error::Error + Send + Sync> =
//!     Box::new(ApiError::new(Code::Api3("RequestLimitExceeded"), "slow down"));
//! assert!(find::<ApiError>(&*wrapped).is_some_and(|error| error.is_retryable()));
//! ```
//!
//! [`retry::RetryPolicy`] turns the class into a decision for one call: exponential backoff
//! with jitter, an attempt limit, a deadline, a retry budget shared across calls, and
//! [`retry::run`] / [`retry::run_async`] loops that need no async runtime.
//!
//! # The catalog at run time
//!
//! [`catalog`] looks codes up ([`catalog::lookup`], [`catalog::lookup_in`] for a product's
//! own wording), suggests close ones ([`catalog::suggest`]) and knows each API action's codes
//! ([`catalog::action`]). An [`Entry`] gives the texts in both [`Lang`]uages, its
//! [`Family`], its documentation page, its HTTP status (COS codes) and whether the newest
//! SDK still lists it. A program
//! that never calls them links none of the catalog's tables: the derive inlines the texts it
//! needs.
//!
//! # Features
//!
//! | feature | default | what it adds |
//! |---|---|---|
//! | `json` | yes | [`ApiError::from_body`] and [`ApiError::to_body`], with serde_json. Off for derive-only use. |
//! | `std` | yes | links the standard library (`json` implies it). Without it the crate is `#![no_std]` and needs only `alloc`: the catalog, [`ApiError`], the derive and [`tc_code!`] all work. |
//! | `serde` | no | `Serialize`/`Deserialize` for [`Code`] and [`ApiError`] in Tencent's wire shapes, from any self-describing format, without `std`. |
//! | `miette` | no | derived types also implement `miette::Diagnostic`: the Tencent code, the catalog's description as help, its documentation page as URL. |
//! | `xml` | no | [`ApiError::from_body`] also reads COS's XML error bodies ([`Code::Cos`]), with quick-xml; implies `json`. |
//! | `http` | no | [`ApiError::from_http_response`] for the `http` crate's `Response` (what reqwest, hyper, axum and ureq share); implies `json`. |
//!
//! The lightest set-up for a crate that only declares and matches errors is
//! `tencent-errors = { version = "0.1", default-features = false }`.
//!
//! The `tcerr` command-line tool is the separate package `tencent-errors-cli`.
//!
//! # Minimum supported Rust version
//!
//! Rust 1.85, checked in CI with a real 1.85 toolchain. It is raised only in a minor release,
//! and only to a Rust released at least six months before.
#![cfg_attr(not(feature = "std"), no_std)]
#![forbid(unsafe_code)]
#![deny(missing_docs)]

// Listed by name: a new item of tencent-errors-core becomes this crate's API only when it is
// added here.
pub use tencent_errors_core::{
    Alternate, ApiError, Code, Entry, Family, Lang, ParseError, ParseErrorKind, Retry, TencentError, UnknownRetry,
    catalog, find,
};

pub mod retry;

/// Not public API: what the macros' generated code calls.
#[doc(hidden)]
pub use tencent_errors_core::__private;

/// The README's examples, compiled and run as doctests so that they stay true.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;

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
///   `product = "cos"` is different: the type's codes are then COS's XML error codes
///   ([`Code::Cos`]) and only those (no API 3.0 or legacy code, no other product); a string
///   `code` is a COS code, and a `prefix` matches the start of one (`NoSuch`).
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
/// * `retry = "busy"` (`throttling`, `busy`, `transient` or `never`): the [`Retry`] class
///   `retry()` reports for the variant, whatever its code's (for a client that knows better,
///   as Terraform's `additionRetryableError` does).
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
///   error. A variant whose primary code the catalog does not have (`unlisted`), or has
///   without a text in either language (some COS codes), shows its `display`, else the
///   server's message of the `ApiError` it holds, else (a unit variant) the code itself.
/// * `TencentError`: `code()`, `request_id()`, `retry()` (for a unit variant, what
///   [`Code::retry`] says of its primary code, catalogued or not). With feature `miette`, also
///   `miette::Diagnostic`, which has a `code()` of its own: where both traits are in scope,
///   call `TencentError::code(&error)`.
/// * With an `other` variant `From<ApiError>`, without one `TryFrom<ApiError>` giving the
///   unmatched error back. Matching order: exact code, then the module code of an API 2.0
///   message (`(-514) ...`), then the longest prefix, then the longest suffix, then `other`.
/// * `From<Self> for ApiError`: unit variants become their primary code with its catalog
///   message (with their `Display` text when the catalog has no text for the code); carried
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
/// // A server failure may have taken effect: retry only an idempotent call.
/// assert!(!MonitorError::Internal.is_retryable());
/// assert!(MonitorError::Internal.retry().is_retryable_when(true));
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
/// `product = "cos"` for a COS code (`tc_code!("NoSuchBucket", product = "cos")` is
/// `Code::Cos("NoSuchBucket")`),
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
