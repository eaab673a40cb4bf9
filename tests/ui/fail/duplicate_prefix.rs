use tencent_errors::{ApiError, TencentError};

#[derive(Debug, TencentError)]
enum E {
    #[tencent(prefix = "RequestLimitExceeded")]
    Throttled(ApiError),
    #[tencent(prefix = "RequestLimitExceeded")]
    AlsoThrottled(ApiError),
}

fn main() {}
