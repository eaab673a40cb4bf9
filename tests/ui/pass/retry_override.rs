use tencent_errors::{ApiError, Code, Retry, TencentError};

#[derive(Debug, TencentError)]
enum E {
    /// A code that is `Transient` by the rules, declared busy by this client.
    #[tencent(code = "InternalError", retry = "busy")]
    Internal,
    /// The override also wins over the carried error's own class.
    #[tencent(prefix = "RequestLimitExceeded", retry = "never")]
    Throttled(ApiError),
    #[tencent(other)]
    Other(ApiError),
}

fn main() {
    assert_eq!(E::Internal.retry(), Retry::Busy);
    let throttled = E::from(ApiError::new(Code::Api3("RequestLimitExceeded"), "slow down"));
    assert!(matches!(throttled, E::Throttled(_)));
    assert_eq!(throttled.retry(), Retry::Never);
    let other = E::from(ApiError::new(Code::Api3("RequestLimitExceeded.UinLimitExceeded"), "x"));
    assert_eq!(other.retry(), Retry::Never, "prefix matched: the variant's class");
    let internal = E::from(ApiError::new(Code::Api3("AuthFailure.SignatureFailure"), "x"));
    assert_eq!(internal.retry(), Retry::Never);
}
