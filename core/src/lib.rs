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
#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod api_error;
pub mod catalog;
mod code;
mod entry;
mod lang;
mod module_code;
mod parse_error;
mod retry;
#[cfg(feature = "serde")]
mod serde_impls;
mod tencent_error;
#[cfg(feature = "serde")]
mod wire;

#[doc(hidden)]
#[path = "private.rs"]
pub mod __private;

pub use api_error::ApiError;
pub use code::Code;
pub use entry::{Alternate, Entry, Family};
pub use lang::Lang;
pub use parse_error::{ParseError, ParseErrorKind};
pub use retry::Retry;
pub use tencent_error::TencentError;
