use tencent_errors::{ApiError, TencentError};

#[derive(Debug, TencentError)]
enum E {
    #[tencent(prefix = "RequestLimitExceded")]
    Throttled(ApiError),
}

fn main() {}
