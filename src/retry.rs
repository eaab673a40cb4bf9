//! Retrying failed calls: [`RetryPolicy`] decides whether and when to send a failed Tencent
//! Cloud call again, from the error's [`Retry`](crate::Retry) class, whether the call is
//! idempotent, the attempts so far, an optional deadline and a shared [`RetryBudget`].
//!
//! * [`Throttling`](crate::Retry::Throttling) and [`Busy`](crate::Retry::Busy) errors are
//!   retried whatever the call does (the request was turned away before it ran);
//!   [`Transient`](crate::Retry::Transient) ones only when the call is idempotent (it only
//!   reads, or carries a `ClientToken`); [`Never`](crate::Retry::Never) ones never.
//! * Exponential backoff with full jitter, with a base and cap per class; by default 3
//!   attempts, backoff 1 s to 20 s for throttling, 50 ms to 20 s for transient failures, 1 s to
//!   10 s for busy resources, and a 500-token budget shared by the policy's clones (AWS SDK
//!   standard mode's retry quota: 5 tokens a throttling or busy retry, 14 a transient one,
//!   paid back on success).
//! * No async runtime and no dependency: [`run`] sleeps with `std::thread::sleep`,
//!   [`run_async`] with the sleep function you give it. They and the [`RetryBudget`] need
//!   the `std` feature (on by default); without it, [`RetryPolicy::decide`] works, and
//!   [`Attempts::decide_after`] applies the deadline with your own clock.
//!
//! The rules, the defaults and the reasons for them are in the documentation of
//! [`tencent_errors_core::retry_policy`], which this module re-exports.
//!
//! ```
//! use std::time::Duration;
//! use tencent_errors::retry::{self, RetryPolicy};
//! use tencent_errors::{ApiError, Code, Retry};
//!
//! let policy = RetryPolicy::default()
//!     .with_class(Code::Api3("FailedOperation.ResourceInOperating"), Retry::Busy)
//!     .with_backoff(Retry::Transient, Duration::from_millis(1), Duration::from_millis(10));
//!
//! let mut failures = 0;
//! let result = retry::run(&policy, true, || {
//!     failures += 1;
//!     if failures < 3 { Err(ApiError::network("connection reset by peer")) } else { Ok("instances") }
//! });
//! assert_eq!(result, Ok("instances"));
//! ```
//!
//! Derived error types, and `dyn TencentError`, are decided the same way:
//!
//! ```
//! use tencent_errors::retry::{Decision, RetryPolicy, StopReason};
//! use tencent_errors::{ApiError, Code, TencentError};
//!
//! #[derive(Debug, TencentError)]
//! #[tencent(product = "cvm")]
//! enum CvmError {
//!     #[tencent(code = "OperationDenied.InstanceOperationInProgress")]
//!     Busy(ApiError),
//!     #[tencent(other)]
//!     Other(ApiError),
//! }
//!
//! let policy = RetryPolicy::default();
//! let busy = CvmError::from(ApiError::new(Code::Api3("OperationDenied.InstanceOperationInProgress"), "busy"));
//! assert!(policy.decide(&busy, 1, false).is_retry());
//! let other: &dyn TencentError = &CvmError::from(ApiError::new(Code::Api3("InternalError"), "oops"));
//! assert_eq!(policy.decide(other, 1, false), Decision::Stop(StopReason::NotIdempotent));
//! ```
//!
//! # With an HTTP client
//!
//! Send; turn a transport failure into [`ApiError::network`](crate::ApiError::network) and the
//! response's status and body into
//! [`ApiError::from_response`](crate::ApiError::from_response); let [`run_async`] (or [`run`])
//! decide. With reqwest and tokio (neither is a dependency of this crate):
//!
//! ```ignore
//! use tencent_errors::{ApiError, retry::{self, RetryPolicy}};
//!
//! async fn describe(http: &reqwest::Client, policy: &RetryPolicy, body: String) -> Result<Vec<u8>, ApiError> {
//!     // DescribeInstances only reads: idempotent.
//!     retry::run_async(policy, true, || async {
//!         let response = http
//!             .post("https://cvm.tencentcloudapi.com")
//!             .header("X-TC-Action", "DescribeInstances")
//!             // ... the other X-TC-* headers and the TC3 signature ...
//!             .body(body.clone())
//!             .send()
//!             .await
//!             .map_err(|err| ApiError::network(err.to_string()))?;
//!         let status = response.status().as_u16();
//!         let bytes = response.bytes().await.map_err(|err| ApiError::network(err.to_string()))?;
//!         match ApiError::from_response(status, &bytes) {
//!             Ok(None) => Ok(bytes.to_vec()),
//!             Ok(Some(error)) => Err(error),
//!             Err(parse) => Err(ApiError::network(parse.to_string())), // not a Tencent body
//!         }
//!     }, tokio::time::sleep).await
//! }
//! ```

pub use tencent_errors_core::retry_policy::{Attempts, Decision, RetryPolicy, StopReason};
#[cfg(feature = "std")]
pub use tencent_errors_core::retry_policy::{RetryBudget, run, run_async};
