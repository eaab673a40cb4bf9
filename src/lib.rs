//! Typed, compile-time checked Tencent Cloud error codes.
#![forbid(unsafe_code)]
#![deny(missing_docs)]

pub use tencent_errors_core::*;
