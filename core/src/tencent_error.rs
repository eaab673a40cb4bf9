//! [`TencentError`]: the trait every Tencent Cloud error type implements, and [`find`], which
//! looks for one in an error's chain.

use core::error::Error;

use crate::{ApiError, Code, Entry, Retry, catalog};

/// An error that carries a Tencent Cloud error code.
///
/// [`ApiError`] implements it, and so does every type with `#[derive(TencentError)]`. Only
/// [`code`](TencentError::code) is required; the other methods have defaults derived from it
/// and from [`api_error`](TencentError::api_error), the error response the value holds, if
/// any (the way AWS's `ProvideErrorMetadata` builds on `meta()`).
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
/// assert_eq!(Throttled.request_id(), None);
/// ```
pub trait TencentError: Error {
    /// The Tencent Cloud error code.
    fn code(&self) -> Code<'_>;

    /// The error response this value holds, if it holds one: the server's own message and
    /// request id. A derived type's variants that keep an `ApiError` field return it; unit
    /// variants return `None`.
    fn api_error(&self) -> Option<&ApiError> {
        None
    }

    /// The message the server sent, from [`api_error`](TencentError::api_error).
    fn message(&self) -> Option<&str> {
        self.api_error().map(ApiError::message)
    }

    /// The id Tencent Cloud gave the failed request, from
    /// [`api_error`](TencentError::api_error).
    fn request_id(&self) -> Option<&str> {
        self.api_error().and_then(ApiError::request_id)
    }

    /// The catalog entry of [`code`](TencentError::code), as [`catalog::lookup`] finds it.
    fn entry(&self) -> Option<Entry> {
        catalog::lookup(self.code())
    }

    /// Whether and how to retry; see [`Retry`] for the rules.
    fn retry(&self) -> Retry {
        self.code().retry()
    }

    /// Whether the call may be sent again whatever it does: `self.retry().is_retryable()`,
    /// true for throttling and busy states. A server or network failure may have taken
    /// effect, so it is not retryable here: see [`Retry::is_retryable_when`].
    fn is_retryable(&self) -> bool {
        self.retry().is_retryable()
    }
}

/// The first error of type `E` in `error`'s chain: `error` itself, then each
/// [`source`](Error::source) in turn.
///
/// Use it where errors arrive wrapped: behind `Box<dyn Error>`, `anyhow::Error` (pass
/// `&*error`, or `error.as_ref()`), or another crate's error type that names its cause as
/// `source`. `find::<ApiError>` finds the response inside a derived error whose variant shows a
/// message of its own; a variant that shows the `ApiError`'s message keeps it out of the chain
/// (so that reports do not print it twice), so ask for your derived type itself to be sure.
///
/// ```
/// use std::error::Error;
/// use std::fmt;
/// use tencent_errors_core::{ApiError, Code, Retry, TencentError, find};
///
/// /// An application error that wraps the API's.
/// #[derive(Debug)]
/// struct SyncFailed(ApiError);
/// impl fmt::Display for SyncFailed {
///     fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
///         f.write_str("sync failed")
///     }
/// }
/// impl Error for SyncFailed {
///     fn source(&self) -> Option<&(dyn Error + 'static)> {
///         Some(&self.0)
///     }
/// }
///
/// let error: Box<dyn Error + Send + Sync> =
///     Box::new(SyncFailed(ApiError::new(Code::Api3("RequestLimitExceeded"), "slow down")));
/// let api = find::<ApiError>(&*error).unwrap();
/// assert_eq!(api.retry(), Retry::Throttling);
/// assert!(find::<SyncFailed>(&*error).is_some());
/// ```
pub fn find<'a, E: Error + 'static>(error: &'a (dyn Error + 'static)) -> Option<&'a E> {
    let mut next = Some(error);
    // A chain is finite unless some `source` is cyclic; the bound keeps such a bug from
    // hanging the caller.
    for _ in 0..1024 {
        let current = next?;
        if let Some(found) = current.downcast_ref::<E>() {
            return Some(found);
        }
        next = current.source();
    }
    None
}
