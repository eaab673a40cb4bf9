//! [`Retry`]: whether a failed call is worth repeating, grounded in Tencent's own SDKs.
//!
//! The class depends on the code alone, never on catalog text, so derived error types can
//! classify without linking a catalog table.

/// How a caller should treat an error when deciding whether to send the request again.
///
/// The classes follow Tencent Cloud's official SDKs and documents; [`Retry::of_code`] holds
/// every rule:
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
/// assert_eq!(Retry::of_code(Code::Api3("RequestLimitExceeded")), Retry::Throttling);
/// assert_eq!(Retry::of_code(Code::Api3("InternalError.DbError")), Retry::Transient);
/// assert_eq!(Retry::of_code(Code::Legacy(6000)), Retry::Transient);
/// assert!(!Retry::of_code(Code::Api3("AuthFailure.SignatureFailure")).is_retryable());
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
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

impl Retry {
    /// Classifies a code by the rules in the type's documentation. It needs no catalog
    /// table, so derived error types can call it without linking one.
    ///
    /// ```
    /// use tencent_errors_core::{Code, Retry};
    /// assert_eq!(Retry::of_code(Code::Legacy(-513)), Retry::Transient);
    /// assert_eq!(Retry::of_code(Code::Api3("RequestLimitExceeded.JobNumExceed")), Retry::Never);
    /// ```
    pub fn of_code(code: crate::Code<'_>) -> Retry {
        match code {
            crate::Code::Legacy(n) => Self::of_legacy(n),
            crate::Code::Api3(s) => Self::of_api3(s),
        }
    }

    /// Classifies an API 3.0 code string.
    ///
    /// ```
    /// use tencent_errors_core::Retry;
    /// assert_eq!(Retry::of_api3("ServiceUnavailable"), Retry::Transient);
    /// ```
    pub fn of_api3(code: &str) -> Retry {
        if THROTTLING.contains(&code) {
            Retry::Throttling
        } else if TRANSIENT.contains(&code) || code.starts_with("InternalError.") {
            Retry::Transient
        } else {
            Retry::Never
        }
    }

    /// Classifies a legacy integer code.
    ///
    /// ```
    /// use tencent_errors_core::Retry;
    /// assert_eq!(Retry::of_legacy(6200), Retry::Transient);
    /// assert_eq!(Retry::of_legacy(4100), Retry::Never);
    /// ```
    pub fn of_legacy(code: i32) -> Retry {
        if TRANSIENT_LEGACY.contains(&code) { Retry::Transient } else { Retry::Never }
    }

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

    /// The lower-case name used by `tcerr list --json`: `throttling`, `transient`, `never`.
    ///
    /// ```
    /// use tencent_errors_core::Retry;
    /// assert_eq!(Retry::Transient.as_str(), "transient");
    /// ```
    pub const fn as_str(self) -> &'static str {
        match self {
            Retry::Throttling => "throttling",
            Retry::Transient => "transient",
            Retry::Never => "never",
        }
    }
}
