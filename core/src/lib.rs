//! The Tencent Cloud error-code catalog and the run-time types of
//! [`tencent-errors`](https://docs.rs/tencent-errors).
//!
//! Most users depend on the `tencent-errors` facade instead, which re-exports everything
//! here together with `#[derive(TencentError)]` and `tc_code!`.
//!
//! ```
//! use tencent_errors_core::{Code, Lang, catalog};
//!
//! let entry = catalog::lookup(Code::Api3("AuthFailure.SignatureFailure")).unwrap();
//! assert!(entry.message(Lang::En).starts_with("Signature error"));
//! ```
//!
//! # Features
//!
//! * `std` (default): links the standard library. Without it the crate is `#![no_std]` and
//!   needs only `alloc`; everything but `json` works there, the catalog and its suggestions
//!   included.
//! * `json` (default, implies `std` and `serde`): `ApiError::from_body` and `to_body`, with
//!   serde_json.
//! * `serde`: `Serialize` and `Deserialize` for [`Code`] and [`ApiError`], in Tencent's wire
//!   formats; no serde_json needed.
//! * `xml` (implies `json`): `ApiError::from_body` also reads COS's XML error bodies
//!   ([`Code::Cos`]), with quick-xml.
//! * `http` (implies `json`): `ApiError::from_http_response` for the `http` crate's
//!   `Response`.
//!
//! # Minimum supported Rust version
//!
//! Rust 1.85, with every feature; CI builds the crate with a real Rust 1.85. The MSRV is
//! raised only in a minor release, never a patch release (while the crate is 0.x, that is
//! 0.1 → 0.2), and only to a Rust version released at least six months before.
#![cfg_attr(not(feature = "std"), no_std)]
#![forbid(unsafe_code)]
#![deny(missing_docs)]

extern crate alloc;

mod api_error;
pub mod catalog;
mod code;
mod lang;
mod module_code;
mod parse_error;
mod retry;
pub mod retry_policy;
#[cfg(feature = "serde")]
mod serde_impls;
mod tencent_error;
#[cfg(feature = "serde")]
mod wire;
#[cfg(feature = "xml")]
mod xml;

#[doc(hidden)]
#[path = "private.rs"]
pub mod __private;

pub use api_error::ApiError;
pub use catalog::{Alternate, Entry, Family};
pub use code::Code;
pub use lang::Lang;
pub use parse_error::{ParseError, ParseErrorKind};
pub use retry::{Retry, UnknownRetry};
pub use tencent_error::{TencentError, find};
