use tencent_errors::{ApiError, TencentError};

#[derive(Debug, TencentError)]
enum E {
    #[tencent(code = "InternalError")]
    Internal(ApiError, ApiError),
}

fn main() {}
