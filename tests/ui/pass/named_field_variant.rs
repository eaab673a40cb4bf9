use tencent_errors::{ApiError, Code, TencentError};

#[derive(Debug, TencentError)]
enum E {
    #[tencent(code = "InternalError", display = "internal error: {source}")]
    Internal { source: ApiError },
    #[tencent(prefix = "RequestLimitExceeded")]
    Throttled { error: ApiError },
    #[tencent(other)]
    Other { error: ApiError },
}

fn main() {
    let internal = E::from(ApiError::new(Code::Api3("InternalError"), "boom"));
    assert!(matches!(internal, E::Internal { .. }));
    assert!(internal.to_string().starts_with("internal error: "));
    let throttled = E::from(ApiError::new(Code::Api3("RequestLimitExceeded.UinLimitExceeded"), "slow down"));
    assert!(matches!(throttled, E::Throttled { .. }));
    assert_eq!(throttled.code(), Code::Api3("RequestLimitExceeded.UinLimitExceeded"));
    let other = E::from(ApiError::new(Code::Api3("InvalidParameter"), "bad"));
    assert!(matches!(other, E::Other { .. }));
    assert_eq!(other.code(), Code::Api3("InvalidParameter"));
}
