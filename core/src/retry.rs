//! [`Retry`]: whether a failed call is worth repeating, grounded in Tencent's own SDKs.
//!
//! The class depends on the code alone, never on catalog text, so derived error types can
//! classify without linking a catalog table.

use core::fmt;

use crate::Code;

/// How a caller should treat an error when deciding whether to send the request again.
///
/// Get a code's class with [`Code::retry`] (or `Retry::from(code)`); an error's with
/// [`TencentError::retry`](crate::TencentError::retry). The classes follow Tencent Cloud's
/// official SDKs and documents:
///
/// * [`Throttling`](Retry::Throttling): the request was rate limited. The Go SDK's rate-limit
///   retryer repeats only `RequestLimitExceeded`; the Python SDK also repeats
///   `RequestLimitExceeded.UinLimitExceeded` and
///   `RequestLimitExceeded.GlobalRegionUinLimitExceeded`. Exactly these three codes are
///   throttling. Other `RequestLimitExceeded.*` codes (daily quotas, job counts, "repeat
///   request") are product limits no SDK retries, so they are [`Never`](Retry::Never).
/// * [`Transient`](Retry::Transient): the server failed and asks to try again later:
///   API 3.0 `InternalError` and every `InternalError.*` code, `ServiceUnavailable` and
///   `ResourceUnavailable` (the bare common codes only: product sub-codes such as
///   `ResourceUnavailable.InstanceIsolated` describe a lasting state), and the legacy codes
///   3000 ("Network error"), 6000 ("Internal error on the server ... Try again later") and
///   6200 ("API is unavailable temporarily ... Try again later"). A Cloud Monitor module code
///   takes the class of its API 3.0 equivalent (`-513` is `InternalError.DBoperationFail`).
/// * [`Never`](Retry::Never): everything else. Repeating the same request gives the same error.
///
/// ```
/// use tencent_errors_core::{Code, Retry};
/// assert_eq!(Code::Api3("RequestLimitExceeded").retry(), Retry::Throttling);
/// assert_eq!(Code::Api3("InternalError.DbError").retry(), Retry::Transient);
/// assert_eq!(Retry::from(Code::Legacy(6000)), Retry::Transient);
/// assert_eq!(Code::Legacy(-513).retry(), Retry::Transient);
/// assert_eq!(Code::Api3("RequestLimitExceeded.JobNumExceed").retry(), Retry::Never);
/// assert!(!Code::Api3("AuthFailure.SignatureFailure").retry().is_retryable());
/// ```
///
/// New classes may be added as Tencent's clients learn to tell more failures apart, so a
/// `match` on `Retry` needs a wildcard arm; [`is_retryable`](Retry::is_retryable) stays the
/// simple question.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
#[non_exhaustive]
pub enum Retry {
    /// Rate limited: retry after backing off.
    Throttling,
    /// A server-side failure that may pass: retry, with a bound.
    Transient,
    /// Retrying the same request will fail the same way.
    Never,
}

/// Throttling codes: the Go SDK's one plus the Python SDK's two.
const THROTTLING: [&str; 3] = [
    "RequestLimitExceeded",
    "RequestLimitExceeded.UinLimitExceeded",
    "RequestLimitExceeded.GlobalRegionUinLimitExceeded",
];

/// Bare common codes that mean "the service could not serve this now".
const TRANSIENT: [&str; 3] = ["InternalError", "ServiceUnavailable", "ResourceUnavailable"];

/// Legacy codes whose documented text says the server failed or asks to try again later.
const TRANSIENT_LEGACY: [i32; 4] = [3000, 6000, 6200, -513];

impl From<Code<'_>> for Retry {
    /// Classifies a code by the rules in the type's documentation; same as [`Code::retry`].
    fn from(code: Code<'_>) -> Retry {
        match code.normalized() {
            Code::Legacy(n) if TRANSIENT_LEGACY.contains(&n) => Retry::Transient,
            Code::Legacy(_) => Retry::Never,
            Code::Api3(s) if THROTTLING.contains(&s) => Retry::Throttling,
            Code::Api3(s) if TRANSIENT.contains(&s) || s.starts_with("InternalError.") => Retry::Transient,
            Code::Api3(_) => Retry::Never,
        }
    }
}

impl Retry {
    /// Whether a retry can succeed: true for [`Throttling`](Retry::Throttling) and
    /// [`Transient`](Retry::Transient).
    ///
    /// ```
    /// use tencent_errors_core::Retry;
    /// assert!(Retry::Throttling.is_retryable());
    /// assert!(!Retry::Never.is_retryable());
    /// ```
    pub const fn is_retryable(self) -> bool {
        !matches!(self, Retry::Never)
    }
}

/// The class's lower-case name: `throttling`, `transient` or `never`.
///
/// ```
/// use tencent_errors_core::Retry;
/// assert_eq!(Retry::Transient.to_string(), "transient");
/// ```
impl fmt::Display for Retry {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Retry::Throttling => "throttling",
            Retry::Transient => "transient",
            Retry::Never => "never",
        })
    }
}
