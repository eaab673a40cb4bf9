//! The macros' output under the strictest lints a user might set, clippy's included.
//!
//! `cargo test` builds this crate with rustc's lints below denied, and CI's `cargo clippy
//! --workspace --all-targets --all-features -- -D warnings` lints it with clippy's: every
//! derive shape, `tc_code!` in expressions, constants and patterns, and `action_error!`.
#![deny(warnings, missing_docs, unused_qualifications, unreachable_pub, unused_results)]
#![deny(clippy::all, clippy::pedantic)]
// Two `tc_code!` patterns joined by `|` expand to `Code::Api3("A") | Code::Api3("B")`, which
// this pedantic lint would have written `Code::Api3("A" | "B")`: the user's `|`, not the
// macro's output, so allowed by name.
#![allow(clippy::unnested_or_patterns)]

use tencent_errors::{ApiError, Code, TencentError, action_error, tc_code};

/// Errors of the video-on-demand API.
#[derive(Debug, TencentError)]
#[tencent(product = "vod", action = "DescribeMediaInfos")]
pub enum VodError {
    /// The signature is wrong.
    #[tencent(code = "AuthFailure.SignatureFailure")]
    BadSignature,
    /// The legacy signature failure, which the action does not document.
    #[tencent(code = 4100, unlisted)]
    LegacySignature,
    /// A code in no table.
    #[tencent(code = "InvalidInstanceState.Terminating", unlisted)]
    Terminating,
    /// A code in no table, carrying the response.
    #[tencent(code = "InvalidInstanceState.Stopping", unlisted, display = "stopping: {0}")]
    Stopping(ApiError),
    /// Bad file ids.
    #[tencent(code = "InvalidParameterValue.FileIds")]
    BadFileIds(ApiError),
    /// Too many requests.
    #[tencent(prefix = "RequestLimitExceeded", retry = "busy")]
    Throttled {
        /// The error the server sent.
        source: ApiError,
    },
    /// Anything else.
    #[tencent(other)]
    Other(ApiError),
}

/// Every name already in use, by the last segment of its code.
#[derive(Debug, TencentError)]
#[tencent(product = "cam")]
pub enum CamError {
    /// A `*NameInUse` code.
    #[tencent(suffix = "NameInUse")]
    NameInUse(ApiError),
    /// Anything else.
    #[tencent(other)]
    Other(ApiError),
}

/// A single-code error.
#[derive(Debug, TencentError)]
#[tencent(code = -514)]
pub struct AlreadyExists;

/// An error carrying the response it came from.
#[derive(Debug, TencentError)]
#[tencent(code = "InternalError", lang = "zh")]
pub struct Internal(pub ApiError);

action_error!(
    /// Every code `cvm` `RunInstances` may return.
    pub enum RunInstancesError = cvm::RunInstances;
);

/// The code of a signature failure, checked at compile time.
pub const SIGNATURE: Code<'static> = tc_code!("AuthFailure.SignatureFailure");

/// What to do about a code, by matching on checked codes.
#[must_use]
pub fn advice(code: Code<'_>) -> &'static str {
    match code {
        tc_code!("RequestLimitExceeded") | tc_code!("InternalError") => "retry later",
        tc_code!(-514) => "nothing: it exists",
        _ => "give up",
    }
}

#[test]
fn generated_code_works_under_strict_lints() {
    let error = VodError::from(ApiError::new(Code::Legacy(4100), "鉴权失败"));
    assert!(matches!(error, VodError::LegacySignature));
    assert_eq!(VodError::BadSignature.code(), SIGNATURE);
    assert_eq!(VodError::Terminating.to_string(), "InvalidInstanceState.Terminating");
    let stopping = VodError::from(ApiError::new(Code::Api3("InvalidInstanceState.Stopping"), "wait"));
    assert_eq!(stopping.to_string(), "stopping: [InvalidInstanceState.Stopping] wait");
    let in_use = CamError::from(ApiError::new(Code::Api3("InvalidParameter.GroupNameInUse"), ""));
    assert!(matches!(in_use, CamError::NameInUse(_)));
    assert_eq!(AlreadyExists.code(), tc_code!(-514));
    assert_eq!(Internal(ApiError::new(Code::Api3("InternalError"), "")).to_string(), "内部错误。");
    let run = RunInstancesError::from(ApiError::new(Code::Api3("ResourceInsufficient.SpecifiedInstanceType"), ""));
    assert_eq!(run.code(), tc_code!("ResourceInsufficient.SpecifiedInstanceType", product = "cvm"));
    assert_eq!(advice(tc_code!("InternalError")), "retry later");
    assert_eq!(advice(tc_code!(-514)), "nothing: it exists");
    assert_eq!(advice(Code::Api3("ResourceNotFound")), "give up");
}
