//! [`RetryPolicy`]: when to send a failed Tencent Cloud call again, and after how long.
//!
//! A [`Retry`] class says whether a failure *can* be retried; a policy turns it into a
//! [`Decision`] for one call: [`RetryAfter`](Decision::RetryAfter) a delay, or
//! [`Stop`](Decision::Stop) with a [`StopReason`]. It needs no async runtime and no
//! dependency: the jitter comes from a small splitmix64 generator (below), the sleeping
//! from the caller ([`run`] uses `std::thread::sleep`, [`run_async`] whatever sleep function
//! it is given).
//!
//! # The rules
//!
//! For a call that failed with `error` after `attempt` attempts:
//!
//! 1. The class is the error's [`TencentError::retry`], unless the policy overrides it for
//!    that code ([`with_class`](RetryPolicy::with_class)).
//! 2. [`Never`](Retry::Never) stops ([`StopReason::NotRetryable`]).
//! 3. [`Transient`](Retry::Transient) stops unless the call is idempotent: it only reads, or
//!    it carries a `ClientToken` ([`StopReason::NotIdempotent`]). The request may have taken
//!    effect, and sending it again may do it twice. [`Throttling`](Retry::Throttling) and
//!    [`Busy`](Retry::Busy) retry whatever the call does: the request was turned away before it
//!    ran.
//! 4. After [`max_attempts`](RetryPolicy::with_max_attempts) attempts, stop
//!    ([`StopReason::Attempts`]).
//! 5. With a [deadline](RetryPolicy::with_deadline), stop when the next attempt would start
//!    after it ([`StopReason::Deadline`]); the time counts from the first attempt.
//! 6. With a [`RetryBudget`], stop when it cannot pay for the retry
//!    ([`StopReason::Budget`]).
//! 7. Otherwise retry after a delay drawn uniformly from `[0, min(cap, base × 2^(attempt-1))]`
//!    ("full jitter"), with the base and cap of the class. The cap applies before the jitter,
//!    as in AWS's 2026 revision, so delays spread over the whole range even once capped.
//!
//! Rules 5 and 6 need state that lives as long as the call: when it started, and what the
//! budget lent it. [`RetryPolicy::start`] makes that state, an [`Attempts`], at the first
//! attempt, and [`Attempts::decide`] applies every rule; [`run`] and [`run_async`] do it for
//! you. [`RetryPolicy::decide`], for callers that count attempts themselves, applies rules 1
//! to 4 and 7, and of rule 6 only the refusal: it takes nothing from the budget.
//!
//! # Defaults, and why
//!
//! [`RetryPolicy::default`] is:
//!
//! | setting | default | anchor |
//! |---|---|---|
//! | attempts | 3 (the first and two retries) | AWS SDK standard mode ("the default maximum number of attempts … is three"); Tencent's Python SDK `StandardRetryer(max_attempts=3)` |
//! | `Throttling` backoff | base 1 s, cap 20 s | Tencent's Go and Python SDKs wait 2ⁿ s (1 s, 2 s, …) after a rate limit; AWS keeps a 1,000 ms base for throttling (2026 revision) and caps every backoff at 20 s |
//! | `Transient` backoff | base 50 ms, cap 20 s | AWS's 2026 revision lowered the base for errors other than throttling from 1,000 ms to 50 ms, and kept 1,000 ms for throttling: a rate limit needs time to pass, a failed request does not |
//! | `Busy` backoff | base 1 s, cap 10 s | Tencent's Terraform provider retries busy resources with the plugin SDK's `resource.Retry`, whose state poller doubles its wait and caps it at 10 s (terraform-plugin-sdk `StateChangeConf`); 1 s is the SDKs' first wait |
//! | deadline | none | three attempts already bound a call (at most 3 s of throttling backoff); to wait out a busy resource as Terraform does, raise the attempts and set one (its read and write deadlines are 3 and 5 minutes) |
//! | budget (with `std`) | [`RetryBudget::default`]: 500 tokens, shared by the policy's clones | AWS standard mode's retry quota; costs below |
//!
//! The budget charges 5 tokens for a `Throttling` or `Busy` retry and 14 for a `Transient`
//! one, and gives back the cost of the last retry when a call then succeeds, or 1 token when a
//! call succeeds at its first attempt: AWS's 2026 standard mode (throttling 5, other errors
//! 14; before 2026, 5 and 10 for timeouts; refund on success). A failing region answers with
//! `Transient` errors, so its retries drain the budget fastest: 500 tokens are 35 such retries
//! across every call sharing the budget, then calls fail at their first error until successes
//! refill it. The evidence behind every number, with sources, is in
//! `docs/research/retry-evidence.md` of the repository.
//!
//! ```
//! use std::time::Duration;
//! use tencent_errors_core::retry_policy::{Decision, RetryPolicy, StopReason};
//! use tencent_errors_core::{ApiError, Code, Retry};
//!
//! let policy = RetryPolicy::default()
//!     // Terraform retries this one for cvm instance deletion.
//!     .with_class(Code::Api3("OperationDenied.InstanceOperationInProgress"), Retry::Busy)
//!     .with_backoff(Retry::Busy, Duration::from_secs(2), Duration::from_secs(30));
//!
//! let throttled = ApiError::new(Code::Api3("RequestLimitExceeded"), "slow down");
//! match policy.decide(&throttled, 1, false) {
//!     Decision::RetryAfter(delay) => assert!(delay <= Duration::from_secs(1)),
//!     other => panic!("{other:?}"),
//! }
//! let internal = ApiError::new(Code::Api3("InternalError"), "oops");
//! assert_eq!(policy.decide(&internal, 1, false), Decision::Stop(StopReason::NotIdempotent));
//! assert_eq!(policy.decide(&throttled, 3, false), Decision::Stop(StopReason::Attempts));
//! ```
//!
//! # With an HTTP client
//!
//! The pattern with any client, here reqwest (not a dependency of this crate): send; turn a
//! transport failure into [`ApiError::network`](crate::ApiError::network) and the response's
//! status and body into [`ApiError::from_response`](crate::ApiError::from_response); let
//! [`run`] (or [`run_async`]) decide. `DescribeInstances` only reads, so it is idempotent; a
//! call that creates something is idempotent only with a `ClientToken` (see
//! [`Action::takes_client_token`](crate::catalog::Action::takes_client_token)), the same
//! token on every attempt.
//!
//! ```ignore
//! use tencent_errors::{ApiError, retry::{self, RetryPolicy}};
//!
//! async fn describe(http: &reqwest::Client, policy: &RetryPolicy, body: String) -> Result<Vec<u8>, ApiError> {
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
//!
//! # Randomness
//!
//! Full jitter needs one random number per retry, so that clients failing together do not
//! retry together. It comes from splitmix64 (Steele, Lea and Flood, "Fast splittable
//! pseudorandom number generators", 2014): a 64-bit counter stepped by the golden ratio and
//! passed through a mixing function, statistically sound for this and five lines long, so no
//! `rand` dependency. Each [`Attempts`] seeds its own from a process-wide counter and the
//! address of a stack value, and with `std` also from [`std::hash::RandomState`], whose keys
//! the standard library draws from the operating system. Nothing here is secret; it only has to
//! differ between calls and processes.

use alloc::vec::Vec;
use core::fmt;
use core::time::Duration;

use crate::code::OwnedCode;
use crate::{Code, Retry, TencentError};

#[cfg(feature = "std")]
pub use self::budget::RetryBudget;
#[cfg(feature = "std")]
pub use self::runners::{run, run_async};

/// What to do after a failed attempt: wait and send the request again, or give up.
///
/// New variants may be added (a retry elsewhere, for instance), so a `match` needs a
/// wildcard arm.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
#[non_exhaustive]
pub enum Decision {
    /// Send the request again after this delay.
    RetryAfter(Duration),
    /// Do not send it again; return the error.
    Stop(StopReason),
}

impl Decision {
    /// The delay before the next attempt, or `None` for [`Stop`](Decision::Stop).
    ///
    /// ```
    /// use std::time::Duration;
    /// use tencent_errors_core::retry_policy::{Decision, StopReason};
    /// assert_eq!(Decision::RetryAfter(Duration::from_millis(5)).delay(), Some(Duration::from_millis(5)));
    /// assert_eq!(Decision::Stop(StopReason::Attempts).delay(), None);
    /// ```
    pub const fn delay(self) -> Option<Duration> {
        match self {
            Decision::RetryAfter(delay) => Some(delay),
            Decision::Stop(_) => None,
        }
    }

    /// Whether this says to send the request again.
    pub const fn is_retry(self) -> bool {
        matches!(self, Decision::RetryAfter(_))
    }
}

/// Why a [`RetryPolicy`] said [`Stop`](Decision::Stop). New reasons may be added.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
#[non_exhaustive]
pub enum StopReason {
    /// The error is [`Retry::Never`]: the same request fails the same way.
    NotRetryable,
    /// The error is [`Retry::Transient`] and the call is not idempotent: it may already have
    /// taken effect.
    NotIdempotent,
    /// The call has made the policy's maximum number of attempts.
    Attempts,
    /// The next attempt would start after the policy's deadline.
    Deadline,
    /// The shared [`RetryBudget`] cannot pay for another retry: too many calls are failing.
    Budget,
}

impl fmt::Display for StopReason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            StopReason::NotRetryable => "the error is not retryable",
            StopReason::NotIdempotent => "the outcome is unknown and the call is not idempotent",
            StopReason::Attempts => "the maximum number of attempts was reached",
            StopReason::Deadline => "the retry deadline would be passed",
            StopReason::Budget => "the retry budget is exhausted",
        })
    }
}

/// Exponential backoff of one class: the delay before retry `n` (after attempt `n`) is drawn
/// from `[0, min(cap, base × 2^(n-1))]`.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
struct Backoff {
    base: Duration,
    cap: Duration,
}

impl Backoff {
    const fn new(base: Duration, cap: Duration) -> Backoff {
        Backoff { base, cap }
    }

    /// The longest delay after `attempt` attempts: `min(cap, base × 2^(attempt-1))`, without
    /// overflow for any `attempt`.
    fn ceiling(self, attempt: u32) -> Duration {
        let doublings = attempt.saturating_sub(1).min(31);
        self.base.saturating_mul(1 << doublings).min(self.cap)
    }
}

/// When and how often to send a failed Tencent Cloud call again: per-class exponential
/// backoff with full jitter, a maximum number of attempts, an optional deadline, a shared
/// [`RetryBudget`] (with `std`) and per-code overrides. See the [module
/// documentation](self) for the rules and the reasons for the defaults.
///
/// A policy is configuration; build one, keep it (in a `static`, an `Arc` or your client)
/// and share it between calls and threads. Its clones share its budget.
///
/// ```
/// use std::time::Duration;
/// use tencent_errors_core::retry_policy::RetryPolicy;
/// use tencent_errors_core::{Code, Retry};
///
/// // Wait out a busy resource for up to 3 minutes, as Terraform's provider does for reads.
/// let patient = RetryPolicy::default()
///     .with_max_attempts(u32::MAX)
///     .with_deadline(Some(Duration::from_secs(180)))
///     .with_class(Code::Api3("FailedOperation.ResourceInOperating"), Retry::Busy);
/// assert_eq!(patient.max_attempts(), u32::MAX);
/// ```
#[derive(Clone, Debug)]
pub struct RetryPolicy {
    max_attempts: u32,
    throttling: Backoff,
    busy: Backoff,
    transient: Backoff,
    jitter: bool,
    deadline: Option<Duration>,
    overrides: Vec<(OwnedCode, Retry)>,
    #[cfg(feature = "std")]
    budget: Option<RetryBudget>,
}

impl Default for RetryPolicy {
    /// The defaults of the [module documentation](self): 3 attempts; backoff base 1 s and
    /// cap 20 s for `Throttling`, 50 ms and 20 s for `Transient`, 1 s and 10 s for `Busy`; no
    /// deadline; with `std`, a fresh [`RetryBudget::default`] of 500 tokens.
    fn default() -> RetryPolicy {
        RetryPolicy {
            max_attempts: 3,
            throttling: Backoff::new(Duration::from_secs(1), Duration::from_secs(20)),
            busy: Backoff::new(Duration::from_secs(1), Duration::from_secs(10)),
            transient: Backoff::new(Duration::from_millis(50), Duration::from_secs(20)),
            jitter: true,
            deadline: None,
            overrides: Vec::new(),
            #[cfg(feature = "std")]
            budget: Some(RetryBudget::default()),
        }
    }
}

impl RetryPolicy {
    /// The [default](RetryPolicy::default) policy.
    pub fn new() -> RetryPolicy {
        RetryPolicy::default()
    }

    /// Sets the maximum number of attempts, the first one included; `1` never retries, and
    /// `0` counts as `1`.
    #[must_use]
    pub fn with_max_attempts(mut self, attempts: u32) -> Self {
        self.max_attempts = attempts.max(1);
        self
    }

    /// Sets the backoff of `class`: the delay after attempt `n` is drawn from
    /// `[0, min(cap, base × 2^(n-1))]`. A `cap` below `base` caps every delay at `cap`.
    /// [`Retry::Never`] (and any class this version does not know) has no backoff, and is
    /// ignored.
    ///
    /// ```
    /// use std::time::Duration;
    /// use tencent_errors_core::{Retry, retry_policy::RetryPolicy};
    ///
    /// let policy = RetryPolicy::default().with_backoff(Retry::Busy, Duration::from_secs(2), Duration::from_secs(30));
    /// assert_eq!(policy.max_backoff(Retry::Busy, 1), Duration::from_secs(2));
    /// assert_eq!(policy.max_backoff(Retry::Busy, 3), Duration::from_secs(8));
    /// assert_eq!(policy.max_backoff(Retry::Busy, 10), Duration::from_secs(30));
    /// ```
    #[must_use]
    pub fn with_backoff(mut self, class: Retry, base: Duration, cap: Duration) -> Self {
        if let Some(backoff) = self.backoff_mut(class) {
            *backoff = Backoff::new(base, cap);
        }
        self
    }

    /// Turns jitter off (`false`): every delay is then the longest one,
    /// [`max_backoff`](RetryPolicy::max_backoff). For tests and demonstrations; in
    /// production, jitter keeps clients that failed together from retrying together.
    #[must_use]
    pub fn with_jitter(mut self, jitter: bool) -> Self {
        self.jitter = jitter;
        self
    }

    /// Sets the overall deadline, measured from the first attempt (see [`Attempts`]), or
    /// removes it (`None`). The policy stops when the next attempt would start after it.
    #[must_use]
    pub fn with_deadline(mut self, deadline: Option<Duration>) -> Self {
        self.deadline = deadline;
        self
    }

    /// Classifies `code` as `class` in this policy, whatever [`Code::retry`] or the error type
    /// says: Terraform's `additionRetryableError`, for a code your product returns while an
    /// operation is in progress, or to stop retrying one. The code is compared
    /// [normalized](Code::normalized) and exactly; the last override of a code wins.
    ///
    /// ```
    /// use tencent_errors_core::{ApiError, Code, Retry, retry_policy::RetryPolicy};
    ///
    /// let policy = RetryPolicy::default()
    ///     .with_class(Code::Api3("FailedOperation.ResourceInOperating"), Retry::Busy)
    ///     .with_class(Code::Api3("InternalError"), Retry::Never);
    /// let error = ApiError::new(Code::Api3("FailedOperation.ResourceInOperating"), "clb busy");
    /// assert_eq!(policy.class_of(&error), Retry::Busy);
    /// assert_eq!(policy.class_of(&ApiError::new(Code::Api3("InternalError"), "")), Retry::Never);
    /// ```
    #[must_use]
    pub fn with_class(mut self, code: Code<'_>, class: Retry) -> Self {
        let code = OwnedCode::new(code);
        self.overrides.retain(|(listed, _)| *listed != code);
        self.overrides.push((code, class));
        self
    }

    /// Shares `budget` with every other policy and call that holds it (see [`RetryBudget`]).
    #[cfg(feature = "std")]
    #[must_use]
    pub fn with_budget(mut self, budget: RetryBudget) -> Self {
        self.budget = Some(budget);
        self
    }

    /// Removes the budget: retries are then limited by attempts and the deadline alone.
    #[cfg(feature = "std")]
    #[must_use]
    pub fn without_budget(mut self) -> Self {
        self.budget = None;
        self
    }

    /// The budget retries draw on, if any.
    #[cfg(feature = "std")]
    pub fn budget(&self) -> Option<&RetryBudget> {
        self.budget.as_ref()
    }

    /// The maximum number of attempts, the first one included.
    pub fn max_attempts(&self) -> u32 {
        self.max_attempts
    }

    /// The overall deadline, if any.
    pub fn deadline(&self) -> Option<Duration> {
        self.deadline
    }

    /// The class this policy gives `error`: its override for the error's code, if any, else
    /// [`TencentError::retry`].
    pub fn class_of<E: TencentError + ?Sized>(&self, error: &E) -> Retry {
        let code = error.code().normalized();
        match self.overrides.iter().rev().find(|(listed, _)| listed.as_code() == code) {
            Some((_, class)) => *class,
            None => error.retry(),
        }
    }

    /// The longest delay after `attempt` failed attempts of `class`:
    /// `min(cap, base × 2^(attempt-1))`, and zero for a class that is not retried. Every
    /// delay the policy chooses is between zero and this.
    pub fn max_backoff(&self, class: Retry, attempt: u32) -> Duration {
        self.backoff(class).map_or(Duration::ZERO, |backoff| backoff.ceiling(attempt))
    }

    /// Decides about a call that failed with `error` after `attempt` attempts (the one that
    /// just failed included, so 1 after the first), by the class, idempotency, attempt and
    /// backoff rules of the [module documentation](self).
    ///
    /// This form keeps no state: it cannot know when the call started, so it ignores the
    /// deadline; and since it could not pay a loan back after a success, it does not draw on
    /// the budget, though it respects it: it stops ([`StopReason::Budget`]) when the budget
    /// holds less than the retry would cost. For the deadline and a budget that retries
    /// draw on and successes refill, make an [`Attempts`] with
    /// [`start`](RetryPolicy::start) at the first attempt and ask it, or use [`run`].
    ///
    /// ```
    /// use tencent_errors_core::retry_policy::{Decision, RetryPolicy, StopReason};
    /// use tencent_errors_core::{ApiError, Code};
    ///
    /// let policy = RetryPolicy::default();
    /// let busy = ApiError::new(Code::Api3("ResourceBusy"), "in use");
    /// assert!(policy.decide(&busy, 1, false).is_retry());
    /// let denied = ApiError::new(Code::Api3("AuthFailure.SignatureFailure"), "bad signature");
    /// assert_eq!(policy.decide(&denied, 1, true), Decision::Stop(StopReason::NotRetryable));
    /// ```
    pub fn decide<E: TencentError + ?Sized>(&self, error: &E, attempt: u32, idempotent: bool) -> Decision {
        let class = self.class_of(error);
        let ceiling = match self.rules(class, attempt, idempotent) {
            Ok(ceiling) => ceiling,
            Err(reason) => return Decision::Stop(reason),
        };
        #[cfg(feature = "std")]
        if self.budget.as_ref().is_some_and(|budget| !budget.can_pay(class)) {
            return Decision::Stop(StopReason::Budget);
        }
        let mut random = Random::new(core::ptr::from_ref(self).addr());
        Decision::RetryAfter(self.jittered(ceiling, &mut random))
    }

    /// Starts counting the attempts of one call: call it before (or right after) its first
    /// attempt, then ask the [`Attempts`] after each failure. With `std` it reads the clock
    /// now, so the deadline counts from here.
    pub fn start(&self) -> Attempts<'_> {
        Attempts {
            policy: self,
            attempts: 0,
            #[cfg(feature = "std")]
            started: std::time::Instant::now(),
            random: Random::new(core::ptr::from_ref(self).addr()),
            #[cfg(feature = "std")]
            lent: 0,
        }
    }

    /// Rules 2 to 4: the longest backoff if the class, idempotency and attempts allow a retry.
    fn rules(&self, class: Retry, attempt: u32, idempotent: bool) -> Result<Duration, StopReason> {
        let backoff = match class {
            Retry::Throttling | Retry::Busy => self.backoff(class),
            Retry::Transient if idempotent => self.backoff(class),
            Retry::Transient => return Err(StopReason::NotIdempotent),
            _ => None,
        };
        let backoff = backoff.ok_or(StopReason::NotRetryable)?;
        if attempt.max(1) >= self.max_attempts {
            return Err(StopReason::Attempts);
        }
        Ok(backoff.ceiling(attempt))
    }

    /// A delay in `[0, ceiling]`, uniform unless jitter is off.
    fn jittered(&self, ceiling: Duration, random: &mut Random) -> Duration {
        if !self.jitter {
            return ceiling;
        }
        const NANOS_PER_SEC: u128 = 1_000_000_000;
        // `ceiling` is at most `Duration::MAX`, about 1.8e28 ns, so `+ 1` cannot overflow.
        let nanos = u128::from(random.next()) % (ceiling.as_nanos() + 1);
        let secs = u64::try_from(nanos / NANOS_PER_SEC).unwrap_or(u64::MAX);
        let subsec = u32::try_from(nanos % NANOS_PER_SEC).unwrap_or(0);
        Duration::new(secs, subsec)
    }

    fn backoff(&self, class: Retry) -> Option<Backoff> {
        match class {
            Retry::Throttling => Some(self.throttling),
            Retry::Busy => Some(self.busy),
            Retry::Transient => Some(self.transient),
            _ => None,
        }
    }

    fn backoff_mut(&mut self, class: Retry) -> Option<&mut Backoff> {
        match class {
            Retry::Throttling => Some(&mut self.throttling),
            Retry::Busy => Some(&mut self.busy),
            Retry::Transient => Some(&mut self.transient),
            _ => None,
        }
    }
}

/// The attempts of one call under a [`RetryPolicy`]: how many were made, when the first
/// started (with `std`), what the budget lent it, and its own random numbers. Make it with
/// [`RetryPolicy::start`] at the first attempt; after each failure ask
/// [`decide`](Attempts::decide); after a success call [`succeeded`](Attempts::succeeded),
/// which pays the budget back.
///
/// ```
/// use std::time::Duration;
/// use tencent_errors_core::retry_policy::{Decision, RetryPolicy};
/// use tencent_errors_core::{ApiError, Code, Retry};
///
/// fn call(attempt: u32) -> Result<&'static str, ApiError> {
///     if attempt < 2 { Err(ApiError::new(Code::Api3("RequestLimitExceeded"), "slow down")) } else { Ok("done") }
/// }
///
/// let policy = RetryPolicy::default().with_backoff(Retry::Throttling, Duration::from_millis(1), Duration::from_millis(10));
/// let mut attempts = policy.start();
/// let result = loop {
///     match call(attempts.count() + 1) {
///         Ok(value) => {
///             assert_eq!(attempts.count(), 1, "one failed attempt before");
///             attempts.succeeded();
///             break Ok(value);
///         }
///         Err(error) => match attempts.decide(&error, false) {
///             Decision::RetryAfter(delay) => std::thread::sleep(delay),
///             _ => break Err(error),
///         },
///     }
/// };
/// assert_eq!(result, Ok("done"));
/// ```
#[derive(Debug)]
#[must_use = "ask it after each failure, and call `succeeded` after a success"]
pub struct Attempts<'p> {
    policy: &'p RetryPolicy,
    /// Failed attempts so far.
    attempts: u32,
    #[cfg(feature = "std")]
    started: std::time::Instant,
    random: Random,
    /// Tokens the budget lent for the last retry, returned if the call succeeds.
    #[cfg(feature = "std")]
    lent: u32,
}

impl Attempts<'_> {
    /// The number of failed attempts so far, each counted by [`decide`](Attempts::decide).
    pub fn count(&self) -> u32 {
        self.attempts
    }

    /// The time since [`RetryPolicy::start`].
    #[cfg(feature = "std")]
    pub fn elapsed(&self) -> Duration {
        self.started.elapsed()
    }

    /// Counts one more failed attempt, which ended in `error`, and decides by every rule of
    /// the [module documentation](self), the deadline measured since
    /// [`RetryPolicy::start`] and the budget charged for a retry.
    #[cfg(feature = "std")]
    pub fn decide<E: TencentError + ?Sized>(&mut self, error: &E, idempotent: bool) -> Decision {
        let elapsed = self.started.elapsed();
        self.decide_after(error, idempotent, elapsed)
    }

    /// [`decide`](Attempts::decide) with the time since the first attempt given by the caller,
    /// for a program without `std` that has a clock of its own (and for tests). Without a
    /// deadline the elapsed time does not matter.
    pub fn decide_after<E: TencentError + ?Sized>(
        &mut self,
        error: &E,
        idempotent: bool,
        elapsed: Duration,
    ) -> Decision {
        self.attempts = self.attempts.saturating_add(1);
        let policy = self.policy;
        let class = policy.class_of(error);
        let ceiling = match policy.rules(class, self.attempts, idempotent) {
            Ok(ceiling) => ceiling,
            Err(reason) => return Decision::Stop(reason),
        };
        let delay = policy.jittered(ceiling, &mut self.random);
        // Not a let chain: the crate builds with Rust 1.85.
        if policy.deadline.is_some_and(|deadline| elapsed.saturating_add(delay) >= deadline) {
            return Decision::Stop(StopReason::Deadline);
        }
        #[cfg(feature = "std")]
        if let Some(budget) = &policy.budget {
            match budget.withdraw(class) {
                Some(cost) => self.lent = cost,
                None => return Decision::Stop(StopReason::Budget),
            }
        }
        Decision::RetryAfter(delay)
    }

    /// Reports that the last attempt succeeded: the budget gets back what it lent for the
    /// last retry, or 1 token if there was none (AWS's refund on success).
    pub fn succeeded(self) {
        #[cfg(feature = "std")]
        if let Some(budget) = &self.policy.budget {
            budget.deposit(if self.lent > 0 { self.lent } else { RetryBudget::SUCCESS_REFUND });
        }
    }
}

/// splitmix64 (see the [module documentation](self#randomness)): the state steps by the golden
/// ratio, and each output is the state passed through a bijective mixing function.
#[derive(Clone, Debug)]
struct Random(u64);

impl Random {
    const GOLDEN_GAMMA: u64 = 0x9e37_79b9_7f4a_7c15;

    /// A generator seeded afresh: from a process-wide counter (where the target has atomics),
    /// the address of a stack value, `salt`, and with `std` a [`std::hash::RandomState`].
    fn new(salt: usize) -> Random {
        let local = 0u8;
        let mut seed = (core::ptr::from_ref(&local).addr() as u64).rotate_left(32) ^ salt as u64;
        #[cfg(target_has_atomic = "64")]
        {
            use core::sync::atomic::{AtomicU64, Ordering};
            static CALLS: AtomicU64 = AtomicU64::new(0);
            seed = seed.wrapping_add(CALLS.fetch_add(1, Ordering::Relaxed).wrapping_mul(Self::GOLDEN_GAMMA));
        }
        #[cfg(feature = "std")]
        {
            use std::hash::BuildHasher;
            seed ^= std::hash::RandomState::new().hash_one(seed);
        }
        let mut random = Random(seed);
        // One step, so that close seeds give unrelated states.
        Random(random.next())
    }

    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(Self::GOLDEN_GAMMA);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
}

#[cfg(feature = "std")]
mod budget {
    use std::sync::Arc;
    use std::sync::atomic::{AtomicU32, AtomicUsize, Ordering};

    use crate::Retry;

    /// A token bucket that retries draw on, shared by every call and thread that holds a
    /// clone, so that a fleet of workers stops hammering a failing region: AWS SDK standard
    /// mode's retry quota.
    ///
    /// It starts full. Each retry withdraws [`THROTTLING_COST`](RetryBudget::THROTTLING_COST)
    /// tokens for a [`Throttling`](Retry::Throttling) or [`Busy`](Retry::Busy) error (the
    /// request did not run) and [`TRANSIENT_COST`](RetryBudget::TRANSIENT_COST) for a
    /// [`Transient`](Retry::Transient) one (the server or the network failed); a retry it
    /// cannot pay for is refused. A call that succeeds pays back what its last retry took, or
    /// [`SUCCESS_REFUND`](RetryBudget::SUCCESS_REFUND) if it needed none; the bucket never holds
    /// more than it started with, nor fewer than zero. Cloning is an `Arc` clone: the clones
    /// are one budget.
    ///
    /// ```
    /// use tencent_errors_core::Retry;
    /// use tencent_errors_core::retry_policy::{RetryBudget, RetryPolicy};
    ///
    /// let budget = RetryBudget::new(20);
    /// let policy = RetryPolicy::default().with_budget(budget.clone());
    /// assert_eq!(budget.withdraw(Retry::Transient), Some(14));
    /// assert_eq!(budget.withdraw(Retry::Transient), None, "6 left");
    /// assert_eq!(budget.refused(), 1);
    /// budget.deposit(100);
    /// assert_eq!(budget.available(), 20, "never more than the capacity");
    /// # drop(policy);
    /// ```
    #[derive(Clone, Debug)]
    pub struct RetryBudget {
        inner: Arc<Inner>,
    }

    #[derive(Debug)]
    struct Inner {
        capacity: u32,
        tokens: AtomicU32,
        /// `usize`, not `u64`: some targets with `std` have no 64-bit atomics.
        refused: AtomicUsize,
    }

    impl Default for RetryBudget {
        /// A budget of [`DEFAULT_CAPACITY`](RetryBudget::DEFAULT_CAPACITY) (500) tokens.
        fn default() -> RetryBudget {
            RetryBudget::new(RetryBudget::DEFAULT_CAPACITY)
        }
    }

    impl RetryBudget {
        /// AWS standard mode's retry quota.
        pub const DEFAULT_CAPACITY: u32 = 500;
        /// The cost of retrying a [`Throttling`](Retry::Throttling) or [`Busy`](Retry::Busy)
        /// error (AWS: 5 for throttling errors).
        pub const THROTTLING_COST: u32 = 5;
        /// The cost of retrying a [`Transient`](Retry::Transient) error (AWS since 2026: 14 for
        /// errors other than throttling; 10 for timeouts before).
        pub const TRANSIENT_COST: u32 = 14;
        /// What a call that succeeds at its first attempt gives back (AWS: 1).
        pub const SUCCESS_REFUND: u32 = 1;

        /// A full budget of `capacity` tokens.
        pub fn new(capacity: u32) -> RetryBudget {
            let inner = Inner { capacity, tokens: AtomicU32::new(capacity), refused: AtomicUsize::new(0) };
            RetryBudget { inner: Arc::new(inner) }
        }

        /// What retrying an error of `class` costs, or `None` for a class that is not retried.
        pub fn cost(class: Retry) -> Option<u32> {
            match class {
                Retry::Throttling | Retry::Busy => Some(Self::THROTTLING_COST),
                Retry::Transient => Some(Self::TRANSIENT_COST),
                _ => None,
            }
        }

        /// Takes the [cost](RetryBudget::cost) of one retry of `class` and returns it, or
        /// refuses (`None`, counted in [`refused`](RetryBudget::refused)) when fewer tokens
        /// are left. A class that is not retried is always refused.
        pub fn withdraw(&self, class: Retry) -> Option<u32> {
            let taken = Self::cost(class).filter(|&cost| {
                self.inner
                    .tokens
                    .fetch_update(Ordering::AcqRel, Ordering::Acquire, |tokens| tokens.checked_sub(cost))
                    .is_ok()
            });
            if taken.is_none() {
                // Saturating, so a counter that reaches the top stays there.
                let _ = self.inner.refused.fetch_update(Ordering::Relaxed, Ordering::Relaxed, |n| n.checked_add(1));
            }
            taken
        }

        /// Whether a retry of `class` could be paid for now (nothing is taken).
        pub(super) fn can_pay(&self, class: Retry) -> bool {
            Self::cost(class).is_some_and(|cost| self.available() >= cost)
        }

        /// Gives back `tokens`, up to the capacity.
        pub fn deposit(&self, tokens: u32) {
            let capacity = self.inner.capacity;
            // The closure always returns `Some`, so the update cannot fail.
            let _ = self.inner.tokens.fetch_update(Ordering::AcqRel, Ordering::Acquire, |held| {
                Some(held.saturating_add(tokens).min(capacity))
            });
        }

        /// The tokens left now.
        pub fn available(&self) -> u32 {
            self.inner.tokens.load(Ordering::Acquire)
        }

        /// The tokens it started with, and holds at most.
        pub fn capacity(&self) -> u32 {
            self.inner.capacity
        }

        /// How many retries it has refused so far (it stops counting at `usize::MAX`).
        pub fn refused(&self) -> usize {
            self.inner.refused.load(Ordering::Relaxed)
        }
    }
}

#[cfg(feature = "std")]
mod runners {
    use core::future::Future;
    use core::time::Duration;

    use super::{Decision, RetryPolicy};
    use crate::TencentError;

    /// Calls `call` until it succeeds or `policy` says stop, sleeping between attempts with
    /// `std::thread::sleep`; returns the success or the last error.
    ///
    /// `idempotent` says whether the call may be sent twice: it only reads, or it carries a
    /// `ClientToken` (the same token on every attempt). A [`Transient`](crate::Retry::Transient)
    /// failure is retried only if it is.
    ///
    /// ```
    /// use std::cell::Cell;
    /// use std::time::Duration;
    /// use tencent_errors_core::retry_policy::{self, RetryPolicy};
    /// use tencent_errors_core::{ApiError, Code, Retry};
    ///
    /// let policy = RetryPolicy::default().with_backoff(Retry::Transient, Duration::from_millis(1), Duration::from_millis(5));
    /// let calls = Cell::new(0);
    /// let result = retry_policy::run(&policy, true, || {
    ///     calls.set(calls.get() + 1);
    ///     if calls.get() < 3 { Err(ApiError::network("connection reset")) } else { Ok(calls.get()) }
    /// });
    /// assert_eq!(result, Ok(3));
    ///
    /// // Not idempotent: the reset connection may have delivered the request, so no retry.
    /// calls.set(0);
    /// let result: Result<u32, _> = retry_policy::run(&policy, false, || {
    ///     calls.set(calls.get() + 1);
    ///     Err(ApiError::network("connection reset"))
    /// });
    /// assert!(result.is_err());
    /// assert_eq!(calls.get(), 1);
    /// ```
    pub fn run<T, E, F>(policy: &RetryPolicy, idempotent: bool, mut call: F) -> Result<T, E>
    where
        E: TencentError,
        F: FnMut() -> Result<T, E>,
    {
        let mut attempts = policy.start();
        loop {
            match call() {
                Ok(value) => {
                    attempts.succeeded();
                    return Ok(value);
                }
                Err(error) => match attempts.decide(&error, idempotent) {
                    Decision::RetryAfter(delay) => std::thread::sleep(delay),
                    _ => return Err(error),
                },
            }
        }
    }

    /// [`run`] for async code: awaits `call()` until it succeeds or `policy` says stop, and
    /// between attempts awaits `sleep(delay)`, the sleep of whatever runtime the caller uses
    /// (`tokio::time::sleep`, `async_io::Timer::after`, ...), so that this crate depends on
    /// none. The future is `Send` when `call`, `sleep` and their futures are.
    ///
    /// ```ignore
    /// let body = retry_policy::run_async(&policy, true, || send_request(&client), tokio::time::sleep).await?;
    /// ```
    pub async fn run_async<T, E, F, Fut, S, SleepFut>(
        policy: &RetryPolicy,
        idempotent: bool,
        mut call: F,
        mut sleep: S,
    ) -> Result<T, E>
    where
        E: TencentError,
        F: FnMut() -> Fut,
        Fut: Future<Output = Result<T, E>>,
        S: FnMut(Duration) -> SleepFut,
        SleepFut: Future<Output = ()>,
    {
        let mut attempts = policy.start();
        loop {
            match call().await {
                Ok(value) => {
                    attempts.succeeded();
                    return Ok(value);
                }
                Err(error) => match attempts.decide(&error, idempotent) {
                    Decision::RetryAfter(delay) => sleep(delay).await,
                    _ => return Err(error),
                },
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ApiError;

    fn error(code: &str) -> ApiError {
        ApiError::new(Code::Api3(code), "test")
    }

    fn fixed() -> RetryPolicy {
        RetryPolicy::default().with_jitter(false)
    }

    #[test]
    fn classes() {
        let policy = fixed();
        assert_eq!(
            policy.decide(&error("RequestLimitExceeded"), 1, false),
            Decision::RetryAfter(Duration::from_secs(1))
        );
        assert_eq!(policy.decide(&error("ResourceBusy"), 2, false), Decision::RetryAfter(Duration::from_secs(2)));
        assert_eq!(policy.decide(&error("InternalError"), 1, true), Decision::RetryAfter(Duration::from_millis(50)));
        assert_eq!(policy.decide(&error("InternalError"), 1, false), Decision::Stop(StopReason::NotIdempotent));
        assert_eq!(policy.decide(&error("AuthFailure"), 1, true), Decision::Stop(StopReason::NotRetryable));
        assert_eq!(policy.decide(&error("RequestLimitExceeded"), 3, true), Decision::Stop(StopReason::Attempts));
        assert_eq!(
            policy.decide(&error("RequestLimitExceeded"), 0, true),
            Decision::RetryAfter(Duration::from_secs(1))
        );
    }

    #[test]
    fn backoff_doubles_to_the_cap_without_overflow() {
        let policy = fixed();
        assert_eq!(policy.max_backoff(Retry::Throttling, 5), Duration::from_secs(16));
        assert_eq!(policy.max_backoff(Retry::Throttling, 6), Duration::from_secs(20));
        assert_eq!(policy.max_backoff(Retry::Busy, 5), Duration::from_secs(10));
        assert_eq!(policy.max_backoff(Retry::Transient, u32::MAX), Duration::from_secs(20));
        assert_eq!(policy.max_backoff(Retry::Never, 1), Duration::ZERO);
        let huge = RetryPolicy::default().with_backoff(Retry::Busy, Duration::MAX, Duration::MAX);
        assert_eq!(huge.max_backoff(Retry::Busy, u32::MAX), Duration::MAX);
        let mut random = Random::new(0);
        assert!(huge.jittered(Duration::MAX, &mut random) <= Duration::MAX);
    }

    #[test]
    fn overrides_win_and_the_last_one_counts() {
        let policy = fixed()
            .with_class(Code::Api3("FailedOperation.X"), Retry::Transient)
            .with_class(Code::Api3("FailedOperation.X"), Retry::Busy)
            .with_class(Code::Api3("4100"), Retry::Throttling);
        assert_eq!(policy.class_of(&error("FailedOperation.X")), Retry::Busy);
        assert_eq!(policy.class_of(&ApiError::new(Code::Legacy(4100), "")), Retry::Throttling);
        assert_eq!(policy.class_of(&error("FailedOperation.Y")), Retry::Never);
        assert!(policy.decide(&error("FailedOperation.X"), 1, false).is_retry());
    }

    #[test]
    fn jitter_stays_in_range_and_varies() {
        let policy = RetryPolicy::default();
        let delays: Vec<Duration> =
            (0..200).filter_map(|_| policy.decide(&error("RequestLimitExceeded"), 2, false).delay()).collect();
        assert_eq!(delays.len(), 200);
        assert!(delays.iter().all(|d| *d <= Duration::from_secs(2)));
        let first = delays[0];
        assert!(delays.iter().any(|d| *d != first), "jitter draws different delays");
        let mean = delays.iter().sum::<Duration>() / 200;
        assert!(
            mean > Duration::from_millis(700) && mean < Duration::from_millis(1300),
            "uniform on [0, 2 s]: {mean:?}"
        );
    }

    #[test]
    fn the_deadline_counts_from_the_first_attempt() {
        let policy = fixed().with_max_attempts(100).with_deadline(Some(Duration::from_secs(5)));
        let mut attempts = policy.start();
        let busy = error("ResourceBusy");
        assert_eq!(attempts.decide_after(&busy, false, Duration::ZERO), Decision::RetryAfter(Duration::from_secs(1)));
        assert_eq!(
            attempts.decide_after(&busy, false, Duration::from_secs(1)),
            Decision::RetryAfter(Duration::from_secs(2))
        );
        // 3 s gone, the next wait 4 s: past the deadline.
        assert_eq!(attempts.decide_after(&busy, false, Duration::from_secs(3)), Decision::Stop(StopReason::Deadline));
        assert_eq!(attempts.count(), 3);
    }

    #[test]
    fn the_budget_refuses_and_refunds() {
        let budget = RetryBudget::new(30);
        let policy = fixed().with_budget(budget.clone()).with_max_attempts(10);
        let mut attempts = policy.start();
        let internal = error("InternalError");
        assert!(attempts.decide_after(&internal, true, Duration::ZERO).is_retry());
        assert!(attempts.decide_after(&internal, true, Duration::ZERO).is_retry());
        assert_eq!(budget.available(), 2);
        assert_eq!(attempts.decide_after(&internal, true, Duration::ZERO), Decision::Stop(StopReason::Budget));
        assert_eq!(budget.refused(), 1);

        let mut other = policy.start();
        budget.deposit(3);
        assert!(other.decide_after(&error("RequestLimitExceeded"), false, Duration::ZERO).is_retry());
        assert_eq!(budget.available(), 0);
        other.succeeded();
        assert_eq!(budget.available(), 5, "the last retry's cost comes back");
        policy.start().succeeded();
        assert_eq!(budget.available(), 6, "a first-attempt success adds one");
        assert!(policy.decide(&error("RequestLimitExceeded"), 1, false).is_retry(), "6 pay for 5");
        assert_eq!(policy.decide(&internal, 1, true), Decision::Stop(StopReason::Budget), "6 do not pay for 14");
        assert_eq!(budget.available(), 6, "the stateless form takes nothing");
    }

    #[test]
    fn policies_and_the_async_loop_can_cross_threads() {
        fn send_sync<T: Send + Sync>(_: &T) {}
        fn send<T: Send>(_: &T) {}
        let policy = RetryPolicy::default();
        send_sync(&policy);
        send(&policy.start());
        let future = run_async(&policy, true, || async { Ok::<(), ApiError>(()) }, |_| async {});
        send(&future);
    }

    #[test]
    fn stop_reasons_display() {
        assert_eq!(StopReason::Budget.to_string(), "the retry budget is exhausted");
    }
}
