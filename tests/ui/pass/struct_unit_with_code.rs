use tencent_errors::{ApiError, Code, TencentError};

#[derive(Debug, TencentError)]
#[tencent(code = "InternalError")]
struct Internal;

fn main() {
    assert_eq!(Internal.code(), Code::Api3("InternalError"));
    assert_eq!(Internal.to_string(), "Internal error");
    assert_eq!(Internal.request_id(), None);
    let matched = Internal::try_from(ApiError::new(Code::Api3("InternalError"), "boom"));
    assert!(matches!(matched, Ok(Internal)));
    let unmatched = ApiError::new(Code::Api3("InvalidParameter"), "bad");
    assert_eq!(Internal::try_from(unmatched.clone()).unwrap_err(), unmatched);
    let back: ApiError = Internal.into();
    assert_eq!(back.code(), Code::Api3("InternalError"));
    assert_eq!(back.message(), "Internal error");
}
