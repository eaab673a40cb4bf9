//! A documented crate that denies warnings: the derive's output must not trigger any lint.
#![deny(warnings, missing_docs, unused_qualifications, unreachable_pub, unused_results)]
#![deny(clippy::all)]

use tencent_errors::{ApiError, Code, TencentError, tc_code};

/// Errors of the video-on-demand API.
#[derive(Debug, TencentError)]
#[tencent(product = "vod")]
pub enum VodError {
    /// The signature is wrong.
    #[tencent(code = "AuthFailure.SignatureFailure", code = 4100)]
    BadSignature,
    /// The file is gone.
    #[tencent(code = "ResourceNotFound.FileNotExist")]
    FileNotFound(ApiError),
    /// Too many requests.
    #[tencent(prefix = "RequestLimitExceeded")]
    Throttled {
        /// The error the server sent.
        source: ApiError,
    },
    /// Anything else.
    #[tencent(other)]
    Other(ApiError),
}

/// A single-code error.
#[derive(Debug, TencentError)]
#[tencent(code = -514)]
pub struct AlreadyExists;

fn main() {
    let error = VodError::from(ApiError::new(Code::Legacy(4100), "鉴权失败"));
    assert!(matches!(error, VodError::BadSignature));
    assert_eq!(error.code(), tc_code!("AuthFailure.SignatureFailure"));
    assert_eq!(AlreadyExists.code(), tc_code!(-514));
}
