//! [`TencentError`]: the trait every Tencent Cloud error type implements.

use crate::{Code, Entry, Retry, catalog};

/// An error that carries a Tencent Cloud error code.
///
/// [`ApiError`](crate::ApiError) implements it, and so does every type with
/// `#[derive(TencentError)]`. Only [`code`](TencentError::code) is required; the other
/// methods have defaults derived from it.
///
/// ```
/// use tencent_errors_core::{Code, Retry, TencentError};
///
/// #[derive(Debug)]
/// struct Throttled;
/// impl std::fmt::Display for Throttled {
///     fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
///         f.write_str("throttled")
///     }
/// }
/// impl std::error::Error for Throttled {}
/// impl TencentError for Throttled {
///     fn code(&self) -> Code<'_> {
///         Code::Api3("RequestLimitExceeded")
///     }
/// }
///
/// assert_eq!(Throttled.retry(), Retry::Throttling);
/// assert!(Throttled.is_retryable());
/// assert_eq!(Throttled.entry().unwrap().code(), Code::Api3("RequestLimitExceeded"));
/// ```
pub trait TencentError: core::error::Error {
    /// The Tencent Cloud error code.
    fn code(&self) -> Code<'_>;

    /// The catalog entry of [`code`](TencentError::code), as [`catalog::lookup`] finds it.
    fn entry(&self) -> Option<Entry> {
        catalog::lookup(self.code())
    }

    /// The id Tencent Cloud gave the failed request, when the error carries one.
    fn request_id(&self) -> Option<&str> {
        None
    }

    /// Whether and how to retry; see [`Retry`] for the rules.
    fn retry(&self) -> Retry {
        self.code().retry()
    }

    /// Shorthand for `self.retry().is_retryable()`.
    fn is_retryable(&self) -> bool {
        self.retry().is_retryable()
    }
}
