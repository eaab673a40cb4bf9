#![no_implicit_prelude]

extern crate std;
extern crate tencent_errors;

use std::assert_eq;
use std::convert::From;
use tencent_errors::{ApiError, Code, TencentError, tc_code};

#[derive(Debug, TencentError)]
#[tencent(product = "vod")]
enum E {
    #[tencent(code = "InternalError", display = "internal: {0}")]
    Internal(ApiError),
    #[tencent(code = -514)]
    AlreadyExists,
    #[tencent(prefix = "RequestLimitExceeded")]
    Throttled(ApiError),
    #[tencent(other)]
    Other(ApiError),
}

fn main() {
    let error = E::from(ApiError::new(tc_code!(-514), "(-514) exists"));
    assert_eq!(error.code(), Code::Legacy(-514));
    let error = E::from(ApiError::new(Code::Api3("InvalidParameter"), "bad"));
    assert_eq!(error.code(), tc_code!("InvalidParameter"));
    let error = E::from(ApiError::new(Code::Legacy(4000), "(-514) Resource already exists"));
    assert_eq!(error.code(), Code::Legacy(-514));
}
