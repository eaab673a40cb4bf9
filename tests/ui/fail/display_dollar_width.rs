use tencent_errors::{ApiError, TencentError};

#[derive(Debug, TencentError)]
enum E {
    #[tencent(code = "InternalError", display = "internal: {0:>1$}")]
    Internal(ApiError),
}

fn main() {}
