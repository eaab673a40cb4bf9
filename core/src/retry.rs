//! [`Retry`]: whether a failed call is worth repeating, and on what condition, grounded in
//! Tencent's own clients.
//!
//! The class depends on the code alone, never on catalog text, so derived error types and
//! `ApiError` classify without linking a catalog table: the per-code list is a small array
//! generated from `core/data/retry.tsv`, and the rest are rules on the code's name.

use core::fmt;

use crate::Code;

include!("catalog/generated/retry.rs");

/// How a caller should treat an error when deciding whether to send the request again.
///
/// Get a code's class with [`Code::retry`] (or `Retry::from(code)`), an error's with
/// [`TencentError::retry`](crate::TencentError::retry); a derived type's variant can set its
/// own with `#[tencent(retry = "busy")]`.
///
/// * [`Throttling`](Retry::Throttling): the request was rejected before it ran, for its rate.
///   Safe to send again after backing off, whatever the call does.
/// * [`Busy`](Retry::Busy): the resource is in a transitional state or locked by another
///   operation (`ResourceBusy`, `OperationDenied.InstanceOperationInProgress`). The request did
///   not run; send it again later, with a longer backoff and an overall deadline.
/// * [`Transient`](Retry::Transient): the server or the network failed and the outcome is
///   unknown: the call may have taken effect (`InternalError`, a gateway's 502, a reset
///   connection). Send it again only if the call is idempotent: it only reads, or carries a
///   `ClientToken` (see [`Action::takes_client_token`](crate::catalog::Action::takes_client_token)).
/// * [`Never`](Retry::Never): the same request fails the same way.
///
/// # The rules, first match wins
///
/// 1. A code listed in `core/data/retry.tsv` has the class listed there, each row with its
///    evidence: Tencent's Go SDK retries only `RequestLimitExceeded` (its rate-limit
///    retryer) and, for requests with a `ClientToken`, network failures; the Python SDK also
///    retries `RequestLimitExceeded.UinLimitExceeded`,
///    `RequestLimitExceeded.GlobalRegionUinLimitExceeded`, `ClientNetworkError` and
///    `ServerNetworkError`; Tencent's Terraform provider retries `ResourceBusy`,
///    `ResourceInUse`, `ResourceUnavailable` and the client-side network codes, and leaves
///    `InternalError` out on purpose ("retry won't fix anything" for some products), which
///    is why it is `Transient` (idempotent calls only) and not `Throttling`. The file also
///    holds the frequency limits named otherwise (`LimitExceeded.RateLimitExceeded`: "单位时间
///    内接口请求频率达到限制"), the busy states whose names do not say so, and the daily and
///    per-person quotas that look like rate limits but are `Never`
///    (`RequestLimitExceeded.RotateRateLimited`: once in 24 hours). The research behind each
///    row is in `docs/research/retry-evidence.md`.
/// 2. Any other `RequestLimitExceeded` or `RequestLimitExceeded.*` code is `Throttling`.
/// 3. `InternalError` and `InternalError.*` are `Transient`.
/// 4. A code whose last segment ends in a word of a state in progress (`InProgress`,
///    `InOperation`, `Operating`, `Processing`, `Busy`, `Rollbacking`, `Upgrading`,
///    `Creating`, `Deleting`, `Changing`, `Modifying`, `Restarting`, `Migrating`,
///    `Initializing`, `Updating`, `Deploying`, `TaskConflict`, `OperationConflict`,
///    `TaskRunning`, `Mutex`) is `Busy`, unless its first segment says the request itself is
///    wrong (`InvalidParameter*`, `MissingParameter`, `UnknownParameter`, `AuthFailure`,
///    `UnauthorizedOperation`, `ResourceNotFound`, `LimitExceeded`, `ResourceInsufficient`)
///    or the segment negates (`...NotInProgress`).
/// 5. Legacy (API 2.0) codes 3000 ("Network error"), 6000 ("Internal error on the server"),
///    6200 ("API is unavailable temporarily") and the Cloud Monitor module code -513
///    (`InternalError.DBoperationFail`) are `Transient`.
/// 6. A COS code ([`Code::Cos`]) has its own list, whatever an API 3.0 code of the same
///    spelling has: `SlowDown` (HTTP 503, "Reduce your request rate") is `Throttling`;
///    `InternalError` (500), `ServiceUnavailable` (503, "Internal error occurred with the
///    server. Try again."), `RequestTimeout` (400, "Read timed out") and
///    `KmsInternalException` (500) are `Transient`; every other COS code is `Never`.
///    Sources: the COS error-code page (`core/data/cos.tsv`) and Tencent's
///    Terraform provider, whose `retryableCosErrorCode` lists exactly these five
///    (`docs/research/retry-evidence.md`, section f); cos-go-sdk-v5 retries any 5xx.
/// 7. Everything else is `Never`.
///
/// ```
/// use tencent_errors_core::{Code, Retry};
///
/// assert_eq!(Code::Api3("RequestLimitExceeded").retry(), Retry::Throttling);
/// assert_eq!(Code::Api3("ResourceBusy").retry(), Retry::Busy);
/// assert_eq!(Code::Api3("OperationDenied.InstanceOperationInProgress").retry(), Retry::Busy);
/// assert_eq!(Code::Api3("InternalError.DbError").retry(), Retry::Transient);
/// assert_eq!(Code::Api3("ClientError.NetworkError").retry(), Retry::Transient);
/// assert_eq!(Retry::from(Code::Legacy(6000)), Retry::Transient);
/// assert_eq!(Code::Api3("RequestLimitExceeded.RotateRateLimited").retry(), Retry::Never);
/// assert_eq!(Code::Api3("AuthFailure.SignatureFailure").retry(), Retry::Never);
/// assert_eq!(Code::Cos("SlowDown").retry(), Retry::Throttling);
/// assert_eq!(Code::Cos("ServiceUnavailable").retry(), Retry::Transient);
/// assert_eq!(Code::Cos("NoSuchBucket").retry(), Retry::Never);
/// // Not rule 2: COS has no `RequestLimitExceeded`, and its own list decides.
/// assert_eq!(Code::Cos("RequestLimitExceeded").retry(), Retry::Never);
/// ```
///
/// New classes may be added as Tencent's clients learn to tell more failures apart, so a
/// `match` on `Retry` needs a wildcard arm.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
#[non_exhaustive]
pub enum Retry {
    /// Rate limited before it ran: retry after backing off.
    Throttling,
    /// The resource is busy with another operation: retry later, within a deadline.
    Busy,
    /// The server or network failed with the outcome unknown: retry idempotent calls only.
    Transient,
    /// Retrying the same request will fail the same way.
    Never,
}

/// Legacy codes whose documented text says the server failed or asks to try again later.
const TRANSIENT_LEGACY: [i32; 4] = [3000, 6000, 6200, -513];

/// Endings of a code's last segment that name a state in progress (rule 4).
const BUSY_ENDINGS: [&str; 20] = [
    "InProgress",
    "InOperation",
    "Operating",
    "Processing",
    "Busy",
    "Rollbacking",
    "Upgrading",
    "Creating",
    "Deleting",
    "Changing",
    "Modifying",
    "Restarting",
    "Migrating",
    "Initializing",
    "Updating",
    "Deploying",
    "TaskConflict",
    "OperationConflict",
    "TaskRunning",
    "Mutex",
];

/// First segments that say the request itself is wrong, so no state of a resource is (rule 4).
const NOT_BUSY_FIRST: [&str; 8] = [
    "InvalidParameter",
    "MissingParameter",
    "UnknownParameter",
    "AuthFailure",
    "UnauthorizedOperation",
    "ResourceNotFound",
    "LimitExceeded",
    "ResourceInsufficient",
];

impl From<Code<'_>> for Retry {
    /// Classifies a code by the rules in the type's documentation; same as [`Code::retry`].
    fn from(code: Code<'_>) -> Retry {
        match code.normalized() {
            Code::Legacy(n) if TRANSIENT_LEGACY.contains(&n) => Retry::Transient,
            Code::Legacy(_) => Retry::Never,
            Code::Api3(text) => api3(text),
            Code::Cos(text) => cos(text),
        }
    }
}

/// COS codes that are `Throttling` (rule 6).
const THROTTLING_COS: [&str; 1] = ["SlowDown"];

/// COS codes that are `Transient` (rule 6).
const TRANSIENT_COS: [&str; 4] = ["InternalError", "ServiceUnavailable", "RequestTimeout", "KmsInternalException"];

/// The class of a COS code (rule 6).
fn cos(code: &str) -> Retry {
    if THROTTLING_COS.contains(&code) {
        Retry::Throttling
    } else if TRANSIENT_COS.contains(&code) {
        Retry::Transient
    } else {
        Retry::Never
    }
}

/// The class of an API 3.0 code (rules 1 to 4, then 7).
fn api3(code: &str) -> Retry {
    if let Ok(i) = RETRY_CODES.binary_search_by(|&(listed, _)| listed.cmp(code)) {
        return RETRY_CODES[i].1;
    }
    let mut segments = code.split('.');
    let first = segments.next().unwrap_or("");
    let last = code.rsplit('.').next().unwrap_or("");
    if first == "RequestLimitExceeded" {
        Retry::Throttling
    } else if first == "InternalError" {
        Retry::Transient
    } else if is_busy_state(first, last) {
        Retry::Busy
    } else {
        Retry::Never
    }
}

/// Rule 4 on a code's first and last segments.
fn is_busy_state(first: &str, last: &str) -> bool {
    let wrong_request = NOT_BUSY_FIRST.iter().any(|word| first.starts_with(word));
    let named_busy = BUSY_ENDINGS.iter().any(|ending| last.ends_with(ending) && !last.contains("Not"));
    named_busy && !wrong_request
}

impl Retry {
    /// Whether any call, idempotent or not, may be sent again: true for
    /// [`Throttling`](Retry::Throttling) and [`Busy`](Retry::Busy), whose request did not run.
    /// A [`Transient`](Retry::Transient) failure may have taken effect, so it is not: ask
    /// [`is_retryable_when`](Retry::is_retryable_when) with what you know of the call.
    ///
    /// ```
    /// use tencent_errors_core::Retry;
    /// assert!(Retry::Throttling.is_retryable());
    /// assert!(Retry::Busy.is_retryable());
    /// assert!(!Retry::Transient.is_retryable());
    /// assert!(!Retry::Never.is_retryable());
    /// ```
    pub const fn is_retryable(self) -> bool {
        matches!(self, Retry::Throttling | Retry::Busy)
    }

    /// Whether a call that failed this way may be sent again, given whether it is
    /// idempotent (it only reads, or carries a `ClientToken`): a
    /// [`Transient`](Retry::Transient) failure only if it is, the
    /// [`is_retryable`](Retry::is_retryable) classes always, [`Never`](Retry::Never) never.
    ///
    /// ```
    /// use tencent_errors_core::Retry;
    /// assert!(Retry::Transient.is_retryable_when(true));
    /// assert!(!Retry::Transient.is_retryable_when(false));
    /// assert!(Retry::Busy.is_retryable_when(false));
    /// assert!(!Retry::Never.is_retryable_when(true));
    /// ```
    pub const fn is_retryable_when(self, idempotent: bool) -> bool {
        self.is_retryable() || (idempotent && self.needs_idempotency())
    }

    /// Whether the failed call may already have taken effect, so that only an idempotent
    /// call (one that only reads, or carries a `ClientToken`) may be sent again: true for
    /// [`Transient`](Retry::Transient) alone.
    ///
    /// ```
    /// use tencent_errors_core::Retry;
    /// assert!(Retry::Transient.needs_idempotency());
    /// assert!(!Retry::Throttling.needs_idempotency());
    /// ```
    pub const fn needs_idempotency(self) -> bool {
        matches!(self, Retry::Transient)
    }
}

/// The class's lower-case name: `throttling`, `busy`, `transient` or `never`, as
/// `#[tencent(retry = "...")]` takes it.
///
/// ```
/// use tencent_errors_core::Retry;
/// assert_eq!(Retry::Transient.to_string(), "transient");
/// ```
impl fmt::Display for Retry {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl Retry {
    /// Every class, for parsing names.
    const ALL: [Retry; 4] = [Retry::Throttling, Retry::Busy, Retry::Transient, Retry::Never];

    /// The one spelling of each class's name, for `Display` and `FromStr`.
    const fn name(self) -> &'static str {
        match self {
            Retry::Throttling => "throttling",
            Retry::Busy => "busy",
            Retry::Transient => "transient",
            Retry::Never => "never",
        }
    }
}

impl core::str::FromStr for Retry {
    type Err = UnknownRetry;

    /// Reads the name [`Display`](fmt::Display) writes.
    ///
    /// ```
    /// use tencent_errors_core::Retry;
    /// assert_eq!("busy".parse::<Retry>(), Ok(Retry::Busy));
    /// assert!("sometimes".parse::<Retry>().is_err());
    /// ```
    fn from_str(name: &str) -> Result<Retry, UnknownRetry> {
        Retry::ALL.into_iter().find(|class| class.name() == name).ok_or(UnknownRetry)
    }
}

/// The error of parsing a [`Retry`] class from a name that is none of `throttling`, `busy`,
/// `transient` and `never`.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct UnknownRetry;

impl fmt::Display for UnknownRetry {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("unknown retry class: expected throttling, busy, transient or never")
    }
}

impl core::error::Error for UnknownRetry {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_generated_list_is_sorted_for_binary_search() {
        assert!(RETRY_CODES.windows(2).all(|w| w[0].0 < w[1].0));
    }

    #[test]
    fn busy_states_by_name() {
        assert_eq!(api3("UnsupportedOperation.SnapshotBusy"), Retry::Busy);
        assert_eq!(api3("FailedOperation.ResourceInOperating"), Retry::Busy);
        assert_eq!(api3("InvalidParameter.ActionInProgress"), Retry::Throttling, "listed: its text is a rate limit");
        assert_eq!(api3("InvalidParameterValue.TaskInProgress"), Retry::Never, "a wrong request");
        assert_eq!(api3("FailedOperation.TaskNotInProgress"), Retry::Never, "negated");
    }
}
