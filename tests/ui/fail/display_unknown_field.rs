use tencent_errors::{ApiError, TencentError};

#[derive(Debug, TencentError)]
enum E {
    #[tencent(code = "InternalError", display = "internal: {reason}")]
    Internal { source: ApiError },
}

fn main() {}
