use tencent_errors::{ApiError, TencentError};

#[derive(Debug, TencentError)]
enum E {
    #[tencent(prefix = "RequestLimitExceeded.")]
    Throttled(ApiError),
}

fn main() {}
