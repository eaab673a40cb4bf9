use tencent_errors::{ApiError, TencentError};

#[derive(Debug, TencentError)]
enum E {
    #[tencent(code = "InternalError", prefix = 5)]
    Internal(ApiError),
}

fn main() {}
