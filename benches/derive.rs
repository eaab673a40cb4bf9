//! `#[derive(TencentError)]` against the same enum written by hand, in one run so the ratio
//! is meaningful on a noisy machine.
//!
//! Each iteration converts a cycle of pre-built `ApiError`s (hits on every kind of variant:
//! unit API 3.0 codes, variants holding the error, a legacy code, a module code carried in an
//! API 2.0 message, a prefix, and misses that fall to `Other`) into the enum with
//! `From<ApiError>` and formats each with `Display` into a reused `String`. The input
//! errors are cloned outside the timed part (`iter_batched`) and the enums are dropped
//! outside it too, so the time is conversion + formatting only.
//!
//! Criterion reports the time of one cycle; `cargo perf derive-bench` divides it by the
//! cycle length and prints the derived / hand ratio. After criterion, the bench also runs its
//! own interleaved rounds (derived, hand, hand, derived, ...) and prints their medians and
//! ratio, which shifts in machine load over the run do not bias.

use criterion::{BatchSize, Criterion, Throughput, criterion_group, criterion_main};
use std::fmt::{self, Write as _};
use std::hint::black_box;
use std::time::{Duration, Instant};
use tencent_errors::{ApiError, Code, TencentError};

/// The enum under test, with the derive.
#[derive(Debug, TencentError)]
#[tencent(product = "vod")]
enum Derived {
    #[tencent(code = "AuthFailure.SignatureFailure")]
    SignatureFailure,
    #[tencent(code = "AuthFailure.SignatureExpire")]
    SignatureExpire,
    #[tencent(code = "AuthFailure.SecretIdNotFound")]
    SecretIdNotFound,
    #[tencent(code = "AuthFailure.TokenFailure")]
    TokenFailure,
    #[tencent(code = "AuthFailure.UnauthorizedOperation")]
    Unauthorized,
    #[tencent(code = 4100)]
    AuthFailed,
    #[tencent(code = "InvalidParameter")]
    InvalidParameter,
    #[tencent(code = "MissingParameter")]
    MissingParameter,
    #[tencent(code = "UnknownParameter")]
    UnknownParameter,
    #[tencent(code = "LimitExceeded")]
    LimitExceeded,
    #[tencent(code = "ResourceInUse")]
    ResourceInUse,
    #[tencent(code = "ResourceInsufficient")]
    ResourceInsufficient,
    #[tencent(code = "ResourceUnavailable")]
    ResourceUnavailable,
    #[tencent(code = "UnsupportedOperation")]
    UnsupportedOperation,
    #[tencent(code = "InternalError")]
    Internal,
    #[tencent(code = "ServiceUnavailable")]
    ServiceUnavailable,
    #[tencent(code = "ResourceNotFound.FileNotExist")]
    FileNotFound(ApiError),
    #[tencent(code = "ResourceNotFound")]
    ResourceNotFound(ApiError),
    #[tencent(code = "FailedOperation")]
    Failed { source: ApiError },
    #[tencent(code = -514)]
    AlreadyExists(ApiError),
    #[tencent(prefix = "RequestLimitExceeded")]
    Throttled(ApiError),
    #[tencent(other)]
    Other(ApiError),
}

/// The same enum with the conversion and `Display` written by hand, as a user would without
/// the derive: a `match` on the code, then the module code, then the prefix; one
/// `write_str` of a literal (the same catalog text as the derive's, which for a code that
/// `vod` documents is vod's wording: `MissingParameter` shows "Parameters are missing.", not the
/// common "Parameter missing.") per variant.
#[derive(Debug)]
#[allow(dead_code)] // the carried errors are kept, as the derive keeps them; only Display reads some
enum Hand {
    SignatureFailure,
    SignatureExpire,
    SecretIdNotFound,
    TokenFailure,
    Unauthorized,
    AuthFailed,
    InvalidParameter,
    MissingParameter,
    UnknownParameter,
    LimitExceeded,
    ResourceInUse,
    ResourceInsufficient,
    ResourceUnavailable,
    UnsupportedOperation,
    Internal,
    ServiceUnavailable,
    FileNotFound(ApiError),
    ResourceNotFound(ApiError),
    Failed { source: ApiError },
    AlreadyExists(ApiError),
    Throttled(ApiError),
    Other(ApiError),
}

impl From<ApiError> for Hand {
    fn from(api_error: ApiError) -> Self {
        match api_error.code() {
            Code::Api3("AuthFailure.SignatureFailure") => return Hand::SignatureFailure,
            Code::Api3("AuthFailure.SignatureExpire") => return Hand::SignatureExpire,
            Code::Api3("AuthFailure.SecretIdNotFound") => return Hand::SecretIdNotFound,
            Code::Api3("AuthFailure.TokenFailure") => return Hand::TokenFailure,
            Code::Api3("AuthFailure.UnauthorizedOperation") => return Hand::Unauthorized,
            Code::Legacy(4100) => return Hand::AuthFailed,
            Code::Api3("InvalidParameter") => return Hand::InvalidParameter,
            Code::Api3("MissingParameter") => return Hand::MissingParameter,
            Code::Api3("UnknownParameter") => return Hand::UnknownParameter,
            Code::Api3("LimitExceeded") => return Hand::LimitExceeded,
            Code::Api3("ResourceInUse") => return Hand::ResourceInUse,
            Code::Api3("ResourceInsufficient") => return Hand::ResourceInsufficient,
            Code::Api3("ResourceUnavailable") => return Hand::ResourceUnavailable,
            Code::Api3("UnsupportedOperation") => return Hand::UnsupportedOperation,
            Code::Api3("InternalError") => return Hand::Internal,
            Code::Api3("ServiceUnavailable") => return Hand::ServiceUnavailable,
            Code::Api3("ResourceNotFound.FileNotExist") => return Hand::FileNotFound(api_error),
            Code::Api3("ResourceNotFound") => return Hand::ResourceNotFound(api_error),
            Code::Api3("FailedOperation") => return Hand::Failed { source: api_error },
            Code::Legacy(-514) => return Hand::AlreadyExists(api_error),
            _ => {}
        }
        if api_error.module_code() == Some(-514) {
            return Hand::AlreadyExists(api_error);
        }
        if let Code::Api3(code) = api_error.code()
            && let Some(rest) = code.strip_prefix("RequestLimitExceeded")
            && (rest.is_empty() || rest.starts_with('.'))
        {
            return Hand::Throttled(api_error);
        }
        Hand::Other(api_error)
    }
}

impl fmt::Display for Hand {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Hand::SignatureFailure => f.write_str(
                "Signature error. Signature calculation error. Please check the signature calculation process \
                 against the API authentication document in Calling Methods.",
            ),
            Hand::SignatureExpire => f.write_str(
                "Signature expired. Timestamp and server time must not differ by more than five minutes. Please \
                 check whether the local time matches the standard time.",
            ),
            Hand::SecretIdNotFound => f.write_str(
                "Key does not exist. Please check whether the key has been deleted or disabled in the console. If \
                 the status is normal, please check whether the key is entered correctly. Please note that there \
                 must be no leading or trailing spaces.",
            ),
            Hand::TokenFailure => f.write_str("Token error."),
            Hand::Unauthorized => f.write_str("Request not authorized through CAM."),
            Hand::AuthFailed => f.write_str("Authentication failed"),
            Hand::InvalidParameter => f.write_str("Parameter error"),
            Hand::MissingParameter => f.write_str("Parameters are missing."),
            Hand::UnknownParameter => f.write_str("Unknown parameter error."),
            Hand::LimitExceeded => f.write_str("Quota limit is exceeded."),
            Hand::ResourceInUse => f.write_str("Resource is in use."),
            Hand::ResourceInsufficient => f.write_str("Insufficient resource."),
            Hand::ResourceUnavailable => f.write_str("Resources are unavailable."),
            Hand::UnsupportedOperation => f.write_str("The operation is not supported."),
            Hand::Internal => f.write_str("Internal error"),
            Hand::ServiceUnavailable => f.write_str("Service is unavailable now."),
            Hand::FileNotFound(_) => f.write_str("Resource does not exist: The file does not exist."),
            Hand::ResourceNotFound(_) => f.write_str("Resource does not exist."),
            Hand::Failed { .. } => f.write_str("Operation failed."),
            Hand::AlreadyExists(_) => f.write_str("Resource already exists"),
            Hand::Throttled(error) | Hand::Other(error) => fmt::Display::fmt(error, f),
        }
    }
}

/// 30 errors: a hit on each of the 21 coded and prefix variants (the module code through an
/// API 2.0 message), a second prefix hit, and 8 misses, some close to a code.
fn cycle() -> Vec<ApiError> {
    let api3 = |code: &str| ApiError::new(Code::Api3(code), "the server's message").with_request_id("6f1c4b0e");
    let legacy = |code: i32, message: &str| ApiError::new(Code::Legacy(code), message);
    vec![
        api3("AuthFailure.SignatureFailure"),
        api3("InvalidParameter"),
        api3("No.Such.Code"),
        api3("AuthFailure.SignatureExpire"),
        api3("ResourceNotFound.FileNotExist"),
        legacy(4100, "鉴权失败"),
        api3("RequestLimitExceeded"),
        api3("AuthFailure.SecretIdNotFound"),
        api3("MissingParameter"),
        api3("InvalidParameterValue"),
        api3("AuthFailure.TokenFailure"),
        legacy(5100, "(-514) Resource already exists"),
        api3("ResourceNotFound"),
        api3("AuthFailure.UnauthorizedOperation"),
        api3("RequestLimitExceededX"),
        api3("UnknownParameter"),
        api3("LimitExceeded"),
        legacy(6000, "Internal error on the server"),
        api3("FailedOperation"),
        api3("ResourceInUse"),
        api3("RequestLimitExceeded.UinLimitExceeded"),
        api3("ResourceInsufficient"),
        api3("ResourceNotFound.FileNotExistX"),
        api3("ResourceUnavailable"),
        legacy(-514, "Resource already exists"),
        api3("UnsupportedOperation"),
        api3("InternalError"),
        api3("FailedOperation.Other"),
        api3("ServiceUnavailable"),
        legacy(4000, "(-999) no such module code"),
    ]
}

/// Converts and formats every error of `input`, moving the enums into `output`.
#[inline(always)]
fn run<E: From<ApiError> + fmt::Display>(input: &mut Vec<ApiError>, output: &mut Vec<E>, buf: &mut String) {
    for api_error in input.drain(..) {
        let error = E::from(black_box(api_error));
        buf.clear();
        write!(buf, "{error}").expect("a String never fails");
        black_box(buf.len());
        output.push(error);
    }
}

/// The two enums must agree on every element, or the comparison means nothing.
fn check(cycle: &[ApiError]) {
    let mut kinds = std::collections::BTreeSet::new();
    for api_error in cycle {
        let derived = Derived::from(api_error.clone());
        let hand = Hand::from(api_error.clone());
        assert_eq!(derived.to_string(), hand.to_string(), "{api_error}");
        assert_eq!(format!("{derived:?}"), format!("{hand:?}"), "{api_error}");
        kinds.insert(format!("{derived:?}").split(['(', ' ']).next().unwrap_or_default().to_owned());
    }
    assert_eq!(kinds.len(), 22, "every variant is hit: {kinds:?}");
}

fn derive(c: &mut Criterion) {
    let cycle = cycle();
    check(&cycle);
    let n = cycle.len();
    eprintln!("cycle of {n} errors");
    let mut buf = String::with_capacity(256);

    let mut group = c.benchmark_group("derive");
    group.throughput(Throughput::Elements(n as u64));
    group.bench_function("derived", |b| {
        b.iter_batched_ref(
            || (cycle.clone(), Vec::<Derived>::with_capacity(n)),
            |(input, output)| run(input, output, &mut buf),
            BatchSize::SmallInput,
        )
    });
    group.bench_function("hand", |b| {
        b.iter_batched_ref(
            || (cycle.clone(), Vec::<Hand>::with_capacity(n)),
            |(input, output)| run(input, output, &mut buf),
            BatchSize::SmallInput,
        )
    });
    group.finish();
}

/// Interleaved rounds outside criterion: each round times `BATCHES` cycles of each enum,
/// alternating which goes first; prints the median ns per element of each and their ratio.
fn interleaved() {
    const ROUNDS: usize = 41;
    const BATCHES: usize = 400;
    let cycle = cycle();
    let n = cycle.len();
    let mut buf = String::with_capacity(256);

    fn round<E: From<ApiError> + fmt::Display>(cycle: &[ApiError], buf: &mut String) -> Duration {
        let mut inputs: Vec<Vec<ApiError>> = (0..BATCHES).map(|_| cycle.to_vec()).collect();
        let mut outputs: Vec<Vec<E>> = (0..BATCHES).map(|_| Vec::with_capacity(cycle.len())).collect();
        let start = Instant::now();
        for (input, output) in inputs.iter_mut().zip(&mut outputs) {
            run(input, output, buf);
        }
        let elapsed = start.elapsed();
        drop(black_box(outputs));
        elapsed
    }

    let (mut derived, mut hand, mut ratios) = (Vec::new(), Vec::new(), Vec::new());
    for i in 0..ROUNDS + 3 {
        let (d, h) = if i % 2 == 0 {
            let d = round::<Derived>(&cycle, &mut buf);
            (d, round::<Hand>(&cycle, &mut buf))
        } else {
            let h = round::<Hand>(&cycle, &mut buf);
            (round::<Derived>(&cycle, &mut buf), h)
        };
        if i >= 3 {
            // the first rounds warm up
            let per = |t: Duration| t.as_secs_f64() * 1e9 / (BATCHES * n) as f64;
            derived.push(per(d));
            hand.push(per(h));
            ratios.push(d.as_secs_f64() / h.as_secs_f64());
        }
    }
    let median = |v: &mut Vec<f64>| {
        v.sort_by(f64::total_cmp);
        v[v.len() / 2]
    };
    let (d, h, r) = (median(&mut derived), median(&mut hand), median(&mut ratios));
    println!(
        "interleaved, {ROUNDS} rounds of {BATCHES} cycles of {n}: derived {d:.1} ns/element, hand {h:.1} ns/element, \
         derived/hand {:.3} (median of per-round ratios {r:.3}; goal <= 1.1)",
        d / h
    );
}

fn interleaved_bench(_: &mut Criterion) {
    // Skipped when criterion only lists or tests the benches (`cargo test --benches`).
    if std::env::args().any(|a| a == "--bench") {
        interleaved();
    }
}

criterion_group!(benches, derive, interleaved_bench);
criterion_main!(benches);
