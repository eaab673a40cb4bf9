use tencent_errors::{ApiError, TencentError};

#[derive(Debug, TencentError)]
enum E {
    #[tencent(prefix = "RequestLimitExceeded", unlisted)]
    Throttled(ApiError),
    #[tencent(other, unlisted)]
    Other(ApiError),
}

fn main() {}
