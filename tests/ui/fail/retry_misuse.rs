use tencent_errors::{ApiError, TencentError};

#[derive(Debug, TencentError)]
enum E {
    #[tencent(code = "InternalError", retry = "sometimes")]
    Internal,
    #[tencent(code = "ResourceUnavailable", retry = "bussy")]
    Busy,
    #[tencent(code = "RequestLimitExceeded", retry = "throttling", retry = "never")]
    Throttled,
    #[tencent(code = "FailedOperation", retry = 1)]
    Failed,
    #[tencent(other, retry)]
    Other(ApiError),
}

#[derive(Debug, TencentError)]
#[tencent(retry = "busy")]
enum OnTheType {
    #[tencent(code = "InternalError")]
    Internal,
}

fn main() {}
