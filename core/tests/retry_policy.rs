//! Property tests of the retry policy: whatever the error, the attempt, the settings and the
//! interleaving of calls, `decide` never retries what it must not, never passes the attempt
//! limit or the cap, and the budget stays between zero and its capacity.
#![cfg(feature = "std")]

use std::time::Duration;

use proptest::prelude::*;
use tencent_errors_core::retry_policy::{Decision, RetryBudget, RetryPolicy, StopReason};
use tencent_errors_core::{ApiError, Code, Retry};

/// Codes of every class, and arbitrary ones.
fn code() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::sample::select(vec![
            "RequestLimitExceeded",
            "RequestLimitExceeded.UinLimitExceeded",
            "ResourceBusy",
            "OperationDenied.InstanceOperationInProgress",
            "InternalError",
            "InternalError.DbError",
            "ClientError.NetworkError",
            "ClientError.HttpStatusCodeError",
            "AuthFailure.SignatureFailure",
            "RequestLimitExceeded.RotateRateLimited",
            "6000",
            "4100",
        ])
        .prop_map(str::to_owned),
        "[A-Z][A-Za-z]{0,12}(\\.[A-Z][A-Za-z]{0,12}){0,2}",
        any::<String>(),
    ]
}

fn class() -> impl Strategy<Value = Retry> {
    prop::sample::select(vec![Retry::Throttling, Retry::Busy, Retry::Transient, Retry::Never])
}

fn duration() -> impl Strategy<Value = Duration> {
    prop_oneof![
        (0u64..5_000_000_000).prop_map(Duration::from_nanos),
        (any::<u64>(), 0u32..1_000_000_000).prop_map(|(s, n)| Duration::new(s, n)),
        Just(Duration::ZERO),
        Just(Duration::MAX),
    ]
}

/// A policy with arbitrary settings, an override, and no budget (the budget has its own
/// properties below).
fn policy() -> impl Strategy<Value = RetryPolicy> {
    (
        0u32..12,
        prop::collection::vec((class(), duration(), duration()), 0..4),
        any::<bool>(),
        prop::option::of(duration()),
        prop::option::of((code(), class())),
    )
        .prop_map(|(attempts, backoffs, jitter, deadline, class_override)| {
            let mut policy = RetryPolicy::default()
                .without_budget()
                .with_max_attempts(attempts)
                .with_jitter(jitter)
                .with_deadline(deadline);
            for (class, base, cap) in backoffs {
                policy = policy.with_backoff(class, base, cap);
            }
            if let Some((code, class)) = class_override {
                policy = policy.with_class(Code::parse(&code), class);
            }
            policy
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2_000, ..ProptestConfig::default() })]

    #[test]
    fn decide_keeps_every_rule(policy in policy(), code in code(), attempt in any::<u32>(), idempotent in any::<bool>()) {
        let error = ApiError::new(Code::parse(&code), "test");
        let class = policy.class_of(&error);
        let decision = policy.decide(&error, attempt, idempotent);
        match decision {
            Decision::RetryAfter(delay) => {
                prop_assert!(class != Retry::Never, "{code}: Never retried");
                prop_assert!(idempotent || class != Retry::Transient, "{code}: a non-idempotent Transient retried");
                prop_assert!(attempt.max(1) < policy.max_attempts(), "attempt {attempt} of {}", policy.max_attempts());
                prop_assert!(delay <= policy.max_backoff(class, attempt), "{delay:?} over the cap");
            }
            Decision::Stop(StopReason::NotRetryable) => prop_assert_eq!(class, Retry::Never),
            Decision::Stop(StopReason::NotIdempotent) => prop_assert!(class == Retry::Transient && !idempotent),
            Decision::Stop(StopReason::Attempts) => prop_assert!(attempt.max(1) >= policy.max_attempts()),
            other => prop_assert!(false, "stateless decide gave {other:?}"),
        }
    }

    #[test]
    fn a_call_never_passes_its_limits(
        policy in policy(),
        codes in prop::collection::vec(code(), 1..20),
        idempotent in any::<bool>(),
        step in duration(),
    ) {
        let mut attempts = policy.start();
        let mut elapsed = Duration::ZERO;
        let mut made = 0u32;
        for code in &codes {
            made += 1;
            let error = ApiError::new(Code::parse(code), "test");
            let class = policy.class_of(&error);
            match attempts.decide_after(&error, idempotent, elapsed) {
                Decision::RetryAfter(delay) => {
                    prop_assert!(made < policy.max_attempts());
                    prop_assert!(class != Retry::Never && (idempotent || class != Retry::Transient));
                    prop_assert!(delay <= policy.max_backoff(class, made));
                    if let Some(deadline) = policy.deadline() {
                        prop_assert!(elapsed.saturating_add(delay) < deadline, "retry after the deadline");
                    }
                    elapsed = elapsed.saturating_add(delay).saturating_add(step);
                }
                Decision::Stop(_) => break,
                other => prop_assert!(false, "{other:?}"),
            }
        }
        prop_assert_eq!(attempts.count(), made);
        prop_assert!(made <= policy.max_attempts().max(1));
    }

    #[test]
    fn the_budget_stays_between_zero_and_its_capacity(
        capacity in 0u32..200,
        operations in prop::collection::vec((class(), 0u32..3, any::<u32>()), 0..200),
    ) {
        let budget = RetryBudget::new(capacity);
        let mut refused = 0;
        for (class, operation, amount) in operations {
            let before = budget.available();
            match operation {
                0 => match budget.withdraw(class) {
                    Some(cost) => {
                        prop_assert_eq!(Some(cost), RetryBudget::cost(class));
                        prop_assert_eq!(budget.available(), before - cost);
                    }
                    None => {
                        refused += 1;
                        prop_assert!(RetryBudget::cost(class).is_none_or(|cost| cost > before));
                        prop_assert_eq!(budget.available(), before);
                    }
                },
                1 => {
                    budget.deposit(amount);
                    prop_assert_eq!(budget.available(), before.saturating_add(amount).min(capacity));
                }
                _ => {
                    // A whole call through a policy sharing the budget: retries then success.
                    let policy = RetryPolicy::default().with_budget(budget.clone()).with_max_attempts(3);
                    let mut attempts = policy.start();
                    let error = ApiError::new(Code::Api3("RequestLimitExceeded"), "slow down");
                    let decision = attempts.decide_after(&error, false, Duration::ZERO);
                    if decision == Decision::Stop(StopReason::Budget) {
                        refused += 1;
                    }
                    attempts.succeeded();
                    prop_assert!(budget.available() >= before.min(capacity), "a success never costs");
                }
            }
            prop_assert!(budget.available() <= capacity);
        }
        prop_assert_eq!(budget.refused(), refused);
    }
}

#[test]
fn the_budget_holds_under_threads() {
    let budget = RetryBudget::new(1_000);
    std::thread::scope(|scope| {
        for t in 0..4 {
            let budget = budget.clone();
            scope.spawn(move || {
                for i in 0..10_000u32 {
                    if (i + t) % 3 == 0 {
                        budget.deposit(7);
                    } else {
                        let _ = budget.withdraw(Retry::Transient);
                    }
                    assert!(budget.available() <= budget.capacity());
                }
            });
        }
    });
    assert!(budget.available() <= 1_000);
    budget.deposit(u32::MAX);
    assert_eq!(budget.available(), 1_000, "refunds stop at the capacity");
}
